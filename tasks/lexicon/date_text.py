"""Read a short date text ("23 июня 2022, 21:13", "vor 2 Stunden") in the article's language.

The language-level part of finding dates: the text segmenter uses it to tell datelines from
headlines, and tasks.credits.dates to date the article.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import dateparser

# A page may be stamped a little after the run's clock (time zones, clock skew), not more.
FUTURE_TOLERANCE = timedelta(days=1)
_NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4}年|\d{4}-\d{2}-\d{2}")
_NUMBER_OR_TIME = re.compile(r"^[\d\s:.,/-]*$")
_WORD = re.compile(r"[^\W\d_]{2,}")
_SETTINGS: dict[str, Any] = {
    "RETURN_AS_TIMEZONE_AWARE": True,
    "TIMEZONE": "UTC",
    "TO_TIMEZONE": "UTC",
    "PREFER_DATES_FROM": "past",
    "REQUIRE_PARTS": ["day", "month"],
}


def looks_like_date_text(text: str) -> bool:
    """A date written with a day and a month: digits alone ("1084", "21:13") are not enough."""
    if _NUMERIC_DATE.search(text):
        return True
    return not _NUMBER_OR_TIME.match(text) and bool(_WORD.search(text)) and any(c.isdigit() for c in text)


def _language_tries(language: str | None) -> list[list[str] | None]:
    """Locales to try: the article's, then English (dates in many sites' templates).

    Letting dateparser guess among all its locales costs ~0.2 s a line, so it is the last resort,
    only for pages whose language is unknown.
    """
    if language is None:
        return [None]
    return [[language], ["en"]] if language != "en" else [["en"]]


def parse_date_text(text: str, now: datetime, language: str | None) -> datetime | None:
    """The moment a short date text names, read by dateparser; None if it names none or a future one."""
    if not looks_like_date_text(text):
        return None
    settings = {**_SETTINGS, "RELATIVE_BASE": now.astimezone(UTC).replace(tzinfo=None)}
    parsed: datetime | None = None
    tries = _language_tries(language)
    for languages in tries:
        try:
            parsed = dateparser.parse(text, languages=languages, settings=settings)
        except ValueError:  # a language dateparser does not know: let it detect one
            parsed = None
            tries.append(None)
        if parsed is not None:
            break
    if parsed is None or parsed > now + FUTURE_TOLERANCE:
        return None
    return parsed.astimezone(UTC)
