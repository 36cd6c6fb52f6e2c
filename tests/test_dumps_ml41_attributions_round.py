"""Session 27's attribution fixes after the first score of dumps_ml41's page attributions (0.827 found / 0.928
precision): each names a general shape of news pages' credits, with a negative where the shape could overreach. Byline
cues of Latvian, Tamil and Portuguese; the Korean wire's rights notice inside the supplier's bracket; a name's own
acronym closing a credit; a body's name holding its own "and"; a name alone set apart right under the last paragraph;
a writer's code in lower case alone under it; a name over its job title with a reading time before the date. (The
examples are invented, not the set's lines.)
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions
from tasks.lexicon.joined_bodies import joined_body
from tasks.text.segment import segment_text
from tests.role_records import AUTHOR, PHOTO, SOURCE, role_records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Publicēja Anna Kalniņa", [(AUTHOR, "Anna Kalniņa")]),
        ("எழுதியவர்: சுரேஷ் குமார்", [(AUTHOR, "சுரேஷ் குமார்")]),
        ("Reportagem: Paula Andrade", [(AUTHOR, "Paula Andrade")]),
    ],
)
def test_latvian_tamil_and_portuguese_byline_cues(text: str, expected: list[tuple[AttributionKind, str]]) -> None:
    assert role_records("credit", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[강릉시 제공. 재판매 및 DB 금지]", [(PHOTO, "강릉시")]),
        ("해변에 설치된 조형물 [속초시 제공. 무단 전재 및 재배포 금지]", [(PHOTO, "속초시")]),
        ("[강릉시 제공]", [(PHOTO, "강릉시")]),
    ],
)
def test_the_korean_rights_notice_after_provided_keeps_the_supplier(
    text: str, expected: list[tuple[AttributionKind, str]]
) -> None:
    assert role_records("credit", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Source: Liberia News Agency (LINA)", [(SOURCE, "Liberia News Agency (LINA)")]),
        ("Source: Agence Togolaise de Presse (ATOP)", [(SOURCE, "Agence Togolaise de Presse (ATOP)")]),
        ("Source: Liberia News Agency (Monrovia)", [(SOURCE, "Liberia News Agency")]),  # a place, no acronym
    ],
)
def test_a_names_own_acronym_closing_a_credit_is_part_of_it(
    text: str, expected: list[tuple[AttributionKind, str]]
) -> None:
    assert role_records("credit", text) == expected


def test_a_photographer_and_an_agency_in_brackets_stay_two_credits() -> None:
    # (after a photo cue the agency stays a photo credit, docs/attributions.md)
    assert role_records("credit", "Photo: Mark Otieno (AFP)") == [(PHOTO, "Mark Otieno"), (PHOTO, "AFP")]


def test_a_bodys_name_holding_and_before_a_units_noun_is_one_credit() -> None:
    assert role_records("credit", "Photo: Presidential Press and Public Relations Unit") == [
        (PHOTO, "Presidential Press and Public Relations Unit")
    ]
    assert joined_body("Press and Information Office") == (0, 28)
    assert joined_body("Ruth Wanjiku and Peter Mwangi") is None  # two people
    assert joined_body("Ruth Wanjiku and Press Office") is None  # a person before the "and"


_SIGNED = """Ouaga Infos

Une nouvelle école inaugurée à Koupéla

La commune de Koupéla a inauguré jeudi une école primaire de six classes construite avec l'appui des parents d'élèves.
Les travaux ont duré huit mois et ont coûté près de quarante millions de francs CFA selon le maire de la commune.
Les enseignants se disent soulagés de quitter les salles en paille utilisées depuis plus de dix ans dans le village.
{signoff}

Lire aussi :
Fada : des forages pour trois villages
"""


def _records(text: str) -> list[tuple[AttributionKind, str | None]]:
    return [(f.kind, f.name) for f in extract_attributions(segment_text(text))]


def test_a_name_alone_set_apart_under_the_last_paragraph_signs_it() -> None:
    assert (AUTHOR, "Issouf Ouédraogo") in _records(_SIGNED.format(signoff="Issouf Ouédraogo"))


def test_a_name_alone_with_a_line_right_under_it_is_no_signature() -> None:
    page = _SIGNED.format(signoff="Issouf Ouédraogo\nSalif Compaoré, Moussa Kaboré et Awa Zongo")
    assert (AUTHOR, "Issouf Ouédraogo") not in _records(page)


def test_a_writers_code_in_lower_case_right_under_the_last_paragraph_signs_it() -> None:
    assert (AUTHOR, "vbk") in _records(_SIGNED.format(signoff="vbk"))


@pytest.mark.parametrize("code", ["menu", "news", "les", "afp"])
def test_a_menu_label_a_stopword_or_an_agency_is_no_writers_code(code: str) -> None:
    assert (AUTHOR, code) not in _records(_SIGNED.format(signoff=code))


_HEAD = """Cairns Daily

Reef tourism numbers climb back to pre-pandemic levels

Operators report the busiest season in five years as international visitors return to the region.

Madeleine Fitzroy
Tourism Reporter
4 min read
June 3, 2024 - 6:00AM

Reef operators in Cairns say bookings for the winter season are up by a fifth on last year, with many boats full.
The regional tourism body expects more than two million visitors this year, the most since borders reopened.
Local businesses hope the recovery will last through the wet season, when numbers usually fall away sharply.
"""


def test_a_name_over_its_job_title_with_a_reading_time_before_the_date_is_a_byline() -> None:
    assert (AUTHOR, "Madeleine Fitzroy") in _records(_HEAD)
