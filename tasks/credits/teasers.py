"""Bylines under the text that are teasers', not the article's: dated ones under a heading over links to other pages,
and cued ones a few lines apart with a headline between them (:func:`teaser_bylines`)."""

from __future__ import annotations

from schemas import AttributionKind, ChromeKind, Label
from tasks.credits.blog_footers import has_footer_links
from tasks.credits.credit_records import Found
from tasks.lexicon.credit_lines import parse_credit_line, read_by_its_date
from tasks.lexicon.date_text import date_tail_start
from tasks.lexicon.vocab import CLOSERS, SENTENCE_END
from tasks.text.segment import LabelledLine, Segmented


def teaser_bylines(segmented: Segmented, related: int | None, last: int) -> set[int]:
    """The lines under the text (the last paragraph `last`; `related`: the heading over links to other pages, if
    any) whose bylines are teasers'."""
    listed = _dated_teasers(segmented, related) | _listed_teasers(segmented, last)
    return listed | _headlined_credits(segmented, related)


def teaser_bylines_above(segmented: Segmented, first: int) -> set[int]:
    """Over the first paragraph, under a heading over links to other pages ("Sur le même sujet", "Related"), undated
    cued bylines with another a few lines away and a line crediting no one between them: a box of teasers set over
    the text (a genre label, a headline, "Par Ann Lee"; then the next), none the article's (Le Monde's and Libération's
    "Sur le même sujet" box, a US paper's "Related stories" rail). One byline there may be the article's own, under
    its headline: only a pair is read so."""
    lines = segmented.lines
    heading = max((i for i, ll in enumerate(lines) if ll.line.number < first and ll.verdict.kind == _RELATED_HEADING),
                  default=None)  # fmt: skip
    if heading is None:
        return set()
    cued = [i for i in range(heading + 1, len(lines)) if lines[i].line.number < first
            and _author_cued(lines[i].line.text)]  # fmt: skip
    # the box's first teaser right under its heading (a genre label, a headline, the byline), no headline of the page
    # between them: a menu's "News" over the article's headline and its two writers' bylines is none
    if (
        not cued
        or cued[0] - heading > BOX_TEASER_LINES
        or any(ll.verdict.label == _TITLE for ll in lines[heading : cued[0]])
    ):
        return set()
    return _paired(lines, cued)


def _paired(lines: list[LabelledLine], cued: list[int]) -> set[int]:
    """The lines of `cued` (indices) with another a few lines away and a line crediting no one between them."""
    return {
        lines[i].line.number
        for i in cued
        for j in cued
        if 0 < abs(i - j) <= TEASER_REACH
        and any(parse_credit_line(ll.line.text) is None for ll in lines[min(i, j) + 1 : max(i, j)])
    }


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
    return _paired(lines, cued)


def _headlined_credits(segmented: Segmented, related: int | None) -> set[int]:
    """Under a heading over links to other pages, in its block (no blank line between), a byline or a picture's or
    video's credit right under one of the list's headlines: that teaser's ("Mehr zum Thema" / "Kommentar: Mut zur
    Jugend" / "Von Reto Hösli", "Видео дня" / a headline / "Видео: ГТРК «Мордовия»"). A source line may be the
    article's, read on past the list ("Kaynak: DHA"), and stays."""
    lines = segmented.lines
    if related is None:
        return set()
    # every such heading from the first one down: a page stacks several widgets under the text ("Турнирная таблица"
    # over its rows, then "Видео дня" over a headline and its video's credit)
    headings = [i for i, ll in enumerate(lines) if ll.line.number >= related and ll.verdict.kind == _RELATED_HEADING]
    found: set[int] = set()
    for heading in headings:
        for k in range(heading + 1, len(lines)):
            if lines[k].line.number != lines[k - 1].line.number + 1:
                break  # the list's block ends at a blank line
            credit = parse_credit_line(lines[k].line.text)
            if (
                k > heading + 1 and credit is not None and credit.kind in _TEASER_CREDITS
                and parse_credit_line(lines[k - 1].line.text) is None
            ):  # fmt: skip
                found.add(lines[k].line.number)
    return found


_RELATED_HEADING = ChromeKind.RELATED_HEADING
_TITLE = Label.TITLE
_TEASER_CREDITS = frozenset({AttributionKind.AUTHOR, AttributionKind.PHOTO, AttributionKind.VIDEO})


def without_flanked_teasers(found: list[Found], segmented: Segmented, first: int, last: int) -> list[Found]:
    """Without the writers of cued bylines under the text that stand between two headlines of one block (no blank
    line; neither line a credit or a sentence): a list of other articles with no heading the segmenter knows ("עוד
    בדעות" over a headline, "מאת יוסי אלמוג", the next headline), when the head has named the article's own writer
    already, someone else."""
    writers = {f.name_normalized for f in found if f.kind is AttributionKind.AUTHOR and f.line < first}
    if not writers:
        return found
    lines = segmented.lines
    at = {ll.line.number: i for i, ll in enumerate(lines)}

    def flanked(number: int) -> bool:
        i = at.get(number, 0)
        if not 0 < i < len(lines) - 1 or not _author_cued(lines[i].line.text):
            return False
        return all(lines[i + k].line.number == number + k and _headline(lines[i + k].line.text) for k in (-1, 1))

    return [f for f in found if not (f.kind is AttributionKind.AUTHOR and f.line > last
                                     and f.name_normalized not in writers and flanked(f.line))]  # fmt: skip


def _headline(text: str) -> bool:
    """A line of a list of other articles: no credit, no sentence's end."""
    stripped = text.rstrip().rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] not in SENTENCE_END and parse_credit_line(text) is None


# Teasers' bylines stand this many blocks apart at most (a headline, maybe its standfirst, between them).
TEASER_REACH = 3
# The first byline of a box of teasers over the text stands this many lines under its heading at most.
BOX_TEASER_LINES = 4


def dated_bylines_above(found: list[Found], segmented: Segmented, first: int) -> list[Found]:
    """Without the writers of bylines read only by the date closing their names (`read_by_its_date`) from the first
    paragraph down: there they are a teaser's or a comment's."""
    texts = {ll.line.number: ll.line.text for ll in segmented.lines}
    return [f for f in found if f.line < first or f.kind is not AttributionKind.AUTHOR
            or not read_by_its_date(texts.get(f.line, "")) or has_footer_links(texts.get(f.line, ""))]  # fmt: skip
