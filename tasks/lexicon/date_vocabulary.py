"""Reviewed date vocabularies, read from ``tasks/lexicon/data/*.csv`` as :mod:`tasks.lexicon.vocabulary` reads the
others: month names and their case forms (``month_names.csv``, ``month_cases.csv``), weekday names
(``weekday_names.csv``), and the labels and clock words around a date (``date_cues.csv``).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from tasks.lexicon.vocabulary import by_length, read_rows, split_cell


@lru_cache(maxsize=1)
def month_names() -> frozenset[str]:
    """Month names and their abbreviations of 3+ letters, every language, case-folded (month_names.csv:
    generated from dateparser's CLDR locale data; the languages of comment_headings.csv with spaced scripts)."""
    names = {w for row in read_rows("month_names.csv") for w in split_cell(row["names"])}
    # in Unicode's composed form too: NFC writes Bengali "য়" (U+09DF, a composition exclusion) as "য" and its nukta,
    # as pages do ("ফেব্রুয়ারি"), where CLDR's list holds the one character
    names |= {unicodedata.normalize("NFC", w) for w in names}
    # the first word of a two-word name ("كانون الأول", the Levantine December): the checks look at one word at a time
    return frozenset(names | {form.split()[0] for form in month_case_forms()})


@lru_cache(maxsize=1)
def month_case_forms() -> dict[str, str]:
    """A month's name in a grammatical case dateparser does not read → its name as dateparser reads it, case-folded
    (month_cases.csv: the Latvian locative "martā" → "marts")."""
    return {form: row["month"].casefold() for row in read_rows("month_cases.csv") for form in split_cell(row["forms"])}


@lru_cache(maxsize=8)
def date_cues(kind: str) -> tuple[str, ...]:
    """Date labels of one kind of date_cues.csv ("published", "updated", "later_update"), case-folded, longest
    first (so that "last updated" is tried before "updated")."""
    rows = [row for row in read_rows("date_cues.csv") if row["kind"] == kind]
    return by_length({w for row in rows for w in split_cell(row["words"])})


@lru_cache(maxsize=1)
def date_labels() -> frozenset[str]:
    """The one-word published and updated labels of date_cues.csv ("Julkaistu", "Frissítve")."""
    return frozenset(w for kind in ("published", "updated") for w in date_cues(kind) if " " not in w)


@lru_cache(maxsize=1)
def date_lead_words() -> frozenset[str]:
    """Weekday names of 3+ letters (weekday_names.csv, from dateparser's CLDR data) and the labels a page writes
    before a date (date_cues.csv: "Published", "erstellt"), case-folded: what stands between a byline and its
    date."""
    weekdays = {w for row in read_rows("weekday_names.csv") for w in split_cell(row["names"])}
    labels = {w for row in read_rows("date_cues.csv") if row["kind"] == "lead" for w in split_cell(row["words"])}
    return frozenset(weekdays | labels)


@lru_cache(maxsize=1)
def clock_words() -> frozenset[str]:
    """Words a date's tail may hold besides month names ("Uhr", "pm", "alle ore"): date_cues.csv, kind clock."""
    return frozenset(
        w for row in read_rows("date_cues.csv") if row["kind"] == "clock" for w in split_cell(row["words"])
    )
