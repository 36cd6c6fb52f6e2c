"""Session 22's attribution fixes after the first score of dumps_ml31's page attributions (0.901 found / 0.965
precision): each names a general shape of news pages' credits, with a negative where the shape could overreach. The
English "file" written in Indic scripts after a picture's cue, the Moroccan agency's short Arabic name in a dateline, a
German centre's or control room's word closing a compound (an institution, no source), a Marathi postposition
written onto a known outlet's name before the phrase citing it, a teaser's headline closing
with its picture's credit under a related-links heading, the writers parted by commas over the date where the
segmenter saw a headline, a Russian regional wire's name opened by its agency word in the dateline, and the
compiler's lower-case initials after an author cue under the article, the wire's dash sign-off closing a prose line
right under the article, which the segmenter cut from it. (Segmentation is not changed here: the examples
are invented, not the set's lines.)
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.credits.body_citations import dash_signed_paragraph, in_body_citations
from tasks.credits.credit_records import credit_line_attributions
from tasks.credits.head_records import HeadPage, title_line_records
from tasks.credits.page_words import page_lower_words
from tasks.credits.signoff_initials import cued_initials
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.people import PageSurnames
from tasks.lexicon.wire_citations import dateline_citations
from tasks.text.segment import segment_text
from tests.page_fixtures import EN_PARAGRAPHS, MENU

_DE_PARAGRAPHS = [
    "Die Gemeinde hat am Dienstag beschlossen, die Brücke über den Bach bis zum Herbst vollständig zu erneuern.",
    "Die Arbeiten sollen im Mai beginnen und rund drei Monate dauern, solange bleibt die Straße für Autos gesperrt.",
    "Für Fußgänger und Radfahrer wird neben der Baustelle ein schmaler Steg errichtet, der rund um die Uhr offen ist.",
    "Die Kosten von knapp einer Million Euro tragen zu gleichen Teilen das Land und die Gemeinde selbst.",
    "Anrainer hatten sich seit Jahren über Risse im Geländer und Schlaglöcher auf der Fahrbahn beschwert.",
    "Der Bürgermeister versprach, die Anrainer vor jedem Bauabschnitt rechtzeitig schriftlich zu informieren.",
]
_DE_MENU = "\n".join(["Startseite", "Lokales", "Sport", "Wetter", "Kontakt"])
_DE_FOOTER = "\n".join(["Impressum", "Datenschutz", "Werbung"])


def _credits(line: str) -> list[tuple[str, str | None]]:
    return [(str(f.kind), f.name) for f in credit_line_attributions(line, 1, load_gazetteer())]


def _cited(text: str) -> list[tuple[str, str | None]]:
    found = in_body_citations(text, 1, load_gazetteer(), False, False, PageSurnames([]))
    return [(str(f.kind), f.name) for f in found]


def _page(text: str) -> list[tuple[str, str | None]]:
    return [(str(f.kind), f.name) for f in extract_attributions(segment_text(text))]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ఫొటో: ఫైల్", [("photo", None)]),  # Telugu "Photo: file": an archive picture, no one named
        ("ఫొటో: ఫైల్ ఫోటో", [("photo", None)]),
        ("फोटो: फाइल", [("photo", None)]),  # the Hindi row of session 13, as before
    ],
)
def test_the_english_file_in_indic_scripts_names_no_one(line: str, expected: list[tuple[str, str | None]]) -> None:
    assert _credits(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("فاس (ومع) – افتتح وزير الصحة اليوم الاثنين مستشفى جديدا بالمدينة بطاقة 200 سرير.", ["map_morocco"]),
        ("الرباط (و.م.ع) – أعلنت الحكومة اليوم عن برنامج جديد لدعم الفلاحين.", ["map_morocco"]),  # as before
    ],
)
def test_the_moroccan_agencys_short_name_in_a_dateline(text: str, expected: list[str]) -> None:
    assert [c.canonical_id for c in dateline_citations(text, load_gazetteer())] == expected


def test_and_with_in_arabic_prose_names_no_agency() -> None:
    # "ومع" is also "and with" ("ومع ذلك": and yet): the short name counts only in credits, datelines, sign-offs
    text = "ومع ذلك، قال المسؤول إن الأشغال ستنتهي قبل نهاية السنة الجارية بحسب البرنامج المسطر."
    assert _cited(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Straße bleibt laut Verkehrsleitzentrale bis zum Abend gesperrt, ein Kran ist vor Ort.", []),
        ("Laut Verbraucherzentrale haben sich im Mai mehr als 300 Kunden über die Gebühren beschwert.", []),
        ("Laut Rettungsleitstelle wurden in der Nacht mehr als vierzig Einsätze wegen des Sturms gezählt.", []),
    ],
)
def test_a_centres_word_closing_a_german_compound_is_no_source(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _cited(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("लोकमतने दिलेल्या वृत्तानुसार, नवीन पूल पुढील महिन्यात वाहतुकीसाठी खुला होईल.", [("source", "लोकमत")]),
        ("महाराष्ट्र टाइम्सच्या वृत्तानुसार, शहरातील शाळा सोमवारपासून सुरू होतील.", [("source", "महाराष्ट्र टाइम्स")]),
        ("पोलिसांनी दिलेल्या माहितीनुसार, अपघातात दोन जण जखमी झाले आहेत.", []),  # the police: no outlet
        ("महापालिकेच्या अहवालानुसार, शहरात दोनशे खड्डे बुजवण्यात आले आहेत.", []),  # the council's report: no outlet
    ],
)
def test_a_marathi_postposition_written_onto_a_known_outlets_name(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _cited(text) == expected


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        ("Seeburg: Neues Freibad öffnet im Juni (Foto: Stadtwerke Seeburg)", False),  # a teaser's picture
        ("Foto: Stadtwerke Seeburg", True),  # a cued line of its own: maybe the article's, read as before
    ],
)
def test_a_teasers_headline_closing_with_its_pictures_credit_under_a_related_heading(line: str, credited: bool) -> None:
    related = "\n".join(["Weitere Artikel aus der Region", line, "Feuerwehr rückt zu Kellerbrand aus"])
    text = "\n\n".join([_DE_MENU, "Brücke wird bis zum Herbst erneuert", *_DE_PARAGRAPHS, related, _DE_FOOTER])
    assert (("photo", "Stadtwerke Seeburg") in _page(text)) is credited


@pytest.mark.parametrize(
    ("names", "in_text", "authors"),
    [
        ("Jonas Brunner, Katharina Egger", False, ["Jonas Brunner", "Katharina Egger"]),  # the writers over the date
        ("Jonas Brunner, Katharina Egger", True, []),  # named in the text: whom the article is about
        ("Jonas Brunner", False, []),  # one name alone: left to the byline block's own checks
        ("Berlin, Hamburg, München", False, []),  # places, no names
    ],
)
def test_writers_parted_by_commas_over_the_date_taken_for_the_headline(
    names: str, in_text: bool, authors: list[str]
) -> None:
    paragraphs = [*_DE_PARAGRAPHS[:5], f"Das sagten {names} am Dienstag im Rathaus."] if in_text else _DE_PARAGRAPHS
    head = ["Brücke wird bis zum Herbst erneuert", names, "Aktualisiert: 14.03.2025, 09:12"]
    segmented = segment_text("\n\n".join([_DE_MENU, *head, *paragraphs, _DE_FOOTER]))
    number = next(ll.line.number for ll in segmented.lines if ll.line.text == names)
    page = HeadPage(segmented, load_gazetteer(), page_lower_words(segmented), set())
    assert [f.name for f in title_line_records(names, number, page)] == authors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("НАЛЬЧИК, 3 июня — РИА «Кабардино-Балкария». Ремонт моста через реку завершится к осени.", True),
        ("АБАКАН, 12 марта — ИА «Хакасия». В городе открылась новая школа на тысячу мест.", True),
        ("НАЛЬЧИК, 3 июня — Мария Петрова. Ремонт моста через реку завершится к осени.", False),  # a reporter
        ("Нальчик, 3 июня — РИА «Кабардино-Балкария». Ремонт моста завершится к осени.", False),  # no capitals
        ("НАЛЬЧИК — РИА «Кабардино-Балкария». Ремонт моста через реку завершится к осени.", False),  # no date
    ],
)
def test_a_regional_wire_named_by_its_agency_word_in_the_dateline(text: str, expected: bool) -> None:
    agencies = [c for c in dateline_citations(text, load_gazetteer()) if str(c.kind) == "agency"]
    assert bool(agencies) is expected
    if expected:
        assert agencies[0].canonical_id is None and agencies[0].name.split()[0] in ("РИА", "ИА")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("oprac. kw", ["kw"]),  # the compiler's initials after the Polish cue
        ("Opracowanie: mz", ["mz"]),
        ("Autor: jk", ["jk"]),
        ("oprac. red.", []),  # the desk compiled it: no one
        ("Autor: dpa", []),  # an agency's code
        ("Von: uns", []),  # a word, not initials
        ("oprac. Anna Nowak", []),  # a name: the credit rules read it
        ("Foto: kw", []),  # no author's cue
    ],
)
def test_an_authors_lower_case_initials_after_a_cue(line: str, expected: list[str]) -> None:
    assert [f.name for f in cued_initials(line, 1, load_gazetteer())] == expected


def test_the_compilers_initials_under_the_article() -> None:
    text = "\n\n".join([MENU, "Council passes budget", *EN_PARAGRAPHS[:6], "oprac. kw", "Most read\nAbout us"])
    assert ("author", "kw") in _page(text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Polisi menasihatkan orang ramai supaya mengelak jalan itu sehingga petang ini. — BERNAMA", ["BERNAMA"]),
        ("Die Sperre soll bis zum Abend dauern. – dpa", ["dpa"]),
        ("Seuraava ottelu pelataan lauantaina Oulussa, kertoo STT.", []),  # a reporting verb: as often a teaser's
        ("Polisi menasihatkan orang ramai supaya mengelak jalan itu. — Ahmad Zaki", []),  # no agency
    ],
)
def test_the_wires_dash_sign_off_closing_prose_right_under_the_article(line: str, expected: list[str]) -> None:
    assert [f.name for f in dash_signed_paragraph(line, 1, load_gazetteer())] == expected
