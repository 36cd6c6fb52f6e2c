"""Session 49: session 34's page-level judge of the region, asked again with today's rules and more studied pages, and
held to the one direction the rules err in on whole pages (issue 12).

    PYTHONPATH=. .venv/bin/python bench/region_judge49.py [--cache FILE]

Session 34's judge (bench/region_judge.py) scored every candidate region on the region's own facts and switched from
the rules' region past a margin; it learnt size (46 of its 57 dragnet switches went to the page's biggest candidate)
and lost dragnet and l3s at every margin. Sessions 35 to 48 found the rules' whole-page misses in the other direction:
a short article under its head that weighs less than the comment thread, the teaser list or the about box the rules
took. So this study asks two judges, trained alike (LightGBM regressor of the page's body F1 had the candidate been
chosen; bench/region_judge.py's PARAMS and features, none saying which candidate the rules chose):

- free: any judged candidate (session 34's judge, on today's rules and the larger training data);
- lighter: only a candidate with fewer words than the rules' region, so that size alone can never make it switch.

Training data: the public training sets (aeb, readability, cleanportal, cleaneval-dev), our studied dump sets (odd
`dumps_ml3` ... `dumps_ml85`) and the invented whole-page sets (`wholepage36` ... `wholepage48`, studied: pages written
for the shapes the rules missed). Held out: leave-one-set-out on the public sets, leave-a-group-out on ours; the judge
trained on all of them on dragnet and l3s (evaluation-only: totals and counts only, never a page) and on the
never-studied check sets (pooled totals only). Deterministic (region_judge.PARAMS).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import lightgbm as lgb
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from check_sets import DUMP_SETS  # noqa: E402
from region_judge import (  # noqa: E402
    DUMPS,
    EVAL_ONLY,
    OWN,
    PARAMS,
    PUBLIC,
    ROUNDS,
    Chooser,
    Groups,
    cell,
    collected_with_ceilings,
    fit,
    score,
    targets,
)
from region_judge_pages import FEATURE_NAMES, JUDGED, PageRows, f1, set_pages  # noqa: E402

# Our studied sets only: the odd-numbered dump sets from dumps_ml3 (the even ones are never-studied check sets).
OWN_SETS = tuple(f"dumps_ml{n}" for n in range(3, 86, 2))
OWN_GROUPS = {
    "own ml3-13": OWN_SETS[:6], "own ml15-27": OWN_SETS[6:13], "own ml29-39": OWN_SETS[13:19],
    "own ml41-55": OWN_SETS[19:27], "own ml57-85": OWN_SETS[27:],
}  # fmt: skip
INVENTED = ("wholepage36", "wholepage37", "wholepage42", "wholepage43", "wholepage44", "wholepage45", "wholepage46",
            "wholepage47", "wholepage48")  # fmt: skip
MARGINS: tuple[float, ...] = (0.5, 0.4, 0.3, 0.2)
WORDS = FEATURE_NAMES.index("log_words")
# The facts of a candidate's size, left out by the 'shape' judge so that only what the text is like can make it switch.
SIZE = ("log_words", "page_word_share", "share_of_biggest", "word_rank", "log_lines", "words_above_share",
        "words_below_share", "candidates", "log_page_lines")  # fmt: skip
SHAPE = np.array([k for k, name in enumerate(FEATURE_NAMES) if name not in SIZE])


def collect() -> tuple[Groups, Groups, list[PageRows]]:
    """Training groups (public sets, own groups, the invented sets), evaluation-only sets, check sets (pooled)."""
    train: Groups = {name: set_pages(name, DUMPS / name) for name in PUBLIC}
    for group, sets in OWN_GROUPS.items():
        train[group] = [p for name in sets if (OWN / name).is_dir() for p in set_pages(name, OWN / name)]
    train["invented wholepage36-48"] = [p for name in INVENTED for p in set_pages(name, OWN / name)]
    evals = {name: set_pages(name, DUMPS / name) for name in EVAL_ONLY}
    checks = [p for name in DUMP_SETS if (OWN / name).is_dir() for p in set_pages("check", OWN / name)]
    return train, evals, checks


def pick(scores: np.ndarray, allowed: list[int], margin: float) -> int:
    """The candidate taken: the rules' (0) unless an allowed one scores more than `margin` above it."""
    if not allowed:
        return 0
    best = max(allowed, key=lambda k: scores[k])
    return best if scores[best] - scores[0] > margin else 0


