"""How much of a set's body-line loss is whole pages placed wrong, and where the rest lies: counts only (issue 12,
session 49).

    PYTHONPATH=. .venv/bin/python bench/wholepage_share.py [--sets aeb readability ...]

Issue 12 reads "most of the loss is whole pages going wrong". This tool measures that share. A page's region is
wrong as bench/region_judge.py says (body F1 below 0.2 with body in the gold, or the region misses the gold's main
run). Per set it prints the false negatives and false positives on those pages against all, the F1 were those pages
perfect, and, on the other pages, where the missed body lines stand against the region (above it, inside it, below
it) and the reasons the rules gave them (reason codes, counted). Evaluation-only sets (dragnet, l3s) are studied in
aggregate only: never a line's text, a page's id or one page's row.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from region_judge_pages import f1, gold_main_run  # noqa: E402

from tasks.read.decode import decode_bytes  # noqa: E402
from tasks.text.lines import split_lines  # noqa: E402
from tasks.text.segment import final_verdict, plan_page  # noqa: E402

DUMPS = ROOT.parent / "shared" / "eval" / "dumps"
SETS = ("aeb", "readability", "cleanportal", "cleaneval-dev", "l3s", "dragnet")
LOW_F1 = 0.2
Counts = tuple[int, int, int]


@dataclass
class SetShare:
    """A set's body-line counts, split by whether the page's region is wrong, with where the rest is missed."""

    total: list[int] = field(default_factory=lambda: [0, 0, 0])
    wrong: list[int] = field(default_factory=lambda: [0, 0, 0])
    wrong_pages: int = 0
    pages: int = 0
    missed_at: Counter[str] = field(default_factory=Counter)
    missed_why: Counter[str] = field(default_factory=Counter)

    def add(self, page: PageCounts) -> None:
        self.pages += 1
        self.total = [a + b for a, b in zip(self.total, page.counts, strict=True)]
        if page.wrong_region:
            self.wrong_pages += 1
            self.wrong = [a + b for a, b in zip(self.wrong, page.counts, strict=True)]
            return
        self.missed_at.update(page.missed_at)
        self.missed_why.update(page.missed_why)

    def perfect_wrong(self) -> float:
        """The set's F1 had every wrong-region page been right (its gold body found, nothing else said body)."""
        tp, fp, fn = self.total
        return f1(tp + self.wrong[2], fp - self.wrong[1], fn - self.wrong[2])


@dataclass
class PageCounts:
    counts: Counts
    wrong_region: bool
    missed_at: Counter[str]
    missed_why: Counter[str]


def place(i: int | None, region: tuple[int, int] | None) -> str:
    """Where line index i stands against the region."""
    if i is None or region is None:
        return "no region"
    return "above" if i < region[0] else "below" if i > region[1] else "inside"


def page_counts(label_file: Path) -> PageCounts:
    gold = {e["line"]: e["label"] for e in json.loads(label_file.read_text(encoding="utf-8"))["lines"]}
    lines = split_lines(decode_bytes(label_file.with_suffix(".txt").read_bytes()).text)
    index = {line.number: i for i, line in enumerate(lines)}
    plan = plan_page(lines)
    tp = fp = fn = 0
    missed_at: Counter[str] = Counter()
    missed_why: Counter[str] = Counter()
    for number, label in gold.items():
        if label in ("ambiguous", "title"):
            continue
        i = index.get(number)
        verdict = final_verdict(i, plan) if i is not None else None
        said, is_body = verdict is not None and verdict.label == "body", label == "body"
        tp, fp, fn = tp + (said and is_body), fp + (said and not is_body), fn + (is_body and not said)
        if is_body and not said:
            missed_at[place(i, plan.region)] += 1
            missed_why[verdict.reason_code if verdict is not None else "no line"] += 1
    main = gold_main_run([index[n] for n, label in gold.items() if label == "body" and n in index])
    region = plan.region
    on_main = region is not None and any(region[0] <= i <= region[1] for i in main)
    wrong = tp + fn > 0 and (f1(tp, fp, fn) < LOW_F1 or not on_main)
    return PageCounts((tp, fp, fn), wrong, missed_at, missed_why)


def set_share(directory: Path) -> SetShare:
    share = SetShare()
    for label_file in sorted(directory.glob("*.json")):
        if label_file.with_suffix(".txt").exists():
            share.add(page_counts(label_file))
    return share


def report(name: str, s: SetShare) -> str:
    tp, fp, fn = s.total
    rest = [a - b for a, b in zip(s.total, s.wrong, strict=True)]
    places = ", ".join(f"{k} {v}" for k, v in s.missed_at.most_common())
    why = ", ".join(f"{k} {v}" for k, v in s.missed_why.most_common(8))
    return (
        f"{name}: F1 {f1(tp, fp, fn):.4f} ({s.pages} pages); wrong region {s.wrong_pages} pages: "
        f"{s.wrong[2]} of {fn} false negatives, {s.wrong[1]} of {fp} false positives; F1 were they right "
        f"{s.perfect_wrong():.4f}; the other pages alone {f1(*rest):.4f}\n"
        f"    other pages' missed body lines by place: {places}\n    by the rules' reason: {why}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    for name in parser.parse_args().sets:
        print(report(name, set_share(DUMPS / name)))


if __name__ == "__main__":
    main()
