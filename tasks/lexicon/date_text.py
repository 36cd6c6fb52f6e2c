"""Read a short date text ("23 июня 2022, 21:13", "vor 2 Stunden", "01.04.2025 15:25") in the page's language.

The language-level part of finding dates: the text segmenter uses it to tell datelines from
headlines, tasks.credits.dates to date the article and tasks.html to read declared dates.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from itertools import chain
from typing import Any

import dateparser

from tasks.lexicon.bikram_sambat import bikram_sambat_date, bikram_sambat_starts, bikram_sambat_words
from tasks.lexicon.calendar_eras import era_first_years, era_year_starts, with_common_era_years, with_gregorian_years
from tasks.lexicon.clock_times import H_TIME, clock_before_start
from tasks.lexicon.date_parsers import read_with_dateparser
from tasks.lexicon.date_retries import date_text_retries, linked_days, month_linked_days, without_other_era_tail
from tasks.lexicon.date_vocabulary import clock_words, date_cues, date_labels, date_lead_words, month_names
from tasks.lexicon.day_words import DAY_NUMBER as _DAY_NUMBER
from tasks.lexicon.day_words import DAY_THEN_WORD as _DAY_THEN_WORD
from tasks.lexicon.day_words import LETTER as _LETTER
from tasks.lexicon.day_words import LETTER_OR_MARK as _LETTER_OR_MARK
from tasks.lexicon.day_words import words_then_days
from tasks.lexicon.digits import has_digit
from tasks.lexicon.hijri_dates import ASCII_DIGITS, SOLAR_MONTHS, gregorian_iso, solar_hijri_date, solar_hijri_starts
from tasks.lexicon.month_forms import month_as_dateparser_reads, month_form_words

# A page may be stamped a little after the run's clock (time zones, clock skew), not more.
FUTURE_TOLERANCE = timedelta(days=1)
# "8. 3. 2024" too: Czech, Slovak, Slovene and Croatian space a numeric date's parts (parse_date_text reads it). Each
# alternative's first digit taken out before them (the last one's look-behind after it): `re` skips to the digits.
_NUMERIC_DATE = re.compile(
    r"\d(?:\d{0,3}[./-]\d{1,2}[./-]\d{1,4}|\d{3}\s?[年년]|\d{3}-\d{2}-\d{2}|(?<![\d.]\d)\d?\.\s\d{1,2}\.\s(?:19|20)\d\d(?!\d))"
)
_NUMBER_OR_TIME = re.compile(r"^[\d\s:.,/-]*$")
# ISO 8601's basic form in a date tag ("<meta name="pdate" content="20160729">"), which htmldate reads too.
_BASIC_ISO_DATE = re.compile(r"^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$")


# A word: a letter, then letters and the vowel signs written onto them (the classes and the day patterns:
# tasks.lexicon.day_words).
_WORD = re.compile(rf"{_LETTER}{_LETTER_OR_MARK}+")
# A year written in full: "18.06.2024", "3 March 2024" (the years of the web). "(?<!\d)(?:19|20)\d\d(?!\d)", its
# look-behind after the first digit: opened by a class, `re` skips to the ones and twos (the same matches).
FULL_YEAR = re.compile(r"[12](?<!\d[12])(?:(?<=1)9|(?<=2)0)\d\d(?!\d)")
# "01/04/2025": day and month could be either way round; only the page's language tells which.
_DAY_MONTH = re.compile(r"(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)")
_SPACED_DOTS = re.compile(r"(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d\d)(?!\d)")  # "3. 12. 2026"


def numeric_order(text: str, language: str | None) -> str | None:
    """How to read a numeric date whose first two numbers could be day or month: "" (as the language
    says), "DMY" (dots mean day first wherever they are used), or None (English or unknown language
    with slashes or dashes: US and UK disagree, so the date is not read at all)."""
    match = _DAY_MONTH.search(text)
    if match is None or int(match.group(1)) > 12 or int(match.group(3)) > 12 or match.group(1) == match.group(3):
        return ""
    if language not in (None, "en"):
        return ""
    return "DMY" if match.group(2) == "." else None


def _parse_declared(value: str, language: str | None) -> datetime | None:
    order = numeric_order(value, language)
    if order is None:
        return None
    settings: Any = {"RETURN_AS_TIMEZONE_AWARE": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    if order:
        settings["DATE_ORDER"] = order
    for languages in ([language] if language and language != "en" else ["en"], ["en"], None):
        try:
            parsed: datetime | None = dateparser.parse(value, languages=languages, settings=settings)
        except ValueError:  # a language dateparser does not know
            continue
        if parsed is not None:
            years = FULL_YEAR.findall(value)
            return parsed if not years or str(parsed.year) in years else None
    return None


def may_hold_a_date(text: str) -> bool:
    """A cheap first look before dateparser (milliseconds a line): a year, a numeric date or a day next to a month's
    name; Persian, Arabic and other digits count (isdigit). A relative date ("3 hours ago") is not looked for."""
    if not has_digit(text):
        return False
    if not text.isascii():
        return True  # native digits and scripts the patterns below do not read: dateparser decides
    return bool(FULL_YEAR.search(text) or _NUMERIC_DATE.search(text) or has_month_date(text))


def has_month_date(text: str) -> bool:
    """A day written next to a month's name ("July 24", "24 июля", "24. Juli") or linked to it by a word ("9 de
    octubre"): a date without a year, as over a comment or in a dateline. Month names from dateparser's CLDR data."""
    if not _DAY_NUMBER.search(text):
        return False  # most lines have no short number: one scan instead of two
    months, days = month_names(), chain(words_then_days(text), _DAY_THEN_WORD.finditer(text))
    if any(m.group(1).casefold() in months for m in chain(days, month_linked_days().finditer(text))):
        return True
    return "." in text and any(m.group(1) in months for m in _DAY_THEN_DOTTED.finditer(text))


