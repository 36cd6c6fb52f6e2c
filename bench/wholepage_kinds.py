"""What the rules chose on whole pages placed wrong, by kind of region and by what the title anchor did: counts only
(issue 12, session 37; extends bench/wholepage_census.py).

    PYTHONPATH=. .venv/bin/python bench/wholepage_kinds.py [--sets dragnet l3s ...]

Evaluation-only sets (dragnet, l3s) may be studied in aggregate only: this prints counts of pages per group and kind,
never a line's text, a page's id or one page's row. A page is grouped as in bench/wholepage_census.py (F1 below 0.2 or
0.2 to 0.5; the true article, the gold's main run, wholly above the region chosen, wholly below it, overlapping it, or
no region), and counted by:

- the kind of region chosen: a comment thread (below a comment heading, or holding stamped or "X says:" entries, or
  the forum plan), a teaser list (teaser leads, headline/lead pairs, under a link list's heading within 6 lines, lines
  ending in "...", or the listing plan), repeated template lines (a third of its lines or more shown elsewhere on the
  page), a single block (two lines at most), else an article-like run of paragraphs;
- what the title anchor did: the headline found right above the true article (6 lines at most), right above the
  region only, elsewhere, or none; and whether a line of the page's top (its first 5 lines, the <title>) is repeated
  within 6 lines above the true article, or above the region (a second anchor the rules do not use for the region);
- for the article above the region: how far below its end the first comment heading stands, and what lies between;
  whether the article sits under a dateline or byline, and whether the best run of prose above the region is it;
- for the article below the region: whether a comment heading, a link list's heading or a pager ends the region.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from wholepage_census import DUMPS, _weights, f1_band, labelled_dumps, planned_page  # noqa: E402

from schemas import Label  # noqa: E402
from tasks.text.heads import is_under_head, run_weight  # noqa: E402
from tasks.text.region import PageView, best_region  # noqa: E402
from tasks.text.segment import PagePlan  # noqa: E402
from tasks.text.threads import _stamps, comment_headings, has_thread  # noqa: E402

Region = tuple[int, int]
NEAR = 6  # lines: "right above", as the census's other windows
TOP_LINES = 5  # the page's first lines: the <title> and the site's name


def _reason(view: PageView, i: int) -> str:
    v = view.verdicts[i]
    return "" if v is None else v.reason_code


def region_kind(view: PageView, plan: PagePlan, region: Region) -> str:
    """One kind per region, the first that holds in this order."""
    feats, idx = view.features, range(region[0], region[1] + 1)
    heads = comment_headings(view)
    entries = sum(feats[i].is_comment_entry for i in idx)
    if plan.thread is not None or any(h < region[0] for h in heads) or len(_stamps(view, region)) >= 2 or entries >= 2:
        return "comment thread"
    texts = [i for i in idx if view.is_text(i)]
    pairs = sum(b - a == 2 and not view.prose[a + 1] for a, b in pairwise(texts))
    teasers = sum(_reason(view, i) == "teaser_lead" for i in idx)
    link_heading = any(_reason(view, i) == "link_list_heading" for i in range(max(0, region[0] - NEAR), region[0]))
    ellipsis = sum(feats[i].ends_ellipsis for i in idx) / len(idx)
    if plan.listing is not None or teasers >= 2 or pairs >= 3 or link_heading or ellipsis >= 0.3:
        return "teaser list"
    if sum(feats[i].n_copies > 1 for i in idx) >= len(idx) / 3:
        return "repeated template lines"
    if len(idx) <= 2:
        return "single block"
    return "article-like run"


def title_anchor(view: PageView, plan: PagePlan, region: Region | None, true: Region) -> str:
    title = plan.title
    if title is None:
        return "no title"
    if 0 <= true[0] - title <= NEAR:
        return "title over the true article"
    if region is not None and 0 <= region[0] - title <= NEAR:
        return "title over the region only"
    return "title elsewhere"


def _top_repeat_above(view: PageView, start: int) -> bool:
    """A line of the page's top repeated within NEAR lines above `start` (the <title> shown again as the <h1>)."""
    top = {view.features[i].key for i in range(min(TOP_LINES, len(view.features)))}
    return any(view.features[i].key in top for i in range(max(TOP_LINES, start - NEAR), start))


def _distance_bucket(d: int | None) -> str:
    if d is None:
        return "no comment heading below"
    return "<=6" if d <= NEAR else "7-12" if d <= 12 else "13-30" if d <= 30 else ">30"


