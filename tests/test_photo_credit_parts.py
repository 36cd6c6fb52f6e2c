"""The parts of a photo credit split by slashes and bars (session 13): each part that names someone is a record, the
nameless ones ("Archiv", "Reprodução") are not; and a credit that is a whole line in brackets. Found on the studied
page-attribution sets (dumps_ml5, dumps_ml7), where photo credits were most of what was missed."""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tasks.credits.credit_records import credit_line_attributions
from tasks.lexicon.agencies import load_gazetteer

PHOTO = AttributionKind.PHOTO


def _records(text: str) -> list[tuple[AttributionKind, str | None]]:
    return [(f.kind, f.name) for f in credit_line_attributions(text, 1, load_gazetteer())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the picture agency or desk before the bar, then its photographer
        ("Bild: NWR / Tim Harms", [(PHOTO, "NWR"), (PHOTO, "Tim Harms")]),
        ("Fotó: Hírközpont / Bencze Ákos", [(PHOTO, "Hírközpont"), (PHOTO, "Bencze Ákos")]),
        # a nameless part ("from the archive") and the photographer's surname alone after it
        ("Foto: Archiv/Sutterlin", [(PHOTO, "Sutterlin")]),
        # a picture reproduced from a broadcast: the source after the slash, "Reprodução" names no one
        ("Foto: Reprodução/TV Paulista", [(PHOTO, "TV Paulista")]),
        ("Foto: Printscreen/Instagram", [(PHOTO, "Instagram")]),
        # broadcasters' codes listed with a comma; the staff code of US papers names no one
        ("시민들이 거리를 걷고 있다. [사진=MBC, SBS]", [(PHOTO, "MBC"), (PHOTO, "SBS")]),
        ("Photo: David Zalubowski, STF / Associated Press", [(PHOTO, "David Zalubowski"), (PHOTO, "Associated Press")]),
    ],
)
def test_each_named_part_of_a_slashed_photo_credit_is_a_record(
    text: str, expected: list[tuple[AttributionKind, str | None]]
) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize("text", ["Foto: Archiv", "Foto: privat", "Foto: Divulgação"])
def test_a_nameless_photo_credit_stays_one_record_with_no_name(text: str) -> None:
    assert _records(text) == [(PHOTO, None)]


def test_a_bylines_outlet_before_a_slash_is_no_author() -> None:
    # in an author's byline the outlet is the publisher, no author: only photo and video credits take it
    assert [name for _, name in _records("Text: Redaktion / Anna Berg")] == ["Anna Berg"]


def test_a_whole_line_in_brackets_with_a_photo_cue_is_a_credit() -> None:
    assert _records("(Foto Massimo Ghirardelli)") == [(PHOTO, "Massimo Ghirardelli")]
    assert _records("(Ansa e Reuters hanno riferito)") == []  # no cue: not a credit


@pytest.mark.parametrize("text", ["صورة: غيتي", "사진: 게티이미지", "写真：ゲッティイメージズ"])
def test_getty_images_in_the_scripts_credits_write_it_in(text: str) -> None:
    found = credit_line_attributions(text, 1, load_gazetteer())
    assert [(f.kind, f.canonical_id) for f in found] == [(PHOTO, "getty")]