# A day, then a month's abbreviation written with a dot after each of its parts, as Thai writes every month ("8 เม.ย.
# 2567", "12 มี.ค."): the dotted forms are month_names.csv's Thai row's, whole.
# (its look-behind "(?<![\d.:])" before the day taken after the day's first digit, so that `re` skips to the digits)
_DAY_THEN_DOTTED = re.compile(rf"\d(?<![\d.:]\d)\d?\s+((?:{_LETTER}{_LETTER_OR_MARK}?\.){{2,3}})")
# The dotted abbreviation alone, taken out of a date's tail before its words are read ("มี.ค.": "มี" is no word of it).
_DOTTED_MONTH = re.compile(rf"(?<!\w)(?:{_LETTER}{_LETTER_OR_MARK}?\.){{2,3}}")


# A short part with a number after a middle dot, bullet or bar closing a byline ("Von Anna Lange · vor 3 Stunden",
# "By Ana Lee | 5 min read"): a time or a reading time in any language; no name holds a digit.
_SEPARATED_NUMBER_TAIL = re.compile(r"\s*[·•|]\s*(?=[^·•|\d]*\d)[^·•|]{1,30}$")


# The head's readers ask where a date closing a line starts (44,491 asks a pass of aeb + readability + l3s, 18,963
# texts), a pure function kept per text; the repeats are a page's: 256 and 16,384 entries saved the same (speed.md s38).
DATE_TAILS_CACHED = 1024


@lru_cache(maxsize=DATE_TAILS_CACHED)
def date_tail_start(text: str, dotted: bool = False) -> int | None:
    """Where a date closing the line starts ("di Marco Rossi e Giulia Bianchi 17 febbraio 2025" → at "17"): a
    numeric date or a day next to a month's name, with only date words, digits and punctuation after it; or a
    part with a number after "·", "•" or "|". `dotted`: a day before a Thai month's dotted abbreviation starts one too
    ("โดย ณัฐพล ศรีสุข 15 ม.ค. 2569": the date after a byline, read for the date alone)."""
    text = without_other_era_tail(text)  # "… 2026 ജനുവരി 9, വെള്ളി (1201 ധനു 25)": the Malayalam era's day after
    if not _DAY_NUMBER.search(text):
        return None
    # (looked for only where a mark is: the pattern's leading spaces made its scan quadratic in a run of them, as in
    # a caption's tail padded to keep its offsets)
    separated = _SEPARATED_NUMBER_TAIL.search(text) if any(mark in text for mark in "·•|") else None
    if separated is not None and separated.start() > 0:
        before = text[: separated.start()]  # "By Bruce Sterling January 18, 2008 | 12:11:21 PM": the date too
        start = date_tail_start(before, dotted) if _DAY_NUMBER.search(before) else None
        return start if start is not None else separated.start()  # "14.11.2023 | 11:27": a date from the start
    months = month_names()
    starts = [m.start() for m in _NUMERIC_DATE.finditer(text)]
    starts += [m.start() for m in (*words_then_days(text), *_DAY_THEN_WORD.finditer(text))
               if m.group(1).casefold() in months]  # fmt: skip
    starts += [m.start() for m in linked_days().finditer(text) if m.group(1).casefold() in months]  # "2 ga Yuni"
    if dotted and "." in text:
        starts += [m.start() for m in _DAY_THEN_DOTTED.finditer(text) if m.group(1) in months]
    starts += era_year_starts(text)  # "令和8年12月2日"
    starts += solar_hijri_starts(text)  # "۱۵ فروردین ۱۴۰۳ - ۱۰:۲۰": an Iranian page's date
    starts += bikram_sambat_starts(text)  # "बिहीबार, पुस ४, २०८१ १० : ३५": a Nepali page's
    starts += _relative_starts(text)  # "… Associated Press Writer 2 hours, 17 minutes ago"
    tail_words = _tail_words()
    for start in sorted(starts):
        tail = text[start:]
        if "." in tail:  # "3 มี.ค. 2569": the dotted month is one word, not "มี" and "ค"
            tail = _DOTTED_MONTH.sub(lambda m: " " if m.group(0) in months else m.group(0), tail)
        words = _WORD.findall(tail)
        if all(w.casefold() in tail_words for w in words):
            return _with_lead(text, start)
    return None


