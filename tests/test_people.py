"""People and companies cited after "according to" are not sources; outlets are."""

from __future__ import annotations

import pytest

from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.citations import reporting_citations
from tasks.lexicon.people import is_person_or_company, surnames_in


def test_surnames_are_the_last_words_of_titled_names_and_both_ends_of_untitled_ones() -> None:
    text = "“We expect delays,” said Mark Smith, the project manager. Anna-Lena Berger agreed."
    # untitled full names give their given names too (session 28: "menurut Maria" after "Maria Seran")
    assert surnames_in([text]) == {"smith", "mark", "berger", "anna-lena"}
    assert surnames_in(["Minister Olaf Berg and Dr. Patel met on Monday."]) == {"berg", "patel"}


@pytest.mark.parametrize(
    "text",
    [
        "Menurut Tempo, rapat ditunda.",  # a reporting cue is no first name
        "The Washington Post reported it first.",  # article and outlet word
        "According to Acme Corp, sales fell.",  # a legal form
        "The Ministry of Finance said so.",  # an institution
    ],
)
def test_outlets_cues_and_companies_give_no_surnames(text: str) -> None:
    assert surnames_in([text]) == frozenset()


def _names(text: str, surnames: frozenset[str] = frozenset()) -> list[str]:
    return [c.name for c in reporting_citations(text, load_gazetteer(), lambda: surnames)]


@pytest.mark.parametrize(
    "text",
    [
        "According to Dr. Patel, the vaccine is safe.",  # a title in front: a person
        "Selon M. Dupont, le chantier prendra du retard.",
        "Laut Volkswagen AG wurden 300 Stellen gestrichen.",  # a legal form after the name
        "According to Acme Corp., shipments fell 12 percent.",
        "Según Iberdrola S.A., la factura bajará.",
        "По данным компании «Северсталь», выпуск вырос.",  # a company noun in front
        "Said Mark Smith, the manager: according to Smith, the bridge opens in May.",  # introduced before
    ],
)
def test_people_and_companies_are_not_sources(text: str) -> None:
    assert _names(text) == []


def test_a_surname_the_page_introduced_elsewhere_is_a_person_inflected_or_not() -> None:
    surnames = surnames_in(["Jan Kowalski z ministerstwa finansów nie chciał komentować."])
    assert _names("Według Kowalskiego projekt jest już gotowy.", surnames) == []
    assert _names("Według Onetu projekt jest już gotowy.", surnames) == ["Onetu"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("According to Politico, the vote was postponed.", "Politico"),
        ("Según El Mundo se aprobará el decreto el martes.", "El Mundo"),  # "se" is Spanish, not a legal form
        ("According to Reuters, talks resume.", "Reuters"),
    ],
)
def test_outlets_stay_sources(text: str, name: str) -> None:
    assert _names(text, frozenset({"smith"})) == [name]


def test_is_person_or_company_reads_the_words_around_the_name() -> None:
    text = "According to Dr. Patel, it is safe."
    start = text.index("Patel")
    assert is_person_or_company(text, start, start + len("Patel"))
    text = "According to Politico, it is safe."
    start = text.index("Politico")
    assert not is_person_or_company(text, start, start + len("Politico"))
