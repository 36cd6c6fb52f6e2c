"""Where the article stands on pages whose main text the rules chose wrong: a census by shape, counts only (issue 12).

    PYTHONPATH=. .venv/bin/python bench/wholepage_census.py [--sets dragnet l3s ...] [--steps]

Evaluation-only sets (dragnet, l3s) may be studied in aggregate only: this tool prints counts and quartiles of shape
facts per group of pages, never a line's text, a page's id or one page's row. A page is grouped by its body-line F1
(below 0.2, or 0.2 to 0.5) and by where the true article (the gold's main run: its body lines at most GAP lines apart,
the run with the most lines) stands against the region the rules chose: wholly below it, wholly above it, overlapping
it (inside its span), or the rules chose none. For the chosen region and the true article it counts lengths in lines
and words, the shares of short lines, links, repeated and stamped lines, comment and link-list headings, the gap
between them, what the title anchor chose, and which step of the region search (tasks.text.main_text.find_region)
moved the region off or onto the true article (`--steps`). Session 41 added what the lines right above the true article
hold that could head it: a date the line features read, a credit line, or a head shape they do not read as a date (a
weekday alone, a relative time, a date's lead word alone, a day and month in digits).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from schemas import Label  # noqa: E402
from tasks.lexicon.date_vocabulary import date_cues  # noqa: E402
from tasks.lexicon.vocabulary import read_rows, split_cell  # noqa: E402
from tasks.read.decode import Decoded, decode_bytes  # noqa: E402
from tasks.report.evaluate import LineCounts  # noqa: E402
from tasks.text.closing_boxes import ended_above_link_box  # noqa: E402
from tasks.text.heads import is_article_head, is_under_head, run_weight  # noqa: E402
from tasks.text.lines import Line, split_lines  # noqa: E402
from tasks.text.main_text import (  # noqa: E402
    _with_entry_stamps_free,
    _with_introduced_lists_weighed,
    article_under_inner_head,
    ended_at_pager,
    headed_article_above,
    headline_off_top,
)
from tasks.text.region import PageView, best_region, grow_region, prose_weight  # noqa: E402
from tasks.text.segment import PagePlan, final_verdict, plan_page  # noqa: E402
from tasks.text.teaser_lists import article_before_teasers  # noqa: E402
from tasks.text.threads import (  # noqa: E402
    _has_dated_entries,
    article_above_thread,
    comment_headings,
    cut_comment_section,
    cut_comments,
    has_thread,
    headed_article_above_thread,
)

DUMPS = ROOT.parent / "shared" / "eval" / "dumps"
# Gold body lines at most this many lines apart make one run (session 34's main run).
GAP = 4
# A sentence's end inside a line: a full stop, "?" or "!" then a space and a capital.
_INNER_STOP = re.compile(r"[.?!][\"'”’)]? +[A-Z]")
Region = tuple[int, int]
Facts = dict[str, float]


def _gold(path: Path, numbers: list[int]) -> list[str]:
    labels = {e["line"]: e["label"] for e in json.loads(path.read_text(encoding="utf-8"))["lines"]}
    return [labels.get(n, "chrome") for n in numbers]


def main_run(gold: list[str]) -> Region | None:
    """The run of gold body lines, at most GAP apart, with the most body lines."""
    body = [i for i, g in enumerate(gold) if g == Label.BODY]
    if not body:
        return None
    runs, start = [], body[0]
    for a, b in pairwise(body):
        if b - a > GAP:
            runs.append((start, a))
            start = b
    runs.append((start, body[-1]))
    return max(runs, key=lambda r: sum(gold[k] == Label.BODY for k in range(r[0], r[1] + 1)))


def _weights(view: PageView) -> list[float]:
    """Every line's weight in the region search (tasks.text.region.prose_weight)."""
    return [prose_weight(f, v, p, view.rules) for f, v, p in zip(view.features, view.verdicts, view.prose, strict=True)]


