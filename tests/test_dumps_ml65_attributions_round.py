"""Session 39's attribution fixes after the first score of dumps_ml65's page attributions (0.753 found / 0.747
precision): each names a general shape of news pages' credits, with a negative where the shape could overreach. The
reporter's or interviewer's cue before a colon at a story's foot (Albanian "Raportoi:", Sinhala "වාර්තාව:", Mongolian
"Ярилцсан:") and the Yoruba source cue "Orísun:"; the Kannada "collection" after a picture cue names no one; a club's
or firm's letters after its capitalised name stay in the supplier's name ("… FK matbuot xizmati"); QNA's short Arabic
name, also the Egyptian city Qena, counts only in a dateline, in brackets or by a cue, and the Arabic dateline with
spaced dashes and a colon gives the place and its agency; a wire's source line right under the text lets the agency's
sign-off under it be read ("Kilde: …" over "/ritzau/"); the agency, a dash and its writer over the text ("STT–Anni
Korhonen") give both. (The examples are invented, not the set's lines.)
"""

from __future__ import annotations

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions
from tasks.text.segment import segment_text
from tests.role_records import AGENCY, AUTHOR, PHOTO, SOURCE, role_records


def test_closing_reporter_and_interviewer_cues_before_a_colon() -> None:
    assert role_records("credit", "Raportoi: Arben Krasniqi") == [(AUTHOR, "Arben Krasniqi")]
    assert role_records("credit", "වාර්තාව: සුනිල් ජයසේකර") == [(AUTHOR, "සුනිල් ජයසේකර")]
    assert role_records("credit", "Ярилцсан: Б.Болормаа") == [(AUTHOR, "Б.Болормаа")]
    # the verb in a sentence, no colon after it: no byline
    assert role_records("paragraph", "Raportoi gazetari se uji u ngrit shpejt.") == []


def test_the_yoruba_source_cue() -> None:
    assert role_records("credit", "Orísun: BBC Yorùbá") == [(SOURCE, "BBC Yorùbá")]


def test_the_kannada_collection_after_a_picture_cue_names_no_one() -> None:
    assert role_records("credit", "ಚಿತ್ರ: ಸಂಗ್ರಹ") == [(PHOTO, None)]
    assert role_records("credit", "ಚಿತ್ರ: ರಮೇಶ್ ಹೆಗ್ಡೆ") == [(PHOTO, "ರಮೇಶ್ ಹೆಗ್ಡೆ")]


def test_a_clubs_letters_after_its_name_stay_in_the_suppliers_name() -> None:
    text = "Foto: Bunyodkor FK matbuot xizmati"
    assert role_records("credit", text) == [(PHOTO, "Bunyodkor FK matbuot xizmati")]
    # an official's word in lower case before an acronym is still the outlet rules' (nameless here, as before)
    assert role_records("credit", "Фото: пресс-служба МВД") == [(PHOTO, None)]


def test_qnas_short_name_is_also_a_city() -> None:
    text = "وتقع المدرسة على مساحة كبيرة بمدينة قنا الجديدة، وتضم ورشًا ومعامل مجهزة."
    assert role_records("paragraph", text) == []
    text = "الدوحة - قنا: أعلنت وزارة المالية اليوم عن خطة جديدة لدعم المشاريع الصغيرة."
    assert role_records("first", text) == [(AGENCY, "قنا")]
    text = "القاهرة - أ ش أ: أعلنت وزارة المالية اليوم عن خطة جديدة لدعم المشاريع الصغيرة."
    assert role_records("first", text) == [(AGENCY, "أ ش أ")]


_DANISH = (
    "Forbruget i de danske husstande steg i marts for tredje måned i træk, og især udgifterne til rejser og "
    "restaurantbesøg trak op.",
    "Økonomer havde på forhånd ventet en mere afdæmpet udvikling, men lavere renter har givet flere familier luft i "
    "budgettet.",
    "Samtidig er salget af tøj og elektronik steget mere end på samme tid sidste år.",
)


def _records(page: str) -> list[tuple[AttributionKind, str | None]]:
    return [(f.kind, f.name) for f in extract_attributions(segment_text(page))]


def test_a_wires_source_line_over_its_sign_off() -> None:
    page = "Forside\nNyheder\nErhverv\nSport\n\nForbruget stiger igen\n\n" + "\n\n".join(_DANISH)
    records = _records(page + "\n\nKilde: Danmarks Nationalbank\n\n/ritzau/\n\nMest læste\nNy bro åbner\nOm os\n")
    assert records == [(SOURCE, "Danmarks Nationalbank"), (AGENCY, "ritzau")]


_FINNISH = (
    "Pörssisähkön keskihinta oli joulukuussa alhaisin kymmeneen vuoteen, kertoo sähköpörssi Nord Poolin tilasto.",
    "Tuulivoiman tuotanto kasvoi vuodessa lähes kolmanneksen, ja leuto sää piti kulutuksen tavallista pienempänä.",
    "Hinnat voivat kuitenkin nousta helmikuussa, jos pakkaset kiristyvät ja tuuli heikkenee.",
)


def test_the_agency_then_its_writer_after_a_dash() -> None:
    head = "Etusivu\nUutiset\nUrheilu\nSää\n\nSähkön hinta painui ennätysalas\n\n"
    records = _records(f"{head}STT–Anni Korhonen\n\n" + "\n\n".join(_FINNISH) + "\n\nLuetuimmat\nSää kylmenee\n")
    assert (AGENCY, "STT") in records
    assert (AUTHOR, "Anni Korhonen") in records
    # three title-case words after the agency are as often a headline's
    records = _records(f"{head}STT–Talvi Tuli Aikaisin\n\n" + "\n\n".join(_FINNISH) + "\n\nLuetuimmat\nSää kylmenee\n")
    assert (AUTHOR, "Talvi Tuli Aikaisin") not in records
