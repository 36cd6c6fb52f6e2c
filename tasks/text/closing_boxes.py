"""The main text ended above a box of links to other stories that the region search joined to it.

Teaser boxes under an article ("Related coverage", "Most Read", "Next Up In Culture") often set each story as one
line, its headline glued to its lead ("Why facial recognition is the future of diagnostics New research uses …"),
which reads as prose; the search then runs on from the article through the box, past the box's heading, which is a
link list's (``link_list_heading``). Such a heading ends the main text when the text above it is an article's (many
lines) and what lies below it, to the region's end, is a small share of it: a box, not the article's second half.
A heading set between two halves of a text ("Related" over one link, "See also" over a long section) has little text
above it or much below, and a box of links set into the text opens with its links, short lines, where a box of glued
teasers opens with one of them; a box set into the text that is no link list (a share bar, a newsletter sign-up, an ad
slot: ``widget_headings.csv``) never ends it.
"""

from __future__ import annotations

from tasks.lexicon.vocabulary import read_rows, split_cell
from tasks.text.heads import ended_before
from tasks.text.region import PageView

WIDGET_HEADINGS: frozenset[str] = frozenset(
    word for row in read_rows("widget_headings.csv") for word in split_cell(row["words"])
)
# The text above the heading: at least this many lines of text, and this many times the prose lines below it to the
# region's end. On the four public training sets the headings with the article's text below them have at most 13 text
# lines above, or 1.4 times the prose below (a "See also" section); the teaser boxes 22 to 54, 4.6 to 10 times.
MIN_TEXT_ABOVE = 20
MIN_TEXT_RATIO = 2.5


def ended_above_link_box(view: PageView, region: tuple[int, int]) -> tuple[int, int]:
    """The main text ended at its last text line above the first link list's heading inside it that opens a box of
    teasers under the article, one of them right under it (see the module's docstring); unchanged when there is none."""
    first, last = region
    for h in range(first + 1, last):
        verdict = view.verdicts[h]
        if verdict is None or verdict.reason_code != "link_list_heading" or view.features[h].key in WIDGET_HEADINGS:
            continue
        if not view.is_text(h + 1):
            continue
        above = sum(view.is_text(k) for k in range(first, h))
        if above < MIN_TEXT_ABOVE:
            continue
        below = sum(view.prose[k] for k in range(h + 1, last + 1))
        if above >= MIN_TEXT_RATIO * below:
            return ended_before(view, region, h)
    return region
