"""Years counted in a named era ("令和8年", "民國113年") as the Gregorian years they are ("2026年", "2024年").

Japanese pages often show only the era year of the imperial calendar, Taiwanese ones that of the Minguo calendar;
dateparser reads neither. The eras are data (tasks/lexicon/data/calendar_eras.csv); "元年" is an era's first year.
Thai pages count their years in the Buddhist era, unnamed ("12 มิ.ย. 2568" is 12 June 2025): a year of that era
written beside Thai (or Lao) letters is the Gregorian year 543 before it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tasks.lexicon.vocabulary import read_rows

FIRST_YEAR_WORD = "元"  # "令和元年": the era's first year


@lru_cache(maxsize=1)
def era_first_years() -> dict[str, int]:
    """Era name → the Gregorian year of its first year."""
    return {row["era"]: int(row["first_year"]) for row in read_rows("calendar_eras.csv")}


@lru_cache(maxsize=1)
def _era_year() -> re.Pattern[str]:
    eras = "|".join(re.escape(e) for e in sorted(era_first_years(), key=len, reverse=True))
    return re.compile(rf"({eras})\s*(\d{{1,3}}|{FIRST_YEAR_WORD})\s*年")


def era_year_starts(text: str) -> list[int]:
    """Where the text writes a year of a named era."""
    return [m.start() for m in _era_year().finditer(text)]


def with_gregorian_years(text: str) -> str:
    """The text with each era year written as its Gregorian year: "令和8年12月2日" → "2026年12月2日"."""
    if not any(era in text for era in era_first_years()):
        return text

    def gregorian(match: re.Match[str]) -> str:
        number = 1 if match.group(2) == FIRST_YEAR_WORD else int(match.group(2))
        return f"{era_first_years()[match.group(1)] + number - 1}年"

    return _era_year().sub(gregorian, text)


# The Thai solar calendar's Buddhist era: its year 2568 is 2025. Its years of the web (2400-2599, 1857-2056) are no
# Gregorian year a news page writes, so one beside Thai letters is read as the era's; so is one beside Lao letters (Laos
# counts its years in the same era: "໒໕ ມີນາ ໒໕໖໙" is 25 March 2026).
BUDDHIST_ERA_OFFSET = 543
_THAI_LETTER = re.compile(r"[\u0e01-\u0e2e\u0e81-\u0eae]")
_BUDDHIST_ERA_YEAR = re.compile(r"(?<!\d)(2[45]\d\d)(?!\d)")


def with_common_era_years(text: str) -> str:
    """A Thai date's Buddhist-era year as its Gregorian year: "12 มิ.ย. 2568 18:45 น." → "12 มิ.ย. 2025 18:45 น."."""
    if not _THAI_LETTER.search(text):
        return text
    return _BUDDHIST_ERA_YEAR.sub(lambda m: str(int(m.group(1)) - BUDDHIST_ERA_OFFSET), text)
