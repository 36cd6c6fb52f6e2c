"""Second readings of a date text dateparser could not read as written.

Two shapes of many languages that dateparser's locale data does not cover:
- a short word or two joining the date to its clock time: Serbian and Bulgarian "у"/"в", Macedonian "во", Swedish
  "kl.", Greek "στις" ("05. фебруар 2025. у 23:55"), the Maghreb's Arabic "على الساعة" ("at the hour": "9 أفريل 2026 على
  الساعة 23:50"); the day and the time read once the words are gone;
- a line giving the day in two calendars, the lunar Hijri one and the Gregorian one, Arabic pages' habit
  ("الأحد 16 رمضان 1446هـ - 16 مارس 2025م"), each year closed by its era's letter: the Gregorian part is read alone.
Both are tried only after the text as written failed, so a date dateparser reads is never read differently.
"""

from __future__ import annotations

import re

from tasks.lexicon.year_first_dates import year_first_reading

# One or two words of one to six letters (a dot allowed) between a date and its clock time ("у 23:55", "kl. 23:55",
# "على الساعة 23:50").
_CLOCK_JOINER = re.compile(r"(?<=[\d.,])(?:\s+[^\W\d_]{1,6}\.?){1,2}\s+(?=\d{1,2}[:.h]\d{2}(?!\d))")
# An Arabic era letter written onto a year: "2025م" (ميلادي, Gregorian), "1446هـ" / "1446 ه" (هجري, Hijri).
_GREGORIAN_ERA_MARK = re.compile(r"(?<=\d)\s?م(?![\w])")
_HIJRI_YEAR = re.compile(r"(?<!\d)1[34]\d\d\s?هـ?(?![\w])")
# The separators between a line's two calendars.
_CALENDAR_SEPARATOR = re.compile(r"\s[-–—|/]\s")


def date_text_retries(text: str) -> list[str]:
    """Other readings of a date text to try, most specific first; [] when it has none of the two shapes."""
    retries: list[str] = []
    year_first = year_first_reading(text)  # "2026 оны 4 сарын 9": Mongolian, Kazakh
    if year_first is not None:
        retries.append(year_first)
    joined = _CLOCK_JOINER.sub(" ", text)
    if joined != text:
        retries.append(joined)
    if _HIJRI_YEAR.search(text) or _GREGORIAN_ERA_MARK.search(text):
        for part in _CALENDAR_SEPARATOR.split(text):
            if not _HIJRI_YEAR.search(part) and _GREGORIAN_ERA_MARK.search(part):
                retries.append(_GREGORIAN_ERA_MARK.sub("", part).strip())
    return retries
