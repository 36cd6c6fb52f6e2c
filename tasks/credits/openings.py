"""Where the article's text opens: the paragraphs whose first words may be a wire dateline or a byline sentence; and
where it closes, when a note in brackets stands under its last paragraph."""

from __future__ import annotations

import re

from schemas import AttributionKind, Label
from tasks.credits.byline_block import STANDFIRST_GAP_LINES
from tasks.lexicon.automaton import count_unspaced
from tasks.text.segment import LabelledLine, Segmented

# Body lines under the first that may still come before the first paragraph: a caption and its credit the segmenter
# kept in the text ("Des éoliennes dans la région …" over "DR" over "Rabat, 17/03/2025 (MAP) - …").
OPENING_BODY_LINES = 3
# A paragraph, not a caption or a credit: as many words as a dated wire dateline and a clause.
MIN_PARAGRAPH_WORDS = 20
# Read once: on Python 3.11 a member lookup (`Label.BODY`) costs ~0.2 µs, and it is asked here line by line
# (tasks.credits.attribution; docs/speed.md, session 22).
_BODY = Label.BODY


def after_standfirst(segmented: Segmented, first: int) -> int:
    """The paragraph after a standfirst, where the article's dateline stands when the first body line is the
    standfirst and the byline, date or a caption come between ("Malatya (AA) - …" under them); 0 if none."""
    numbers = [ll.line.number for ll in segmented.lines]
    at = numbers.index(first) if first in numbers else len(numbers)
    for j in range(at + 1, min(at + 2 + STANDFIRST_GAP_LINES, len(numbers))):
        if segmented.lines[j].verdict.label == _BODY:
            return numbers[j] if j > at + 1 else 0
    return 0


def first_paragraph(segmented: Segmented, first: int) -> int:
    """The first body line of MIN_PARAGRAPH_WORDS words or more among the OPENING_BODY_LINES from `first`, when the
    lines before it are short (a caption, a credit): the article's first paragraph; 0 if none."""
    body = [ll for ll in segmented.lines if ll.verdict.label == _BODY and ll.line.number >= first]
    for ll in body[:OPENING_BODY_LINES]:
        if _words(ll.line.text) >= MIN_PARAGRAPH_WORDS:
            return ll.line.number
    return 0


# Characters of a script written without spaces (Chinese, Japanese, Thai) per word.
CHARS_PER_UNSPACED_WORD = 2


def _words(text: str) -> int:
    """Words of a line; in a script written without spaces, its characters by two ("【本報訊】記者 陳美玲 報道：…" is a
    paragraph of three spaced parts)."""
    return max(len(text.split()), count_unspaced(text) // CHARS_PER_UNSPACED_WORD)


# A note wholly in brackets: "【…中文相关权益归腾讯公司独家所有。未经授权，不得转载、摘编等。】", "[Editor's note: …]".
_BRACKETED_NOTE = re.compile(r"^\s*(?:【[^【】]+】|\[[^\[\]]+\]|（[^（）]+）|\([^()]+\))\s*$")


def signed_above_note(segmented: Segmented, last: int) -> int:
    """The paragraph above the text's last line when that line is a note wholly in brackets (the site's rights note
    under the story, which readability's gold keeps as text): the writer signs the paragraph above it ("…上。（编译/
    林靖东）"); 0 if the last line is no such note."""
    body = [ll for ll in segmented.lines if ll.verdict.label == _BODY and ll.line.number <= last]
    if len(body) < 2 or body[-1].line.number != last or not _BRACKETED_NOTE.match(body[-1].line.text):
        return 0
    return body[-2].line.number


def line_after_text(segmented: Segmented, last: int) -> int:
    """The first line under the text's last line `last`, past an agency's credit line there: "(AIP)" over "sy/kkf",
    the wire's sign-off over its writers' codes (the Ivorian AIP's copy), which sign on under it; 0 if none."""
    return next((ll.line.number for ll in segmented.lines if ll.line.number > last and not _agency_credit(ll)), 0)


def _agency_credit(ll: LabelledLine) -> bool:
    return ll.verdict.label == Label.ATTRIBUTION and ll.verdict.kind == AttributionKind.AGENCY
