"""Session 44's study of the real pages' attributions (issue 13, helper s44-realcite): the story's closing note naming
the wires and outlets it drew on, in every language's shape. What stayed: a source line's names joined by any
language's "and" ("Quelle: dpa und AFP", "Источник: ТАСС и РИА Новости", "Sources: Reuters, AFP and AP") give one
record each, never the joined string; a German wire written in lower case ("dpa", "epd") is one of a cited list ("Mit
Material von dpa und AFP"); the "with information from" note in brackets ("(Con información de EFE)"); the "with"
sign-off naming several wires ("Avec AFP et Reuters", "(Mit dpa und AFP)"); the Indian papers' "(With inputs from
PTI)". The lines are written for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.credits.credit_records import credit_line_attributions
from tasks.credits.wire_brackets import wire_with_line
from tasks.lexicon.agencies import load_gazetteer
from tasks.text.segment import segment_text
from tests.test_realcite41_round import _PARAGRAPHS  # the same invented council story


def _page(closing: str) -> str:
    lines = ["The Riverside Courier", "Home", "News", "Sport", "The old bridge will close", *_PARAGRAPHS, closing]
    return "\n\n".join([*lines, "Privacy policy"]) + "\n"


def _records(closing: str) -> list[tuple[str, str | None]]:
    return sorted((f.kind.value, f.name) for f in extract_attributions(segment_text(_page(closing))))


@pytest.mark.parametrize(
    ("line", "sources"),
    [("Quelle: dpa und AFP", ["AFP", "dpa"]),
     ("Источник: ТАСС и РИА Новости", ["РИА Новости", "ТАСС"]),
     ("Sources: Reuters, AFP and AP", ["AFP", "AP", "Reuters"]),
     ("Kaynak: AA ve DHA", ["AA", "DHA"]),
     ("Fuente: EFE y Europa Press", ["EFE", "Europa Press"]),
     ("Sources : AFP et Reuters", ["AFP", "Reuters"])],
)  # fmt: skip
def test_a_source_line_listing_its_sources_with_any_languages_and_gives_one_record_each(
    line: str, sources: list[str]
) -> None:
    assert _records(line) == [("source", name) for name in sources]


@pytest.mark.parametrize(
    ("line", "name"),
    [("Source: Ernst and Young", "Ernst and Young"),  # a firm's name holding "and": no side is a known source
     ("Source: World Travel and Tourism Council", "World Travel and Tourism Council")],
)  # fmt: skip
def test_a_source_whose_own_name_holds_and_stays_whole(line: str, name: str) -> None:
    found = credit_line_attributions(line, 3, load_gazetteer())
    assert [f.name for f in found] == [name]


@pytest.mark.parametrize(
    ("line", "agencies"),
    [("Mit Material von dpa und AFP", ["AFP", "dpa"]),
     ("(mit Material der dpa und epd)", ["dpa", "epd"]),
     ("Mit Material von dpa, AFP und Reuters", ["AFP", "Reuters", "dpa"])],
)  # fmt: skip
def test_the_german_wires_lower_case_name_is_one_of_the_list_a_closing_note_draws_on(
    line: str, agencies: list[str]
) -> None:
    assert _records(line) == [("agency", name) for name in agencies]


@pytest.mark.parametrize(
    ("line", "agency"),
    [("(Con información de EFE)", "EFE"), ("(Mit Material von dpa)", "dpa"),
     ("(With information from Reuters)", "Reuters")],
)  # fmt: skip
def test_the_with_information_from_note_in_brackets_names_its_wire(line: str, agency: str) -> None:
    assert _records(line) == [("agency", agency)]


@pytest.mark.parametrize(
    ("line", "agencies"),
    [("Avec AFP et Reuters", ["AFP", "Reuters"]),
     ("(Mit dpa und AFP)", ["AFP", "dpa"]),
     ("Con EFE y Europa Press", ["EFE", "Europa Press"]),
     ("With AAP and Reuters", ["AAP", "Reuters"])],
)  # fmt: skip
def test_a_with_sign_off_under_the_text_naming_several_wires_names_each(line: str, agencies: list[str]) -> None:
    assert _records(line) == [("agency", name) for name in agencies]


@pytest.mark.parametrize("line", ["Avec AFP et nos correspondants", "With love and thanks to Ann Lee", "Mit Anna Berg"])
def test_a_with_line_naming_anything_but_known_wires_names_no_wire(line: str) -> None:
    assert wire_with_line(line, 3, load_gazetteer()) == []


@pytest.mark.parametrize(
    ("line", "agencies"),
    [("(With inputs from PTI)", ["PTI"]), ("With inputs from PTI and ANI", ["ANI", "PTI"]),
     ("(With inputs from IANS)", ["IANS"])],
)  # fmt: skip
def test_the_indian_papers_with_inputs_from_names_the_wires_drawn_on(line: str, agencies: list[str]) -> None:
    assert _records(line) == [("agency", name) for name in agencies]


def test_inputs_from_people_in_a_sentence_cite_no_one() -> None:
    assert _records("The plan was drawn up with inputs from Ann Lee and Tom Roe of the planning office.") == []
