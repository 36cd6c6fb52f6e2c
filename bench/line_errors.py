"""Where the rules' body-line errors fall on whole sets, by the rules' reason and the line's place: counts only
(issue 12, session 39).

    PYTHONPATH=. .venv/bin/python bench/line_errors.py [--sets aeb readability cleanportal cleaneval-dev l3s dragnet]
    PYTHONPATH=. .venv/bin/python bench/line_errors.py --dir tests/data/dumps_ml3

Evaluation-only sets (dragnet, l3s) may be studied in aggregate only: this prints, per set, its body-line totals as
`newsclean eval` counts them (titles and attributions scored as chrome) and counts of lines, never a line's text, a
page's id or one page's row:

- missed body lines (gold body, said otherwise) and false body lines (gold chrome, said body) by the rules' reason
  code, inside or outside the main text, prose or short;
- the main text's short lines said body, by where they stand (before its first prose line, between, after its last)
  and by the length of the run of short lines they belong to, against their gold (body / chrome);
- runs of short lines outside the main text called a list (`short_line_list`), by side and distance from the main
  text and how much of the run is gold body (all, most, some, none).

Session 39 used it to ask whether a line-level loss is shared by every public set (a general change would lift all of
them) or belongs to one set's gold conventions; docs/segmenter.md, "Session 39".
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from check_sets import DUMP_SETS  # noqa: E402
from wholepage_census import DUMPS, _gold, labelled_dumps  # noqa: E402

from schemas import Label  # noqa: E402
from tasks.report.evaluate import LineCounts  # noqa: E402
from tasks.text.lines import split_lines  # noqa: E402
from tasks.text.segment import PagePlan, final_verdict, plan_page  # noqa: E402

Region = tuple[int, int]
_SCORED_AS_CHROME = (Label.TITLE, Label.ATTRIBUTION)


@dataclass
class SetErrors:
    """The counts of one set."""

    pages: int = 0
    low_pages: int = 0
    totals: LineCounts = field(default_factory=LineCounts)
    missed: Counter[str] = field(default_factory=Counter)
    false_body: Counter[str] = field(default_factory=Counter)
    short_inside: Counter[str] = field(default_factory=Counter)
    outside_lists: Counter[str] = field(default_factory=Counter)


def _said(plan: PagePlan, i: int) -> tuple[str, str]:
    """(label as scored, reason code) of line i."""
    verdict = final_verdict(i, plan)
    label = str(verdict.label)
    return (Label.CHROME if label in _SCORED_AS_CHROME else label), verdict.reason_code


def _run_bucket(n: int) -> str:
    return "1" if n == 1 else "2" if n == 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11+"


def _gap_bucket(n: int) -> str:
    return "0" if n == 0 else "1-2" if n <= 2 else "3-6" if n <= 6 else "7+"


def _short_inside(plan: PagePlan, region: Region, gold: list[str], said: list[str], out: Counter[str]) -> None:
    prose = plan.view.prose
    first = next((i for i in range(region[0], region[1] + 1) if prose[i]), None)
    if first is None:
        return
    last = max(i for i in range(region[0], region[1] + 1) if prose[i])
    i = region[0]
    while i <= region[1]:
        j = i
        while j <= region[1] and not prose[j]:
            j += 1
        for k in range(i, j):
            if said[k] == Label.BODY and gold[k] in (Label.BODY, Label.CHROME):
                place = "before its first prose" if k < first else "after its last prose" if k > last else "between"
                out[f"{place} | {gold[k]}"] += 1
                out[f"run of {_run_bucket(j - i)} | {gold[k]}"] += 1
        i = max(j, i + 1)


def _outside_lists(region: Region, gold: list[str], reasons: list[str], out: Counter[str]) -> None:
    i, n = 0, len(gold)
    while i < n:
        if reasons[i] != "short_line_list" or region[0] <= i <= region[1]:
            i += 1
            continue
        j = i
        while j < n and reasons[j] == "short_line_list" and not region[0] <= j <= region[1]:
            j += 1
        side = "before" if i < region[0] else "after"
        gap = region[0] - j if side == "before" else i - region[1] - 1
        body = sum(gold[k] == Label.BODY for k in range(i, j))
        share = "all" if body == j - i else "none" if body == 0 else "most" if body > (j - i) / 2 else "some"
        out[f"{side}, {_gap_bucket(gap)} lines away, body {share}: runs"] += 1
        out[f"{side}, {_gap_bucket(gap)} lines away, body {share}: body lines"] += body
        i = j


def page_errors(text: str, label_path: Path, into: SetErrors) -> None:
    """Add one labelled page's counts."""
    lines = split_lines(text)
    gold = _gold(label_path, [ln.number for ln in lines])
    plan = plan_page(lines)
    region = plan.region
    said, reasons = zip(*(_said(plan, i) for i in range(len(lines))), strict=True) if lines else ((), ())
    counts = LineCounts()
    for i, g in enumerate(gold):
        counts.add(g, said[i])
        where = "in" if region is not None and region[0] <= i <= region[1] else "out"
        key = f"{reasons[i]} | {where} | {'prose' if plan.view.prose[i] else 'short'}"
        if g == Label.BODY and said[i] != Label.BODY:
            into.missed[key] += 1
        elif g == Label.CHROME and said[i] == Label.BODY:
            into.false_body[key] += 1
    into.pages += 1
    into.low_pages += counts.tp + counts.fn > 0 and counts.f1 < 0.2
    into.totals.merge(counts)
    if region is not None:
        _short_inside(plan, region, gold, list(said), into.short_inside)
        _outside_lists(region, gold, list(reasons), into.outside_lists)


def set_errors(directory: Path) -> SetErrors:
    if directory.name in DUMP_SETS:  # a never-studied check set: its totals come from bench/check_sets.py only
        raise SystemExit(f"{directory.name} is a check set: never count its errors")
    errors = SetErrors()
    for text, label_path in labelled_dumps(directory):
        page_errors(text, label_path, errors)
    return errors


def report(name: str, e: SetErrors, top: int = 20) -> list[str]:
    t = e.totals
    out = [
        f"## {name}: {e.pages} pages, {e.low_pages} below 0.2; body P {t.precision:.4f} R {t.recall:.4f} "
        f"F1 {t.f1:.4f} (tp {t.tp}, fp {t.fp}, fn {t.fn})",
        "",
        "missed body lines (reason | place | shape): " + ", ".join(f"{k} {v}" for k, v in e.missed.most_common(top)),
        "false body lines: " + ", ".join(f"{k} {v}" for k, v in e.false_body.most_common(top)),
        "short lines said body inside the main text (place or run | gold): "
        + ", ".join(f"{k} {v}" for k, v in sorted(e.short_inside.items())),
        "short-line lists outside the main text: " + ", ".join(f"{k} {v}" for k, v in sorted(e.outside_lists.items())),
    ]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", default=["aeb", "readability", "cleanportal", "cleaneval-dev"])
    parser.add_argument("--dir", type=Path, nargs="*", default=[], help="other folders of labelled dumps")
    args = parser.parse_args()
    for directory in [DUMPS / name for name in args.sets] + args.dir:
        print("\n".join(report(directory.name, set_errors(directory))))
        print()


if __name__ == "__main__":
    main()
