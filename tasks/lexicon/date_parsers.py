"""dateparser, asked as little as it can be: one parser per language and clock, the article's locale first, then
English, and not at all where no locale of the language could read the text (:mod:`tasks.lexicon.date_text` asks)."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Any

from dateparser import DateDataParser

from tasks.lexicon.date_locale_words import locale_may_read

_SETTINGS: dict[str, Any] = {
    # No TIMEZONE: dateparser would convert a time with its zone to it ("11:48 PM PDT, August 14" became August 15
    # in UTC). A zoned time keeps its zone, so its day stays the day the page shows; a bare one is taken as UTC below.
    "PREFER_DATES_FROM": "past",
    "REQUIRE_PARTS": ["day", "month"],
}


def _language_tries(language: str | None) -> list[list[str] | None]:
    """Locales to try: the article's, then English (dates in many sites' templates).

    Letting dateparser guess among all its locales costs ~0.2 s a line, so it is the last resort,
    only for pages whose language is unknown.
    """
    if language is None:
        return [None]
    return [[language], ["en"]] if language != "en" else [["en"]]


@lru_cache(maxsize=64)
def _date_parser(languages: tuple[str, ...] | None, relative_base: datetime, order: str) -> DateDataParser:
    """One parser per language and clock (and day order), as `dateparser.parse` builds one per call: building its
    settings was 8 % of dateparser's time. A parser keeps no state between texts (no previous locales are tried)."""
    settings: dict[str, Any] = {**_SETTINGS, "RELATIVE_BASE": relative_base}
    if order:
        settings["DATE_ORDER"] = order
    return DateDataParser(languages=list(languages) if languages else None, settings=settings)


def read_with_dateparser(text: str, language: str | None, relative_base: datetime, order: str) -> datetime | None:
    """The date dateparser reads in the text, in the article's locale, then English; None if none reads one."""
    tries = _language_tries(language)
    for languages in tries:
        if languages is not None and not locale_may_read(text, languages[0]):
            continue  # a word no locale of the language knows: dateparser would return None
        try:
            parser = _date_parser(tuple(languages) if languages else None, relative_base, order)
            parsed: datetime | None = parser.get_date_data(text)["date_obj"]
        except ValueError:  # a language dateparser does not know: let it detect one
            parsed = None
            tries.append(None)
        if parsed is not None:
            return parsed
    return None