@lru_cache(maxsize=1)
def _tail_words() -> frozenset[str]:
    """What a date closing a line may hold besides digits and punctuation: month names, clock words, lead words,
    labels and era names ("07.02.2024, 23:47 Uhr Aktualisiert: 08.02.2024", "2024. május 7. 23:35 Frissítve:
    2024. május 8."). Built once: the union of five vocabularies per call was most of this check's time."""
    # each word of a label of several ("… 23:40 Mis à jour le 01.05.2025", "… 2025, last updated 4 March 2025")
    label_words = {
        w for kind in ("published", "updated", "later_update") for cue in date_cues(kind) for w in cue.split()
    }
    return frozenset(
        month_names() | month_form_words() | label_words | clock_words() | date_lead_words() | date_labels()
        | era_first_years().keys() | set(date_cues("relative_unit")) | set(date_cues("relative_end")) | SOLAR_MONTHS
        | set(date_cues("day_link")) | bikram_sambat_words()
    )  # fmt: skip


def _relative_starts(text: str) -> list[int]:
    """Where a relative time closing a byline starts ("By Ann Lee, Associated Press Writer 2 hours, 17 minutes ago"):
    a number and a unit, the line ending in "ago". Only after the byline's words: alone on a line a relative time
    dates nothing (``tasks.html.stamps`` reads no "2 hours ago")."""
    words = text.split()
    if not words or words[-1].casefold() not in date_cues("relative_end"):
        return []
    units = date_cues("relative_unit")
    return [m.start() for m in _DAY_THEN_WORD.finditer(text) if m.start() > 0 and m.group(1).casefold() in units]


# The comma of Arabic script ("الأحد، ١٠ مارس") and the ideographic ones ("星期三，", "水曜日、") after a weekday.
_SCRIPT_COMMAS = "،、，"
# Hungarian, Lithuanian, Latvian, East Asian order: year first, maybe with its mark ("2024 m.", "2024. gada")
_YEAR_FIRST = re.compile(r"(?<!\d)(?:19|20)\d{2}\.?(?:\s+(?:m\.|gada))?\s*$")
_LAST_WORDS = re.compile(r"(?:\S+\s+){0,3}\S+$")  # the last four words at most


@lru_cache(maxsize=1)
def _lead_words() -> frozenset[str]:
    """What may stand between a byline and its date: weekdays, lead words and the published and updated labels of
    any language ("Yayınlanma: 12.02.2024"), of two words too ("نشر في: الخميس 06 أوت 2026", Arabic "published on";
    "Last updated") to four ("mis à jour le", "dernière mise à jour"): `_with_lead` asks the last ones as one."""
    labels = (cue.casefold() for kind in ("published", "updated") for cue in date_cues(kind))
    return date_lead_words() | date_labels() | {cue for cue in labels if 1 < len(cue.split()) <= LABEL_WORDS}


LABEL_WORDS = 4  # the most words `_with_lead` reads as one label before a date


def _with_lead(text: str, start: int) -> int:
    """The date's start moved back over the year written first ("2024. május 7."), the weekday (of two words first:
    "Thứ Ba", "Chủ nhật", "cümə axşamı") and the label before it ("Published", "Thu.,")."""
    year = _YEAR_FIRST.search(text[:start])
    start = year.start() if year else start
    lead = _lead_words()
    while True:
        before = text[:start].rstrip(" ,.:|·-–—" + _SCRIPT_COMMAS)  # "Publié le : 01 Décembre": French spaced colon
        words = [m[0][w.start() :] for w in re.finditer(r"\S+", m[0])] if (m := _LAST_WORDS.search(before)) else []
        word = next((w for w in words if " ".join(w.casefold().strip(".,:" + _SCRIPT_COMMAS).split()) in lead), "")
        # "Di., 07.10.2025": a two-letter weekday with its dot, no bare word ("di", "so" are words of many languages)
        dotted = text[len(before) : len(before) + 1] == "."
        word = word or next((w for w in words[-1:] if dotted and f"{w.casefold()}." in date_cues("dotted_weekday")), "")
        if not word and (clock := clock_before_start(before, clock_words())) is None:
            return start  # "By Ann Lee Updated 10:32 AM EST, Thu March 3, 2011": the time before the date is its own
        start = len(before) - len(word) if word else (clock or 0)


