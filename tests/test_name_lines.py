"""A line that is only a person's name: names in many scripts pass, section labels and menus do not."""

from __future__ import annotations

import pytest

from tasks.credits.name_lines import looks_like_name_line, without_contact
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.vocabulary import section_words


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Иван Петров", "ru"),
        ("Maria García", "es"),
        ("Jean-Luc Moreau", "fr"),
        ("Pieter van der Berg", "nl"),
        ("Sarah O'Neil", "en"),
        ("Anna K. Berger", "de"),
        ("Mehmet Yılmaz", "tr"),
        ("София Николова", "bg"),  # a city and a first name: not a section word
        ("Вера Сергеевна Полякова", "ru"),
        ("Олена Мороз", "uk"),
        ("Marko Kovačević", "hr"),
    ],
)
def test_names_of_two_to_four_words_pass(text: str, language: str) -> None:
    assert looks_like_name_line(text, load_gazetteer())


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("World News", "en"),  # a section label
        ("Politik Ausland", "de"),  # German capitalises nouns: the section vocabulary decides
        ("Son Dakika", "tr"),  # "breaking news"
        ("Sign In", "en"),  # a menu item
        ("Read More", "en"),  # a related-links heading
        ("BREAKING NEWS", "en"),  # all capitals
        ("Ivan", "ru"),  # one word
        ("Anna Berger, Jens Krüger und Tom Weiss", "de"),  # a list: more than four words and a comma
        ("Anna Berger.", "de"),  # sentence punctuation
        ("Moscow 2026", "en"),  # a number
        ("Senior Reporter", "en"),  # a job title
        ("Interfax Ukraine", "uk"),  # names an agency
        ("the new plan", "en"),  # lower case
    ],
)
def test_labels_menus_and_sentences_do_not(text: str, language: str) -> None:
    assert not looks_like_name_line(text, load_gazetteer())


def test_names_made_of_frequent_words_and_particles_still_pass() -> None:
    assert looks_like_name_line("Mikko Virtanen", load_gazetteer())  # in jusText's Finnish stoplist
    assert looks_like_name_line("José Luis de la Fuente", load_gazetteer())  # particles do not count
    assert not looks_like_name_line("Ultime Notizie", load_gazetteer())


def test_section_words_are_case_folded_data() -> None:
    words = section_words()
    assert {"news", "nachrichten", "новости", "notícias"} <= words
    assert all(w == w.casefold() for w in words)


@pytest.mark.parametrize(
    "text",
    ["Jonas Berg - jonas.berg@example.no", "Elena Rossi, e.rossi@example.it", "Петар Илић (petar@example.rs)"],
)
def test_an_e_mail_address_after_the_name_is_dropped(text: str) -> None:
    assert looks_like_name_line(text, load_gazetteer())
    assert without_contact(text) == text.split(" -")[0].split(",")[0].split(" (")[0]


def test_an_address_alone_is_no_name() -> None:
    assert not looks_like_name_line("Kontakt: redaktion@example.de", load_gazetteer())
