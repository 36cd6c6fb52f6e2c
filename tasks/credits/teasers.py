"""Bylines under the text that are teasers', not the article's: dated ones under a heading over links to other pages,
and cued ones a few lines apart with a headline between them (:func:`teaser_bylines`)."""

from __future__ import annotations

from schemas import AttributionKind
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.date_text import date_tail_start
from tasks.text.segment import Segmented


def teaser_bylines(segmented: Segmented, related: int | None, last: int) -> set[int]:
    """The lines under the text (the last paragraph `last`; `related`: the heading over links to other pages, if
    any) whose bylines are teasers'."""
    return _dated_teasers(segmented, related) | _listed_teasers(segmented, last)


def _dated_byline(text: str) -> bool:
    credit = parse_credit_line(text)
    return credit is not None and credit.kind is AttributionKind.AUTHOR and date_tail_start(text) is not None


def _dated_teasers(segmented: Segmented, related: int | None) -> set[int]:
    """Under a heading over links to other pages, bylines closed by their dates with another one a few lines away: the
    teasers' ("By Ann Lee March 8, 2013" under one headline, "By Tom Hale March 25, 2013" under the next)."""
    if related is None:
        return set()
    dated = [i for i, ll in enumerate(segmented.lines) if ll.line.number > related and _dated_byline(ll.line.text)]
    return {segmented.lines[i].line.number for i in dated if any(0 < abs(i - j) <= TEASER_REACH for j in dated)}


def _author_cued(text: str) -> bool:
    """A cued byline with no date: a dated one under the text is as often a blog post's footer over its readers'
    signed comments ("Posted by Ann Lee on March 3, 2009" over "Posted by: Tom Hale | March 3, 2009")."""
    credit = parse_credit_line(text)
    return (
        credit is not None and credit.kind is AttributionKind.AUTHOR and bool(credit.cue)
        and date_tail_start(text) is None
    )  # fmt: skip


def _listed_teasers(segmented: Segmented, last: int) -> set[int]:
    """Under the text, undated cued bylines with another a few lines away and a line crediting no one between them,
    with no heading to tell it: a list of teasers ("By Ann Lee" under one headline, "By Tom Hale" under the next); not
    the sign-off block, whose credits stand one under the other ("Reporting by …" over "Editing by …")."""
    lines = segmented.lines
    cued = [i for i, ll in enumerate(lines) if ll.line.number > last and _author_cued(ll.line.text)]
    return {
        lines[i].line.number
        for i in cued
        for j in cued
        if 0 < abs(i - j) <= TEASER_REACH
        and any(parse_credit_line(ll.line.text) is None for ll in lines[min(i, j) + 1 : max(i, j)])
    }


# Teasers' bylines stand this many blocks apart at most (a headline, maybe its standfirst, between them).
TEASER_REACH = 3
