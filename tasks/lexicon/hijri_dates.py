"""Dates in the Hijri calendars, as Iranian, Afghan and Gulf pages write them: the Solar Hijri date in words ("۲۴
اسفند ۱۴۰۲") and ISO dates in a Hijri era ("1403-12-12T14:05:00+03:30", "1446-08-12"), read as the Gregorian day they
are (convertdate does the arithmetic); and every decimal digit Unicode knows as its ASCII digit.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime

from convertdate import islamic, persian  # type: ignore[import-untyped]  # ships no type hints

from tasks.lexicon.vocabulary import read_rows, split_cell

# Every decimal digit Unicode knows (Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width…) as its ASCII digit.
ASCII_DIGITS = {ord(c): str(unicodedata.digit(c)) for c in map(chr, range(0x660, 0x10000)) if c.isdecimal()}
# Pashto and Dari keyboards and CMSs mix the Arabic and the Persian yeh and kaf in one word ("غویي": Persian ی, Arabic
# ي): the months' names are matched with both letters read as the Persian ones, one character for one.
_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})
_READ_AS = {**ASCII_DIGITS, **_LETTERS}
# Iranian and Afghan pages write the Solar Hijri date in words: "۲۴ اسفند ۱۴۰۲", the Afghan ones with the months'
# Dari or Pashto names ("۱۰ غویی ۱۴۰۴"): each name and its month's number (solar_hijri_months.csv).
_MONTH_NAMES_AS_WRITTEN = [
    (name, int(row["month"])) for row in read_rows("solar_hijri_months.csv") for name in split_cell(row["names"])
]
_SOLAR_MONTHS = {name.translate(_LETTERS): month for name, month in _MONTH_NAMES_AS_WRITTEN}
_MONTH_NAMES = "|".join(sorted(_SOLAR_MONTHS, key=len, reverse=True))
# The day opens the pattern and its look-behind comes after its first digit, so that `re` skips to the digits (a pattern
# opened by a look-behind is tried at every position of the text: issue 15). The same matches.
_SOLAR_DATE = re.compile(r"(\d(?<!\d\d)\d?)\s+(" + _MONTH_NAMES + r")\s+(1[34]\d\d)(?!\d)")
# Afghan Pashto pages also write it year first, in the order of "۱۴۰۴/۰۲/۱۰", the month after Pashto's "د" (of):
# "د خپرېدو نېټه: ۱۴۰۴ د غویي ۱۰" (date of publishing: 1404, of Ghwayai, 10).
_SOLAR_YEAR_FIRST = re.compile(r"(1(?<!\d1)[34]\d\d)\s+(?:د\s+)?(" + _MONTH_NAMES + r")\s+(\d{1,2})(?!\d)")


def _solar_dates(text: str) -> list[tuple[int, int, int, int]]:
    """(start, year, month, day) of each Solar Hijri date in words, either order, in the text's order."""
    read = text.translate(_READ_AS)
    found = [
        (m.start(), int(m.group(3)), _SOLAR_MONTHS[m.group(2)], int(m.group(1))) for m in _SOLAR_DATE.finditer(read)
    ]
    found += [
        (m.start(), int(m.group(1)), _SOLAR_MONTHS[m.group(2)], int(m.group(3)))
        for m in _SOLAR_YEAR_FIRST.finditer(read)
    ]
    return sorted(found)


def solar_hijri_starts(text: str) -> list[int]:
    """Where each Solar Hijri date in words starts ("۱۵ فروردین ۱۴۰۳ - ۱۰:۲۰" → [0]); the digits and letters are read
    one character for one, so the places are the text's."""
    return [start for start, *_ in _solar_dates(text)]


# The months' names as the file writes them and as they are read (one yeh, one kaf).
SOLAR_MONTHS = frozenset(_SOLAR_MONTHS) | frozenset(name for name, _ in _MONTH_NAMES_AS_WRITTEN)


# The numeric form, year first ("۱۴۰۳/۱۲/۱۴ ۱۹:۴۰", Iranian and Afghan CMSs' date lines): a Gregorian year never starts
# with 13 or 14 on a news page, and a lunar Hijri one is past LAST_SOLAR_HIJRI_YEAR.
_SOLAR_NUMERIC = re.compile(r"(?<!\d)(1[34]\d\d)[/.-](\d{1,2})[/.-](\d{1,2})(?![\d/.-])")


def solar_hijri_date(text: str) -> datetime | None:
    """The Gregorian day of a Solar Hijri date written in words ("۲۴ اسفند ۱۴۰۲" is 14 March 2024) or in numbers year
    first ("۱۴۰۳/۱۲/۱۴" is 4 March 2025), else None."""
    dates = _solar_dates(text)
    numeric = _SOLAR_NUMERIC.search(text.translate(_READ_AS)) if not dates else None
    if numeric is not None:
        year, month, day = (int(g) for g in numeric.groups())
        dates = [(0, year, month, day)]
    if not dates or dates[0][1] > LAST_SOLAR_HIJRI_YEAR:
        return None
    _, year, month, day = dates[0]
    try:
        gregorian = persian.to_gregorian(year, month, day)
    except ValueError:
        return None
    year, month, day = gregorian
    return datetime(year, month, day, tzinfo=UTC)


# Iranian and Afghan CMSs write Solar Hijri dates in ISO form ("1403-12-12T14:05:00+03:30"), Saudi ones lunar
# Hijri ("1446-08-12"). For the years of the web the two eras do not overlap: Solar Hijri 1300-1419 is
# 1921-2041, lunar Hijri 1420-1500 is 1999-2077 (a Gregorian year never starts with 13 or 14).
_HIJRI_ISO = re.compile(r"^(1[34]\d\d)-(\d{1,2})-(\d{1,2})")
LAST_SOLAR_HIJRI_YEAR = 1419


def gregorian_iso(value: str) -> str:
    """An ISO date in a Hijri era as the Gregorian date it is, the rest (time, zone) kept; else the value."""
    match = _HIJRI_ISO.match(value)
    if match is None:
        return value
    year, month, day = (int(g) for g in match.groups())
    era = persian if year <= LAST_SOLAR_HIJRI_YEAR else islamic
    try:
        y, m, d = era.to_gregorian(year, month, day)
    except ValueError:
        return value
    return f"{y:04d}-{m:02d}-{d:02d}{value[match.end() :]}"