# A count closing a date line: how often the story was read or commented on ("12 มิ.ย. 2568 18:45 น. อ่าน 5,402
# ครั้ง", "12.06.2024 18:45 Просмотров: 5402", "3 March 2025 1,204 views", "21.06.2024 10:42 Просмотров: 2 417" with
# Russian's spaced thousands): a label word or none, a whole number that is no time and no year, a word or none.
# Dateparser reads no date where the count is left on.
_COUNT_TAIL = re.compile(
    r"\s+(?:[^\W\d_]\S*\s*[:：]?\s*)?(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+)(?:\s+[^\W\d_]\S*)?\s*$"
)


def without_count_tail(text: str) -> str | None:
    """The line without the read or comment count closing it, if a digit is left before it; else None."""
    count = _COUNT_TAIL.search(text)
    if count is None or FULL_YEAR.fullmatch(count.group(1)) or not has_digit(text[: count.start()]):
        return None
    return text[: count.start()].strip()


def looks_like_date_text(text: str) -> bool:
    """A date written with a day and a month: digits alone ("1084", "21:13") are not enough."""
    if _NUMERIC_DATE.search(text):
        return True
    return not _NUMBER_OR_TIME.match(text) and bool(_WORD.search(text)) and has_digit(text)


# "2024 m." (metai), "3 d." (diena), "2024. gada" (Latvian): the marks after a year or a day.
_BALTIC_MARKS = re.compile(r"(\d)\.?\s+(?:m\.|d\.|gada)(?=\s|$)")
# "2026թ." (թվական, "year"): the Armenian year mark glued to or spaced from the year, dateparser reads no date past it.
_ARMENIAN_YEAR_MARK = re.compile(r"((?:19|20)\d\d)\s?թ\.?(?=[\s,]|$)")


@lru_cache(maxsize=16384)
def parse_date_text(text: str, now: datetime, language: str | None) -> datetime | None:
    """The moment a short date text names, read by dateparser; None if it names none or a future one. Kept per
    text, clock and language: a line's date is asked for by several checks (the byline block's, the article's date,
    its parts and cores), and a site's template repeats its lines across pages."""
    text = text.translate(ASCII_DIGITS)  # "١٥ مارس ٢٠٢٤", "১৫ মার্চ": dateparser reads ASCII digits only
    text = _BALTIC_MARKS.sub(r"\1", text)  # "2024 m. balandžio 3 d.": Lithuanian and Latvian year and day marks
    text = _ARMENIAN_YEAR_MARK.sub(r"\1", text)  # "15 մայիսի, 2026թ., 10:35"
    text = _SPACED_DOTS.sub(r"\1.\2.\3", text)  # "3. 12. 2026": Czech, Slovak, Slovene and Croatian spacing
    text = month_as_dateparser_reads(text)  # "7. martā": the Latvian locative; "يوليوز": the Moroccan July
    text = with_gregorian_years(text)  # "令和8年": a Japanese era's year
    text = with_common_era_years(text)  # "2568": a Thai page's Buddhist-era year
    solar = solar_hijri_date(text) or (bikram_sambat_date(text) if language == "ne" else None)  # "२०८२ असोज २४"
    if solar is not None:
        return solar if solar <= now + FUTURE_TOLERANCE else None
    if not looks_like_date_text(text):
        return None
    text = H_TIME.sub(r"\1:\2", text)
    order = numeric_order(text, language)
    if order is None:
        return None
    relative_base = now.astimezone(UTC).replace(tzinfo=None)
    parsed = read_with_dateparser(text, language, relative_base, order)
    for retry in date_text_retries(text) if parsed is None else ():
        text = retry
        parsed = read_with_dateparser(text, language, relative_base, order)
        if parsed is not None:
            break
    if parsed is not None and parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    if parsed is None or parsed > now + FUTURE_TOLERANCE:
        return None
    # dateparser fills what it cannot read from the run's clock: a year the text writes must survive.
    years = FULL_YEAR.findall(text)
    if years and str(parsed.year) not in years:
        return None
    return parsed


def parse_declared_date(value: str, language: str | None = None) -> datetime | None:
    """A date a page declares in its markup (JSON-LD, meta, <time>): ISO 8601 with a space or ``T``,
    with or without a zone, else whatever dateparser reads in the page's language ("01.04.2025 15:25",
    "Tue, 01 Apr 2025 15:25:00 +0200"). A bare number is not a date, but for ISO's basic form ("20160729"). Naive
    times are taken as UTC."""
    value = gregorian_iso(value.strip())
    numeric = _NUMBER_OR_TIME.match(value) and not (_NUMERIC_DATE.search(value) or _BASIC_ISO_DATE.match(value))
    if not value or numeric:
        return None
    try:
        when: datetime | None = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        when = _parse_declared(value, language)
    if when is None:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)