def _above_facts(view: PageView, region: Region, true: Region, weights: list[float]) -> Counter[str]:
    facts: Counter[str] = Counter()
    below = [h for h in comment_headings(view) if h > true[1]]
    first = below[0] if below else None
    d = None if first is None else first - true[1]
    facts[f"comment heading below the article: {_distance_bucket(d)}"] += 1
    if first is not None and first < region[0]:
        between = range(true[1] + 1, first)
        texts = sum(view.is_text(i) for i in between)
        links = any(_reason(view, i) == "link_list_heading" for i in between)
        facts[f"between article and heading: {'no' if texts == 0 else 'some'} text lines"] += 1
        if links:
            facts["between article and heading: a link list's heading"] += 1
        best = best_region(weights[:first])
        on = best is not None and best[1] >= true[0] and best[0] <= true[1]
        facts[f"best run above the heading is the article: {on}"] += 1
        ratio = run_weight(weights, *true) / max(run_weight(weights, *region), 0.1)
        facts[f"article / region weight: {'<0.3' if ratio < 0.3 else '0.3-1' if ratio < 1 else '>=1'}"] += 1
    above = [h for h in comment_headings(view) if h < region[0]]
    if above:
        facts |= _step_facts(view, region, true, above, weights)
    facts[f"article under a dateline or byline: {is_under_head(view, true[0])}"] += 1
    best = best_region(weights[: region[0]])
    on = best is not None and best[1] >= true[0] and best[0] <= true[1]
    facts[f"best run above the region is the article: {on}"] += 1
    link = any(_reason(view, i) == "link_list_heading" for i in range(true[1] + 1, region[0]))
    facts[f"a link list's heading between: {link}"] += 1
    return facts


def _step_facts(view: PageView, region: Region, true: Region, above: list[int], weights: list[float]) -> Counter[str]:
    """Which condition of threads.article_over_comment_heading failed, asked of the last heading above the region."""
    facts: Counter[str] = Counter()
    rules, heading = view.rules, above[-1]
    between = sum(true[1] < h for h in above)
    facts[f"step: comment headings between article and region: {min(3, between)}"] += 1
    if between == 0:
        inner = [h for h in above if true[0] <= h <= true[1]]
        facts[f"step0: heading inside the article: {bool(inner)}"] += 1
        facts[
            f"step0: heading lines above the article: {_distance_bucket(true[0] - above[-1]) if not inner else '-'}"
        ] += 1
        facts[f"step0: lines article to region: {_distance_bucket(region[0] - true[1])}"] += 1
        facts[f"step0: region has a thread: {has_thread(view, region[0], region[1])}"] += 1
        texts = [i for i in range(region[0], region[1] + 1) if view.is_text(i)]
        facts[f"step0: region reads as entries: {any(b - a > 1 for a, b in pairwise(texts))}"] += 1
        ratio = run_weight(weights, *true) / max(run_weight(weights, *region), 0.1)
        facts[f"step0: article / region weight: {'<0.3' if ratio < 0.3 else '0.3-1' if ratio < 1 else '>=1'}"] += 1
    best = best_region(weights[:heading])
    if best is None or not (best[1] >= true[0] and best[0] <= true[1]):
        facts["step: best run above the last heading is not the article"] += 1
        if best is not None:
            facts[f"step: that run is {'below' if best[0] > true[1] else 'above'} the article"] += 1
            facts[f"step: that run under a head: {is_under_head(view, best[0])}"] += 1
        return facts
    gap = heading - best[1]
    if gap > rules.comment_heading_max_gap:
        facts[f"step: gap {_distance_bucket(gap)}"] += 1
        for i in range(best[1] + 1, heading):
            kind = "text" if view.is_text(i) else _reason(view, i) or ("short prose" if view.prose[i] else "short line")
            facts[f"step: gap line {kind}"] += 1
    weight, texts = run_weight(weights, *best), [i for i in range(region[0], region[1] + 1) if view.is_text(i)]
    failed = [
        name
        for name, fails in (
            ("gap", gap > rules.comment_heading_max_gap),
            ("weight", weight < rules.headed_article_min_weight),
            ("share", weight < rules.comment_min_article_share * run_weight(weights, *region)),
            ("entries", not any(b - a > 1 for a, b in pairwise(texts))),
        )
        if fails
    ]
    facts[f"step: conditions failed: {' + '.join(failed) or 'none'}"] += 1
    return facts


