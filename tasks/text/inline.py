"""Furniture inside the main text that only the main text's bounds reveal.

Single-line rules leave some lines open: a dateline with a clock time ("02.12.2026, 06:30 Uhr",
"Thứ Tư, 02/12/2026, 08:30") is a teaser's date in a list as often as the article's own, and a
live blog's entry stamp ("11:52 Uhr", "klo 12.05") is a short line like a subheading. Once a line
is known to sit inside the article, these shapes say it is the article's furniture, not its text.
"""

from __future__ import annotations

import re

from schemas import AttributionKind, ChromeKind, Label
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.date_text import FULL_YEAR
from tasks.lexicon.date_vocabulary import date_cues, date_lead_words, month_names
from tasks.lexicon.digits import has_digit
from tasks.lexicon.reading_times import is_reading_time
from tasks.lexicon.wire_citations import MAX_WIRE_LINE_WORDS, dateline_citations
from tasks.text.caption_pairs import caption_over_unread_credit
from tasks.text.captions import (
    caption_above_credit,
    caption_before_its_place,
    caption_below_credit,
    caption_closed_by_source,
    caption_over_bare_credit,
)
from tasks.text.features import is_clock_only, is_minute_mark
from tasks.text.furniture_boxes import button_under_furniture, control_under_gallery
from tasks.text.gallery import caption_under_counter
from tasks.text.head_rows import (
    date_closing_head_block,
    date_under_bare_name,
    date_under_byline,
    dateline_place_alone,
    name_over_date,
)
from tasks.text.lines import Line
from tasks.text.live_tags import live_entry_tag
from tasks.text.region import PageView
from tasks.text.verdicts import Verdict

# A clock time's "a. m." / "p.m." closing a line, or its unit abbreviated after it ("11:20 น.", Thai's "o'clock";
# "17:00 h."): the full stop is the clock's, not a sentence's.
_MERIDIEM_END = re.compile(r"(?:\b[ap]\.\s?m|\d[:.]\d\d\s?[^\W\d_]{1,2})\.$", re.IGNORECASE)
# Its matches are eight characters at most, then "$" (the end or a newline closing the text): searched from there, not
# through a whole paragraph ("\b" and the look at what precedes see the characters before the start, as in the text).
_MERIDIEM_REACH = 10


def stamp_in_main_text(i: int, text: str, view: PageView, region: tuple[int, int]) -> Verdict | None:
    """Line i inside the main text: a clock time or a match minute alone (a live blog's or a sports ticker's entry
    stamp), or a short date and clock time that is no sentence above the article's second paragraph (its dateline
    under a standfirst, maybe past the head's picture, its caption over its credit); chrome. Deeper down, such lines
    stamp the posts of a forum page or a trackback list, which some benchmarks keep as the page's text."""
    feat, rules = view.features[i], view.rules
    closing = max(0, len(text) - _MERIDIEM_REACH)
    if feat.ends_sentence and feat.n_words >= rules.min_prose_words and not _MERIDIEM_END.search(text, closing):
        return None  # a sentence; not "3 de diciembre de 2026 - 06:15 a. m.", whose full stop is the clock's
    if _is_labelled_date(text, feat.n_words, rules.stamp_max_words):
        return Verdict(
            Label.CHROME, ChromeKind.COUNTER, "stamp_in_main_text",
            "the article's own published or updated date, by its label, inside the main text", 0.75,
        )  # fmt: skip
    if not is_clock_only(text) and not is_minute_mark(text):
        stamped = feat.has_timestamp or _is_place_and_date(text) or _CJK_DATE_AND_CLOCK.search(text) is not None
        if not stamped or feat.n_words > rules.stamp_max_words:
            return None
        if sum(view.is_text(k) and not _over_credit(view, k) for k in range(region[0], i)) > 1:
            return None  # past the second text line; a picture's caption over its credit is none
    return Verdict(
        Label.CHROME, ChromeKind.COUNTER, "stamp_in_main_text",
        "a clock time, or the dateline above the second paragraph, inside the main text", 0.75,
    )  # fmt: skip


