"""A byline the segmenter took into the text, on one of its first lines, as pages whose article element holds the
byline set it (the real pages' check halves: authors on lines labelled body, 70 of 76 missed at session 36's start,
where the labels mark them `in_body`): a line opened by an author's cue ("By Ann Lee", "Posted by Ann Lee", "Written
by Ann Lee and Tom Hale"), read there only as the cue's names, or a person's name and the article's date alone on the
line ("Ann Lee | March 3, 2012"), read as the byline block reads the same line left as chrome. A name alone there is
as often a heading, a quoted person or a section's name (session 34: 4 of 54 such lines were the byline), so a cue or
the date on the line is what this asks."""

from __future__ import annotations

import dataclasses

from schemas import AttributionKind
from tasks.credits.contact_lines import dated_name
from tasks.credits.credit_records import Found, credit_line_attributions
from tasks.credits.head_bylines import is_titled_byline, titled_byline
from tasks.credits.head_records import HeadPage
from tasks.credits.name_lines import looks_like_name_line
from tasks.credits.nameless import asked_records
from tasks.credits.signed_lines import chrome_byline
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.date_text import date_tail_start

# A name of up to four words, a separator and a date with its time: no sentence.
MAX_DATED_BYLINE_WORDS = 14


def body_head_byline(text: str, number: int, page: HeadPage) -> list[Found]:
    """The writers of a line of the text's head that is a cued byline, a person's name and its writing job ("Ann Lee,
    Staff Writer") or a person's name and its date; else []."""
    if len(text.split(maxsplit=MAX_DATED_BYLINE_WORDS)) > MAX_DATED_BYLINE_WORDS:
        return []  # a paragraph (the cheap test first)
    credit = parse_credit_line(text)
    if credit is not None and credit.kind is AttributionKind.AUTHOR and credit.name:
        cued = asked_records(credit_line_attributions(text, number, page.gazetteer, credit))
        return [dataclasses.replace(f, in_body=True) for f in cued if f.kind is AttributionKind.AUTHOR]
    if is_titled_byline(text, page.gazetteer, page.lower):
        # "Ann Lee, Staff Writer" under the headline, taken for the text's first paragraph: the name and its writing job
        return [dataclasses.replace(f, in_body=True) for f in titled_byline(text, number, page.gazetteer, page.lower)]
    if not dated_name(text):
        return []
    at = date_tail_start(text)
    if at is None or not looks_like_name_line(text[:at].rstrip(" ,|·-–—/"), page.gazetteer, page.lower):
        return []
    found = chrome_byline(text, number, page.gazetteer)
    return [dataclasses.replace(f, in_body=True) for f in found if f.kind is AttributionKind.AUTHOR]
