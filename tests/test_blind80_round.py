"""Session 43's fixes after blind80's first score (P 0.995 / R 0.985): each names a general pattern, in the role the
line has on a page (credit, byline, above, body, first, last), with a negative where the pattern could overreach. The
lines are written for the tests, not taken from a set.
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tests.role_records import AUTHOR, SOURCE, role_records


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # a paper named for its town or country and the word "today", in the languages whose papers are so named
        ("body", "Lo scrive Ciociaria Oggi, secondo cui la strada resterà chiusa.", [(SOURCE, "Ciociaria Oggi")]),
        ("body", "Según informó Extremadura Hoy, el puente seguirá cerrado.", [(SOURCE, "Extremadura Hoy")]),
        ("body", "Kako piše Srbija Danas, most ostaje zatvoren.", [(SOURCE, "Srbija Danas")]),
        # two title-case words with no such word after the verb are a person's name, no outlet's, as before
        ("body", "Lo scrive Marco Rinaldi, secondo cui la strada resterà chiusa.", []),
    ],
)
def test_paper_named_today(role: str, text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records(role, text) == expected


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # the place the reporting subject is in, after "in", "at", "в", before the verb: no outlet
        ("body", "Local media in Ballarat reported that two schools had closed early.", []),
        ("body", "Police at Toowoomba reported that the highway had reopened.", []),
        ("body", "Местные СМИ в Бердянске сообщили, что мост закрыт.", []),
        # a known outlet after "in", or a name closed by an outlet's word, is the paper the story ran in
        ("body", "An article in Politico reported that the aid had been paused.", [(SOURCE, "Politico")]),
        ("body", "Reporters at Ballarat Courier reported that two schools had closed.", [(SOURCE, "Ballarat Courier")]),
    ],
)
def test_place_after_locative_before_reporting_verb(
    role: str, text: str, expected: list[tuple[AttributionKind, str | None]]
) -> None:
    assert role_records(role, text) == expected


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # the reporter and the town filed from after a slash, the town shaped as a place's name: a particle inside, or
        # a place's opening word ("San", "Puerto")
        ("above", "Lucía Mamani Quispe / Santa Ana del Yacuma", [(AUTHOR, "Lucía Mamani Quispe")]),
        ("above", "Héctor Arce Villca / Puerto Suárez", [(AUTHOR, "Héctor Arce Villca")]),
        ("byline", "Por Lucía Mamani Quispe / San José de Chiquitos", [(AUTHOR, "Lucía Mamani Quispe")]),
        # two title-case words with no place's shape after a slash are an outlet's wire line, as before
        ("above", "Sporting Life / Eurosport", []),
    ],
)
def test_name_slash_place_shaped_town(role: str, text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records(role, text) == expected


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # the writer's name and the town after a comma closing the text, in a script without case, with no dash
        ("last", "გიორგი მაისურაძე, ბათუმი", [(AUTHOR, "გიორგი მაისურაძე")]),
        ("last", "सुनील कुमार यादव, पटना", [(AUTHOR, "सुनील कुमार यादव")]),
        # the name alone, or a desk and its town, credit no one there
        ("last", "გიორგი მაისურაძე", []),
        ("last", "ప్రత్యేక ప్రతినిధి, విజయవాడ", []),
    ],
)
def test_caseless_name_and_town_closing_the_text(
    role: str, text: str, expected: list[tuple[AttributionKind, str | None]]
) -> None:
    assert role_records(role, text) == expected