# A Chinese, Japanese or Korean date, year, month and day each before its sign, and a clock time: "2025年10月15日 6:00",
# "2025년 10월 15일 06:00" (the line's features find no year there: a digit and 年 make one word). The clock may be
# written with its signs too ("18時20分", "18时20分", "18시 20분": NHK's and the Chinese portals' head rows), and the
# year left out of an update's stamp ("（最終更新 6月3日 20時05分）").
_CJK_DATE_AND_CLOCK = re.compile(
    r"(?<!\d)(?:(?:19|20)\d\d\s*[年년]\s*)?\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일].{0,12}?(?<!\d)\d{1,2}"
    r"(?::\d\d(?!\d)|\s*[時时시]\s*\d{1,2}\s*[分분])"
)


# A full date's parts: a day, a year, the words between them (a month's name, "de", "r.").
_DAY = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_LETTERS = re.compile(r"[^\W\d_]+")
# The place before a dateline's date: a few words and a comma ("Cusco, 20 de abril de 2024").
PLACE_MAX_WORDS = 3
# Words of three letters at most between a date's day, month and year: "de", "del", "di", "of", "r.", "г.".
LINKING_WORD_MAX_LETTERS = 3


def _is_place_and_date(text: str) -> bool:
    """A place, a comma, and a day, a month's name and a year, nothing else: "Cusco, 20 de abril de 2024", "Kraków, 12
    kwietnia 2024", the dateline a regional paper sets under its byline with no clock time. Not a weekday and a date
    ("Monday, April 20, 2024"): English blogs head their posts so, and benchmarks keep that as the post's text."""
    place, comma, date = text.partition(",")
    place_words = [w.casefold() for w in _LETTERS.findall(place)]
    if not comma or not place_words or len(place.split()) > PLACE_MAX_WORDS or not place.strip()[:1].isupper():
        return False
    months = month_names()
    if has_digit(place) or any(w in months or w in date_lead_words() for w in place_words):
        return False
    if FULL_YEAR.search(date) is None or _DAY.search(FULL_YEAR.sub("", date)) is None:
        return False
    words = [w.casefold() for w in _LETTERS.findall(date)]
    return any(w in months for w in words) and all(w in months or len(w) <= LINKING_WORD_MAX_LETTERS for w in words)


# The labels a CMS writes before the article's own date ("Publié le", "Publicerad", "Uppdaterad", "Aktualisiert"),
# from date_cues.csv; not "posted" or "date", which also stamp a forum's posts, which some benchmarks keep as text.
FORUM_LABELS = frozenset({"posted", "date", "дата"})
_DATE_LABEL = re.compile(
    r"^(?:"
    + "|".join(re.escape(w) for w in (*date_cues("published"), *date_cues("updated")) if w not in FORUM_LABELS)
    + r")\b",
    re.IGNORECASE,
)


# The bar, or a dot or a bullet between spaces, that parts a head row's dates ("Published Nov. 18, 2024 · Updated Nov.
# 19, 2024 at 9:12 a.m.").
_DATE_PARTS = re.compile(r"\||\s[·•]\s")


def _is_labelled_date(text: str, n_words: int, max_words: int) -> bool:
    """A short line that opens with a published or updated label, or has a part after a bar or a dot that does
    ("17.03.2025 - 04:22 | Güncelleme: 17.03.2025 - 06:10"), and holds a number: the article's date. Each part is of
    a date's length; the published and the updated date side by side make a longer row, no sentence."""
    if not has_digit(text):
        return False
    parts = _DATE_PARTS.split(text) if n_words > max_words + 2 else text.split("|")
    if any(len(part.split()) > max_words + 2 for part in parts):
        return False
    return any(_DATE_LABEL.match(part.strip()) is not None for part in parts)


