"""A byline the segmenter took into the text, on one of its first lines, as pages whose article element holds the
byline set it (the real pages' check halves: authors on lines labelled body, 70 of 76 missed at session 36's start,
where the labels mark them `in_body`): a line opened by an author's cue ("By Ann Lee", "Posted by Ann Lee", "Written
by Ann Lee and Tom Hale"), read there only as the cue's names, or a person's name and the article's date alone on the
line ("Ann Lee | March 3, 2012"), read as the byline block reads the same line left as chrome. A name alone there is
as often a heading, a quoted person or a section's name (session 34: 4 of 54 such lines were the byline), so a cue or
the date on the line is what this asks."""

from __future__ import annotations

import dataclasses
import re

from schemas import AttributionKind, Label
from tasks.credits.bare_bylines import bare_byline
from tasks.credits.contact_lines import dated_name
from tasks.credits.credit_records import Found, credit_line_attributions
from tasks.credits.head_bylines import is_titled_byline, titled_byline
from tasks.credits.head_records import HeadPage
from tasks.credits.name_lines import looks_like_name_line, name_before_role
from tasks.credits.nameless import asked_records
from tasks.credits.role_tails import MAX_PLACE_PREPOSITION, is_label_word
from tasks.credits.signed_lines import chrome_byline
from tasks.lexicon.byline_words import is_job_word
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.date_text import date_tail_start
from tasks.lexicon.digits import has_digit
from tasks.lexicon.place_words import is_filing_place

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
        return placed_byline(text, number, page)
    at = date_tail_start(text)
    if at is None or not looks_like_name_line(text[:at].rstrip(" ,|·-–—/"), page.gazetteer, page.lower):
        return []
    found = chrome_byline(text, number, page.gazetteer)
    return [dataclasses.replace(f, in_body=True) for f in found if f.kind is AttributionKind.AUTHOR]


# A correspondent's name and the place filed from: up to four words of the name, three of the place.
MAX_PLACED_BYLINE_WORDS = 7
# The byline stands right over the text: a paragraph of at least this many words under it.
MIN_PARAGRAPH_WORDS = 12


def placed_byline(text: str, number: int, page: HeadPage) -> list[Found]:
    """ "Ana López | Madrid", "Marco Rossi - Roma", "Ayşe Yılmaz / İstanbul", "Ann Lee, London" on one of the text's
    first lines: a correspondent's name and the place filed from, no cue and no date, as the Spanish, Italian,
    Portuguese and Turkish papers (and wire correspondents anywhere) set the byline over the text; read as the byline
    block reads it (the role tails' places, `name_before_role`). The place vouches for the name as a job title does;
    one person only, whose name the page writes in no lower-case word and no word of which the text says (its
    subject)."""
    words = text.split()
    if not 2 < len(words) <= MAX_PLACED_BYLINE_WORDS or has_digit(text) or parse_credit_line(text):
        return []
    if not _over_a_paragraph(number, page):
        return []  # "Ann Lee, London" over a heading, a list or another such line: an entry of a list of people
    name, placed = name_before_role(text)
    tail = text.replace(name.strip(), " ", 1).split() if placed else []
    place = [w.strip(",|/-–—()") for w in tail if w.strip(",|/-–—()")]
    if not place or any(is_job_word(w) or (is_label_word(w) and not is_filing_place(w)) for w in place):
        return []  # a job title is `titled_byline`'s (writing jobs only); "Ann Lee, Sport" names a section (a listed
        # capital the site names a section after, "Иван Петров | Москва", is still the place filed from)
    if not all(w[:1].isupper() or (w.islower() and len(w) <= MAX_PLACE_PREPOSITION) for w in place):
        return []
    found = bare_byline(text, number, page.gazetteer)
    if len(found) != 1 or not looks_like_name_line(found[0].name or "", page.gazetteer, page.lower):
        return []
    body = " ".join(ll.line.text for ll in page.segmented.lines if ll.verdict.label == Label.BODY and ll.line.number
                    != number)  # fmt: skip
    # Any of the name's words in the text makes it the text's subject, not its writer: a match report under
    # "Bayern München - Dortmund" names "Bayern"; a correspondent's own name seldom stands in the story.
    said = set(re.findall(r"\w+", body))
    if any(word in said for word in re.findall(r"\w+", found[0].name or "")):
        return []
    return [dataclasses.replace(found[0], in_body=True)]


def _over_a_paragraph(number: int, page: HeadPage) -> bool:
    """The line right under line `number` is a paragraph of the text, as under a byline (a list's entries, a heading's
    line or a caption have another such line, a link or a heading under them)."""
    lines = page.segmented.lines
    at = next((i for i, ll in enumerate(lines) if ll.line.number == number), len(lines))
    if at + 1 >= len(lines):
        return False
    under = lines[at + 1]
    return under.verdict.label == Label.BODY and len(under.line.text.split(maxsplit=MIN_PARAGRAPH_WORDS)) > (
        MIN_PARAGRAPH_WORDS - 1
    )
