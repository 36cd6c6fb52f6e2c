"""Session 24's attribution fixes after the first score of dumps_ml35's page attributions (0.782 found / 0.785
precision; after: 0.920 / 0.887): each names a general shape of news pages' credits, with a negative where the shape
could overreach. A source line naming its sources parted by slashes gives one record each; the French papers'
abbreviated picture cue "Ph."; a caption's picture "from the family archive" and the Japanese writer's own picture name
no one; a dash before a known agency alone signs the story; the Greek interviewer's cue; Marathi case endings written
onto an agency's name, and agencies' other name forms; Hungarian plural nouns and Russian state services cited are no
outlet; the dateline of place, date and agency parted by commas; a paper named by a compound closed by its newspaper
word; a name closing an official body's longer name is no source. (The examples are invented, not the set's lines.)
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.vocabulary import name_words
from tasks.lexicon.wire_citations import dateline_citations
from tasks.text.segment import segment_text
from tests.role_records import AGENCY, AUTHOR, PHOTO, SOURCE, role_records


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("— Reuters", [(AGENCY, "Reuters")]),
        ("– ANSA", [(AGENCY, "ANSA")]),
        # after a colon the icon's credit stays a source; an outlet after a dash too
        (": Reuters", [(SOURCE, "Reuters")]),
        ("— Harbor City Ledger", [(SOURCE, "Harbor City Ledger")]),
    ],
)
def test_a_dash_before_a_known_agency_signs_the_story(
    text: str, expected: list[tuple[AttributionKind, str | None]]
) -> None:
    assert role_records("credit", text) == expected


@pytest.mark.parametrize("role", ["byline", "above"])
def test_the_greek_interviewers_credit(role: str) -> None:
    assert role_records(role, "Συνέντευξη στην Μαρία Κωνσταντίνου") == [(AUTHOR, "Μαρία Κωνσταντίνου")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Marathi writes its case endings onto the agency's name
        ("पीटीआयच्या वृत्तानुसार, राज्यात या वर्षी पाऊस सरासरीपेक्षा जास्त झाला आहे.", [(AGENCY, "पीटीआय")]),
        ("राज्य सरकारने नवीन योजना जाहीर केल्याचे पीटीआयने म्हटले आहे.", [(AGENCY, "पीटीआय")]),
        # an agency's name in the German dative, and the Thai agency with its broadcaster's name
        (
            "Die Lage sei ernst, sagte die Bürgermeisterin der Deutschen Presse-Agentur am Abend.",
            [(AGENCY, "Deutschen Presse-Agentur")],
        ),
        ("ข้อมูลจากสำนักข่าวไทย อสมท ระบุว่า ฝนจะตกหนักในภาคใต้ตลอดสัปดาห์นี้", [(AGENCY, "สำนักข่าวไทย อสมท")]),
    ],
)
def test_agencies_named_in_the_text(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("body", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hungarian names an outlet with its article; a bare plural noun opening the sentence is people or reports
        ("Szakértők szerint a tó vize idén is melegebb lesz a szokásosnál.", []),
        ("Becslések szerint több ezer turista érkezik a hétvégén.", []),
        ("A Népszava szerint a tó vize idén is melegebb lesz a szokásosnál.", [(SOURCE, "Népszava")]),
        # Russian state inspections and services cited for figures are officials
        ("По данным ГИБДД, за выходные на трассе произошло пять аварий.", []),
        ("По данным Росгидромета, морозы продлятся до конца недели.", []),
        ("По данным «Коммерсанта», сделка будет закрыта до конца года.", [(SOURCE, "Коммерсанта")]),
    ],
)
def test_no_source_in_people_reports_and_officials(
    text: str, expected: list[tuple[AttributionKind, str | None]]
) -> None:
    assert role_records("body", text) == expected


_UZ_PARAGRAPHS = [
    "Samarqand shahrining markazida yangi bogʻ ochildi va uni birinchi kuni minglab aholi ziyorat qildi.",
    "Bogʻda ikki yuzdan ortiq daraxt ekildi, bolalar uchun maydoncha va kichik koʻl barpo etildi.",
    "Shahar hokimligi maʼlumotiga koʻra, bogʻni qurishga ikki yil davomida mablagʻ ajratilgan.",
    "Kelgusi yilda shaharning boshqa tumanlarida ham shunday bogʻlar ochilishi rejalashtirilmoqda.",
]


def test_the_place_date_agency_dateline_on_its_own_line_over_the_text() -> None:
    page = "\n\n".join(["Bosh sahifa", "Jamiyat", "Sport", "Samarqandda yangi bogʻ ochildi", "03.10.2024, 10:15",
                        "Samarqand, 3 oktyabr, UzA", *_UZ_PARAGRAPHS, "Teglar: bogʻ, Samarqand"])  # fmt: skip
    found = extract_attributions(segment_text(page))
    assert [(f.kind, f.name) for f in found] == [(AGENCY, "UzA")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Тошкент, 3 октябрь, ЎзА. Шаҳар марказида янги боғ очилди.", ["ЎзА"]),
        ("London, 5 March, Reuters — The council met on Tuesday.", ["Reuters"]),
        ("Paris, 5 mars, Pierre Dupont", []),  # a person, no agency
        ("Samarqand, 3 oktyabr, UzA muxbiri", []),  # the agency's reporter: a byline, no dateline
    ],
)
def test_place_date_and_agency_parted_by_commas(text: str, expected: list[str]) -> None:
    assert [c.name for c in dateline_citations(text, load_gazetteer())] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ifølge Vestjyske Stiftstidende har færgen sejlet med flere passagerer i år.",
            [(SOURCE, "Vestjyske Stiftstidende")],
        ),
        ("Det skriver Morgenavisen.", [(SOURCE, "Morgenavisen")]),
        ("Uutisen kertoi ensimmäisenä Iltalehti.", [(SOURCE, "Iltalehti")]),
        ("Ifølge Lars Mikkelsen har færgen sejlet med flere passagerer i år.", []),  # a person
    ],
)
def test_a_paper_named_by_a_compound_closed_by_its_newspaper_word(
    text: str, expected: list[tuple[AttributionKind, str | None]]
) -> None:
    assert role_records("body", text) == expected


@pytest.mark.parametrize("word", ["Travis", "Davis", "Posten", "Lehti"])
def test_short_words_are_no_compound_outlet_names(word: str) -> None:
    assert not name_words().closes_with_outlet_word(word)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lower-case "sport" closing a sports channel's name
        ("„Bilo je teško“, rekao je trener za Arenu sport posle utakmice.", [(SOURCE, "Arenu sport")]),
        # a name closing an official body's longer name, read back over its links and "and" to the official word
        ("Das Landesamt für Küstenschutz und Meeresforschung meldet steigende Pegel.", []),
        ("Le ministère de l'Agriculture et de l'Alimentation a indiqué que les prix baissent.", []),
        # two outlets joined by "and", no official word before them
        ("The Harbor City Ledger and CNN reported the fire first.", [(SOURCE, "CNN")]),
    ],
)
def test_names_closing_a_longer_name(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("body", text) == expected
