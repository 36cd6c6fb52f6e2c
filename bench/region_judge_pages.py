"""Candidate article regions of a labelled dump, their page-level features and what choosing each would score.

Used by bench/region_judge.py (issue 12, session 34). A candidate is a run of prose the rules consider: the rules'
own final region first, then every other run of prose of the page grown as the rules grow one
(bench/region_ceiling.py, session 10), each put through the rules' planning (threads, listings, closing lines)
as the rules' region is, heaviest first. Each is described by language-independent facts of the region only
(FEATURE_NAMES): length, sentence shape, stopword share, short-line (link or list) shape, position, repeats,
stamps and the distance to a headline-like line above. No feature says which candidate the rules chose, nor
reads a rule's verdict: the judge must weigh the rules' region as it weighs any other.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from region_ceiling import candidate_regions  # noqa: E402

from tasks.read.decode import decode_bytes  # noqa: E402
from tasks.text.features import LineFeatures  # noqa: E402
from tasks.text.lines import split_lines  # noqa: E402
from tasks.text.segment import PagePlan, _plan, final_verdict, plan_page  # noqa: E402

Region = tuple[int, int]
# Candidates kept per page (the rules' region and the heaviest others); the judge chooses among the first JUDGED.
MAX_CANDIDATES = 8
JUDGED = 4
# A line under this many words is short: a link, a list item, a heading, a stamp.
SHORT_WORDS = 5
# Lines looked at above and below a candidate for what surrounds it (a list of links, a head).
AROUND = 5
# Gold body lines at most this many lines apart belong to one run (the gold's main run: the one with most body).
GOLD_GAP = 4
FEATURE_NAMES = (
    "log_words", "page_word_share", "share_of_biggest", "word_rank", "log_lines", "prose_line_share",
    "words_per_prose_line", "sentence_end_share", "inner_punct_per_word", "ellipsis_share", "short_line_share",
    "longest_short_run", "stopword_share", "stopword_vs_page", "start_position", "end_position", "words_above_share",
    "words_below_share", "repeat_share", "repeated_word_share", "stamp_share", "date_share", "clock_only_share",
    "short_above_share", "short_below_share", "dated_line_above", "heading_distance", "heading_words",
    "heading_repeated", "first_by_position", "candidates", "log_page_lines", "prose_words_vs_page",
)  # fmt: skip


@dataclass
class PageRows:
    """One labelled page: per candidate, its features, body-line (tp, fp, fn) had it been chosen, and whether
    it overlaps the gold's main run."""

    group: str
    doc: str
    regions: list[Region | None]
    features: NDArray[np.float32]
    counts: NDArray[np.int64]
    on_main_run: NDArray[np.bool_]


def f1(tp: float, fp: float, fn: float) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else (1.0 if not (fp or fn) else 0.0)


def _is_heading(feat: LineFeatures) -> bool:
    """A headline's shape: a few words, no sentence end, not digits, not a stamp."""
    return 3 <= feat.n_words <= 25 and not feat.ends_sentence and not feat.is_numeric and not feat.has_timestamp


def _longest_short_run(features: list[LineFeatures], a: int, b: int) -> int:
    best = run = 0
    for i in range(a, b + 1):
        run = run + 1 if 0 < features[i].n_words < SHORT_WORDS else 0
        best = max(best, run)
    return best


def _short_share(features: list[LineFeatures], lines: range) -> float:
    filled = [i for i in lines if features[i].n_words]
    return sum(features[i].n_words < SHORT_WORDS for i in filled) / len(filled) if filled else 0.0


