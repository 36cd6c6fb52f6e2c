"""Session 29's attribution fixes after the first score of dumps_ml45's page attributions (0.807 found / 0.909
precision): each names a general shape of news pages' credits, with a negative where the shape could overreach. A
place's genitive before the police that told it; "D.R." with its dots and a caption closed by a family's archive; the
Arabic "picture from the archive"; "published by" opening a byline; "Staff Reporter" after a name without a comma; an
institution's name with a saint's in quotes after a source cue; a person first named with an age in brackets; a numeric
date written with middle dots under a name and its place; a photographer in title case on the caption's next line; a
guest writer's role under the name over the date; "© Own Outlet / Name" under a caption; a writer filing for the
network's regional edition. (The examples are invented, not the set's lines.)
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions
from tasks.credits.own_outlet_credits import own_outlet_picture
from tasks.text.segment import segment_text
from tests.role_records import AUTHOR, PHOTO, SOURCE, role_records


def _records(text: str) -> list[tuple[AttributionKind, str | None]]:
    return [(f.kind, f.name) for f in extract_attributions(segment_text(text))]


def test_a_places_genitive_before_the_police_is_no_source() -> None:
    text = "Tampereen keskustassa nähtiin hirvi aamulla, kertoo Pirkanmaan poliisi. Eläin siirtyi metsään."
    assert [r for r in role_records("body", text) if r[0] is SOURCE] == []


def test_an_outlet_after_the_same_verb_still_cites() -> None:
    text = "Tampereen keskustassa nähtiin hirvi aamulla, kertoo Helsingin Sanomat. Eläin siirtyi metsään."
    assert (SOURCE, "Helsingin Sanomat") in role_records("body", text)


@pytest.mark.parametrize(
    "text",
    [
        "Photo : D.R.",
        "Стары млын на беразе ракі. Фота з асабістага архіва сям'і Карповіч",
        "Das Haus der Großeltern im Jahr 1952. Foto aus dem Archiv der Familie Brandt",
        "صورة من الأرشيف",
    ],
)
def test_credits_naming_no_one_are_nameless_picture_credits(text: str) -> None:
    assert role_records("credit", text) == [(PHOTO, None)]


def test_a_place_after_from_closing_a_caption_is_no_credit() -> None:
    assert role_records("credit", "Kundgebung vor dem Rathaus am Montag. Foto aus Leipzig") == []


def test_published_by_opens_a_byline() -> None:
    assert role_records("credit", "Објавено од: Даниела Стојанова") == [(AUTHOR, "Даниела Стојанова")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Miriam Achebe Staff Reporter", [(AUTHOR, "Miriam Achebe")]),
        ("By Harbour Times staff", []),  # the desk, no one
    ],
)
def test_staff_opening_a_job_title_after_the_name_is_no_desk(
    text: str, expected: list[tuple[AttributionKind, str]]
) -> None:
    assert role_records("credit", text) == expected


def test_an_institutions_name_with_a_saints_in_quotes_after_a_source_cue() -> None:
    name = "Spitalul Județean de Urgență pentru Adulți „Sf. Ioan” Suceava"
    assert role_records("credit", f"Sursa: {name}") == [(SOURCE, name)]


def test_a_person_first_named_with_an_age_in_brackets_is_no_source_later() -> None:
    text = (
        '"Tahun ini ikan sulit dicari," kata Sutrisno (61), nelayan asal Kampung Baru, saat ditemui di dermaga. '
        "Menurut Sutrisno, hasil tangkapan turun hampir separuh dibanding tahun lalu."
    )
    assert [r for r in role_records("body", text) if r[0] is SOURCE] == []


_HEAD = """Diario de la Costa

Portada
Mar
Opinión

Mar
Los pescadores piden ayudas tras un verano sin sardina

La flota de cerco amarró la mitad de los días por la falta de pescado en los caladeros de la ría

{byline}

Los barcos de cerco apenas salieron a faenar en agosto. La sardina no llegó a la ría y el combustible sigue caro.

«No recuerdo un verano así en treinta años», explicó el patrón mayor, que pide ayudas urgentes a la Consellería.

