"""Session 32's fixes after blind58's first score (P 0.995 / R 0.934): each names a general pattern, in the role
the line has on a page (credit, byline, above, body, first, last), with a negative where the pattern could overreach.
The lines are written for the tests, not taken from the set.
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tests.role_records import AGENCY, AUTHOR, SOURCE, role_records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writers' beat after their comma: the place they cover (a lower-case "of" inside) and a job title
        ("By Ann Lee and Tom Hale, Isle of Man reporters", [(AUTHOR, "Ann Lee"), (AUTHOR, "Tom Hale")]),
        ("By Ann Lee and Tom Hale, West Midlands political correspondent", [(AUTHOR, "Ann Lee"), (AUTHOR, "Tom Hale")]),
        ("By the way, Isle of Man reporters", []),
        # the place a bracket's contributor filed from, closing the bracket
        ("Par Anne Roux et Paul Vidal (avec Marc Petit à Rodez)",
         [(AUTHOR, "Anne Roux"), (AUTHOR, "Paul Vidal"), (AUTHOR, "Marc Petit")]),
        ("By Ann Lee and Bob Ray (with Tom Fox in Leeds)",
         [(AUTHOR, "Ann Lee"), (AUTHOR, "Bob Ray"), (AUTHOR, "Tom Fox")]),
    ],
)  # fmt: skip
def test_bylines(text: str, expected: list[tuple[AttributionKind, str]]) -> None:
    assert role_records("byline", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer's dotted initials with a capital outside Latin-1 (Slovene, Czech, Polish)
        ("Š. K.", [(AUTHOR, "Š. K.")]),
        ("ž. k.", []),
        # a Chinese closing bracket: "this paper's reporter", a space, the name
        ("（本报记者 王磊）", [(AUTHOR, "王磊")]),
    ],
)
def test_closing_signatures(text: str, expected: list[tuple[AttributionKind, str]]) -> None:
    assert role_records("last", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the American wire dateline: the place in capitals, its island or country, an unknown code, the dash
        ("BASSETERRE, St Kitts (ABC) — The government on Monday announced new opening hours for the port.",
         [(AGENCY, "ABC")]),
        # a state's two letters, an official body's code: no agency
        ("RECIFE, Brasil (PE) — O governo anunciou na segunda-feira um novo horário para o porto da cidade.", []),
        ("GENEVA, Switzerland (NATO) — The alliance on Monday announced new opening hours for the port.", []),
    ],
)  # fmt: skip
def test_wire_datelines(text: str, expected: list[tuple[AttributionKind, str]]) -> None:
    assert role_records("first", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Estonian and Finnish "about this" opening the three-word sentence, the verb before the outlet
        ("Sellest kirjutas Õhtuleht.", [(SOURCE, "Õhtuleht")]),
        ("Asiasta uutisoi Iltalehti.", [(SOURCE, "Iltalehti")]),
        # the Maltese article written onto the outlet's name; onto an official body's, no source
        ("Skont il-Malta Independent, il-baġit se jitħabbar f'Ottubru.", [(SOURCE, "Malta Independent")]),
        ("Skont il-Pulizija, il-baġit se jitħabbar f'Ottubru.", []),
        # an official's title, maybe an adjective, and the place it serves: no source
        ("El gobernador de Sonora informó que las clases se suspenden el lunes.", []),
        ("El fiscal general de Sonora informó que las clases se suspenden el lunes.", []),
        ("Le maire de Millau a indiqué que la piscine restera fermée.", []),
        ("Según publicó El Diario de Sonora, las clases se suspenden el lunes.", [(SOURCE, "El Diario de Sonora")]),
        # an official's word inside a name an outlet's word closes: the outlet's (review, session 32)
        ("The deficit will widen, according to The Fiscal Times.", [(SOURCE, "The Fiscal Times")]),
        ("Según informó El Alcalde Times, las clases se suspenden el lunes.", [(SOURCE, "El Alcalde Times")]),
    ],
)
def test_in_body_sources(text: str, expected: list[tuple[AttributionKind, str]]) -> None:
    assert role_records("body", text) == expected
