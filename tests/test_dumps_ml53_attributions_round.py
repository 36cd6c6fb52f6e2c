"""Session 33's attribution fixes after the first score of dumps_ml53's page attributions (0.859 found / 0.971
precision): each names a general shape of news pages' credits, with a negative where the shape could overreach. The
Irish source cue "Foinse:"; the Arabic "إعداد:" (prepared by) byline, only before a colon; the Welsh "Cyfrannwr"
(contributor) and the Gujarati "(ફાઈલ તસવીર)" (file picture) naming no one; a family crediting its own picture
("Picture: Whitlow family"); the Zulu "Ngu" written onto the writer's name opening the line ("NguSipho Mkhize"); a
known agency after a dash and a picture cue closing a caption ("… - Foto Bernama"); a capitalised byline cue that is
also a common word over the head's date is no headline ("Minn Rita Vella"); a video teaser's headline the rules read
as a name ("Video: Sturm Graz feiert Derbysieg"); a desk's code beside the writer's in a sign-off ("(red/mk)").
(The examples are invented, not the set's lines.)
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions
from tasks.lexicon.caption_words import is_family_credit
from tasks.text.segment import segment_text
from tasks.text.title import byline_over_date
from tests.role_records import AUTHOR, PHOTO, SOURCE, role_records


def _records(text: str) -> list[tuple[AttributionKind, str | None]]:
    return [(f.kind, f.name) for f in extract_attributions(segment_text(text))]


def test_the_irish_source_cue() -> None:
    assert role_records("credit", "Foinse: Nuacht TG4") == [(SOURCE, "Nuacht TG4")]


def test_the_arabic_prepared_by_byline_only_before_a_colon() -> None:
    assert role_records("credit", "إعداد: ليلى الحسن") == [(AUTHOR, "ليلى الحسن")]
    assert role_records("credit", "إعداد الطلاب للامتحانات النهائية") == []


@pytest.mark.parametrize(
    "text",
    [
        "Y neuadd ar ei newydd wedd. Llun: Cyfrannwr",  # Welsh "contributor"
        "શહેરના બજારમાં ભીડ. (ફાઈલ તસવીર)",  # Gujarati "file picture"
        "शहर के बाजार में भीड़। (फाइल फोटो)",  # Hindi, the same bracket
    ],
)
def test_credits_naming_no_one(text: str) -> None:
    assert role_records("credit", text) == [(PHOTO, None)]


def test_a_family_credits_its_own_picture() -> None:
    assert role_records("credit", "Mary Pugh at her bakery in 1979. Picture: Pugh family") == [(PHOTO, "Pugh family")]
    assert role_records("credit", "Das alte Haus am See. Foto: Familie Brandl") == [(PHOTO, "Familie Brandl")]
    assert not is_family_credit("family archive")
    assert not is_family_credit("the whole family")
    assert not is_family_credit("Family")


def test_the_zulu_by_written_onto_the_name_opens_the_line() -> None:
    assert role_records("credit", "NguThandeka Dlamini") == [(AUTHOR, "Thandeka Dlamini")]
    assert role_records("credit", "Nguyen Van Minh") == []  # no capital after the prefix: no cue
    assert role_records("credit", "Ngumsebenzi omkhulu lo") == []


def test_an_agency_after_a_dash_and_a_picture_cue_closes_a_caption() -> None:
    text = "Nelayan membaiki jaring di jeti Kuala Besut. - Foto Bernama"
    assert role_records("credit", text) == [(PHOTO, "Bernama")]
    assert role_records("credit", "Nelayan di jeti pada 2019. - Foto Ahmad") == []  # one word, no agency


_MT = """Aħbarijiet
Sport
Kultura

Aħbarijiet / Malta
Il-villaġġ se jkollu ċentru tas-saħħa ġdid sal-2026
Il-Kunsill Lokali qal li l-proġett se jibda f'Jannar u jdum sentejn.

Minn Sarah Borg
It-Tlieta 12 ta' Marzu 2024, 09:10
Aġġornat: 11:45

Il-bini l-antik tal-kunsill. Ritratt: Mark Zammit

Il-Kunsill Lokali ħabbar illejla li l-ministeru approva l-pjanijiet għal ċentru tas-saħħa ġdid fil-qalba tal-villaġġ.
Il-bini se jinkludi klinika tat-tfal, spiżerija u kamra għall-ewwel għajnuna, u se jkun miftuħ sebat ijiem fil-ġimgħa.
Is-sindku qal li r-residenti ilhom jitolbu dan is-servizz għal aktar minn għaxar snin, u li x-xogħol se jibda dalwaqt.

Aqra wkoll
Triq ġdida tiftaħ fix-xahar li ġej
"""


def test_a_capitalised_byline_cue_over_the_date_is_no_headline() -> None:
    # the headline stands above the standfirst; the byline is the nearest short line over the main text
    assert _records(_MT) == [(AUTHOR, "Sarah Borg"), (PHOTO, "Mark Zammit")]
    assert byline_over_date("Minn Sarah Borg", below_dated=True)
    assert not byline_over_date("Minn Sarah Borg", below_dated=False)
    assert not byline_over_date("From Farm To Table", below_dated=False)  # a title-case headline with no date under it


_VIDEOS = """Grazer Nachrichten
Politik
Sport

Graz
Neue Radwege in Andritz fertig
Graz (APA) – Die Stadt Graz hat am Montag drei neue Radwege im Bezirk Andritz eröffnet. Sie sind vier Kilometer lang.
Die Bauarbeiten hatten im Frühjahr begonnen und kosteten rund 2,1 Millionen Euro, teilte die Stadt mit.
Weitere Radwege in Gösting und Puntigam sollen im kommenden Jahr folgen, sagte die Verkehrsstadträtin. (red/ab)

Top-Videos
Video: Neuer Radweg in Andritz eröffnet
Video: Grazer Spieler jubeln über den Sieg
"""


def test_a_video_teasers_headline_is_no_name_and_a_desks_code_beside_the_writers_signs() -> None:
    records = _records(_VIDEOS)
    assert (AUTHOR, "ab") in records
    assert not [r for r in records if r[0] is AttributionKind.VIDEO]
    assert role_records("last", "Die Arbeiten sind fertig. (red)") == []  # a desk's code alone is no one's
    assert role_records("credit", "Video: Jan van Dijk") == [(AttributionKind.VIDEO, "Jan van Dijk")]
