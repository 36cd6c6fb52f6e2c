"""How much a learned, page-level choice of the main text could gain, and whether our data can teach one.

    PYTHONPATH=. .venv/bin/python bench/region_ceiling.py [--cache FILE]

Issue 12 and docs/segmenter.md point at a learned choice of the article region: the rules pick one region
(tasks.text.main_text.find_region); a model would pick among candidates, every run of prose of the page grown
as the rules grow one, each described by page-relative facts (FEATURE_NAMES). This tool measures it before
anything ships:
1. the ceiling: body-line F1 per set had every page's best candidate been chosen, beside the rules;
2. the teaching signal: on how many pages of the data a shipped model may learn from (aeb, readability,
   cleanportal, cleaneval-dev and our own labelled dumps) some candidate beats the rules' region by GAIN;
3. a LightGBM picker trained leave-one-group-out on those pages (a candidate is a positive when it beats the
   rules' region by GAIN) and its held-out F1 per threshold; the shipped-style model (all groups) on the
   evaluation-only sets (dragnet, l3s: never trained on) and on our never-fitted dumps_ml4 and dumps_ml6.
Session 10's answer (docs/segmenter.md): 17 of 390 trainable pages have a better candidate; no threshold
beats the rules held out, so nothing ships.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import lightgbm as lgb
import numpy as np
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tasks.read.decode import decode_bytes  # noqa: E402
from tasks.text.heads import is_article_head, is_under_head  # noqa: E402
from tasks.text.lines import split_lines  # noqa: E402
from tasks.text.region import PageView, grow_region, prose_weight  # noqa: E402
from tasks.text.segment import _plan, final_verdict, plan_page  # noqa: E402

Region = tuple[int, int]
# Candidates scored per page, heaviest first: the rest are too light to be the article.
MAX_CANDIDATES = 12
# Lines above a candidate's first line looked at for what opens it (a comment heading, a link list's).
LOOK_ABOVE = 4

OWN_FEATURES = (
    "is_rule_region", "overlap_with_rule", "share_of_page_prose", "share_of_best_candidate", "weight_rank",
    "log_prose_lines", "prose_line_share", "words_per_prose_line", "start_position", "end_position",
    "prose_above_share", "under_head", "head_inside_share", "stamp_share", "date_share", "repeat_share",
    "teaser_share", "sentence_end_share", "ellipsis_share", "comment_heading_above", "link_heading_above",
    "comment_heading_inside", "chrome_verdict_share", "weight_vs_rule", "candidates_on_page",
    "stopword_ratio", "rule_prose_share", "contains_rule_start",
)  # fmt: skip
# What the rules' region looks like, given beside every candidate so that the model compares the two.
CONTRASTED = (
    "under_head", "stamp_share", "teaser_share", "comment_heading_above", "start_position", "prose_line_share",
    "words_per_prose_line", "sentence_end_share", "repeat_share", "share_of_page_prose",
)  # fmt: skip
FEATURE_NAMES = OWN_FEATURES + tuple(f"rule_{name}" for name in CONTRASTED)


def candidate_regions(view: PageView, rule_region: Region) -> list[Region]:
    """The rules' region first, then each run of prose of the page grown as the rules grow one, heaviest
    first, without repeats."""
    weights = _weights(view)
    found: list[Region] = []
    i, n = 0, len(view.prose)
    while i < n:
        if not view.is_text(i):
            i += 1
            continue
        region = grow_region(view, (i, _run_end(view, i)))
        if region != rule_region and region not in found:
            found.append(region)
        i = max(region[1], i) + 1
    found.sort(key=lambda r: -_prose_sum(weights, r))
    return [rule_region, *found[: MAX_CANDIDATES - 1]]


def _run_end(view: PageView, first: int) -> int:
    """The last text line of the run of text lines starting at `first` (short lines between allowed)."""
    end, since, i = first, 0, first
    while i < len(view.prose) and since <= view.rules.cluster_max_break:
        if view.is_text(i):
            end, since = i, 0
        else:
            since += 1
        i += 1
    return end


def _weights(view: PageView) -> list[float]:
    return [prose_weight(f, v, p, view.rules) for f, v, p in zip(view.features, view.verdicts, view.prose, strict=True)]


def _prose_sum(weights: list[float], region: Region) -> float:
    return sum(max(w, 0.0) for w in weights[region[0] : region[1] + 1])


def _reason(view: PageView, i: int) -> str | None:
    verdict = view.verdicts[i]
    return None if verdict is None else verdict.reason_code


@dataclass(frozen=True)
class PageShares:
    """Per line, the share of the article language's stopwords, and that share over the article's text."""

    lines: list[float | None]
    article: float


def region_features(view: PageView, candidates: list[Region], shares: PageShares) -> NDArray[np.float32]:
    """One row of :data:`FEATURE_NAMES` per candidate (the first is the rules' region): its own facts, then
    the rules' region's, for contrast."""
    weights = _weights(view)
    n = max(len(view.prose), 1)
    sums = [_prose_sum(weights, r) for r in candidates]
    page_sum, best = max(_prose_sum(weights, (0, n - 1)), 1e-9), max(max(sums), 1e-9)
    order = {k: rank for rank, k in enumerate(sorted(range(len(candidates)), key=lambda k: -sums[k]))}
    rule = candidates[0]
    rule_lines = set(range(rule[0], rule[1] + 1))
    rows = []
    for k, (a, b) in enumerate(candidates):
        idx = range(a, b + 1)
        lines = set(idx)
        prose = [i for i in idx if view.is_text(i)]
        words = [view.features[i].n_words for i in prose]
        ratios = [s / shares.article for i in prose if (s := shares.lines[i]) is not None and shares.article > 0]
        above = range(max(0, a - LOOK_ABOVE), a)
        rows.append([
            float(k == 0),
            len(lines & rule_lines) / len(lines | rule_lines),
            sums[k] / page_sum,
            sums[k] / best,
            float(order[k]),
            float(np.log1p(len(prose))),
            len(prose) / len(idx),
            float(np.mean(words)) if words else 0.0,
            a / n,
            b / n,
            _prose_sum(weights, (0, a - 1)) / page_sum if a else 0.0,
            float(is_under_head(view, a)),
            sum(is_article_head(view, i) for i in idx) / len(idx),
            sum(view.features[i].has_timestamp for i in idx) / len(idx),
            sum(view.features[i].has_date for i in idx) / len(idx),
            sum(view.features[i].n_copies > 1 for i in idx) / len(idx),
            sum(_reason(view, i) == "teaser_lead" for i in idx) / len(idx),
            sum(view.features[i].ends_sentence for i in prose) / len(prose) if prose else 0.0,
            sum(view.features[i].ends_ellipsis for i in prose) / len(prose) if prose else 0.0,
            float(any(_reason(view, i) == "comments_heading" or view.features[i].is_comment_heading for i in above)),
            float(any(_reason(view, i) == "link_list_heading" for i in above)),
            float(any(_reason(view, i) == "comments_heading" for i in idx)),
            sum(view.verdicts[i] is not None for i in idx) / len(idx),
            sums[k] / max(sums[0], 1e-9),
            float(len(candidates)),
            float(np.mean(ratios)) if ratios else 0.0,
            sums[0] / page_sum,
            float(a <= rule[0] <= b),
        ])  # fmt: skip
    own = np.asarray(rows, dtype=np.float32)
    rule_columns = own[0, [OWN_FEATURES.index(name) for name in CONTRASTED]]
    return np.hstack([own, np.tile(rule_columns, (len(candidates), 1))])


DUMPS = ROOT.parent / "shared" / "eval" / "dumps"
OWN = ROOT / "tests" / "data"
GROUPS: dict[str, list[Path]] = {
    "aeb": [DUMPS / "aeb"],
    "readability": [DUMPS / "readability"],
    "cleanportal": [DUMPS / "cleanportal"],
    "cleaneval-dev": [DUMPS / "cleaneval-dev"],
    "own": [OWN / name for name in ("dumps_ml", "dumps_ml2", "dumps_ml3", "dumps_ml5", "dumps_ml7")],
}
CHECKS: dict[str, list[Path]] = {
    "dragnet": [DUMPS / "dragnet"],
    "l3s": [DUMPS / "l3s"],
    "dumps_ml4": [OWN / "dumps_ml4"],
    "dumps_ml6": [OWN / "dumps_ml6"],
}
# A candidate is a positive when its page body F1 beats the rules' region's by this much.
GAIN = 0.1
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)  # 1.01: never overrule (the rules alone)
PARAMS = {
    "objective": "binary", "learning_rate": 0.05, "num_leaves": 7, "min_data_in_leaf": 20,
    "feature_fraction": 0.8, "bagging_fraction": 0.8, "bagging_freq": 1, "lambda_l2": 1.0,
    "deterministic": True, "force_col_wise": True, "num_threads": 2, "seed": 7, "verbose": -1,
}  # fmt: skip
ROUNDS = 150
LOW_F1 = 0.2


@dataclass
class PageRows:
    """One labelled page: its candidates' features and, per candidate, body-line (tp, fp, fn) had it been chosen."""

    group: str
    doc: str
    features: NDArray[np.float32]
    counts: NDArray[np.int64]


def f1(tp: float, fp: float, fn: float) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else (1.0 if not (fp or fn) else 0.0)


def page_rows(group: str, label_file: Path) -> PageRows | None:
    gold = {e["line"]: e["label"] for e in json.loads(label_file.read_text(encoding="utf-8"))["lines"]}
    text = decode_bytes(label_file.with_suffix(".txt").read_bytes()).text
    lines = split_lines(text)
    plan = plan_page(lines)
    if plan.region is None:
        return None
    candidates = candidate_regions(plan.view, plan.region)
    shares = PageShares(plan.shares, plan.article.stopword_share)
    language = (plan.shares, plan.article, plan.language_score)
    counts = []
    for k, region in enumerate(candidates):
        candidate_plan = plan if k == 0 else _plan(lines, plan.view, region, language)
        tp = fp = fn = 0
        for i, line in enumerate(lines):
            label = gold.get(line.number)
            if label is None or label == "ambiguous":
                continue
            body = final_verdict(i, candidate_plan).label == "body"
            gold_body = label == "body"
            tp, fp, fn = tp + (body and gold_body), fp + (body and not gold_body), fn + (not body and gold_body)
        counts.append((tp, fp, fn))
    if not any(tp + fn for tp, _, fn in counts):
        return None
    return PageRows(group, label_file.stem, region_features(plan.view, candidates, shares), np.array(counts))


def collect(sets: dict[str, list[Path]]) -> list[PageRows]:
    pages = []
    for group, dirs in sets.items():
        for directory in dirs:
            for label_file in sorted(directory.glob("*.json")):
                if label_file.with_suffix(".txt").exists() and (rows := page_rows(group, label_file)) is not None:
                    pages.append(rows)
        print(f"  {group}: {sum(p.group == group for p in pages)} pages", file=sys.stderr, flush=True)
    return pages


def training_rows(pages: list[PageRows]) -> tuple[NDArray[np.float32], NDArray[np.float64], NDArray[np.float64]]:
    """The other candidates' rows, their labels (beats the rules' region by GAIN) and weights (each page
    weighs the same; within a page, by how much the choice matters)."""
    xs, ys, ws = [], [], []
    for page in pages:
        if len(page.features) < 2:
            continue
        scores = np.array([f1(*c) for c in page.counts])
        gain = scores[1:] - scores[0]
        stake = np.abs(gain) + 0.05
        xs.append(page.features[1:])
        ys.append((gain > GAIN).astype(np.float64))
        ws.append(stake / stake.sum())
    return np.vstack(xs), np.concatenate(ys), np.concatenate(ws)


def fit(pages: list[PageRows]) -> lgb.Booster:
    x, y, w = training_rows(pages)
    data = lgb.Dataset(x, y, weight=w, feature_name=list(FEATURE_NAMES), free_raw_data=False)
    return lgb.train(PARAMS, data, num_boost_round=ROUNDS)


def choose(page: PageRows, probability: NDArray[np.float64], threshold: float) -> int:
    if len(page.features) < 2:
        return 0
    best = int(np.argmax(probability[1:])) + 1
    return best if probability[best] >= threshold else 0


def score(pages: list[PageRows], booster: lgb.Booster | None, threshold: float) -> dict[str, float]:
    total = np.zeros(3)
    low = switched = 0
    for page in pages:
        k = 0
        if booster is not None:
            k = choose(page, np.asarray(booster.predict(page.features, num_threads=1)), threshold)
        total += page.counts[k]
        low += f1(*page.counts[k]) < LOW_F1
        switched += k != 0
    return {"f1": round(f1(*total), 4), "low": round(low / max(len(pages), 1), 4), "switched": switched,
            "pages": len(pages)}  # fmt: skip


def oracle(pages: list[PageRows]) -> tuple[float, int]:
    """Body F1 had each page's best candidate been chosen, and the pages where one beats the rules by GAIN."""
    total, better = np.zeros(3), 0
    for page in pages:
        scores = [f1(*c) for c in page.counts]
        total += page.counts[int(np.argmax(scores))]
        better += max(scores) - scores[0] > GAIN
    return round(f1(*total), 4), better


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, help="pickle of the collected pages (read if present, else written)")
    args = parser.parse_args()
    started = time.perf_counter()
    if args.cache and args.cache.exists():
        train_pages, check_pages = pickle.loads(args.cache.read_bytes())
    else:
        train_pages, check_pages = collect(GROUPS), collect(CHECKS)
        if args.cache:
            args.cache.write_bytes(pickle.dumps((train_pages, check_pages)))
    print("ceiling: body F1 of the rules / of the best candidate per page; pages where a candidate beats the rules")
    for pages in (train_pages, check_pages):
        for group in dict.fromkeys(p.group for p in pages):
            mine = [p for p in pages if p.group == group]
            best, better = oracle(mine)
            print(f"  {group}: {score(mine, None, 1.01)['f1']:.4f} / {best:.4f}; {better} of {len(mine)} pages")
    by_group = {g: [p for p in train_pages if p.group == g] for g in GROUPS}
    held_out = {g: fit([p for p in train_pages if p.group != g]) for g in GROUPS}
    table = {t: {g: score(by_group[g], held_out[g], t) for g in GROUPS} for t in THRESHOLDS}
    print("learned picker, leave-one-group-out body F1 (pages below 0.2; pages switched) by threshold:")
    for t, row in table.items():
        mean = np.mean([s["f1"] for s in row.values()])
        cells = "  ".join(f"{g} {s['f1']:.4f} ({s['low']:.3f}; {s['switched']})" for g, s in row.items())
        print(f"  {t:>4}: mean {mean:.4f}  {cells}")
    threshold = max(THRESHOLDS, key=lambda t: (round(np.mean([s["f1"] for s in table[t].values()]), 4), t))
    shipped = fit(train_pages)
    print(f"best threshold held out: {threshold} (1.01 = never overrule the rules); all groups' model on the checks:")
    for group in CHECKS:
        mine = [p for p in check_pages if p.group == group]
        rules, model = score(mine, None, 1.01), score(mine, shipped, threshold)
        print(f"  {group}: rules {rules['f1']:.4f} ({rules['low']:.3f})  model {model['f1']:.4f} "
              f"({model['low']:.3f}; {model['switched']} switched)")  # fmt: skip
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
