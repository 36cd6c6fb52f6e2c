"""Session 24's attribution fixes after the first score of dumps_ml35's page attributions (0.782 found / 0.785
precision): each names a general shape of news pages' credits, with a negative where the shape could overreach. A
source line naming its sources parted by slashes gives one record each; the French papers' abbreviated picture cue
"Ph."; a caption's picture "from the family archive" and the Japanese writer's own picture name no one. (The examples
are invented, not the set's lines.)
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tests.role_records import AGENCY, AUTHOR, PHOTO, SOURCE, role_records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fuente: INDEC / Télam", [(SOURCE, "INDEC"), (SOURCE, "Télam")]),
        ("Quelle: dpa/Reuters", [(SOURCE, "dpa"), (SOURCE, "Reuters")]),
        # a part in lower case is the paper's own working, no one's name
        ("Fuente: INE / elaboración propia", [(SOURCE, "INE")]),
        # an address with a path stays one name
        ("Source: www.harborledger.com/news", [(SOURCE, "www.harborledger.com")]),
        ("Izvor: Hina", [(SOURCE, "Hina")]),
    ],
)
def test_a_source_line_parted_by_slashes_names_each_source(
    text: str, expected: list[tuple[AttributionKind, str | None]]
) -> None:
    assert role_records("credit", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les élèves à la cérémonie de remise des prix. (Ph. Sidwaya)", [(PHOTO, "Sidwaya")]),
        ("Le ministre lors de sa visite au marché. (Ph. Salif Koné)", [(PHOTO, "Salif Koné")]),
        ("Les étudiants en Ph.D. ont manifesté devant le rectorat.", []),
    ],
)
def test_the_abbreviated_french_picture_cue(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("credit", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il nonno Bruno in una foto del 1962 (foto archivio di famiglia)", [(PHOTO, None)]),
        ("La abuela Carmen en su boda (foto archivo familiar)", [(PHOTO, None)]),
        ("新しい工房の入り口（写真：筆者撮影）", [(PHOTO, None)]),
        ("Il nonno Bruno in una foto del 1962 (foto Ansa)", [(PHOTO, "Ansa")]),
    ],
)
def test_pictures_credited_to_no_one(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("credit", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("— Reuters", [(AGENCY, "Reuters")]),
        ("– ANSA", [(AGENCY, "ANSA")]),
        # after a colon the icon's credit stays a source; an outlet after a dash too
        (": Reuters", [(SOURCE, "Reuters")]),
        ("— Harbor City Ledger", [(SOURCE, "Harbor City Ledger")]),
    ],
)
def test_a_dash_before_a_known_agency_signs_the_story(
    text: str, expected: list[tuple[AttributionKind, str | None]]
) -> None:
    assert role_records("credit", text) == expected


@pytest.mark.parametrize("role", ["byline", "above"])
def test_the_greek_interviewers_credit(role: str) -> None:
    assert role_records(role, "Συνέντευξη στην Μαρία Κωνσταντίνου") == [(AUTHOR, "Μαρία Κωνσταντίνου")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Marathi writes its case endings onto the agency's name
        ("पीटीआयच्या वृत्तानुसार, राज्यात या वर्षी पाऊस सरासरीपेक्षा जास्त झाला आहे.", [(AGENCY, "पीटीआय")]),
        ("राज्य सरकारने नवीन योजना जाहीर केल्याचे पीटीआयने म्हटले आहे.", [(AGENCY, "पीटीआय")]),
        # an agency's name in the German dative, and the Thai agency with its broadcaster's name
        (
            "Die Lage sei ernst, sagte die Bürgermeisterin der Deutschen Presse-Agentur am Abend.",
            [(AGENCY, "Deutschen Presse-Agentur")],
        ),
        ("ข้อมูลจากสำนักข่าวไทย อสมท ระบุว่า ฝนจะตกหนักในภาคใต้ตลอดสัปดาห์นี้", [(AGENCY, "สำนักข่าวไทย อสมท")]),
    ],
)
def test_agencies_named_in_the_text(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("body", text) == expected