def wire_dateline_alone(i: int, text: str, view: PageView) -> Verdict | None:
    """Line i inside the main text, a wire dateline on a line of its own over the first paragraph ("БЕОГРАД, 5. марта
    (Танјуг) –", "أبوظبي في 11 مايو / وام /"): the place, the date and a known agency, no word after it; the story's
    furniture, whose agency the credits read, not a subheading over the paragraph under it."""
    if view.features[i].n_words > MAX_WIRE_LINE_WORDS or view.features[i].ends_sentence:
        return None
    cited = [c for c in dateline_citations(text, load_gazetteer()) if c.kind is AttributionKind.AGENCY]
    if not cited or any(ch.isalpha() for ch in text[cited[-1].end :]):
        return None
    return Verdict(
        Label.CHROME, ChromeKind.BOILERPLATE, "wire_dateline_alone",
        "a wire dateline alone on its line (place, date, agency): the story's furniture, not its text", 0.7,
    )  # fmt: skip


def _is_byline_or_stamp(view: PageView, i: int, lines: list[Line]) -> bool:
    """A byline (a credit line), a date with a clock time, or a labelled date row ("Published … · Updated …"): the
    head rows of an article, not a date in a list."""
    verdict, feat = view.verdicts[i], view.features[i]
    if verdict is not None and verdict.reason_code == "credit_line":
        return True
    if feat.has_timestamp and feat.n_words <= view.rules.stamp_max_words:
        return True
    return feat.has_date and _is_labelled_date(lines[i].text, feat.n_words, view.rules.stamp_max_words)


def _over_credit(view: PageView, k: int) -> bool:
    """Line k, of a caption's length, stands right over a credit line: the caption of the picture the credit is for
    (a long paragraph over a source line is the text: "Below are two letters …" over "(Sources: …; Image: …)")."""
    verdict = view.verdicts[k + 1] if k + 1 < len(view.verdicts) else None
    if verdict is None or verdict.reason_code != "credit_line":
        return False
    return view.features[k].n_words <= view.rules.caption_max_words


# Marks that part a head row's pieces ("9 July 2025 | 2 min read", "3. März 2024 · 12:40").
_ROW_PARTS = re.compile(r"\s[|·•]\s")


def _head_date_row(view: PageView, i: int, text: str) -> bool:
    """Line i is the head's date row, its date parted by a bar or a dot from other meta ("Wednesday, 9 July 2025 | 2
    min read", "3 March 2024 · Updated 4 March"): a date and no sentence, of a dateline's length
    (article_head_max_words). A date alone on its line may be the text's (benchmarks count a head's date as body)."""
    feat = view.features[i]
    if not feat.has_date or feat.ends_sentence or feat.n_words > view.rules.article_head_max_words:
        return False
    return _ROW_PARTS.search(text) is not None


def head_furniture(i: int, view: PageView, region: tuple[int, int], lines: list[Line]) -> Verdict | None:
    """Line i inside the main text, of a few words (head_row_max_words, or a date row of a dateline's length) and no
    sentence, between its first
    text line (a standfirst) and the next, where a byline or a date with its time sits too: the article's
    head row ("Lesezeit: 4 Min.", "Teilen", "Merken", a byline's bare name), not text. Without such a head
    in that gap the short lines may be a subheading or a list the first paragraph introduces. A head row
    never asks: a question there (`text`) is an interview's first, opened by a dialogue dash or not ("— Як почалися
    ці заняття?", "Wie kamen Sie zur Keramik?" over its answer)."""
    feat, text = view.features[i], lines[i].text
    if view.prose[i] or (feat.n_words > view.rules.head_row_max_words and not _head_date_row(view, i, text)):
        return None
    if text.rstrip().endswith(("?", "？", "؟")):
        return None
    if i <= region[0] or not view.is_text(region[0]):
        return None
    # The first text line after the standfirst, past the head's own dateline: "18 de octubre de 2024 - 10:42 a. m."
    # ends with the clock's full stop and reads as a sentence, and the head row is below it; past the head's picture
    # too, its caption over its credit ("Der Firmensitz … an der Güterstrasse." over "Foto: …", then "Hören | Teilen").
    following = next(
        (
            k
            for k in range(region[0] + 1, region[1] + 1)
            if view.is_text(k) and not _is_byline_or_stamp(view, k, lines) and not _over_credit(view, k)
        ),
        region[1] + 1,
    )
    # a reading time ("Lectura: 7 min") is the head's furniture with no byline or date beside it
    reading = is_reading_time(feat.key)
    if i > following or not (
        reading or any(_is_byline_or_stamp(view, k, lines) for k in range(region[0] + 1, following))
    ):
        return None
    return Verdict(
        Label.CHROME, ChromeKind.BOILERPLATE, "head_furniture",
        "a short line between the standfirst and the first paragraph, beside a byline or a dateline", 0.7,
    )  # fmt: skip


