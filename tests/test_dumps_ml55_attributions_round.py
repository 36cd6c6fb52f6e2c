"""Session 34's attribution fixes after the first score of dumps_ml55's page attributions (0.718 found / 0.776
precision): each names a general shape of news pages' credits, with a negative where the shape could overreach. The
Faroese "Sambært", the Shona "Sekutaura kwakaita" and the Kurmanji "Wek ku … ragihand" citing an outlet inside a
paragraph; the Korean "[사진=… 제공]" bracket, whose cue and equals sign are no part of the supplier's name; the
Ethiopic preface colon closing a caption's credit ("… ። ፎቶ፦ ኢዜአ"); the Tagalog "Larawan ni" (picture by) closing a
caption and "Video mula sa" (video from) on its line. (The examples are invented, not the set's lines.)
"""

from __future__ import annotations

from schemas import AttributionKind
from tests.role_records import AGENCY, PHOTO, SOURCE, VIDEO, role_records


def _kinds(role: str, text: str) -> list[AttributionKind]:
    return [kind for kind, _ in role_records(role, text)]


def test_the_faroese_according_to_cites_the_outlet() -> None:
    assert role_records("body", "Sambært Kringvarp Føroya er talan um mesta ferðslutalið í ár.") == [
        (SOURCE, "Kringvarp Føroya")
    ]
    assert role_records("body", "Sambært avtaluni skulu øll gjalda sama prís.") == []  # "according to the agreement"


def test_the_shona_as_said_by_cites_the_outlet() -> None:
    text = "Sekutaura kwakaita Kwayedza, hurumende yakaronga kupa varimi mbeu gore rino."
    assert role_records("body", text) == [(SOURCE, "Kwayedza")]


def test_the_kurmanji_as_clause_cites_a_known_agency() -> None:
    assert role_records("body", "Wek ku ANF ragihand, roja yekem bi hezaran kes hatin festîvalê.") == [(AGENCY, "ANF")]
    assert AGENCY not in _kinds("body", "Wek ku me got, festîval dê heta yekşemê berdewam bike.")


def test_the_korean_picture_cue_and_its_equals_sign_are_no_part_of_the_name() -> None:
    caption = "9일 오전 부산 앞바다에서 해경이 선원을 구조하고 있다. [사진=부산해양경찰서 제공]"
    assert role_records("credit", caption) == [(PHOTO, "부산해양경찰서")]
    assert role_records("credit", "시민들이 공원을 걷고 있다. (사진=서울시 제공)") == [(PHOTO, "서울시")]
    assert role_records("credit", "시민들이 공원을 걷고 있다. [연합뉴스 자료사진]") == [(PHOTO, "연합뉴스")]


def test_the_ethiopic_preface_colon_closes_a_captions_credit() -> None:
    assert role_records("credit", "ገበሬዎች ምርጥ ዘር ሲረከቡ። ፎቶ፦ ኢዜአ") == [(PHOTO, "ኢዜአ")]
    assert role_records("credit", "ገበሬዎች ምርጥ ዘር ሲረከቡ።") == []


def test_the_tagalog_picture_by_and_video_from() -> None:
    caption = "Ang mga bangkang nakadaong sa Nasugbu, Batangas. Larawan ni Carlo Reyes"
    assert role_records("credit", caption) == [(PHOTO, "Carlo Reyes")]
    assert role_records("credit", "Video mula sa Radyo Bayan News") == [(VIDEO, "Radyo Bayan News")]
    assert role_records("credit", "Ang larawan ni Rizal sa Luneta ay nilinis kahapon.") == []  # the words in a sentence