def _steps(view: PageView) -> list[tuple[str, Region | None]]:
    """The region after each step of find_region, in its order."""
    weights = _with_introduced_lists_weighed(view, _weights(view))
    core = best_region(_with_entry_stamps_free(view, weights))
    if core is None:
        return [("core", None)]
    out: list[tuple[str, Region | None]] = [("core", core)]
    core = article_before_teasers(view, core)
    out.append(("before_teasers", core))
    region = grow_region(view, core)
    out.append(("grow", region))
    region = cut_comment_section(view, region, weights)
    out.append(("cut_comment_section", region))
    region = cut_comments(view, region, weights)
    out.append(("cut_comments", region))
    region = article_above_thread(view, region, weights)
    out.append(("article_above_thread", region))
    region = headed_article_above_thread(view, region, weights)
    out.append(("headed_article_above_thread", region))
    region = headed_article_above(view, region, core, weights)
    out.append(("headed_article_above", region))
    region = article_under_inner_head(view, region, weights)
    out.append(("under_inner_head", region))
    region = headline_off_top(view, region)
    out.append(("headline_off_top", region))
    region = ended_at_pager(view, region)
    out.append(("pager", region))
    region = ended_above_link_box(view, region)
    out.append(("link_box", region))
    return out


def _overlap(a: Region | None, b: Region) -> int:
    return 0 if a is None else max(0, min(a[1], b[1]) - max(a[0], b[0]) + 1)


def _span_facts(prefix: str, view: PageView, plan: PagePlan, span: Region, weights: list[float]) -> Facts:
    feats, idx = view.features, range(span[0], span[1] + 1)
    n = len(idx)
    words = sum(feats[i].n_words for i in idx)
    prose = [i for i in idx if view.prose[i]]
    reasons = [view.verdicts[i].reason_code for i in idx if view.verdicts[i] is not None]  # type: ignore[union-attr]
    return {
        f"{prefix}_lines": n,
        f"{prefix}_words": words,
        f"{prefix}_prose_lines": len(prose),
        f"{prefix}_words_per_prose": (sum(feats[i].n_words for i in prose) / len(prose)) if prose else 0.0,
        f"{prefix}_short_share": 1 - len(prose) / n,
        f"{prefix}_link_share": sum(feats[i].is_related_link for i in idx) / n,
        f"{prefix}_repeat_share": sum(feats[i].n_copies > 1 for i in idx) / n,
        f"{prefix}_stamp_share": sum(feats[i].has_timestamp for i in idx) / n,
        f"{prefix}_date_share": sum(feats[i].has_date for i in idx) / n,
        f"{prefix}_ellipsis_share": sum(feats[i].ends_ellipsis for i in idx) / n,
        f"{prefix}_sentence_end_share": (sum(feats[i].ends_sentence for i in prose) / len(prose)) if prose else 0.0,
        f"{prefix}_teaser_leads": sum(r == "teaser_lead" for r in reasons),
        f"{prefix}_comment_heading_inside": any(feats[i].is_comment_heading for i in idx),
        f"{prefix}_comment_entries": sum(feats[i].is_comment_entry for i in idx),
        f"{prefix}_link_heading_inside": any(r == "link_list_heading" for r in reasons),
        f"{prefix}_chrome_verdict_share": len(reasons) / n,
        f"{prefix}_one_block": n <= 2,
        f"{prefix}_longest_line_share": max(feats[i].n_words for i in idx) / words if words else 0.0,
        f"{prefix}_under_head": is_under_head(view, span[0]),
        f"{prefix}_head_inside": any(is_article_head(view, i) for i in idx),
        f"{prefix}_weight": sum(weights[i] for i in idx),
        f"{prefix}_position": span[0] / len(feats),
        f"{prefix}_comment_heading_above": any(
            feats[i].is_comment_heading for i in range(max(0, span[0] - 6), span[0])
        ),
        f"{prefix}_link_heading_above": any(
            view.verdicts[i] is not None and view.verdicts[i].reason_code == "link_list_heading"  # type: ignore[union-attr]
            for i in range(max(0, span[0] - 6), span[0])
        ),
        f"{prefix}_in_thread_plan": plan.thread is not None,
        f"{prefix}_in_listing_plan": plan.listing is not None,
    }


def _comment_heading_facts(view: PageView, region: Region, true: Region, weights: list[float]) -> Facts:
    """When a comment heading stands between the true article above and the region: what cut_comment_section saw."""
    headings = [h for h in comment_headings(view) if true[1] < h < region[0]]
    if not headings:
        return {}
    h = headings[-1]
    article = best_region(weights[:h])
    weight = run_weight(weights, *article) if article else 0.0
    first = headings[0]
    return {
        "ch_thread_below": has_thread(view, h + 1, region[1]),
        "ch_dated_entries_below": _has_dated_entries(view, h + 1, region[1]),
        "ch_best_above_is_true": article is not None and _overlap(article, true) > 0,
        "ch_best_above_weight": weight,
        "ch_best_above_under_head": article is not None and is_under_head(view, article[0]),
        "ch_lines_heading_to_region": region[0] - h,
        "ch_lines_true_to_first_heading": first - true[1],
        "ch_headings_between": len(headings),
        "ch_region_weight": run_weight(weights, *region),
    }