def region_features(
    features: list[LineFeatures], prose: list[bool], shares: list[float | None], regions: list[Region]
) -> NDArray[np.float32]:
    """One row of FEATURE_NAMES per region, from the lines' own facts and the page around them."""
    n = max(len(features), 1)
    words = np.array([f.n_words for f in features], dtype=np.float64)
    cumulative = np.concatenate([[0.0], np.cumsum(words)])
    page_words = max(cumulative[-1], 1.0)
    prose_shares = [s for s, p in zip(shares, prose, strict=True) if p and s is not None]
    page_share = float(np.median(prose_shares)) if prose_shares else 0.0
    prose_words = [f.n_words for f, p in zip(features, prose, strict=True) if p]
    page_prose_words = float(np.mean(prose_words)) if prose_words else 1.0
    sums = [cumulative[b + 1] - cumulative[a] for a, b in regions]
    biggest = max(max(sums), 1.0)
    rank = {k: r for r, k in enumerate(sorted(range(len(regions)), key=lambda k: -sums[k]))}
    first = min(a for a, _ in regions)
    rows = []
    for k, (a, b) in enumerate(regions):
        idx = range(a, b + 1)
        own = [features[i] for i in idx]
        filled = [f for f in own if f.n_words]
        in_prose = [i for i in idx if prose[i]]
        mine = [s for i in in_prose if (s := shares[i]) is not None]
        w = max(sums[k], 1.0)
        heading = next((i for i in range(a - 1, max(-1, a - 21), -1) if _is_heading(features[i])), None)
        nf = max(len(filled), 1)
        rows.append([
            float(np.log1p(sums[k])), sums[k] / page_words, sums[k] / biggest, float(rank[k]),
            float(np.log1p(len(idx))), len(in_prose) / len(idx),
            float(np.mean([features[i].n_words for i in in_prose])) if in_prose else 0.0,
            sum(f.ends_sentence for f in filled) / nf, sum(f.n_inner_punct for f in own) / w,
            sum(f.ends_ellipsis for f in filled) / nf, _short_share(features, idx),
            _longest_short_run(features, a, b) / len(idx),
            float(np.mean(mine)) if mine else 0.0, (float(np.mean(mine)) / page_share) if mine and page_share else 0.0,
            a / n, b / n, cumulative[a] / page_words, (page_words - cumulative[b + 1]) / page_words,
            sum(f.n_copies > 1 for f in filled) / nf, sum(f.n_words for f in own if f.n_copies > 1) / w,
            sum(f.has_timestamp for f in own) / len(idx), sum(f.has_date for f in own) / len(idx),
            sum(f.is_clock_only for f in own) / len(idx),
            _short_share(features, range(max(0, a - AROUND), a)),
            _short_share(features, range(b + 1, min(len(features), b + 1 + AROUND))),
            float(any(features[i].has_date and features[i].n_words <= 12 for i in range(max(0, a - 3), a))),
            float(a - heading) if heading is not None else 21.0,
            float(features[heading].n_words) if heading is not None else 0.0,
            float(heading is not None and features[heading].n_copies > 1),
            float(a == first), float(len(regions)), float(np.log1p(n)),
            (float(np.mean([features[i].n_words for i in in_prose])) / page_prose_words) if in_prose else 0.0,
        ])  # fmt: skip
    return np.asarray(rows, dtype=np.float32)


def gold_main_run(body: list[int]) -> set[int]:
    """The line indices of the gold's main run: body lines at most GOLD_GAP apart, the run with the most of them."""
    runs: list[list[int]] = []
    for i in sorted(body):
        if runs and i - runs[-1][-1] <= GOLD_GAP:
            runs[-1].append(i)
        else:
            runs.append([i])
    return set(max(runs, key=len)) if runs else set()


def _counts(plan: PagePlan, gold: dict[int, str], index: dict[int, int]) -> tuple[int, int, int]:
    """Body-line counts as `newsclean eval` counts them (title and attribution are not body; gold titles and
    ambiguous lines are not counted)."""
    tp = fp = fn = 0
    for number, label in gold.items():
        if label in ("ambiguous", "title"):
            continue
        i = index.get(number)
        said = i is not None and final_verdict(i, plan).label == "body"
        is_body = label == "body"
        tp, fp, fn = tp + (said and is_body), fp + (said and not is_body), fn + (is_body and not said)
    return tp, fp, fn


def page_rows(group: str, label_file: Path) -> PageRows:
    gold = {e["line"]: e["label"] for e in json.loads(label_file.read_text(encoding="utf-8"))["lines"]}
    lines = split_lines(decode_bytes(label_file.with_suffix(".txt").read_bytes()).text)
    index = {line.number: i for i, line in enumerate(lines)}
    plan = plan_page(lines)
    main = gold_main_run([index[n] for n, label in gold.items() if label == "body" and n in index])
    plans, regions = [plan], [plan.region]
    if plan.region is not None:
        language = (plan.shares, plan.article, plan.language_score)
        for region in candidate_regions(plan.view, plan.region)[1:]:
            other = _plan(lines, plan.view, region, language)
            if other.region is not None and other.region not in regions:
                plans.append(other)
                regions.append(other.region)
            if len(plans) == MAX_CANDIDATES:
                break
    counts = np.array([_counts(p, gold, index) for p in plans], dtype=np.int64)
    on_main = np.array([r is not None and any(r[0] <= i <= r[1] for i in main) for r in regions], dtype=bool)
    if plan.region is None:
        rows = np.zeros((1, len(FEATURE_NAMES)), dtype=np.float32)
    else:
        view = plan.view
        rows = region_features(view.features, view.prose, plan.shares, [r for r in regions if r is not None])
    return PageRows(group, label_file.stem, regions, rows, counts, on_main)


def set_pages(group: str, directory: Path) -> list[PageRows]:
    files = sorted(p for p in directory.glob("*.json") if p.with_suffix(".txt").exists())
    return [page_rows(group, p) for p in files]
