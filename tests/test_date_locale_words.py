"""The test before dateparser (tasks/lexicon/date_locale_words.py): a text with a run of letters no locale of the
language holds as a word is not asked of dateparser, which reads no date in it; every text it does read passes."""

from __future__ import annotations

from datetime import UTC, datetime

import dateparser
import pytest

import tasks.lexicon.date_parsers as date_parsers
from tasks.lexicon.date_locale_words import locale_may_read, locale_words
from tasks.lexicon.date_text import parse_date_text

NOW = datetime(2026, 12, 3, tzinfo=UTC)
SETTINGS = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"], "RELATIVE_BASE": datetime(2026, 12, 3)}

READ = [
    ("17 May 2024", "en"),
    ("January 2, 2008 7:33 AM ET", "en"),
    ("1:23 p.m. December 31, 2007", "en"),  # dateparser drops the dots of "p.m." before its words are split
    ("Sat, 29 Dec 2007 06:23:36 GMT", "en"),  # a time zone's name is no word of the locale, and is read
    ("3 hours ago", "en"),
    ("Â Tuesday, January 08", "en"),  # an accent dateparser strips
    ("vor 2 Stunden", "de"),
    ("12. März 2025", "de"),
    ("23 июня 2022, 21:13", "ru"),
    ("7 de marzo de 2025", "es"),
]
NOT_READ = [
    ("2 stars", "en"),
    ("Campaign 2008", "en"),
    ("Comments (1)", "en"),
    ("By Maria Rossi, 17 May 2024", "en"),  # a name is no word of a locale: the whole line is no date
    ("Seite 2 von 5 Kommentare", "de"),
]


@pytest.mark.parametrize(("text", "language"), READ)
def test_a_text_a_locale_reads_passes(text: str, language: str) -> None:
    assert dateparser.parse(text, languages=[language], settings=SETTINGS) is not None  # the premise
    assert locale_may_read(text, language)


@pytest.mark.parametrize(("text", "language"), NOT_READ)
def test_a_text_with_a_word_no_locale_knows_does_not(text: str, language: str) -> None:
    assert dateparser.parse(text, languages=[language], settings=SETTINGS) is None  # the premise
    assert not locale_may_read(text, language)


def test_no_test_where_a_locale_may_rewrite_unknown_letters() -> None:
    assert locale_words("zh") is None  # written without spaces: a word need not stand between non-letters
    assert locale_words("he") is None  # a simplification takes any letters after a prefix ("ו(\\w+)")
    assert locale_words("xx-unknown") is None  # dateparser raises on it, as it did before the test
    assert locale_may_read("2024年3月5日", "zh")


def test_a_refused_text_never_reaches_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    parser = date_parsers._date_parser

    def recording(*key: object) -> object:
        inner = parser(*key)

        class Recording:
            def get_date_data(self, text: str) -> object:
                asked.append(text)
                return inner.get_date_data(text)

        return Recording()

    monkeypatch.setattr(date_parsers, "_date_parser", recording)
    parse_date_text.cache_clear()
    assert parse_date_text("12 votes", NOW, "en") is None
    assert asked == []
    assert parse_date_text("12 March 2024", NOW, "en") == datetime(2024, 3, 12, tzinfo=UTC)
    assert asked == ["12 March 2024"]
    parse_date_text.cache_clear()
