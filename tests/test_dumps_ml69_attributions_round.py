"""Session 41's attribution fixes after the first score of dumps_ml69's page attributions (0.924 found / 0.988
precision): each names a general shape of news pages' credits, with a negative where the shape could overreach. The
word "video" opening a credit in the Indian scripts, Sinhala and Nepali; the Yoruba "internet (site)" as a picture
credit naming no one; a contributors' note naming one known outlet by a name the byline grammar does not read ("With
files from CBC", "Additional reporting: RNZ"): a source; La Prensa, the Nicaraguan daily, as written; the Irish surname
particles inside a byline the page's Irish text writes in lower case ("Ní", "Ó"). Examples are invented, not the
set's lines.
"""

from __future__ import annotations

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions
from tasks.text.segment import segment_text
from tests.role_records import AUTHOR, PHOTO, SOURCE, VIDEO, role_records


def test_video_cues_in_the_indian_scripts() -> None:
    assert role_records("credit", "వీడియో: ఫైల్") == [(VIDEO, None)]
    assert role_records("credit", "വീഡിയോ: ഫയൽ") == [(VIDEO, None)]
    assert role_records("credit", "வீடியோ: சன் நியூஸ்") == [(VIDEO, "சன் நியூஸ்")]
    # the word inside a sentence, no colon after it: no credit
    assert role_records("paragraph", "ಈ ವಿಡಿಯೋ ಸಾಮಾಜಿಕ ಜಾಲತಾಣಗಳಲ್ಲಿ ವೈರಲ್ ಆಗಿದೆ ಎಂದು ಪೊಲೀಸರು ತಿಳಿಸಿದ್ದಾರೆ.") == []


def test_the_yoruba_internet_names_no_one() -> None:
    assert role_records("credit", "Fọ́tò: Ayélujára") == [(PHOTO, None)]
    assert role_records("credit", "Àwòrán: Ìkànnì ayélujára") == [(PHOTO, None)]
    assert role_records("credit", "Àwòrán: Tunde Adéyẹmí") == [(PHOTO, "Tunde Adéyẹmí")]


def test_a_contributors_note_naming_one_known_outlet() -> None:
    assert role_records("credit", "With files from CBC") == [(SOURCE, "CBC")]
    assert role_records("credit", "Additional reporting: RNZ") == [(SOURCE, "RNZ")]
    assert role_records("credit", "Additional reporting by Radio New Zealand") == [(SOURCE, "Radio New Zealand")]
    # a person after the cue stays its author; an outlet after a byline's own cue is no one's
    assert role_records("credit", "Additional reporting: Aroha Ngata") == [(AUTHOR, "Aroha Ngata")]
    assert role_records("credit", "By RNZ") == []


_NICARAGUA = (
    "Ganaderos de Chontales reportaron pérdidas por la sequía que afecta a la zona desde hace tres meses.",
    "Según informó la prensa local, el precio de la leche bajó a la mitad en los acopios de Juigalpa.",
    "El Ministerio Agropecuario anunció que entregará pacas de heno a los productores más afectados.",
)
_HEAD = "Inicio\nNacionales\nDepartamentales\nDeportes\n\nSequía golpea a ganaderos de Chontales\n\n"
_FOOT = "\n\nCompartir:\nFacebook\nWhatsApp\n\nMás noticias\nJuigalpa celebra sus fiestas patronales\n"


def _records(page: str) -> list[tuple[AttributionKind, str | None]]:
    return [(f.kind, f.name) for f in extract_attributions(segment_text(page))]


def test_la_prensa_in_the_closing_line() -> None:
    page = _HEAD + "\n".join(_NICARAGUA) + "\nCon información de La Prensa" + _FOOT
    assert _records(page) == [(SOURCE, "La Prensa")]
    # "la prensa" in lower case in the text is the press: no source
    assert _records(_HEAD + "\n".join(_NICARAGUA) + _FOOT) == []


_IRISH = (
    "Ní leor na comharthaí dátheangacha ar na bóithre ó thuaidh, dar le coistí pobail sa cheantar.",
    "Deir siad nach bhfuil seirbhísí sláinte ar fáil trí Ghaeilge ó Dhún na nGall go Maigh Eo go fóill.",
    "Beidh cruinniú poiblí ar siúl san ionad pobail Dé hAoine seo chugainn ag a hocht a chlog.",
)
_IRISH_HEAD = "Baile\nNuacht\nSpórt\nTuairimí\n\nSeirbhísí Gaeilge fós ag teastáil\n"
_IRISH_FOOT = "\n\nRoinn\nFacebook\n\nIs mó léite\nCluiche ceannais an chontae Dé Domhnaigh\n"


def test_an_irish_byline_with_its_surname_particle() -> None:
    page = _IRISH_HEAD + "Seán Ó Ceallaigh\n12 Márta 2025\n\n" + "\n".join(_IRISH) + _IRISH_FOOT
    assert (AUTHOR, "Seán Ó Ceallaigh") in _records(page)
    # a heading of words the page writes in lower case, "Ní" opening it: no name
    page = _IRISH_HEAD + "Ní Leor Comharthaí\n12 Márta 2025\n\n" + "\n".join(_IRISH) + _IRISH_FOOT
    assert not any(kind is AUTHOR for kind, _ in _records(page))