La cofradía se reunirá el lunes con los armadores para decidir si amarra la flota hasta noviembre.

Comentarios
"""


def test_a_name_over_its_place_over_a_date_with_middle_dots() -> None:
    records = _records(_HEAD.format(byline="Marta Iglesias\nVigo\n14·09·24 | 07:30"))
    assert (AUTHOR, "Marta Iglesias") in records


def test_a_name_over_a_guest_writers_role_over_the_date() -> None:
    records = _records(_HEAD.format(byline="Xoán Carballo Vidal\nBiólogo e investigador\n14/09/2024"))
    assert (AUTHOR, "Xoán Carballo Vidal") in records


_CAPTIONED = """Diario de la Costa

Portada
Mar

Los pescadores piden ayudas tras un verano sin sardina

Amadeo Corral
14/09/2024

Barcos amarrados en el muelle de Bouzas, ayer por la tarde.
{photographer}

Los barcos de cerco apenas salieron a faenar en agosto. La sardina no llegó a la ría y el combustible sigue caro.

«No recuerdo un verano así en treinta años», explicó el patrón mayor, que pide ayudas urgentes a la Consellería.

La cofradía se reunirá el lunes con los armadores para decidir si amarra la flota hasta noviembre.

Comentarios
"""


def test_a_photographer_in_title_case_on_the_captions_next_line() -> None:
    assert (PHOTO, "Nerea Souto") in _records(_CAPTIONED.format(photographer="Nerea Souto"))


def test_a_name_the_text_is_about_under_the_caption_is_no_photographer() -> None:
    records = _records(_CAPTIONED.format(photographer="Amadeo Corral"))
    assert (PHOTO, "Amadeo Corral") not in records


_OWN = """Le Journal du Trégor
Éditions : Lannion · Paimpol

Paimpol

À Paimpol, la criée se modernise

Par Yvonne Le Gall
Publié le 08/04/2025 à 17h30

Les caisses de poisson sur le quai de la criée.
{credit}

La criée de Paimpol va changer ses chambres froides cet hiver. Les travaux dureront trois mois et coûteront cher.

Les pêcheurs pourront continuer à débarquer pendant le chantier, promet la chambre de commerce, qui gère l'équipement.

À lire aussi
Binic : la fête de la morue revient

© Le Journal du Trégor 2025
"""


def _own_picture(credit: str) -> list[tuple[AttributionKind, str | None]]:
    # read as the page's chrome line it is where the segmenter takes it for a copyright notice (labelled attribution,
    # the credit line's rules read it, the page's own outlet a photo record as the older sets label it)
    segmented = segment_text(_OWN.format(credit=credit))
    return [(f.kind, f.name) for f in own_outlet_picture(credit, 12, segmented)]


def test_the_page_own_outlet_and_its_photographer_after_the_copyright_sign() -> None:
    assert _own_picture("© Le Journal du Trégor / Loïc Guéguen") == [(PHOTO, "Loïc Guéguen")]


def test_an_agency_after_the_copyright_sign_is_no_own_outlet() -> None:
    assert _own_picture("© Reuters / Loïc Guéguen") == []  # its own line names Reuters, no other notice does


_EDITION = """Kabar Raya
Beranda
Regional

Daerah
Nelayan Pantai Selatan Keluhkan Harga Solar

{byline}
Senin, 10 Feb 2025 09:15 WIB

Bantul - Nelayan di pantai selatan Bantul mengeluhkan harga solar yang naik sejak awal bulan ini.

Banyak perahu memilih tidak melaut karena biaya tidak sebanding dengan hasil tangkapan mereka.

Dinas Kelautan setempat berjanji akan mengecek pasokan solar di tempat pelelangan ikan pekan ini.

Baca juga:
Harga Cabai Naik Lagi
"""


def test_a_writer_filing_for_the_networks_regional_edition() -> None:
    assert (AUTHOR, "Dimas Saputra") in _records(_EDITION.format(byline="Dimas Saputra - Kabar Jogja"))


def test_a_name_and_another_brand_is_no_edition() -> None:
    assert (AUTHOR, "Dimas Saputra") not in _records(_EDITION.format(byline="Dimas Saputra - Suara Jogja"))
