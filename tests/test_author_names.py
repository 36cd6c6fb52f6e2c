"""Author names: lists split, noise dropped, publishers dropped, one record per person."""

from __future__ import annotations

import pytest

from tasks.credits.name_checks import publisher_keys
from tasks.credits.names import clean_author_names
from tasks.lexicon.author_words import load_author_words


@pytest.mark.parametrize(
    ("raw", "language", "expected"),
    [
        ("Anna Lee, Tom Berg", "en", ["Anna Lee", "Tom Berg"]),
        ("Anna Lee & Tom Berg", "en", ["Anna Lee", "Tom Berg"]),
        ("Anna Schmidt und Peter Meier", "de", ["Anna Schmidt", "Peter Meier"]),
        ("Kari Nordmann og Ola Hansen", "no", ["Kari Nordmann", "Ola Hansen"]),
        ("Marie Dupont et Jean Martin", "fr", ["Marie Dupont", "Jean Martin"]),
        ("Ayşe Yılmaz ve Mehmet Demir", "tr", ["Ayşe Yılmaz", "Mehmet Demir"]),
        ("Иван Петров и Анна Смирнова", "ru", ["Иван Петров", "Анна Смирнова"]),
        ("홍길동, 김철수 기자", "ko", ["홍길동", "김철수"]),
        ("홍길동·김철수 기자", "ko", ["홍길동", "김철수"]),
        ("田中太郎記者", "ja", ["田中太郎"]),
    ],
)
def test_lists_are_split_into_one_name_per_person(raw: str, language: str, expected: list[str]) -> None:
    assert clean_author_names([raw], language) == expected


def test_a_surname_joined_by_y_is_one_name() -> None:
    assert clean_author_names(["José Ortega y Gasset"], "es") == ["José Ortega y Gasset"]


def test_and_words_of_an_unknown_language_are_all_tried() -> None:
    assert clean_author_names(["Anna Schmidt und Peter Meier"], None) == ["Anna Schmidt", "Peter Meier"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("By Anna Lee", ["Anna Lee"]),
        ("Von Anna Schmidt", ["Anna Schmidt"]),
        ("Автор: Иван Петров", ["Иван Петров"]),
        ("Anna Lee, Senior Correspondent", ["Anna Lee"]),
        ("Anna Lee (anna.lee@example.com)", ["Anna Lee"]),
        ("anna.lee@example.com", []),
        ("https://www.facebook.com/anna.lee", []),
        ("12345", []),
        ("Redaktion", []),
        ("Staff Writer", []),
        ("This is a long sentence that is certainly not the name of any person", []),
    ],
)
def test_prefixes_contacts_numbers_and_job_titles_are_dropped(raw: str, expected: list[str]) -> None:
    assert clean_author_names([raw]) == expected


@pytest.mark.parametrize(
    ("raw", "publishers"),
    [
        ("n-tv NACHRICHTEN", ["n-tv.de"]),
        ("STERN.de", ["stern.de"]),
        ("Deutsche Welle (www.dw.com)", ["DW", "dw.com"]),
        ("Example Times", ["Example Times"]),
        ("EXAMPLE TIMES Redaktion", ["example-times.com", "Example Times"]),
        ("東洋新報社", ["東洋新報デジタル"]),  # the company (社) of the digital edition (デジタル)
    ],
)
def test_the_publisher_or_site_is_not_an_author(raw: str, publishers: list[str]) -> None:
    assert clean_author_names([raw], "de", publishers) == []


def test_a_person_on_the_site_stays() -> None:
    assert clean_author_names(["Stern Müller"], "de", ["stern.de"]) == ["Stern Müller"]


def test_the_joined_string_is_never_kept_beside_the_names() -> None:
    assert clean_author_names(["Anna Lee, Tom Berg", "Anna Lee", "Tom Berg"]) == ["Anna Lee", "Tom Berg"]


def test_publisher_keys_include_the_domain_label() -> None:
    assert {"ntvde", "ntv"} <= publisher_keys(["https://www.n-tv.de"])


def test_and_words_cover_forty_languages() -> None:
    assert len(load_author_words().and_words) >= 40


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("STEVE PEOPLES, AP National Political Writer", ["STEVE PEOPLES"]),
        ("Ben Silverman, Games Editor", ["Ben Silverman"]),
        (
            "Martin Untersinger (avec Damien Leloup et Morgane Tual)",
            ["Martin Untersinger", "Damien Leloup", "Morgane Tual"],
        ),
        ("Jane Doe with John Roe", ["Jane Doe", "John Roe"]),
    ],
)
def test_beats_and_with_words(raw: str, expected: list[str]) -> None:
    assert clean_author_names([raw], "fr" if "avec" in raw else "en") == expected


def test_the_publisher_without_its_article_is_still_the_publisher() -> None:
    assert clean_author_names(["JERUSALEM POST STAFF"], "en", ["The Jerusalem Post", "jpost.com"]) == []


def test_a_desk_made_of_particles_and_newsroom_words_is_not_an_author() -> None:
    assert clean_author_names(["Por Rafael Lima e Beatriz Gomes, da Redação"], "pt") == ["Rafael Lima", "Beatriz Gomes"]
