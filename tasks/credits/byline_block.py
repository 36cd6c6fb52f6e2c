"""Where on a page a bare name is the author: the byline block between the title and the first paragraph.

"Jonathan Reeves" alone on a line is a byline when it stands right above the first body line or
right below the title, next to the article's date ("Tuesday January 15, 2008", "1 day ago"), is
not a line the page repeats (menus), does not reappear in the body (a name the article is about:
"Mark Ronson" above "British music producer Mark Ronson has denied ...") and has no word the page
also writes in lower case ("Key Issues", "Population Growth"). On 853 benchmark dumps the date
next to it is what tells a byline from a section heading, a show's name or a topic tag.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from schemas import Label
from tasks.credits.dates import date_of_line
from tasks.credits.name_lines import looks_like_name_line
from tasks.lexicon.agencies import Gazetteer
from tasks.text.segment import LabelledLine, Segmented

# How many lines from the name the date may stand (the title may be between them).
DATE_DISTANCE = 2
# Only asks whether a line is a date, never which: any moment after every page's date will do.
_PROBE_NOW = datetime(2200, 1, 1, tzinfo=UTC)
_WORD = re.compile(r"[^\W\d_]+")


def _slots(lines: list[LabelledLine], first: int) -> list[int]:
    """Indexes of the lines right above the first body line and right below the title, before the body."""
    slots: list[int] = []
    for i, ll in enumerate(lines):
        if ll.verdict.label == Label.BODY and ll.line.number == first and i > 0:
            slots.append(i - 1)
        if ll.verdict.label == Label.TITLE and i + 1 < len(lines):
            slots.append(i + 1)
    return sorted({i for i in slots if lines[i].line.number < first and lines[i].verdict.label == Label.CHROME})


def _near_a_date(lines: list[LabelledLine], i: int, language: str | None) -> bool:
    near = lines[max(0, i - DATE_DISTANCE) : i] + lines[i + 1 : i + 1 + DATE_DISTANCE]
    return any(date_of_line(ll.line.text, _PROBE_NOW, language) is not None for ll in near)


def byline_block_lines(segmented: Segmented, first: int) -> set[int]:
    """Line numbers of the chrome lines right above the first paragraph or right below the title."""
    return {segmented.lines[i].line.number for i in _slots(segmented.lines, first)}


def byline_block_names(segmented: Segmented, first: int, gazetteer: Gazetteer) -> set[int]:
    """Line numbers of the chrome lines that are a bare author name in the byline block (see the module)."""
    lines = segmented.lines
    candidates = [i for i in _slots(lines, first) if looks_like_name_line(lines[i].line.text, gazetteer)]
    if not candidates:
        return set()
    texts = [ll.line.text.strip() for ll in lines]
    body = "\n".join(ll.line.text for ll in lines if ll.verdict.label == Label.BODY)
    lower = frozenset(w for text in texts for w in _WORD.findall(text) if w.islower())
    names: set[int] = set()
    for i in candidates:
        text = texts[i]
        if texts.count(text) > 1 or text in body or not looks_like_name_line(text, gazetteer, lower):
            continue
        if _near_a_date(lines, i, segmented.language):
            names.add(lines[i].line.number)
    return names
