"""Month names dateparser does not read, put in the form it reads (month_cases.csv): a grammatical case (the Latvian
locative "martā" → "marts") or a country's own name of the month (CLDR's Moroccan "يوليوز", Algerian "جويلية",
Levantine "تموز" and "كانون الأول" → the Egyptian "يوليو", "ديسمبر" dateparser knows)."""

from __future__ import annotations

import re
from functools import lru_cache

from tasks.lexicon.date_vocabulary import month_case_forms


@lru_cache(maxsize=1)
def _month_forms_pattern() -> re.Pattern[str]:
    """The forms as whole words, longest first: two-word names ("كانون الأول") before one of their words, two-letter
    ones ("آب") too."""
    forms = sorted(month_case_forms(), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(f) for f in forms)})(?!\w)", re.IGNORECASE)


def month_as_dateparser_reads(text: str) -> str:
    """The text with each month name of month_cases.csv in the form dateparser reads ("7. martā" → "7. marts", "16
    يوليوز 2025" → "16 يوليو 2025")."""
    if not any(c.isalpha() for c in text):
        return text
    forms = month_case_forms()
    return _month_forms_pattern().sub(lambda m: forms.get(m.group(0).casefold(), m.group(0)), text)


@lru_cache(maxsize=1)
def month_form_words() -> frozenset[str]:
    """Every word of the forms, case-folded: both words of "كانون الأول" may stand in a date closing a line."""
    return frozenset(word for form in month_case_forms() for word in form.split())
