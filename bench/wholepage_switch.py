"""What taking another run of prose over a region chosen below a comment heading would do: counts only (issue 12,
session 38; extends bench/wholepage_kinds.py).

    PYTHONPATH=. .venv/bin/python bench/wholepage_switch.py [--sets dragnet l3s ...] [--switch above-heading]

Evaluation-only sets (dragnet, l3s) may be studied in aggregate only: this prints, per set and per shape fact, how
many pages the switch would move up, down or not at all, how many it would take out of or put into the pages below
0.2, and the change in body-line true positives, false positives and false negatives; never a line's text, a page's
id or one page's row. A page is counted when the rules' region lies below a comment heading and the switch gives
another region. The switches (the candidate is grown as the rules grow a region and planned as the rules plan theirs):

- above-heading: the best run of prose above the last comment heading over the region (what
  `article_over_comment_heading` takes when its conditions hold);
- above-region: the best run of prose anywhere above the region;
- between: the best run of prose between that heading and the region (a sidebar's or toolbar's heading above the
  article too).

The facts are the conditions the rules' steps ask and the ones a new step could: the run's distance to the region's
first line or to the heading, text lines between, a link list's heading between, the region reading as entries, the
run's weight against the region's, a dateline or byline over the run or the region, a thread below the heading; and
(session 39) where the title anchor found the headline (right over the region, right over the run, or between the
heading and the region, as over an article under a toolbar's comment count) and how many of the region's text lines
read as a commenter's reaction (REACTIONS: an English study list, never shipped; dragnet and l3s are English).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from wholepage_census import DUMPS, _weights  # noqa: E402

from tasks.read.decode import decode_bytes  # noqa: E402
from tasks.text.heads import is_under_head, run_weight  # noqa: E402
from tasks.text.lines import split_lines  # noqa: E402
from tasks.text.region import PageView, best_region, grow_region  # noqa: E402
from tasks.text.segment import PagePlan, _plan, final_verdict, plan_page  # noqa: E402
from tasks.text.threads import comment_headings, has_thread  # noqa: E402

Region = tuple[int, int]
Counts = tuple[int, int, int]
SWITCHES = ("above-heading", "above-region", "between")
NEAR = 6  # lines: a headline "right over" a run, as bench/wholepage_kinds.py counts it
# A commenter's reaction opening a line ("Thanks for this", "Great post", "I agree", "Hi Ruth"), or an emoticon or
# laughter anywhere in it: the talk of a comment thread, which an article's paragraphs seldom open with. Study only.
REACTIONS = re.compile(
    r"^\W*(?:thanks|thank you|thx|great (?:post|article|read|job|stuff|piece|points?)"
    r"|nice (?:post|article|work|one|job)|good (?:post|article|job|point)|i agree|i disagree|i love|i think"
    r"|lol|awesome|wow|congrat\w*|well said"
    r"|love (?:this|it|the)|amazing|interesting|excellent|agreed|exactly|yes|yep|hi|hello|hey|dear)\b"
    r"|[:;]-?[)(DP]|\blol\b|\bhaha",
    re.IGNORECASE,
)


def body_counts(plan: PagePlan, gold: dict[int, str], index: dict[int, int]) -> Counts:
    """(tp, fp, fn) of body lines as `newsclean eval` counts them (gold titles and ambiguous lines not counted)."""
    tp = fp = fn = 0
    for number, label in gold.items():
        if label in ("ambiguous", "title"):
            continue
        i = index.get(number)
        said, is_body = i is not None and final_verdict(i, plan).label == "body", label == "body"
        tp, fp, fn = tp + (said and is_body), fp + (said and not is_body), fn + (is_body and not said)
    return tp, fp, fn


def f1(counts: Counts) -> float:
    tp, fp, fn = counts
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _bucket(d: int) -> str:
    return "<=6" if d <= 6 else "7-12" if d <= 12 else "13-20" if d <= 20 else "21-40" if d <= 40 else ">40"


def candidate(view: PageView, region: Region, heading: int, weights: list[float], switch: str) -> Region | None:
    """The run the switch would take, before growing."""
    if switch == "above-heading":
        return best_region(weights[:heading])
    if switch == "above-region":
        return best_region(weights[: region[0]])
    run = best_region(weights[heading + 1 : region[0]])
    return None if run is None else (run[0] + heading + 1, run[1] + heading + 1)


def shape_facts(view: PageView, region: Region, heading: int, run: Region, weights: list[float]) -> list[str]:
    reasons = [view.verdicts[i].reason_code if view.verdicts[i] is not None else "" for i in range(len(weights))]  # type: ignore[union-attr]
    between = range(run[1] + 1, region[0])
    texts = [i for i in range(region[0], region[1] + 1) if view.is_text(i)]
    share = run_weight(weights, *run) / max(run_weight(weights, *region), 0.1)
    return [
        f"run to region {_bucket(region[0] - run[1])}",
        f"run below the heading {run[0] > heading}",
        f"text lines between {min(3, sum(view.is_text(i) for i in between))}",
        f"link list heading between {any(reasons[i] == 'link_list_heading' for i in between)}",
        f"region reads as entries {any(b - a > 1 for a, b in pairwise(texts))}",
        f"run / region weight {'<0.3' if share < 0.3 else '0.3-1' if share < 1 else '>=1'}",
        f"run under a head {is_under_head(view, run[0])}",
        f"region under a head {is_under_head(view, region[0])}",
        f"thread below the heading {has_thread(view, heading + 1, region[1])}",
    ]


def anchor_facts(plan: PagePlan, region: Region, heading: int, run: Region) -> list[str]:
    """Where the title anchor stands against the region, the run and the comment heading."""
    title = plan.title
    over_region = title is not None and 0 <= region[0] - title <= NEAR
    over_run = title is not None and 0 <= run[0] - title <= NEAR
    below_heading = title is not None and heading < title < region[0]
    return [f"title over the region {over_region}", f"title over the run {over_run}",
            f"title between the heading and the region {below_heading}"]  # fmt: skip


def reaction_facts(view: PageView, texts: list[str], region: Region, run: Region) -> list[str]:
    """How much of the region's and the run's text lines read as a commenter's reaction."""

    def share(span: Region) -> tuple[int, float]:
        idx = [i for i in range(span[0], span[1] + 1) if view.is_text(i)]
        found = sum(REACTIONS.search(texts[i]) is not None for i in idx)
        return found, found / max(len(idx), 1)

    (found, in_region), (_, in_run) = share(region), share(run)
    bucket = "0" if found == 0 else "<0.2" if in_region < 0.2 else ">=0.2"
    return [f"region's reaction lines {min(found, 3)}", f"region's reaction share {bucket}",
            f"region reads more as reactions than the run {in_region > in_run}"]  # fmt: skip


