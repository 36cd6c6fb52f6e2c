"""Publication dates: date lines near the headline in several languages, never a teaser's date or a counter."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tasks.credits.date_lines import date_of_line
from tasks.credits.dates import find_published_date, published_from_meta
from tasks.lexicon.date_text import has_month_date, looks_like_date_text, may_hold_a_date, parse_date_text
from tasks.text.segment import segment_text
from tests.test_attribution import BG_FILLER, DE_FILLER, EN_FILLER, RU_FILLER

NOW = datetime(2024, 3, 15, 12, 0, tzinfo=UTC)


def _page(blocks: list[str]) -> str:
    return "\n\n".join(blocks) + "\n"


@pytest.mark.parametrize(
    ("blocks", "expected", "line_text"),
    [
        (
            ["23 июня 2022, 21:13", "Правительство утвердило программу поддержки бизнеса", *RU_FILLER],
            datetime(2022, 6, 23, 21, 13, tzinfo=UTC),
            "23 июня 2022, 21:13",
        ),
        (
            ["15.03.2024 | 10:42", "Парламентът ще гласува бюджета", *BG_FILLER],
            datetime(2024, 3, 15, 10, 42, tzinfo=UTC),
            "15.03.2024 | 10:42",
        ),
        (
            ["Regierung will Stromsteuer senken", "vor 2 Stunden", *DE_FILLER],
            datetime(2024, 3, 15, 10, 0, tzinfo=UTC),
            "vor 2 Stunden",
        ),
        (
            ["Government to raise minimum wage", "Published: March 3, 2024 | Updated: March 4, 2024", *EN_FILLER],
            datetime(2024, 3, 3, tzinfo=UTC),
            "Published: March 3, 2024 | Updated: March 4, 2024",
        ),
    ],
)
def test_date_line_near_the_title(blocks: list[str], expected: datetime, line_text: str) -> None:
    seg = segment_text(_page(blocks))
    found = find_published_date(seg, NOW)
    assert found is not None
    assert found.when == expected
    line = next(ll.line.number for ll in seg.lines if ll.line.text == line_text)
    assert found.source == f"line {line}: {line_text}"


def test_offset_shown_on_the_page_is_kept() -> None:
    assert parse_date_text("2024-03-01T10:00:00+03:00", NOW, None) == datetime(2024, 3, 1, 7, 0, tzinfo=UTC)


def test_page_without_a_date_line_has_no_date() -> None:
    seg = segment_text(_page(["Government to raise minimum wage", *EN_FILLER]))
    assert find_published_date(seg, NOW) is None


def test_counter_under_the_title_is_not_a_date() -> None:
    seg = segment_text(_page(["Правительство утвердило программу поддержки бизнеса", "1084", *RU_FILLER]))
    assert find_published_date(seg, NOW) is None


def test_dates_of_teasers_in_a_link_list_are_not_the_article_date() -> None:
    teasers = [
        "Популярное",
        "12 марта 2024 Новый закон принят в третьем чтении",
        "11 марта 2024 Депутаты обсудили бюджет",
    ]
    seg = segment_text(_page([*teasers, "Правительство утвердило программу поддержки бизнеса", *RU_FILLER]))
    assert find_published_date(seg, NOW) is None


def test_date_far_below_the_title_is_not_the_article_date() -> None:
    blocks = ["Government to raise minimum wage", *EN_FILLER, *EN_FILLER[:1], "March 3, 2024"]
    assert find_published_date(segment_text(_page(blocks)), NOW) is None


@pytest.mark.parametrize("text", ["1084", "21:13", "2024", "Срещата има за цел", ""])
def test_numbers_times_and_words_alone_are_not_dates(text: str) -> None:
    assert parse_date_text(text, NOW, "ru") is None


def test_future_date_is_refused() -> None:
    assert parse_date_text("15.03.2030", NOW, "ru") is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("3 март 2024", "bg", datetime(2024, 3, 3, tzinfo=UTC)),
        ("5 Mart 2024", "tr", datetime(2024, 3, 5, tzinfo=UTC)),
        ("2024年3月5日", "zh", datetime(2024, 3, 5, tzinfo=UTC)),
        ("вчера, 12:30", "ru", datetime(2024, 3, 14, 12, 30, tzinfo=UTC)),
        ("2 hours ago", "en", datetime(2024, 3, 15, 10, 0, tzinfo=UTC)),
        ("12 mars 2024", "xx", datetime(2024, 3, 12, tzinfo=UTC)),  # unknown language code: detected
    ],
)
def test_dates_in_several_languages(text: str, language: str, expected: datetime) -> None:
    assert parse_date_text(text, NOW, language) == expected


def test_looks_like_date_text() -> None:
    assert looks_like_date_text("15.03.2024")
    assert looks_like_date_text("vor 2 Stunden")
    assert not looks_like_date_text("1084")
    assert not looks_like_date_text("10:42")


@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        ("erstellt: 01. März 2024, 15:25", "de", datetime(2024, 3, 1, 15, 25, tzinfo=UTC)),
        ("Publicado el 4 de marzo de 2024", "es", datetime(2024, 3, 4, tzinfo=UTC)),
        ("입력 2024.03.04 10:20", "ko", datetime(2024, 3, 4, 10, 20, tzinfo=UTC)),
        ("2024年03月04日 10:20　来源：日报", "zh", datetime(2024, 3, 4, 10, 20, tzinfo=UTC)),
        ("03/03/2024 09h00", "pt", datetime(2024, 3, 3, 9, 0, tzinfo=UTC)),
    ],
)
def test_date_line_behind_any_cue_or_before_a_credit(line: str, language: str, expected: datetime) -> None:
    assert date_of_line(line, NOW, language) == (expected, False)


def test_a_year_the_text_writes_is_never_replaced() -> None:
    assert parse_date_text("03/03/2023 9h00", NOW, "pt") == datetime(2023, 3, 3, 9, 0, tzinfo=UTC)
    assert parse_date_text("31.02.2023", NOW, "de") is None


@pytest.mark.parametrize(
    ("value", "language", "day"),
    [
        ("2025-04-01 15:25:00", None, "2025-04-01"),
        ("2025-04-01T15:25:00", None, "2025-04-01"),
        ("2025-04-01T15:25:00+0200", None, "2025-04-01"),
        ("Tue, 01 Apr 2025 15:25:00 +0200", None, "2025-04-01"),
        ("01.04.2025 15:25", "de", "2025-04-01"),
        ("2025/04/01", None, "2025-04-01"),
    ],
)
def test_declared_dates_are_read_leniently(value: str, language: str | None, day: str) -> None:
    found = published_from_meta(value, language=language)
    assert found is not None and found.when.date().isoformat() == day


@pytest.mark.parametrize("value", ["", "2025", "12345", "tomorrow-ish", "0"])
def test_declared_values_that_are_not_dates_give_none(value: str) -> None:
    assert published_from_meta(value) is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("01/04/2024", "en", None),  # US or UK? Not read rather than maybe wrong
        ("01/04/2024", None, None),
        ("01.04.2023", "en", datetime(2023, 4, 1, tzinfo=UTC)),  # dots: day first
        ("01/04/2023", "fr", datetime(2023, 4, 1, tzinfo=UTC)),
        ("13/04/2023", "en", datetime(2023, 4, 13, tzinfo=UTC)),  # only one reading
    ],
)
def test_ambiguous_numeric_dates_are_read_by_the_language_or_not_at_all(
    text: str, language: str | None, expected: datetime | None
) -> None:
    assert parse_date_text(text, NOW, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("by anna on Tuesday July 24, @09:07AM", True), ("24 июля в 10:00", True), ("am 24. Juli", True),
     ("Posted 3 March", True), ("14 Ocak 2024", True), ("Sept. 5", True), ("12 грудня", True), ("5 mars", True),
     ("Kumar 3 wins the final", False), ("24 Mayfair Street", False), ("may 10:30", False), ("no digits here", False),
     ("Page 3 of 12", False), ("", False)],
)  # fmt: skip
def test_a_day_next_to_a_month_name_is_a_date(text: str, expected: bool) -> None:
    assert has_month_date(text) is expected


@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        # A web page's spans joined into one line: the published date, then the update.
        (
            "erstellt: 01. April 2025, 15:25 aktualisiert: 02. April 2025, 09:10",
            "de",
            datetime(2025, 4, 1, 15, 25, tzinfo=UTC),
        ),
        (
            "Publié le 3 mars 2025 à 08h12, modifié le 4 mars 2025 à 10h05",
            "fr",
            datetime(2025, 3, 3, 8, 12, tzinfo=UTC),
        ),
        # A byline and the date beside it.
        ("Von Lena Hoffmann und Felix Braun, dpa 06.01.2026", "de", datetime(2026, 1, 6, tzinfo=UTC)),
    ],
)
def test_two_dates_or_a_byline_on_one_date_line(line: str, language: str, expected: datetime) -> None:
    found = date_of_line(line, datetime(2026, 12, 1, tzinfo=UTC), language)
    assert found == (expected, False)


def test_a_sentence_with_a_date_is_no_date_line() -> None:
    line = "Der Minister sagte am 3. März 2025 in Berlin, es werde keine Änderung geben"
    assert date_of_line(line, datetime(2026, 12, 1, tzinfo=UTC), "de") is None


def test_a_cheap_look_before_dateparser_keeps_dates_and_drops_counters() -> None:
    assert may_hold_a_date("14.3.2025 13:02") and may_hold_a_date("March 2, 2025") and may_hold_a_date("24 июля")
    assert not may_hold_a_date("14 comments") and not may_hold_a_date("Share") and not may_hold_a_date("3 / 10")