def _wrap_facts(prefix: str, lines: list[Line], view: PageView, span: Region) -> Facts:
    """Signs of a text broken into lines at a width (a mail, a <pre> block, lines cut by <br>): lines that open in
    lower case, end with no mark, hold a sentence's end inside; their lengths in characters; blocks shared."""
    idx = range(span[0], span[1] + 1)
    texts = [lines[i].text.strip() for i in idx]
    chars = [len(t) for t in texts]
    mid = statistics.median(chars)
    return {
        f"{prefix}_lower_open_share": sum(t[:1].islower() for t in texts) / len(texts),
        f"{prefix}_open_end_share": sum(t[-1:].isalnum() or t[-1:] == "," for t in texts) / len(texts),
        f"{prefix}_inner_stop_share": sum(bool(_INNER_STOP.search(t)) for t in texts) / len(texts),
        f"{prefix}_median_chars": mid,
        f"{prefix}_chars_within_20pct": sum(abs(c - mid) <= 0.2 * mid for c in chars) / len(chars),
        f"{prefix}_in_shared_block": sum(lines[i].index_in_block > 0 for i in idx) / len(texts),
    }


def planned_page(text: str, label_path: Path) -> tuple[list[Line], list[str], Region, PagePlan, LineCounts] | None:
    """The page's lines, gold labels, true article span, the rules' plan and the line counts of their final verdicts;
    None for a page without a true article (shared by this census and bench/wholepage_kinds.py)."""
    lines = split_lines(text)
    gold = _gold(label_path, [ln.number for ln in lines])
    true = main_run(gold)
    if true is None:
        return None
    plan = plan_page(lines)
    counts = LineCounts()
    for i, g in enumerate(gold):
        counts.add(g, str(final_verdict(i, plan).label), collapse_title=True)
    return lines, gold, true, plan, counts


def page_facts(text: str, label_path: Path) -> tuple[float, str, Facts, Counter[str], Counter[str]] | None:
    """(page F1, where the true article stands, shape facts, reasons of the true article's lines, step moves)."""
    page = planned_page(text, label_path)
    if page is None:
        return None
    lines, gold, true, plan, counts = page
    verdicts = [final_verdict(i, plan) for i in range(len(lines))]
    view, region = plan.view, plan.region
    weights = _weights(view)
    true_body = sum(g == Label.BODY for g in gold[true[0] : true[1] + 1])
    facts: Facts = {"page_lines": len(lines), "true_body_lines": true_body}
    facts |= _span_facts("true", view, plan, true, weights) | _wrap_facts("true", lines, view, true)
    if region is None:
        where = "none"
    else:
        where = "below" if true[0] > region[1] else "above" if true[1] < region[0] else "overlapping"
        facts |= _span_facts("chosen", view, plan, region, weights) | _wrap_facts("chosen", lines, view, region)
        facts["gap_lines"] = max(true[0] - region[1], region[0] - true[1], 0)
        facts["overlap_share_of_true"] = _overlap(region, true) / (true[1] - true[0] + 1)
        # 9.0 stands for "the true article weighs nothing or less" (more short lines than prose)
        ratio = facts["chosen_weight"] / facts["true_weight"] if facts["true_weight"] > 0 else 9.0
        facts["chosen_over_true_weight"] = ratio
        between = range(region[1] + 1, true[0]) if where == "below" else range(true[1] + 1, region[0])
        facts["between_comment_heading"] = any(view.features[i].is_comment_heading for i in between)
        facts["between_link_heading"] = any(
            view.verdicts[i] is not None and view.verdicts[i].reason_code == "link_list_heading"  # type: ignore[union-attr]
            for i in between
        )
        facts["chosen_has_comments_plan"] = plan.comments is not None
        if where == "above":
            facts |= _comment_heading_facts(view, region, true, weights)
    facts |= _head_shapes(lines, view, true)
    title = plan.title
    facts["title_found"] = title is not None
    facts["title_above_true"] = title is not None and 0 <= true[0] - title <= 6
    facts["true_starts_with_repeat_of_top"] = any(
        (d := view.features[i].duplicate_of) is not None and d <= lines[min(len(lines) - 1, 10)].number
        for i in range(max(0, true[0] - 3), min(true[1] + 1, true[0] + 2))
    )
    reasons = Counter(verdicts[i].reason_code for i in range(true[0], true[1] + 1) if gold[i] == Label.BODY)
    facts["gold_body_lines_on_page"] = sum(g == Label.BODY for g in gold)
    unended = [
        i for i in range(true[0], true[1] + 1)
        if not view.prose[i] and view.features[i].n_words >= view.rules.min_prose_words
    ]  # fmt: skip
    facts["true_unended_8plus_words_share"] = len(unended) / (true[1] - true[0] + 1)
    facts["true_mostly_unended_8plus"] = len(unended) > (true[1] - true[0] + 1) / 2
    facts["true_mostly_paren_end"] = sum(lines[i].text.strip().endswith(")") for i in unended) > len(unended) / 2
    for i in range(true[0], true[1] + 1):
        if gold[i] == Label.BODY and not view.prose[i]:
            why = _why_not_prose(view, plan, i)
            reasons[f"not prose: {why}"] += 1
            if why.startswith("no sentence end"):
                reasons.update(f"unended line: {shape}" for shape in _unended_shape(lines, view, i))
    moves: Counter[str] = Counter()
    previous = None
    for name, step in _steps(view):
        now = _overlap(step, true) > 0
        if previous is not None and now != previous:
            moves[f"{name}: {'onto' if now else 'off'}"] += 1
        if previous is None:
            moves[f"core {'on' if now else 'off'} the true article"] += 1
        previous = now
    final = _overlap(region, true) > 0
    if previous is not None and final != previous:
        moves[f"page plan (thread, listing, closing steps): {'onto' if final else 'off'}"] += 1
    return counts.f1, where, facts, reasons, moves


