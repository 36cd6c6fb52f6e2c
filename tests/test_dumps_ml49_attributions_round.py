"""Session 31's attribution fixes after the first score of dumps_ml49's page attributions (0.884 found / 0.917
precision): each names a general shape of news pages' credits, with a negative where the shape could overreach. The
source cues of Maltese, Oromo and Kinyarwanda ("Sors:", "Madda:", "Inkomoko:"); the byline cues "Onye dere ya:"
(Igbo), "ຂ່າວ:" (Lao) and "Rapport:" (Maltese), the last two only before a colon; the Punjabi "by" after a writer's
name of three words; the Afrikaans "Foto: Verskaf" naming no one; "about the writer" in Punjabi and Hindi, whose
"writer" is a byline cue, naming no one; the Irish article inside an outlet's name ("Raidió na …"); a place's
adjective before a government department in Afrikaans and Dutch; "© Name" under a caption, the photographer; a
Maltese read-also line between paragraphs citing nothing. (The examples are invented, not the set's lines.)
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions
from tasks.text.segment import segment_text
from tests.role_records import AUTHOR, PHOTO, SOURCE, role_records


def _records(text: str) -> list[tuple[AttributionKind, str | None]]:
    return [(f.kind, f.name) for f in extract_attributions(segment_text(text))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sors: Times of Malta", "Times of Malta"),  # Maltese "source"
        ("Madda: OBN", "OBN"),  # Oromo "source"
        ("Inkomoko: IGIHE", "IGIHE"),  # Kinyarwanda "origin, source"
    ],
)
def test_source_cues_under_the_text(text: str, name: str) -> None:
    assert role_records("credit", text) == [(SOURCE, name)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Onye dere ya: Ngozi Eze", "Ngozi Eze"),  # Igbo "who wrote it"
        ("ຂ່າວ: ສົມພອນ ແກ້ວມະນີ", "ສົມພອນ ແກ້ວມະນີ"),  # Lao "news:"
        ("Rapport: Joseph Borg", "Joseph Borg"),  # Maltese "report:"
        ("ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਗਿੱਲ ਵੱਲੋਂ", "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਗਿੱਲ"),  # Punjabi "by", after a name of three words
        ("Anna María Jónsdóttir skrifar", "Anna María Jónsdóttir"),  # the Icelandic "writes" after three words
    ],
)
def test_byline_cues(text: str, name: str) -> None:
    assert role_records("credit", text) == [(AUTHOR, name)]


@pytest.mark.parametrize(
    "text",
    [
        "ຂ່າວເດັ່ນ ປະຈຳວັນ",  # Lao "top news" over a list: the noun with no colon is no byline
        "Rapport annuel de la commission",  # "report" with no colon
        "부산일보 사회부 김민수 기자",  # a paper and its desk before the Korean reporter: no three-word name
    ],
)
def test_no_byline_without_the_cues_shape(text: str) -> None:
    assert [r for r in role_records("credit", text) if r[0] is AUTHOR and len((r[1] or "").split()) > 1] == []


def test_the_afrikaans_supplied_picture_names_no_one() -> None:
    assert role_records("credit", "Foto: Verskaf") == [(PHOTO, None)]


@pytest.mark.parametrize("text", ["ਲੇਖਕ ਬਾਰੇ", "लेखक के बारे में"])
def test_about_the_writer_names_no_writer(text: str) -> None:
    assert role_records("credit", text) == []


def test_a_punjabi_writers_cue_still_names_the_writer() -> None:
    assert role_records("credit", "ਲੇਖਕ: ਗੁਰਪ੍ਰੀਤ ਕੌਰ") == [(AUTHOR, "ਗੁਰਪ੍ਰੀਤ ਕੌਰ")]


def test_the_irish_article_inside_an_outlets_name() -> None:
    text = "Thuairiscigh Raidió na Life inné go raibh an bóthar dúnta."
    assert role_records("body", text) == [(SOURCE, "Raidió na Life")]


def test_a_place_adjective_before_a_department_is_no_outlet() -> None:
    text = "Volgens die Oos-Kaapse departement van onderwys het meer as 300 skole geen water nie."
    assert role_records("body", text) == []
    assert role_records("body", "Volgens die Noord-Kaapse regering is die pad weer oop.") == []


def test_a_paper_after_volgens_is_still_its_source() -> None:
    assert role_records("body", "Volgens Die Burger het die raad die begroting goedgekeur.") == [(SOURCE, "Die Burger")]


_CAPTIONED = """Le Réveil des Antilles
Actualité
Sport
Culture

Environnement

Les Saintes : un sentier sous-marin pour découvrir les herbiers

Par Mathilde Lurel
Publié le 12/06/2025 à 08h40

Des plongeurs explorent le nouveau sentier balisé au large de Terre-de-Haut.
{credit}

Le parc national ouvre cet été un sentier sous-marin balisé de huit bouées au large de Terre-de-Haut.

Les visiteurs pourront y observer des herbiers, des tortues et des raies, accompagnés ou non d'un guide agréé.

Les premières sorties sont prévues dès le mois de juillet, sur réservation auprès de l'office de tourisme.

Partager l'article
Facebook

© Le Réveil des Antilles 2025
"""


def test_a_copyright_sign_and_a_person_under_the_caption_is_the_photographer() -> None:
    assert (PHOTO, "Marc Ho-A-Sing") in _records(_CAPTIONED.format(credit="© Marc Ho-A-Sing"))


def test_a_copyright_sign_and_an_outlet_under_the_caption_is_no_person() -> None:
    records = _records(_CAPTIONED.format(credit="© Le Réveil des Antilles"))
    assert [r for r in records if r[0] is PHOTO and r[1] == "Le Réveil des Antilles"] == []


_READ_ALSO = """Il-Ħabbar ta' Għawdex
Aħbarijiet
Sport

Lokali
Il-vapur il-ġdid jibda jaqsam f'Ottubru

Rapport: Joseph Borg
3 ta' Settembru 2025 · 09:15

Il-vapur il-ġdid bejn Malta u Għawdex se jibda joperaw f'Ottubru, ħabbar il-ministru f'konferenza tal-aħbarijiet.

Il-vapur jista' jġorr aktar minn 900 passiġġier u 200 karozza, u se jnaqqas il-ħin tal-vjaġġ b'għaxar minuti.

Aqra wkoll: In-numru ta' passiġġieri żdied fl-2024, skont l-NSO

Il-biljetti se jibqgħu bl-istess prezz, qal il-ministru, filwaqt li l-iskeda l-ġdida tiġi ppubblikata din il-ġimgħa.

Tikketti: Għawdex, trasport
"""


def test_a_maltese_read_also_line_cites_nothing() -> None:
    records = _records(_READ_ALSO)
    assert (AUTHOR, "Joseph Borg") in records and [r for r in records if r[0] is SOURCE] == []