def lighter(page: PageRows) -> list[int]:
    """The judged candidates with fewer words than the rules' region."""
    n = min(len(page.regions), JUDGED)
    return [k for k in range(1, n) if page.features[k, WORDS] < page.features[0, WORDS]]


def every(page: PageRows) -> list[int]:
    return list(range(1, min(len(page.regions), JUDGED)))


def fit_shape(pages: list[PageRows]) -> lgb.Booster:
    """region_judge.fit on the shape facts only (SIZE left out)."""
    rows = [p for p in pages if len(p.regions) > 1 and p.regions[0] is not None]
    x = np.vstack([p.features[:JUDGED][:, SHAPE] for p in rows])
    y = np.concatenate([targets(p) for p in rows])
    w = np.concatenate([np.full(min(len(p.regions), JUDGED), 1.0 / min(len(p.regions), JUDGED)) for p in rows])
    names = [FEATURE_NAMES[k] for k in SHAPE]
    return lgb.train(PARAMS, lgb.Dataset(x, y, weight=w, feature_name=names), num_boost_round=ROUNDS)


def judged(booster: lgb.Booster, margin: float, among: Chooser, columns: np.ndarray | None = None) -> Chooser:
    def choose(page: PageRows) -> int:
        if len(page.regions) < 2 or page.regions[0] is None:
            return 0
        rows = page.features[:JUDGED] if columns is None else page.features[:JUDGED][:, columns]
        scores = np.asarray(booster.predict(rows, num_threads=1))
        return pick(scores, among(page), margin)

    return choose


def moved(pages: list[PageRows], choose: Chooser) -> str:
    """Pages up and down against the rules (by page F1), counts only."""
    up = down = 0
    for page in pages:
        k = choose(page)
        if k:
            delta = f1(*page.counts[k]) - f1(*page.counts[0])
            up, down = up + (delta > 0), down + (delta < 0)
    return f"{up} up / {down} down"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, help="pickle of the collected pages (read if present, else written)")
    parser.add_argument("--shape-only", action="store_true", help="only the judge without the size facts")
    args = parser.parse_args()
    started = time.perf_counter()
    train, evals, checks = collected_with_ceilings(args.cache, collect)
    judges = []
    if not args.shape_only:
        held = {g: fit([p for other, pages in train.items() if other != g for p in pages]) for g in train}
        shipped = fit([p for pages in train.values() for p in pages])
        judges += [("free", every, held, shipped, None), ("lighter", lighter, held, shipped, None)]
    held_shape = {g: fit_shape([p for other, pages in train.items() if other != g for p in pages]) for g in train}
    shipped_shape = fit_shape([p for pages in train.values() for p in pages])
    judges += [
        ("shape", every, held_shape, shipped_shape, SHAPE),
        ("shape, lighter", lighter, held_shape, shipped_shape, SHAPE),
    ]
    for label, among, held, shipped, columns in judges:
        print(f"\njudge '{label}', held out: F1 (pages < 0.2; pages switched) per margin")
        for margin in MARGINS:
            rows = {g: score(train[g], judged(held[g], margin, among, columns)) for g in train}
            mean = np.mean([s["f1"] for s in rows.values()])
            print(f"  margin {margin}: mean {mean:.4f}  " + "  ".join(f"{g} {cell(s)}" for g, s in rows.items()))
        print(f"judge '{label}' trained on every training group: evaluation-only and check sets (totals only)")
        for margin in MARGINS:
            chooser = judged(shipped, margin, among, columns)
            cells = [f"{n} {cell(score(p, chooser))} [{moved(p, chooser)}]" for n, p in evals.items()]
            print(f"  margin {margin}: " + "  ".join(cells) + f"  checks {cell(score(checks, chooser))}")
    for label, _, _, shipped, columns in judges[::2]:
        names = FEATURE_NAMES if columns is None else [FEATURE_NAMES[k] for k in columns]
        top = sorted(zip(names, shipped.feature_importance("gain"), strict=True), key=lambda t: -t[1])[:10]
        print(f"top features by gain ('{label}'): " + ", ".join(f"{n} {g:.0f}" for n, g in top))
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