# Session 41: the shapes of a head the rules may not read, in the lines right above the true article (counts only).
HEAD_WINDOW = 4
_RELATIVE_TIME = re.compile(r"\b\d+\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\b", re.IGNORECASE)
_DAY_MONTH_ONLY = re.compile(r"(?<![\d./-])\d{1,2}[./]\d{1,2}(?![\d./-])")


def _head_shapes(lines: list[Line], view: PageView, true: Region) -> Facts:
    """What the lines right above the true article hold that could head it: a date the features read, a credit line,
    and the shapes they do not read as a date (a weekday alone, a relative time, a date's lead word alone, a day and
    month in digits)."""
    weekdays, leads = _weekday_words(), date_cues("lead")
    idx = range(max(0, true[0] - HEAD_WINDOW), true[0])
    words = {i: {w.casefold().strip(",.:") for w in lines[i].text.split()} for i in idx}
    reasons = {i: (v.reason_code if (v := view.verdicts[i]) is not None else None) for i in idx}
    shapes = {
        "head_above_true: a date the features read": any(view.features[i].has_date for i in idx),
        "head_above_true: a credit line": any(reasons[i] == "credit_line" for i in idx),
        "head_above_true: a weekday, no date": any(words[i] & weekdays and not view.features[i].has_date for i in idx),
        "head_above_true: a relative time": any(_RELATIVE_TIME.search(lines[i].text) for i in idx),
        "head_above_true: a date's lead word, no date": any(
            lines[i].text.split()[:1] and lines[i].text.split()[0].casefold() in leads and not view.features[i].has_date
            for i in idx
        ),
        "head_above_true: day and month in digits, no year": any(
            _DAY_MONTH_ONLY.search(lines[i].text) and not view.features[i].has_date for i in idx
        ),
    }
    shapes["head_above_true: none of these"] = not any(shapes.values())
    return shapes


def _weekday_words() -> frozenset[str]:
    return frozenset(w for row in read_rows("weekday_names.csv") for w in split_cell(row["names"]))


def _why_not_prose(view: PageView, plan: PagePlan, i: int) -> str:
    """Why a gold body line fails the prose test (tasks.text.rules.is_prose), and its length in words."""
    feat, rules, share = view.features[i], view.rules, plan.shares[i]
    n = feat.n_words
    size = "1-3" if n < 4 else "4-7" if n < 8 else "8-15" if n < 16 else "16-24" if n < 25 else "25+"
    if share is not None and share < rules.min_stopword_share:
        cause = "few stopwords"
    elif n < rules.min_prose_words:
        cause = "short"
    else:
        cause = "no sentence end" + ("" if n < rules.long_prose_words else ", no inner punctuation")
    return f"{cause} ({size} words)"


