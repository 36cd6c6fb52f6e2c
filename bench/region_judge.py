"""A learned page-level judge of where the article is: measured before (and instead of) shipping it (issue 12).

    PYTHONPATH=. .venv/bin/python bench/region_judge.py [--cache FILE]

Session 34's study (docs/segmenter.md, "Session 34: a page-level judge of the rules' region"). Most of the
held-out loss on text dumps is whole pages whose article went to the wrong region. This tool:
1. counts, per set, the pages whose rules' region is wrong (body F1 below 0.2, or the region misses the gold's
   main run) and how many of them an oracle choice among the candidates (bench/region_judge_pages.py: the rules'
   region and the next heaviest, JUDGED in all) would fix;
2. trains a LightGBM judge that scores every candidate on its own features (none says which one the rules chose)
   to predict the body F1 choosing it would give, and switches away from the rules' region only when another
   candidate scores more than MARGIN above it. Held out: leave-one-set-out on the public training sets (aeb,
   readability, cleanportal, cleaneval-dev), leave-a-group-out on our studied sets (odd dumps_ml3 ... 55); the
   judge trained on all of these on dragnet and l3s (evaluation-only, never trained on) and on the never-studied
   check sets (bench/check_sets.py DUMP_SETS: pooled totals only, never a page).
Deterministic: LightGBM with deterministic=True, fixed seeds.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections.abc import Callable
from pathlib import Path

import lightgbm as lgb
import numpy as np
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from check_sets import DUMP_SETS  # noqa: E402
from region_judge_pages import FEATURE_NAMES, JUDGED, PageRows, f1, set_pages  # noqa: E402

DUMPS = ROOT.parent / "shared" / "eval" / "dumps"
OWN = ROOT / "tests" / "data"
PUBLIC = ("aeb", "readability", "cleanportal", "cleaneval-dev")
# Our studied sets only: the odd-numbered ones from dumps_ml3. The even-numbered ones are never-studied check sets.
OWN_SETS = tuple(f"dumps_ml{n}" for n in range(3, 56, 2))
OWN_GROUPS = {
    "own ml3-13": OWN_SETS[:6], "own ml15-27": OWN_SETS[6:13], "own ml29-39": OWN_SETS[13:19],
    "own ml41-55": OWN_SETS[19:],
}  # fmt: skip
EVAL_ONLY = ("dragnet", "l3s")
LOW_F1 = 0.2
# How far above the rules' region another candidate must score before the judge switches; None: never switch.
MARGINS: tuple[float | None, ...] = (None, 0.5, 0.4, 0.3, 0.2, 0.1)
PARAMS = {
    "objective": "regression", "learning_rate": 0.05, "num_leaves": 15, "min_data_in_leaf": 20,
    "feature_fraction": 0.8, "bagging_fraction": 0.8, "bagging_freq": 1, "lambda_l2": 1.0,
    "deterministic": True, "force_col_wise": True, "num_threads": 2, "seed": 7, "verbose": -1,
}  # fmt: skip
ROUNDS = 200
Groups = dict[str, list[PageRows]]


def collect() -> tuple[Groups, Groups, list[PageRows]]:
    """Training groups (public sets, own groups), evaluation-only sets, and the check sets' pages (pooled)."""
    train: Groups = {name: set_pages(name, DUMPS / name) for name in PUBLIC}
    for group, sets in OWN_GROUPS.items():
        train[group] = [p for name in sets if (OWN / name).is_dir() for p in set_pages(name, OWN / name)]
    evals = {name: set_pages(name, DUMPS / name) for name in EVAL_ONLY}
    checks = [p for name in DUMP_SETS if (OWN / name).is_dir() for p in set_pages("check", OWN / name)]
    return train, evals, checks


def targets(page: PageRows) -> NDArray[np.float64]:
    """What the judge learns per candidate: the page's body F1 had it been chosen."""
    return np.array([f1(*c) for c in page.counts[:JUDGED]])


def fit(pages: list[PageRows]) -> lgb.Booster:
    """Every candidate of every page is a row (the rules' among them, unmarked); each page weighs the same."""
    rows = [p for p in pages if len(p.regions) > 1 and p.regions[0] is not None]
    x = np.vstack([p.features[:JUDGED] for p in rows])
    y = np.concatenate([targets(p) for p in rows])
    w = np.concatenate([np.full(min(len(p.regions), JUDGED), 1.0 / min(len(p.regions), JUDGED)) for p in rows])
    return lgb.train(PARAMS, lgb.Dataset(x, y, weight=w, feature_name=list(FEATURE_NAMES)), num_boost_round=ROUNDS)


def choose(scores: NDArray[np.float64], margin: float | None) -> int:
    """The candidate the judge takes: the rules' (0) unless another scores more than `margin` above it."""
    if margin is None or len(scores) < 2:
        return 0
    best = int(np.argmax(scores[1:])) + 1
    return best if scores[best] - scores[0] > margin else 0


