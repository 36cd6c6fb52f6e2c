"""Session 36's fixes after blind66's first score (P 1.000 / R 0.971): each names a general pattern, in the role the
line has on a page (credit, byline, above, body, last), with a negative where the pattern could overreach. The lines
are written for the tests, not taken from the set.
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tasks.lexicon.vietnamese import is_vietnamese_line
from tests.role_records import AGENCY, AUTHOR, SOURCE, role_records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Basque, Welsh and Swahili "source" before the outlet a story is taken from
        ("Iturria: Berria", [(SOURCE, "Berria")]),
        ("Ffynhonnell: BBC Cymru Fyw", [(SOURCE, "BBC Cymru Fyw")]),
        ("Chanzo: Mwananchi", [(SOURCE, "Mwananchi")]),
        # an outlet noun after the "and" of a list of outlets the text drew on, as after the phrase itself
        ("(Con información de EFE y del diario El Comercio)", [(AGENCY, "EFE"), (SOURCE, "El Comercio")]),
        ("Com informações da Reuters e do jornal O Globo", [(AGENCY, "Reuters"), (SOURCE, "O Globo")]),
        ("(Con información de EFE y el ministro Juan Pérez)", [(AGENCY, "EFE")]),  # a person after "and": no outlet
    ],
)
def test_last_lines(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("last", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iturria: Berria", [(SOURCE, "Berria")]),
        ("Iturria ez da ezaguna.", []),  # the noun in a sentence, no colon
    ],
)
def test_credits(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("credit", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Vietnamese writers joined by a dash whose letters French and Portuguese share (â, ù, à …): every word one
        # syllable of the national script
        ("Thu Hà - Minh Tùng", [(AUTHOR, "Thu Hà"), (AUTHOR, "Minh Tùng")]),
        ("Hoài Châu - Lan Anh", [(AUTHOR, "Hoài Châu"), (AUTHOR, "Lan Anh")]),
        ("Hélène Roy - Jean Dupré", []),  # French names: words of more than one syllable, a j
        ("Music - Movies", []),
    ],
)
def test_lines_above_the_text(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("above", text) == expected


def test_vietnamese_lines() -> None:
    assert is_vietnamese_line("Nguyễn Hà - Minh Quân")
    assert is_vietnamese_line("Thu Hà - Minh Tùng")
    assert not is_vietnamese_line("Top Ten - Hot Tin")  # no mark: English can spell these
    assert not is_vietnamese_line("São Paulo - Rio")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Marathi "according to the information given by" after an outlet and its noun, the postposition written
        # onto the noun ("channel-ERG"), not onto the name
        ("झी 24 तास वृत्तवाहिनीने दिलेल्या माहितीनुसार, शहरात पाणीकपात जाहीर करण्यात आली आहे.", [(SOURCE, "झी 24 तास")]),
        ("लोकमत वृत्तपत्राने दिलेल्या माहितीनुसार, शहरात पाणीकपात जाहीर करण्यात आली आहे.", [(SOURCE, "लोकमत")]),
        ("लोकमतच्या माहितीनुसार, शहरात पाणीकपात जाहीर करण्यात आली आहे.", [(SOURCE, "लोकमत")]),
        # officials say it most: a caseless name the gazetteer does not know is none
        ("महापालिकेने दिलेल्या माहितीनुसार, शहरात पाणीकपात जाहीर करण्यात आली आहे.", []),
    ],
)  # fmt: skip
def test_body_lines(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("body", text) == expected
