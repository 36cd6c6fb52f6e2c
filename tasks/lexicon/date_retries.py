"""Second readings of a date text dateparser could not read as written.

Two shapes of many languages that dateparser's locale data does not cover:
- a short word or two joining the date to its clock time: Serbian and Bulgarian "у"/"в", Macedonian "во", Swedish
  "kl.", Greek "στις" ("05. фебруар 2025. у 23:55"), the Maghreb's Arabic "على الساعة" ("at the hour": "9 أفريل 2026 على
  الساعة 23:50"); the day and the time read once the words are gone;
- a line giving the day in two calendars, the lunar Hijri one and the Gregorian one, Arabic pages' habit
  ("الأحد 16 رمضان 1446هـ - 16 مارس 2025م"), each year closed by its era's letter, or joined by a word saying the two
  are the same day ("… 1447هـ الموافق 12 أكتوبر 2025"): the Gregorian part is read alone;
- the words Khmer and Lao write before a date's day, month and year ("ថ្ងៃទី១៥ ខែមករា ឆ្នាំ២០២៦"), read past;
- a word linking the day to its month (Hausa "2 ga Yuni, 2025") or the Sorani Kurdish "ی" written onto the day
  ("١٢ی ئایاری ٢٠٢٦", the 12th of May: the month's own ی is month_cases.csv's), read without it;
- the ordinal indicator of a month's first day, "1º de março de 2011" (Portuguese, Spanish, Italian), read without it.
All are tried only after the text as written failed, so a date dateparser reads is never read differently.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from tasks.lexicon.date_vocabulary import date_cues
from tasks.lexicon.day_words import LETTER, LETTER_OR_MARK
from tasks.lexicon.year_first_dates import year_first_reading

# One or two words of one to six letters (a dot allowed) between a date and its clock time ("у 23:55", "kl. 23:55",
# "على الساعة 23:50"), or naming the part of the day (Sinhala "රාත්‍රී 11:35", "night"): a letter counts with the vowel
# signs and joiners written onto it, which `re`'s \w refuses, so an Indic or Sinhala word is as short as a Latin one.
_CLOCK_JOINER = regex.compile(
    r"(?<=[\d.,])(?:\s+(?:\p{L}[\p{M}\u200c\u200d]*){1,6}\.?){1,2}\s+(?=\d{1,2}[:.h]\d{2}(?!\d))"
)
# An Arabic era letter written onto a year: "2025م" (ميلادي, Gregorian), "1446هـ" / "1446 ه" (هجري, Hijri); Urdu's
# "۲۰۲۵ء" (the hamza of عیسوی, Gregorian) and "۱۴۴۷ھ" (the do-chashmi he of ہجری, Hijri), as Pakistani papers date.
_GREGORIAN_ERA_MARK = re.compile(r"(?<=\d)\s?[مء](?![\w])")
_HIJRI_YEAR = re.compile(r"(?<!\d)1[34]\d\d\s?(?:هـ?|ھ)(?![\w])")
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
    equivalent = gregorian_equivalent(text)  # the Gregorian-first line may write no era letter
    if equivalent is not None:
        retries.append(equivalent)
    parted = _date_parts().sub(" ", text)
    if parted != text:
        retries.append(" ".join(parted.split()))
    linked = _ORDINAL_YE.sub("", _day_links().sub(" ", text))
    if linked != text:
        retries.append(linked)
    first = _ORDINAL_INDICATOR.sub("", text)  # "1º de março de 2011": the ordinal of a month's first day
    if first != text:
        retries.append(first)
    return retries


# The ordinal indicator written onto a day's number, a dot before it or not: the Portuguese, Spanish, Galician and
# Italian first of the month ("1º de março de 2011", "1.º de maio", "1ª", "1º marzo 2011"), which dateparser does not
# read (it reads the degree sign Italian pages type for it, "1° marzo", and the French "1er").
_ORDINAL_INDICATOR = re.compile(r"(?<=\d)\.?[ºª](?=\s)")
# The Sorani "ی" written onto a day's number before the month ("١٢ی ئایار", digits read as ASCII by then or not).
_ORDINAL_YE = re.compile(r"(?<=\d)ی(?=\s)")


@lru_cache(maxsize=1)
def linked_days() -> re.Pattern[str]:
    """A day, the word linking it to its month (date_cues.csv day_link: the Hausa "2 ga Yuni"), then a word: opened
    by the digit, as the day patterns of tasks.lexicon.day_words (where a date closing a line starts)."""
    links = "|".join(re.escape(w) for w in date_cues("day_link"))
    return re.compile(rf"\d(?<![\d.:]\d)\d?\s+(?:{links})\s+({LETTER}{LETTER_OR_MARK}{{2,}})")


@lru_cache(maxsize=1)
def month_linked_days() -> re.Pattern[str]:
    """A day linked to its month by a word or by ordinal letters, then a word: the day links of `linked_days`, the
    month links of date_cues.csv (the Spanish, Portuguese and Catalan "de": "9 de octubre") and its day suffixes (the
    English "9th October", "9th of October", the French "1er mars"); read only to tell a date without its year
    ("Publicado el 9 de octubre por …", "Posted on 9th October by …"), a date closing a byline without them."""
    links = "|".join(re.escape(w) for w in (*date_cues("day_link"), *date_cues("month_link")))
    suffixes = "|".join(re.escape(w) for w in date_cues("day_suffix"))
    linked = rf"(?i:{suffixes})\s+(?:(?:{links})\s+)?|\s+(?:{links})\s+"
    return re.compile(rf"\d(?<![\d.:]\d)\d?(?:{linked})({LETTER}{LETTER_OR_MARK}{{2,}})")


@lru_cache(maxsize=1)
def _day_links() -> re.Pattern[str]:
    """A word between a day's number and its month's name ("2 ga Yuni"), date_cues.csv day_link."""
    words = "|".join(re.escape(w) for w in date_cues("day_link"))
    return re.compile(rf"(?<=\d)\s+(?:{words})\s+(?=[^\W\d_])")


def gregorian_equivalent(text: str) -> str | None:
    """The Gregorian date the word saying two dates are one day joins to another calendar's, its era letter off:
    after it ("… 1447هـ الموافق 12 أكتوبر 2025" → "12 أكتوبر 2025"), or before it, the other date then written with
    its year bare as often as with a letter (an Algerian paper's "الثلاثاء 14 أكتوبر 2025 الموافق لـ 22 ربيع الثاني
    1447", a Cambodian paper's lunar day "… ឆ្នាំ២០២៦ … ត្រូវនឹងថ្ងៃ ១២រោច ខែបុស្ស … ព.ស.២៥៦៩" → the part before);
    else None."""
    parts = _equivalent().split(text)
    if len(parts) < 2:
        return None
    first, last = parts[0], parts[-1]
    if _HIJRI_YEAR.search(first) and not _HIJRI_YEAR.search(last):
        return _GREGORIAN_ERA_MARK.sub("", last).strip() or None
    # Gregorian first: a Gregorian year (1900s, 2000s) before the word and none after it, where the other calendar's
    # year stands (a Hijri 1447, a Buddhist-era 2569) or none
    if _GREGORIAN_YEAR.search(first) and not _GREGORIAN_YEAR.search(last):
        return _GREGORIAN_ERA_MARK.sub("", first).strip() or None
    return None


# A Gregorian year, and another era's: a number of four digits of its own, which no Gregorian year a page dates is
# (the Malayalam era's 1201, the Bengali 1432, the Hijri 1447, a Buddhist-era 2569); digits read as ASCII by then.
_GREGORIAN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_OTHER_ERA_YEAR = re.compile(r"(?<!\d)(?!19|20)[12]\d{3}(?!\d)")
# A short bracketed aside after the date a line shows: "(1201 ധനു 25)", "（7時間前）", "(2 hours ago)".
ASIDE = re.compile(r"\s*[(（]([^()（）]{1,24})[)）]")


def is_other_era_aside(words: str, line: str) -> bool:
    """The words of a bracketed aside are the same day in another calendar, after a Gregorian date the line writes
    outside the brackets ("2026 ജനുവരി 9, വെള്ളി (1201 ധനു 25)": a Kerala paper's Malayalam-era date; "(২৬ পৌষ
    ১৪৩২)", the Bengali era's)."""
    if not _OTHER_ERA_YEAR.search(words) or _GREGORIAN_YEAR.search(words):
        return False
    return _GREGORIAN_YEAR.search(ASIDE.sub("", line)) is not None


def without_other_era_tail(text: str) -> str:
    """The text without the aside closing it when that is the same day in another calendar (`is_other_era_aside`):
    what stands before keeps its offsets."""
    last = _ASIDE_AT_END.search(text) if text.rstrip().endswith((")", "）")) else None
    return text[: last.start()] if last is not None and is_other_era_aside(last.group(1), text) else text


_ASIDE_AT_END = re.compile(ASIDE.pattern + r"\s*$")


def marked_date_tail(text: str) -> str | None:
    """The line from the first word that opens with a date part's name on ("ដោយ៖ សុខ វណ្ណា ថ្ងៃព្រហស្បតិ៍ ទី១៥ ខែមករា
    ឆ្នាំ២០២៦" → "ថ្ងៃព្រហស្បតិ៍ ទី១៥ …": a Khmer byline and its date), when a word before it is left; else None."""
    starts = (m.start() for m in _date_parts().finditer(text) if m.start() > 0 and text[m.start() - 1] == " ")
    start = next(starts, None)
    return text[start:] if start is not None else None


@lru_cache(maxsize=1)
def _equivalent() -> re.Pattern[str]:
    """The word joining a Hijri date to the Gregorian day it is ("الموافق": corresponding to), date_cues.csv."""
    words = "|".join(re.escape(w) for w in date_cues("equivalent"))
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)")


@lru_cache(maxsize=1)
def _date_parts() -> re.Pattern[str]:
    """The words naming a date's parts where Khmer and Lao glue them on ("ទី១៥", "ខែមករា"), date_cues.csv."""
    return re.compile("|".join(re.escape(w) for w in date_cues("date_part")))
