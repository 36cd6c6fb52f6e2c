"""Session 24's attribution fixes after the first score of dumps_ml35's page attributions (0.782 found / 0.785
precision): each names a general shape of news pages' credits, with a negative where the shape could overreach. A
source line naming its sources parted by slashes gives one record each; the French papers' abbreviated picture cue
"Ph."; a caption's picture "from the family archive" and the Japanese writer's own picture name no one. (The examples
are invented, not the set's lines.)
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tests.role_records import PHOTO, SOURCE, role_records


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