def page_outcome(label_file: Path, switch: str) -> tuple[list[str], Counts, Counts] | None:
    """The shape facts and the (tp, fp, fn) before and after the switch, or None when it changes nothing."""
    gold = {e["line"]: e["label"] for e in json.loads(label_file.read_text(encoding="utf-8"))["lines"]}
    if "body" not in gold.values():
        return None
    lines = split_lines(decode_bytes(label_file.with_suffix(".txt").read_bytes()).text)
    plan = plan_page(lines)
    view, region = plan.view, plan.region
    above = [] if region is None else [h for h in comment_headings(view) if h < region[0]]
    if region is None or not above:
        return None
    weights = _weights(view)
    run = candidate(view, region, above[-1], weights, switch)
    if run is None or grow_region(view, run) == region:
        return None
    index = {line.number: i for i, line in enumerate(lines)}
    other = _plan(lines, view, grow_region(view, run), (plan.shares, plan.article, plan.language_score))
    facts = [*shape_facts(view, region, above[-1], run, weights), "all"]
    facts += anchor_facts(plan, region, above[-1], run) + reaction_facts(view, [ln.text for ln in lines], region, run)
    return facts, body_counts(plan, gold, index), body_counts(other, gold, index)


def study(directory: Path, switch: str) -> list[str]:
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for label_file in sorted(directory.glob("*.json")):
        if not label_file.with_suffix(".txt").exists():
            continue
        found = page_outcome(label_file, switch)
        if found is None:
            continue
        facts, before, after = found
        moved = "up" if f1(after) > f1(before) else "down" if f1(after) < f1(before) else "same"
        low = "out of low" if f1(before) < 0.2 <= f1(after) else "into low" if f1(after) < 0.2 <= f1(before) else ""
        for fact in facts:
            row = table[fact]
            row[moved] += 1
            row[low] += bool(low)
            for key, a, b in zip(("tp", "fp", "fn"), after, before, strict=True):
                row[key] += a - b
    cols = ("up", "down", "same", "out of low", "into low", "tp", "fp", "fn")
    out = [f"## {directory.name}: switch {switch} (pages, counts only)", "", "| fact | " + " | ".join(cols) + " |"]
    out.append("|---" * (len(cols) + 1) + "|")
    out += [f"| {k} | " + " | ".join(str(table[k][c]) for c in cols) + " |" for k in sorted(table)]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=["dragnet"], help="public dump sets (../shared/eval/dumps)")
    parser.add_argument("--dir", type=Path, nargs="*", default=[], help="other folders of labelled dumps")
    parser.add_argument("--switch", choices=SWITCHES, default="above-heading")
    args = parser.parse_args()
    for directory in [DUMPS / name for name in args.sets] + args.dir:
        print("\n".join(study(directory, args.switch)))
        print()


if __name__ == "__main__":
    main()