Chooser = Callable[[PageRows], int]


def judged(booster: lgb.Booster, margin: float | None) -> Chooser:
    def pick(page: PageRows) -> int:
        if len(page.regions) < 2 or page.regions[0] is None:
            return 0
        return choose(np.asarray(booster.predict(page.features[:JUDGED], num_threads=1)), margin)

    return pick


def oracle(page: PageRows) -> int:
    return int(np.argmax(targets(page)))


def biggest(page: PageRows) -> int:
    """The judged candidate with the most words: what a judge that learnt only size would take."""
    if len(page.regions) < 2 or page.regions[0] is None:
        return 0
    return int(np.argmax(page.features[:JUDGED, FEATURE_NAMES.index("share_of_biggest")]))


def score(pages: list[PageRows], pick: Chooser) -> dict[str, float]:
    total, low, switched = np.zeros(3), 0, 0
    for page in pages:
        k = pick(page)
        total += page.counts[k]
        low += f1(*page.counts[k]) < LOW_F1
        switched += k != 0
    return {"f1": f1(*total), "low": low / max(len(pages), 1), "switched": switched, "pages": len(pages)}


def wrong_region(page: PageRows, k: int = 0) -> bool:
    """The candidate's region is wrong: body F1 below 0.2 with body in the gold, or it misses the gold's main run."""
    has_body = page.counts[0][0] + page.counts[0][2] > 0
    return has_body and (f1(*page.counts[k]) < LOW_F1 or not page.on_main_run[k])


def ceiling_row(name: str, pages: list[PageRows]) -> str:
    wrong = [p for p in pages if wrong_region(p)]
    fixed = sum(not wrong_region(p, oracle(p)) for p in wrong)
    rules, best = score(pages, lambda p: 0), score(pages, oracle)
    share = len(wrong) / len(pages)
    return (
        f"| {name} | {len(pages)} | {rules['f1']:.4f} ({rules['low']:.1%}) | {len(wrong)} ({share:.1%}) | {fixed}"
        f" | {best['f1']:.4f} ({best['low']:.1%}) |"
    )


def cell(s: dict[str, float]) -> str:
    return f"{s['f1']:.4f} ({s['low']:.1%}; {s['switched']})"


def collected_with_ceilings(
    cache: Path | None, collect_pages: Callable[[], tuple[Groups, Groups, list[PageRows]]]
) -> tuple[Groups, Groups, list[PageRows]]:
    """The collected pages (from the pickle `cache` if present, else collected and written there), after printing
    each group's region ceiling: what any region choice could reach."""
    started = time.perf_counter()
    if cache and cache.exists():
        train, evals, checks = pickle.loads(cache.read_bytes())
    else:
        train, evals, checks = collect_pages()
        if cache:
            cache.write_bytes(pickle.dumps((train, evals, checks)))
    print(f"collected in {time.perf_counter() - started:.0f} s")
    print("| set | pages | rules F1 (pages < 0.2) | rules' region wrong | of them, fixed by the oracle | oracle F1 |")
    print("|---|---|---|---|---|---|")
    for name, pages in {**train, **evals, "check sets, pooled": checks}.items():
        print(ceiling_row(name, pages))
    return train, evals, checks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, help="pickle of the collected pages (read if present, else written)")
    args = parser.parse_args()
    started = time.perf_counter()
    train, evals, checks = collected_with_ceilings(args.cache, collect)
    every = {**train, **evals, "check sets, pooled": checks}
    print("\nalways the biggest candidate: " + "  ".join(f"{g} {cell(score(p, biggest))}" for g, p in every.items()))
    held = {g: fit([p for other, pages in train.items() if other != g for p in pages]) for g in train}
    print("\njudge held out: F1 (pages < 0.2; pages switched) per margin")
    rows = {}
    for margin in MARGINS:
        rows[margin] = {g: score(train[g], judged(held[g], margin)) for g in train}
        mean = np.mean([s["f1"] for s in rows[margin].values()])
        print(f"  margin {margin}: mean {mean:.4f}  " + "  ".join(f"{g} {cell(s)}" for g, s in rows[margin].items()))
    shipped = fit([p for pages in train.values() for p in pages])
    print("\njudge trained on every training group: evaluation-only and check sets (totals only)")
    for margin in MARGINS:
        cells = [f"{name} {cell(score(pages, judged(shipped, margin)))}" for name, pages in evals.items()]
        print(f"  margin {margin}: " + "  ".join(cells) + f"  checks {cell(score(checks, judged(shipped, margin)))}")
    gain = shipped.feature_importance("gain")
    top = sorted(zip(FEATURE_NAMES, gain, strict=True), key=lambda t: -t[1])[:10]
    print("top features by gain: " + ", ".join(f"{n} {g:.0f}" for n, g in top))
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
