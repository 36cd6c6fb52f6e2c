"""The main text of a page: the region search of :mod:`tasks.text.region`, revised by page shapes.

The search weighs prose by length, so a short article loses to a longer headless run further down
(an about box, a reader's post): the run above under a dateline or byline wins back the place. A
run that ran on from an article into a teaser list of headline/lead pairs ends before them, and one
that opens with a single line of another text above the article's headline and head starts under the
head. Comment threads are cut in :mod:`tasks.text.threads`.
"""

from __future__ import annotations

from itertools import pairwise

from tasks.text.heads import ended_before, first_text_below, is_article_head, is_under_head, run_from, run_weight
from tasks.text.region import PageView, best_region, grow_region, prose_weight
from tasks.text.threads import (
    article_above_thread,
    comment_section,
    cut_comment_section,
    cut_comments,
    headed_article_above_thread,
)

__all__ = ["comment_section", "find_region"]


def _headed_starts(view: PageView, stop: int) -> list[int]:
    """Text lines above `stop` that open an article under its head: the first text line below a dateline
    or byline with at most a few short lines between (a headline, a share bar)."""
    starts = (first_text_below(view, h, stop - 1) for h in range(stop) if is_article_head(view, h))
    return [i for i in starts if i is not None]


def _best_headed_run(view: PageView, weights: list[float], stop: int) -> tuple[int, int] | None:
    """The heaviest run of prose above `stop` that starts under a head, read from its first line."""
    runs = [run_from(weights, i, stop) for i in _headed_starts(view, stop)]
    return max(runs, key=lambda run: run_weight(weights, *run), default=None)


def headed_article_above(
    view: PageView, region: tuple[int, int], core: tuple[int, int], weights: list[float]
) -> tuple[int, int]:
    """The heaviest run of prose above the main text that sits under a dateline or byline (a few short
    lines between at most), when the main text does not and the run weighs at least some share of the
    main text's core; else the main text.

    A short article under its headline and date loses the weight contest to a longer headless run
    further down (a sidebar's about box, a forum post, a feed of teasers): the head says which is
    the article. Comment entries are headed too, so a headed main text is never displaced.
    """
    if is_under_head(view, region[0]):
        return region
    above = _best_headed_run(view, weights, region[0])
    if above is None:
        return region
    share = sum(weights[above[0] : above[1] + 1]) / sum(weights[core[0] : core[1] + 1])
    if share < view.rules.headed_article_min_share:
        return region
    return grow_region(view, above)


def _teaser_pairs_to(view: PageView, first: int, last: int) -> int:
    """How many headline/lead pairs (a short line, then one line of prose) make up lines first..last
    exactly; 0 when anything else is among them (running text, a list, a table)."""
    pairs, i = 0, first
    while i < last:
        if view.prose[i] or not view.is_text(i + 1) or (i + 2 <= last and view.prose[i + 2]):
            return 0
        pairs, i = pairs + 1, i + 2
    return pairs if i == last + 1 else 0


def article_before_teasers(view: PageView, core: tuple[int, int]) -> tuple[int, int]:
    """The best run of prose without the teaser list it ran on into: below a short line (a heading such
    as "Прочитајте повеќе од Битола", or any other) nothing but headline/lead pairs to the run's end,
    whose one-sentence leads are prose too and together can outweigh a short article. Above them it
    must read as an article (two paragraphs in a row), not as a directory of such pairs itself."""
    paragraphs = next((i for i in range(core[0], core[1]) if view.is_text(i) and view.is_text(i + 1)), None)
    if paragraphs is None:
        return core
    for h in range(paragraphs + 2, core[1]):
        if not view.prose[h] and _teaser_pairs_to(view, h + 1, core[1]) >= view.rules.teaser_list_min_pairs:
            return ended_before(view, core, h)
    return core


def _is_teaser_gap(view: PageView, a: int, b: int) -> bool:
    """Text lines a and b are leads of two teasers: one short line between them, which no rule took (the
    second teaser's headline); not paragraphs in a row, nor a live blog's entries between time stamps."""
    return b - a == 2 and not view.prose[a + 1] and view.verdicts[a + 1] is None


def article_under_inner_head(view: PageView, region: tuple[int, int], weights: list[float]) -> tuple[int, int]:
    """The main text from the first article head inside it down: when the region opens with one line of
    text not under a head, or with teasers' one-line leads each under its headline (a list of teasers
    with summaries above the article), then, after a headline and more short lines, a dateline or byline
    over a text that weighs more (an about box or a pitch above the article, joined to it by the search).
    A standfirst right above its byline stays (at most one line between), and so do two paragraphs in a
    row and a live blog's entries between their time stamps."""
    if is_under_head(view, region[0]):
        return region
    for h in range(region[0] + 1, region[1]):
        if not is_article_head(view, h):
            continue
        above = [i for i in range(region[0], h) if view.is_text(i)]
        teasers = bool(above) and all(_is_teaser_gap(view, a, b) for a, b in pairwise(above))
        if not teasers or h - above[-1] <= 2:
            return region  # paragraphs, or a standfirst right above its byline
        start = first_text_below(view, h, region[1])
        if start is not None and run_weight(weights, region[0], h - 1) < run_weight(weights, start, region[1]):
            return start, region[1]
        return region
    return region


def find_region(view: PageView) -> tuple[int, int] | None:
    """First and last index of the main text, or None when the page has no run of prose."""
    weights = [
        prose_weight(f, v, p, view.rules) for f, v, p in zip(view.features, view.verdicts, view.prose, strict=True)
    ]
    core = best_region(weights)
    if core is None:
        return None
    core = article_before_teasers(view, core)
    region = cut_comments(view, cut_comment_section(view, grow_region(view, core), weights), weights)
    region = headed_article_above_thread(view, article_above_thread(view, region, weights), weights)
    return article_under_inner_head(view, headed_article_above(view, region, core, weights), weights)
