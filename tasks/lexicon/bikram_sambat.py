"""Nepali pages' Bikram Sambat dates, read as the Gregorian day they are: "२०८२ असोज २४ गते" (the 24th of Asoj 2082,
10 October 2025), "असोज २४, २०८२", "२४ असोज २०८२". The calendar's months have 29 to 32 days, set year by year by
Nepal's calendar committee: no arithmetic gives them, so the years of the web are a table (bikram_sambat_years.csv:
each year's first day and its months' lengths; the months' names in bikram_sambat_months.csv).

Read on Nepali pages only: Indian Hindi pages date festivals in the Vikram Samvat of lunar months, whose days are
not these.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from tasks.lexicon.hijri_dates import ASCII_DIGITS
from tasks.lexicon.vocabulary import read_rows, split_cell

# A page in Devanagari holds at least one of its letters: the cheap test before the months' alternation.
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")


@lru_cache(maxsize=1)
def _years() -> dict[int, tuple[date, tuple[int, ...]]]:
    """Bikram Sambat year → (its first day in the Gregorian calendar, its twelve months' lengths)."""
    return {
        int(row["year"]): (date.fromisoformat(row["first_day"]), tuple(int(d) for d in row["month_days"].split("|")))
        for row in read_rows("bikram_sambat_years.csv")
    }


@lru_cache(maxsize=1)
def _patterns() -> tuple[dict[str, int], tuple[re.Pattern[str], ...]]:
    """(month name → its number; the year-first, day-first and month-first shapes, each with named groups)."""
    months = {
        name: int(row["month"]) for row in read_rows("bikram_sambat_months.csv") for name in split_cell(row["names"])
    }
    names = "|".join(re.escape(n) for n in sorted(months, key=len, reverse=True))
    month, day, year = rf"(?P<m>{names})(?![\u0900-\u097f])", r"(?P<d>\d{1,2})(?!\d)", r"(?P<y>20\d\d)(?!\d)"
    return months, (
        re.compile(rf"{year}\s+{month}\s+{day}"),  # "2082 असोज 24 गते"
        re.compile(rf"{day}\s+{month},?\s+{year}"),  # "24 असोज 2082"
        re.compile(rf"{month}\s+{day},?\s+{year}"),  # "असोज 24, 2082"
    )


def bikram_sambat_starts(text: str) -> list[int]:
    """Where each Bikram Sambat date starts ("बिहीबार, पुस ४, २०८१ १० : ३५" → [9]), its digits in Devanagari or ASCII
    (read one character for one, so the places are the text's); [] without a Devanagari letter."""
    if _DEVANAGARI.search(text) is None:
        return []
    ascii_text = text.translate(ASCII_DIGITS)
    return sorted(m.start() for pattern in _patterns()[1] for m in pattern.finditer(ascii_text))


@lru_cache(maxsize=1)
def bikram_sambat_words() -> frozenset[str]:
    """The months' names (bikram_sambat_months.csv), words a date closing a line may hold."""
    return frozenset(_patterns()[0])


def bikram_sambat_date(text: str) -> datetime | None:
    """The Gregorian day of a Bikram Sambat date whose digits are ASCII ("2082 असोज 24 गते" is 10 October 2025),
    else None (also for a year out of the table, or a day past its month's end)."""
    if _DEVANAGARI.search(text) is None:
        return None
    months, patterns = _patterns()
    for pattern in patterns:
        match = pattern.search(text)
        if match is None:
            continue
        year, month, day = int(match.group("y")), months[match.group("m")], int(match.group("d"))
        known = _years().get(year)
        if known is None or not 1 <= day <= known[1][month - 1]:
            return None
        first, lengths = known
        when = first + timedelta(days=sum(lengths[: month - 1]) + day - 1)
        return datetime(when.year, when.month, when.day, tzinfo=UTC)
    return None
