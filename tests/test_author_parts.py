"""A byline's parts that name no person: an outlet and its section, a beat left before a job title (session 16, real
pages). Lines written for the tests."""

from __future__ import annotations

import pytest

from tasks.credits.author_parts import is_outlet_section
from tasks.credits.credit_records import credit_line_attributions
from tasks.lexicon.agencies import load_gazetteer


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Jill Doe, CNN Business", ["Jill Doe"]),  # the publisher and its section
        ("By Mike Hill Business Columnist", ["Mike Hill"]),  # the beat goes with the title
        ("By Ana Lee White House Correspondent", ["Ana Lee"]),
        ("By Ana Lee and Ben Ford, USA TODAY", ["Ana Lee", "Ben Ford"]),
        ("By Ana Lee, Associated Press", ["Ana Lee", "Associated Press"]),  # an agency stays
        ("By Ana Washington", ["Ana Washington"]),  # a surname that is also a beat, no title after it
        ("By Mary Anne White", ["Mary Anne White"]),
    ],
)
def test_byline_parts_that_name_no_person_are_dropped(text: str, names: list[str]) -> None:
    assert [f.name for f in credit_line_attributions(text, 1, load_gazetteer())] == names


def test_outlet_sections() -> None:
    assert is_outlet_section("CNN Business")
    assert is_outlet_section("BBC")
    assert not is_outlet_section("Jill Doe")


@pytest.mark.parametrize("text", ["SOURCE: News agencies", "Источник: информационные агентства", "Fuente: agencias"])
def test_a_source_line_naming_a_generic_phrase_is_no_record(text: str) -> None:
    assert credit_line_attributions(text, 1, load_gazetteer()) == []


def test_a_nameless_photo_credit_is_still_a_record() -> None:
    assert [(f.kind.value, f.name) for f in credit_line_attributions("Photo: archive", 1, load_gazetteer())] == [
        ("photo", None)
    ]
