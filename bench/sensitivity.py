"""Sensitivity of the text rules: each single-line rule switched off, and thresholds moved by ±30 %.

    .venv/bin/python bench/sensitivity.py OUT.json [--keys min_prose_words,long_prose_words,...]

Scores body-line F1 and the share of pages below 0.2 on every page of the four training sets and
the even half of dragnet and l3s (the evaluation-only sets' halves studied; score the odd half to check
a candidate). One line per run is printed as it finishes; OUT.json keeps them all.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import tasks.text.rules as rules_module  # noqa: E402
from tasks.report.evaluate import evaluate_dataset  # noqa: E402
from tasks.text.thresholds import DEFAULT_RULES  # noqa: E402

DUMPS = ROOT.parent / "shared" / "eval" / "dumps"
SETS: tuple[tuple[str, int | None], ...] = (
    ("aeb", None), ("readability", None), ("cleanportal", None), ("cleaneval-dev", None), ("dragnet", 0), ("l3s", 0),
)  # fmt: skip


def score() -> dict[str, tuple[float, float]]:
    """(F1, share of pages below 0.2) per set, with the rules as they are now."""
    result = {}
    for name, half in SETS:
        scores = evaluate_dataset(DUMPS / name, "rules", 1, half)
        result[name] = (round(scores.counts.f1, 4), round(scores.low_share, 4))
    return result


def moved(value: float, factor: float) -> float:
    """The threshold moved by the factor; an integer by at least one."""
    if isinstance(value, int):
        target = round(value * factor)
        return target if target != value else value + (1 if factor > 1 else -1)
    return type(value)(value * factor)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--keys", default="", help="comma-separated SegmentRules fields to move")
    args = parser.parse_args()
    runs: dict[str, dict[str, tuple[float, float]]] = {"base": score()}
    print("base", runs["base"], flush=True)
    rules = rules_module.LOCAL_RULES
    for i, rule in enumerate(rules):
        if rule.__name__ == "foreign_script":
            continue  # the second pass needs it last
        rules_module.LOCAL_RULES = rules[:i] + rules[i + 1 :]
        runs[f"-{rule.__name__}"] = score()
        print(f"-{rule.__name__}", runs[f"-{rule.__name__}"], flush=True)
    rules_module.LOCAL_RULES = rules
    for key in filter(None, args.keys.split(",")):
        value = getattr(DEFAULT_RULES, key)
        for factor in (0.7, 1.3):
            object.__setattr__(DEFAULT_RULES, key, moved(value, factor))  # frozen dataclass, one process
            runs[f"{key}={getattr(DEFAULT_RULES, key)}"] = score()
            print(f"{key}={getattr(DEFAULT_RULES, key)}", runs[f"{key}={getattr(DEFAULT_RULES, key)}"], flush=True)
        object.__setattr__(DEFAULT_RULES, key, value)
    args.out.write_text(json.dumps(runs, indent=1))


if __name__ == "__main__":
    main()
