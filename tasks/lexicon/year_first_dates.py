"""Dates written year first with the word for "year" after it, which dateparser does not read: the Mongolian "2026 оны 4
сарын 9" (each number followed by its unit's word: of the year 2026, of month 4, 9) and the Kazakh "2026 жылғы 9
сәуір" (the year, then the day and the month's name). The words are data (year_first_dates.csv). A second reading,
tried only after the text as written failed (:mod:`tasks.lexicon.date_retries`)."""

from __future__ import annotations

import re
from functools import lru_cache

from tasks.lexicon.vocabulary import read_rows, split_cell


def _alternation(words: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _words(column: str) -> set[str]:
    return {w for row in read_rows("year_first_dates.csv") for w in split_cell(row[column])}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a year, its word and a numeric month and day with theirs; a year and its word before the rest)."""
    year = rf"(?<!\d)((?:19|20)\d\d)\s*-?\s*(?:{_alternation(_words('year_words'))})(?!\w)"
    ordinal = rf"(?:\s*-?\s*(?:{_alternation(_words('ordinals'))})(?!\w))?"
    day_tail = rf"(?:\s*-?\s*(?:{_alternation(_words('day_words'))})(?!\w))*"
    numeric = re.compile(
        rf"{year}\s*(\d{{1,2}}){ordinal}\s*(?:{_alternation(_words('month_words'))})(?!\w)\s*(\d{{1,2}})(?!\d){day_tail}",
        re.IGNORECASE,
    )
    return numeric, re.compile(rf"{year}\s+", re.IGNORECASE)


def year_first_reading(text: str) -> str | None:
    """The text with its year-first date in an order dateparser reads: "2026 оны 4 сарын 9, 14:30" → "2026-04-09,
    14:30"; "2026 жылғы 9 сәуір" → "9 сәуір 2026"; "2026-жылдын 14-январы" → "14-январы 2026"; "2025eko azaroa 4a" (the
    Basque month read from its genitive) → "4 azaroa 2025"; None when it has no such date."""
    numeric, named = _patterns()
    match = numeric.search(text)
    if match is not None:
        year, month, day = match.group(1), int(match.group(2)), int(match.group(3))
        return f"{text[: match.start()]}{year}-{month:02d}-{day:02d}{text[match.end() :]}"
    match = named.search(text)
    if match is None:
        return None
    rest = text[match.end() :]
    # "9 сәуір", "14-январы" (the Kyrgyz day joined to its month by a hyphen): the year goes after the month
    day_month = re.match(r"\d{1,2}-[^\W\d_]+|\S+\s+[^\W\d_]+", rest)
    if day_month is not None:
        return f"{text[: match.start()]}{day_month.group(0)} {match.group(1)}{rest[day_month.end() :]}"
    # "azaroa 4a" (Basque: the month, then the day with its ending): the day, the month, the year
    month_day = _MONTH_THEN_DAY.match(rest)
    if month_day is None:
        return None
    return f"{text[: match.start()]}{month_day.group(2)} {month_day.group(1)} {match.group(1)}{rest[month_day.end() :]}"


# A month's name, then the day with a case ending of up to three letters written onto it ("azaroa 4an").
_MONTH_THEN_DAY = re.compile(r"([^\W\d_]+)\s+(\d{1,2})[^\W\d_]{0,3}(?!\w)")