def _overlap_facts(view: PageView, region: Region, true: Region, gold: list[str]) -> Counter[str]:
    """Where a region overlapping the article runs past it: text lines past its end or above its start, and the
    headings among them; the article's body lines left above the region, and what they are."""
    facts: Counter[str] = Counter()
    below = [i for i in range(region[1] + 1, true[1] + 1) if gold[i] == Label.BODY]
    if below:
        n = len(below)
        facts[
            f"overlap: body lines left below: {'1-2' if n <= 2 else '3-5' if n <= 5 else '6-15' if n <= 15 else '16+'}"
        ] += 1
        kinds = Counter(
            _reason(view, i) or ("text" if view.is_text(i) else "short prose" if view.prose[i] else "short line")
            for i in below
        )
        facts.update(f"overlap: left-below line {k}" for k in kinds.elements())
    left = [i for i in range(true[0], region[0]) if gold[i] == Label.BODY]
    if left:
        n = len(left)
        facts[
            f"overlap: body lines left above: {'1-2' if n <= 2 else '3-5' if n <= 5 else '6-15' if n <= 15 else '16+'}"
        ] += 1
        texts = sum(view.is_text(i) for i in left)
        facts[f"overlap: of them text lines: {'0' if not texts else '1-2' if texts <= 2 else '3+'}"] += 1
        codes = Counter(_reason(view, i) or ("short prose" if view.prose[i] else "short line") for i in left)
        facts.update(f"overlap: left-above line {c}" for c in codes.elements())
    for name, span in (
        ("past the end", range(true[1] + 1, region[1] + 1)),
        ("above the start", range(region[0], true[0])),
    ):
        texts = sum(view.is_text(i) for i in span)
        if not texts:
            continue
        facts[f"overlap: text lines {name}: {'1-2' if texts <= 2 else '3-9' if texts < 10 else '10+'}"] += 1
        held = {_reason(view, i) for i in span} - {""}
        for code in ("comments_heading", "link_list_heading", "related_heading", "teaser_lead", "repeated_line"):
            if code in held:
                facts[f"overlap: {name} holds {code}"] += 1
    outside = ("above " if true[0] < region[0] else "") + ("below" if true[1] > region[1] else "")
    facts[f"overlap: article lines outside the region: {outside.strip() or 'none'}"] += 1
    return facts


def _below_facts(view: PageView, region: Region, true: Region) -> Counter[str]:
    facts: Counter[str] = Counter()
    between = range(region[1] + 1, true[0])
    codes = {_reason(view, i) for i in between}
    for code in ("comments_heading", "link_list_heading", "related_heading", "teaser_lead", "repeated_line"):
        if code in codes:
            facts[f"between region and article: {code}"] += 1
    facts[f"article under a dateline or byline: {is_under_head(view, true[0])}"] += 1
    facts[f"region under a dateline or byline: {is_under_head(view, region[0])}"] += 1
    return facts


def page_kinds(text: str, label_path: Path) -> tuple[float, str, Counter[str]] | None:
    page = planned_page(text, label_path)
    if page is None:
        return None
    _, gold, true, plan, counts = page
    view, region = plan.view, plan.region
    facts: Counter[str] = Counter()
    if region is None:
        where = "none"
    else:
        where = "below" if true[0] > region[1] else "above" if true[1] < region[0] else "overlapping"
        facts[f"region: {region_kind(view, plan, region)}"] += 1
        facts[f"top line repeated over the region: {_top_repeat_above(view, region[0])}"] += 1
        if where == "above":
            facts |= _above_facts(view, region, true, _weights(view))
        elif where == "below":
            facts |= _below_facts(view, region, true)
        else:
            share = (min(region[1], true[1]) - max(region[0], true[0]) + 1) / (true[1] - true[0] + 1)
            cover = "<0.25" if share < 0.25 else "0.25-0.75" if share < 0.75 else ">=0.75"
            facts[f"region covers of the article: {cover}"] += 1
            facts[f"region runs past the article: {region[0] < true[0] or region[1] > true[1]}"] += 1
            facts |= _overlap_facts(view, region, true, gold)
    facts[f"title: {title_anchor(view, plan, region, true)}"] += 1
    facts[f"top line repeated over the article: {_top_repeat_above(view, true[0])}"] += 1
    body = sum(g == Label.BODY for g in gold)
    facts[f"gold body lines: {'1-3' if body < 4 else '4-10' if body <= 10 else '11+'}"] += 1
    return counts.f1, where, facts


def census(directory: Path) -> list[str]:
    """The table of counts for one folder of labelled dumps (<id>.txt + <id>.json): pages per group and fact."""
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    sizes: Counter[str] = Counter()
    pages = 0
    for text, label_path in labelled_dumps(directory):
        found = page_kinds(text, label_path)
        if found is None:
            continue
        pages += 1
        f1, where, facts = found
        band = f1_band(f1)
        if band is None:
            continue
        sizes[f"{band} {where}"] += 1
        groups[f"{band} {where}"].update(facts)
    out = [f"## {directory.name}: {pages} pages with gold body; pages per group and fact (counts only)", ""]
    names = sorted(groups)
    out.append("| fact | " + " | ".join(f"{g} ({sizes[g]})" for g in names) + " |")
    out.append("|---" * (len(names) + 1) + "|")
    for key in sorted({k for c in groups.values() for k in c}):
        out.append(f"| {key} | " + " | ".join(str(groups[g][key]) for g in names) + " |")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=["dragnet"], help="public dump sets (../shared/eval/dumps)")
    parser.add_argument("--dir", type=Path, nargs="*", default=[], help="other folders of labelled dumps")
    args = parser.parse_args()
    for directory in [DUMPS / name for name in args.sets] + args.dir:
        print("\n".join(census(directory)))
        print()


if __name__ == "__main__":
    main()
