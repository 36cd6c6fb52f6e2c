"""The sections a page's table of contents announces after the main text.

A long document (a report, a guide, a research digest) often opens with its table of contents: the headings of its
sections in their order, each repeated over its section below. The main-text search keeps the sections of prose, but
a document's last sections are often lists with little prose ("Web Resources", "ERIC Resources", a bibliography of
titles and abstracts): the search ends the main text before them, and the lists read as furniture. When the contents
list, whose entries the main text's subheadings repeat in their order (`tasks.text.inline.contents_headings`), goes
on with entries whose only copies stand below the main text, those are the document's own sections: the main text
runs on to the end of the last of them. That end is the line before the page's head furniture recurs (a
breadcrumb or a menu above the contents repeated in the footer), else the page's last line of prose.
A teaser rail does not list one article's subheadings in its order, so a page without such a contents list is left
as it was.
"""

from __future__ import annotations

from tasks.text.region import PageView


def _copies(view: PageView) -> dict[str, list[int]]:
    """Every line's positions on the page, by its normalised text (only texts the page repeats)."""
    where: dict[str, list[int]] = {}
    for i, feat in enumerate(view.features):
        if feat.n_copies > 1:
            where.setdefault(feat.key, []).append(i)
    return where


def _entries_inside(view: PageView, region: tuple[int, int], where: dict[str, list[int]]) -> list[int]:
    """The contents entries above the main text whose copies are subheadings inside it (short lines over a line of
    text), in the page's order; empty when fewer than `contents_min_entries` or not in the subheadings' order."""
    rules = view.rules
    found = []
    for i in range(max(0, region[0] - 1), region[1]):  # the first subheading may stand right above the text
        feat = view.features[i]
        copies = where.get(feat.key)
        short = feat.n_words <= rules.title_max_words and not view.prose[i]
        if copies and copies[0] < region[0] - 1 and short and view.is_text(i + 1):
            found.append(copies[0])
    if len(found) < rules.contents_min_entries or found != sorted(set(found)):
        return []
    return found


def _sections_below(view: PageView, region: tuple[int, int], where: dict[str, list[int]], last: int) -> list[int]:
    """The headings below the main text of the contents entries right after entry `last`: each entry the next line
    of the list, a short line whose first copy below the main text comes after the one before it."""
    headings: list[int] = []
    entry = last + 1
    while entry < region[0] and not view.prose[entry]:
        below = [j for j in where.get(view.features[entry].key, []) if j > region[1]]
        if not below or (headings and below[0] <= headings[-1]):
            break
        headings.append(below[0])
        entry += 1
    return headings


def _section_end(view: PageView, heading: int, head_end: int, where: dict[str, list[int]]) -> int:
    """The last line of the section under `heading`: the line before the first one that repeats a line of the page's
    head (above the contents, before `head_end`), else the page's last line of prose."""
    for j in range(heading + 1, len(view.features)):
        copies = where.get(view.features[j].key)
        if copies and copies[0] < head_end:
            return j - 1
    prose = [j for j in range(heading + 1, len(view.features)) if view.prose[j]]
    return prose[-1] if prose else heading


def through_contents_sections(
    view: PageView, region: tuple[int, int] | None
) -> tuple[tuple[int, int] | None, frozenset[int]]:
    """The main text run on through the sections its table of contents announces below it (see the module), and
    those sections' headings (the repeat rule took them for teasers)."""
    where = _copies(view) if region is not None else {}
    inside = _entries_inside(view, region, where) if region is not None and where else []
    if region is None or not inside:
        return region, frozenset()
    headings = _sections_below(view, region, where, inside[-1])
    if not headings:
        return region, frozenset()
    return (region[0], max(region[1], _section_end(view, headings[-1], inside[0], where))), frozenset(headings)
