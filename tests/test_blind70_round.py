"""Session 38's fixes after blind70's first score (P 0.991 / R 0.981): each names a general pattern, in the role the
line has on a page (credit, byline, above, body, last), with a negative where the pattern could overreach. The lines
are written for the tests, not taken from a set.
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tests.role_records import AUTHOR, SOURCE, role_records


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # English newspaper-name words the outlet words lacked: a capitalised run closed by one is a paper
        ("body", "Water levels rose overnight, the Geelong Advertiser reported.", [(SOURCE, "Geelong Advertiser")]),
        ("body", "Two roads were shut, the Northern Echo reported.", [(SOURCE, "Northern Echo")]),
        ("body", "Water levels rose overnight, the advertiser said.", []),
        # an official body's head noun after "según informó" / "segons ha informat": cited, no source
        ("body", "El puente reabrirá el lunes, según informó la Gobernación de Oruro.", []),
        ("last", "El centre reobrirà dilluns, segons ha informat el Departament de Salut.", []),
        ("body", "Según informó la Intendencia de Salto, el puente reabre el lunes.", []),
        ("body", "Según informó el Departamento de Tránsito, hubo dos heridos.", []),
    ],
)
def test_citations(role: str, text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records(role, text) == expected


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # the contributor credit run into the last paragraph after a dash (the New Zealand and Australian papers')
        ("last", "The council meets in June. – Additional reporting by Aroha Parata", [(AUTHOR, "Aroha Parata")]),
        ("last", "The road reopens on Friday. — Reporting by Ana Lee", [(AUTHOR, "Ana Lee")]),
        # a bracket there stays unread (fresh.jsonl labels it no record), and a dash before a sentence is no credit
        ("last", "The vote was delayed. (Reporting by Ana Lee; Editing by Tom Hale)", []),
        ("last", "The vote was delayed. – Ana Lee said so.", []),
        # the writer's initials in capitals with a dot after each letter, in brackets closing the last paragraph or
        # alone with no space between them
        ("last", "O trânsito foi liberado no fim da tarde, em Londrina. (J.P.)", [(AUTHOR, "J.P.")]),
        ("last", "M.T.", [(AUTHOR, "M.T.")]),
        ("last", "P.S.", []),  # an editor's note
        ("last", "U.S.", []),  # an abbreviation
        ("last", "U.K.", []),
        ("last", "The talks resume in the spring. (N.B.)", []),
        # a Vietnamese signature over a bracketed "according to" and a known outlet
        ("last", "Thu Hà (theo Tuổi Trẻ)", [(AUTHOR, "Thu Hà"), (SOURCE, "Tuổi Trẻ")]),
        ("last", "Ngọc Mai (theo BBC)", [(AUTHOR, "Ngọc Mai"), (SOURCE, "BBC")]),
        ("last", "Hải Yến (theo Minh Anh)", []),  # a person after "theo": no outlet, no signature
    ],
)
def test_signatures(role: str, text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records(role, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a caseless given name and one of its script's commonest surnames alone in the byline block
        ("राजेश शर्मा", [(AUTHOR, "राजेश शर्मा")]),
        ("ಅನಿತಾ ಶೆಟ್ಟಿ", [(AUTHOR, "ಅನಿತಾ ಶೆಟ್ಟಿ")]),
        ("മീര നായർ", [(AUTHOR, "മീര നായർ")]),
        ("ලක්මාලි පෙරේරා", [(AUTHOR, "ලක්මාලි පෙරේරා")]),
        ("רונית כהן", [(AUTHOR, "רונית כהן")]),
        ("ሄለን በቀለ", [(AUTHOR, "ሄለን በቀለ")]),
        # a desk's or a section's two words end in no surname
        ("राष्ट्रीय समाचार", []),
        ("ಕ್ರೀಡಾ ಸುದ್ದಿ", []),
        ("സ്പോർട്സ് വാർത്ത", []),
        # three words are as often an office and its holder: the surname vouches for two only
        ("जिला प्रशासन शर्मा", []),
    ],
)
def test_caseless_names_above(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("above", text) == expected


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # the writer's credit for the outlet that ran the piece after the name (North American papers' byline): a
        # role tail, however long the outlet's name
        ("above", "Ann Lee / Special to the Harbour Gazette", [(AUTHOR, "Ann Lee")]),
        ("above", "Ann Lee | Special to The Globe and Mail", [(AUTHOR, "Ann Lee")]),
        ("last", "Ann Lee / Special to the Harbour Gazette", [(AUTHOR, "Ann Lee")]),
        ("above", "Special to the Harbour Gazette", []),  # the phrase alone names no one
        ("above", "Ann Lee, special to the paper", []),  # no outlet's name after it
    ],
)
def test_contributor_tails(role: str, text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records(role, text) == expected