def _unended_shape(lines: list[Line], view: PageView, i: int) -> list[str]:
    """How a line of 8+ words with no sentence end opens and ends, and what stands next to it."""
    text, feat = lines[i].text.strip(), view.features[i]
    nxt = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    shapes = [
        "opens lower" if text[:1].islower() else "opens upper" if text[:1].isupper() else "opens other",
        f"ends with {'letter' if text[-1:].isalpha() else 'digit' if text[-1:].isdigit() else repr(text[-1:])}",
        "next opens lower"
        if nxt[:1].islower()
        else "next is unended too"
        if nxt and not view.prose[i + 1]
        else "next other",
        "has inner stop" if _INNER_STOP.search(text) else "no inner stop",
        "inner punct" if feat.n_inner_punct else "no inner punct",
        f"chars {min(len(text) // 20 * 20, 120)}+",
    ]
    return shapes


def _quartiles(values: list[float]) -> str:
    if len(values) < 2:
        return f"{values[0]:.2f}" if values else "-"
    q = statistics.quantiles(values, n=4, method="inclusive")
    return f"{q[0]:.2f} / {q[1]:.2f} / {q[2]:.2f}"


def _table(groups: dict[str, list[Facts]], fmt: Callable[[list[float]], str], keys: list[str]) -> list[str]:
    names = sorted(groups)
    rows = ["| fact | " + " | ".join(f"{g} ({len(groups[g])})" for g in names) + " |", "|---" * (len(names) + 1) + "|"]
    for key in keys:
        cells = []
        for g in names:
            values = [float(f[key]) for f in groups[g] if key in f]
            cells.append(fmt(values) if values else "-")
        rows.append(f"| {key} | " + " | ".join(cells) + " |")
    return rows


def _is_flag(groups: dict[str, list[Facts]], key: str) -> bool:
    return all(isinstance(f[key], bool) for facts in groups.values() for f in facts if key in f)


def labelled_dumps(directory: Path) -> Iterator[tuple[str, Path]]:
    """The decoded text and the label file of each labelled dump (<id>.txt + <id>.json) in the folder."""
    for label_path in sorted(directory.glob("*.json")):
        decoded = decode_bytes(label_path.with_suffix(".txt").read_bytes())
        if isinstance(decoded, Decoded):
            yield decoded.text, label_path


def f1_band(f1: float) -> str | None:
    """ "low" below 0.2, "mid" below 0.5: the pages a census counts; None for the rest."""
    return "low" if f1 < 0.2 else "mid" if f1 < 0.5 else None


def census(set_name: str, steps: bool) -> list[str]:
    directory = DUMPS / set_name
    groups: dict[str, list[Facts]] = defaultdict(list)
    reasons: dict[str, Counter[str]] = defaultdict(Counter)
    moves: dict[str, Counter[str]] = defaultdict(Counter)
    pages = 0
    for text, label_path in labelled_dumps(directory):
        found = page_facts(text, label_path)
        if found is None:
            continue
        pages += 1
        f1, where, facts, why, moved = found
        band = f1_band(f1)
        if band is None:
            continue
        group = f"{band} {where}"
        groups[group].append(facts)
        reasons[group].update(why)
        moves[group].update(moved)
    out = [f"## {set_name}: {pages} pages with gold body; groups by F1 band and where the true article stands", ""]
    keys = sorted({k for facts in groups.values() for f in facts for k in f})
    flags = [k for k in keys if _is_flag(groups, k)]
    numbers = [k for k in keys if k not in flags]
    out += ["Numbers (quartiles 25 / 50 / 75 %):", ""]
    out += _table(groups, _quartiles, numbers)
    out += ["", "Flags (pages where true):", ""]
    out += _table(groups, lambda v: str(int(sum(v))), flags)
    out += ["", "The true article's gold body lines, by the rules' reason code (lines):", ""]
    for g in sorted(reasons):
        out.append(f"- {g}: " + ", ".join(f"{r} {n}" for r, n in reasons[g].most_common(40)))
    if steps:
        out += ["", "Region-search steps that moved the region off or onto the true article (pages):", ""]
        for g in sorted(moves):
            out.append(f"- {g}: " + ", ".join(f"{r} {n}" for r, n in moves[g].most_common()))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=["dragnet"])
    parser.add_argument("--steps", action="store_true", help="count the region-search steps that moved the region")
    args = parser.parse_args()
    for name in args.sets:
        print("\n".join(census(name, args.steps)))
        print()


if __name__ == "__main__":
    main()
