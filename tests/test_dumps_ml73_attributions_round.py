"""Session 43's attribution fixes after the first score of dumps_ml73's page attributions (0.817 found / 0.941
precision): each names a general shape of news pages' credits, with a negative where the shape could overreach. Byline
cues of Kyrgyz ("Автору:"), Telugu ("రచయిత:") and English ("Reporting:"); the Kannada "collection picture" closing a
caption; a photographer's name with its particle after a caption ("… Foto: Pieter van Wyk"); a press office named by
its body's acronym and place ("пресс-служба ГИБДД …") or before a body's long name ("Ufficio stampa Comune di …");
ENA's Oromo name; the outlet told, with a year further on in
what was said; an editor's consonant initials in their own block under the text ("dk"); the Malayalam October
without its zero-width non-joiner. Examples are invented, not the set's lines.
"""

from __future__ import annotations

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions
from tasks.credits.date_lines import is_date_line
from tasks.text.segment import segment_text
from tests.page_fixtures import MENU, MOST_READ
from tests.role_records import AGENCY, AUTHOR, PHOTO, SOURCE, role_records


def _records(page: str) -> list[tuple[AttributionKind, str | None]]:
    return [(f.kind, f.name) for f in extract_attributions(segment_text(page))]


def test_byline_cues_of_kyrgyz_telugu_and_english_reporting() -> None:
    assert role_records("credit", "Автору: Бакыт Асанов") == [(AUTHOR, "Бакыт Асанов")]
    assert role_records("credit", "రచయిత: ఎం. రవి కుమార్") == [(AUTHOR, "ఎం. రవి కుమార్")]
    assert role_records("credit", "Reporting: Jane Roe and John Doe") == [(AUTHOR, "Jane Roe"), (AUTHOR, "John Doe")]
    # "reporting" without its colon opens a sentence, no byline
    assert role_records("byline", "Reporting the news is hard work.") == []


def test_the_kannada_collection_picture_closing_a_caption() -> None:
    assert role_records("credit", "ಹಿರಿಯ ಕಲಾವಿದ ರಾಮ ಭಟ್ (ಸಂಗ್ರಹ ಚಿತ್ರ)") == [(PHOTO, None)]


def test_a_photographers_name_with_its_particle_after_a_caption() -> None:
    assert role_records("credit", "De hawe by Mosselbaai. Foto: Pieter van Wyk") == [(PHOTO, "Pieter van Wyk")]
    assert role_records("credit", "The harbour at dawn. Photo: Jan de Wet") == [(PHOTO, "Jan de Wet")]


def test_a_press_office_and_the_body_it_speaks_for() -> None:
    assert role_records("credit", "Фото: пресс-служба ГИБДД Тверской области") == [
        (PHOTO, "пресс-служба ГИБДД Тверской области")
    ]
    assert role_records("credit", "Fonte: Ufficio stampa Comune di Spoleto") == [
        (SOURCE, "Ufficio stampa Comune di Spoleto")
    ]
    # the official's word alone names no one, nor with an acronym alone after it (the outlet rules'); a ministry's
    # long name is a government body, no source
    assert role_records("credit", "Фото: пресс-служба правительства") == [(PHOTO, None)]
    assert role_records("credit", "Фото: пресс-служба МЧС") == [(PHOTO, None)]
    assert role_records("credit", "Fuente: Ministerio de Salud de la Provincia") == []


def test_the_ethiopian_news_agency_named_in_oromo() -> None:
    assert role_records("body", "Odeeffannoo kana Dhaabbanni Oduu Itoophiyaa gabaase.") == [
        (AGENCY, "Dhaabbanni Oduu Itoophiyaa")
    ]


def test_the_outlet_told_with_a_year_in_what_was_said() -> None:
    told = "The principal told RNZ the school would reopen after the 2023 cyclone repairs."
    assert role_records("body", told) == [(SOURCE, "RNZ")]
    # a year right by the outlet dates an earlier interview, no source of this story
    assert role_records("body", "The principal told the Financial Times in 2019 that the school would close.") == []


_GERMAN = (
    "Die Stadt Prenzlau hat am Dienstag den neuen Spielplatz am Uckersee offiziell an die Kinder übergeben.",
    "Der Platz hat eine Seilbahn, einen Kletterturm und eine Wasserstelle, die im Sommer in Betrieb ist.",
    "Die Kosten von rund 180.000 Euro teilen sich die Stadt und ein Förderprogramm des Landes Brandenburg.",
)


def _german_page(under: str) -> str:
    return (
        f"{MENU}\n\nNeuer Spielplatz am Uckersee eröffnet\n\n" + "\n\n".join(_GERMAN) + f"\n\n{under}\n\n{MOST_READ}\n"
    )


def test_an_editors_consonant_initials_in_their_own_block_under_the_text() -> None:
    assert (AUTHOR, "mk") in _records(_german_page("mk"))
    # a short word there, vowels and all, is no one's initials
    assert [r for r in _records(_german_page("top")) if r[0] is AUTHOR] == []


def test_the_malayalam_october_without_its_zero_width_non_joiner() -> None:
    assert is_date_line("2025 ഒക്ടോബർ 3, 08:45 AM IST", "ml")