def contents_headings(view: PageView, region: tuple[int, int] | None) -> list[bool]:
    """Subheadings of the main text (a short line over a paragraph, from the line right above it) that a table
    of contents above it repeats: at least `contents_min_entries` of them, their first copies above the main
    text in the same order. The repeat rule took them for teasers; a teaser rail does not list one article's
    subheadings in its order."""
    found = [False] * len(view.features)
    if region is None:
        return found
    first_copy: dict[str, int] = {}
    for i, feat in enumerate(view.features):
        first_copy.setdefault(feat.key, i)
    headings = [
        i
        for i in range(max(0, region[0] - 1), region[1])
        if (verdict := view.verdicts[i]) is not None
        and verdict.reason_code == "repeated_line"
        and first_copy[view.features[i].key] < region[0] - 1
        and view.features[i].n_words <= view.rules.title_max_words
        and view.is_text(i + 1)
    ]
    copies = [first_copy[view.features[i].key] for i in headings]
    if len(headings) < view.rules.contents_min_entries or copies != sorted(set(copies)):
        return found
    for i in headings:
        found[i] = True
    return found


def refrain_lines(view: PageView, region: tuple[int, int] | None, lines: list[Line]) -> list[bool]:
    """Short lines that the repeat rule took for teasers but that recur only inside the main text, each copy between
    two lines of it: an article's recurring subheadings ("The Fayed version", "Pros:"), a refrain of a story ("No
    answer."), a speaker's name in a transcript. A teaser rail repeats its headlines outside the article; a mark
    without a letter ("[...]", "**") is an excerpt's or a divider's, not text; a live blog's entry tag under each
    clock stamp ("GOAL") is the entry's furniture."""
    found = [False] * len(view.features)
    if region is None:
        return found
    spans: dict[str, tuple[int, int]] = {}
    for i, feat in enumerate(view.features):
        spans[feat.key] = (spans.get(feat.key, (i, i))[0], i)
    for i in range(region[0] + 1, region[1]):
        verdict, feat = view.verdicts[i], view.features[i]
        if verdict is None or verdict.reason_code != "repeated_line" or feat.n_words > view.rules.refrain_max_words:
            continue
        first, last = spans[feat.key]
        found[i] = (
            region[0] < first
            and last < region[1]
            and any(ch.isalpha() for ch in feat.key)
            and view.verdicts[i - 1] is None
            and view.verdicts[i + 1] is None
            and live_entry_tag(i, lines, view) is None
        )
    return found


def furniture_in_main_text(i: int, lines: list[Line], view: PageView, region: tuple[int, int]) -> Verdict | None:
    """The verdict of line i inside the main text, which no single-line rule took, when it is the article's
    furniture: a time stamp or dateline, a caption, a head row; None when it is the article's text."""
    in_block = i + 1 < len(lines) and lines[i + 1].block_index == lines[i].block_index
    return (
        stamp_in_main_text(i, lines[i].text, view, region)
        or live_entry_tag(i, lines, view)
        or caption_above_credit(i, view, in_block, lines, region)
        or caption_below_credit(i, view, lines)
        or caption_over_bare_credit(i, view, lines)
        or caption_over_unread_credit(i, view, lines, region)
        or caption_closed_by_source(i, view, lines)
        or caption_before_its_place(i, view, lines)
        or caption_under_counter(i, lines, view.features, view.rules)
        or wire_dateline_alone(i, lines[i].text, view)
        or date_under_byline(i, lines, view)
        or date_under_bare_name(i, lines, view, region)
        or date_closing_head_block(i, lines, view, region)
        or name_over_date(i, lines, view, region)
        or dateline_place_alone(i, lines[i].text, view, region)
        or head_furniture(i, view, region, lines)
        or button_under_furniture(i, lines, view)
        or control_under_gallery(i, lines, view)
    )
