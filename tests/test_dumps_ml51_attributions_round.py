"""Session 32's attribution fixes after the first score of dumps_ml51's page attributions (0.813 found / 0.848
precision): each names a general shape of news pages' credits, with a negative where the shape could overreach. The
Faroese source cue "Kelda:"; the Kurmanji "Nûçe:" byline, only before a colon; the Tigrinya "ብ" written apart before a
writer's name; the Italian "secondo quanto riportato da(l)" and the Hausa "a cewar" before an outlet; the Romance
"office" heading a body cited for figures; a Hebrew writer's title before the name ("ד"ר"); an outlet's quoted name
closing a credit keeps its closing quote; a writer "with" the wire in brackets ("(avec AFP)"); a name over two job
titles joined by "and"; a caseless name over its place over the date; teasers' credits under a heading of links, and
a teaser's byline between two headlines under the text. (The examples are invented, not the set's lines.)
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions
from tasks.credits.bare_bylines import name_over_place, name_over_role
from tasks.credits.wire_brackets import writer_with_wire
from tasks.lexicon.agencies import load_gazetteer
from tasks.text.segment import segment_text
from tests.role_records import AGENCY, AUTHOR, SOURCE, VIDEO, role_records


def _records(text: str) -> list[tuple[AttributionKind, str | None]]:
    return [(f.kind, f.name) for f in extract_attributions(segment_text(text))]


def _kinds_names(found: list) -> list[tuple[AttributionKind, str | None]]:  # type: ignore[type-arg]
    return [(f.kind, f.name) for f in found]


def test_the_faroese_source_cue() -> None:
    assert role_records("credit", "Kelda: Útvarp Føroya") == [(SOURCE, "Útvarp Føroya")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nûçe: Berfîn Demir", "Berfîn Demir"),  # Kurmanji "news:"
        ("ብ ተስፋይ ኣብርሃ", "ተስፋይ ኣብርሃ"),  # Tigrinya "by", written apart
        ('מאת ד"ר מיכל לוי', "מיכל לוי"),  # Hebrew "by Dr."
        ("מאת פרופ' אבי כהן", "אבי כהן"),  # Hebrew "by Prof."
    ],
)
def test_byline_cues(text: str, name: str) -> None:
    assert role_records("credit", text) == [(AUTHOR, name)]


@pytest.mark.parametrize("text", ["Nûçeyên herî dawî", "Nûçe û bûyer", "ብመሰረት ሓበሬታ ሚኒስትሪ"])
def test_no_byline_without_the_cues_shape(text: str) -> None:
    assert role_records("credit", text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Secondo quanto riportato da Gazzetta del Sud, la strada resterà chiusa fino a lunedì.", "Gazzetta del Sud"),
        ("Secondo quanto riportato dal Corriere Adriatico, il cantiere partirà in estate.", "Corriere Adriatico"),
        ("A cewar jaridar Leadership, an rufe makarantun na tsawon mako guda.", "Leadership"),  # Hausa
    ],
)
def test_reporting_phrases_before_the_outlet(text: str, name: str) -> None:
    assert role_records("body", text) == [(SOURCE, name)]


@pytest.mark.parametrize(
    "text",
    [
        "Secondo quanto riferito da Marco Bianchi, il cantiere partirà in estate.",  # a person, no outlet
        "A cewar gwamnan jihar, za a bude makarantun a mako mai zuwa.",  # the governor
        "Según los datos de la Oficina de Turismo de Lugo, llegaron 12.000 visitantes.",  # an office's figures
        "Secondo l'Ufficio scolastico regionale mancano ancora 300 docenti.",
    ],
)
def test_people_and_offices_are_no_source(text: str) -> None:
    assert [r for r in role_records("body", text) if r[0] is SOURCE] == []


def test_an_outlet_after_segun_is_still_a_source() -> None:
    text = "Según La Voz de Galicia, la obra costará 3 millones."
    assert role_records("body", text) == [(SOURCE, "La Voz de Galicia")]


def test_an_outlets_quoted_name_keeps_its_closing_quote() -> None:
    assert role_records("credit", "Видео: ГТРК «Кузбасс»") == [(VIDEO, "ГТРК «Кузбасс»")]
    assert role_records("credit", "Видео: телеканал «Кузбасс 24»") == [(VIDEO, "Кузбасс 24")]


def test_a_writer_with_the_wire_in_brackets() -> None:
    found = writer_with_wire("Claire Vidal (avec AFP)", 3, load_gazetteer())
    assert _kinds_names(found) == [(AUTHOR, "Claire Vidal"), (AGENCY, "AFP")]


@pytest.mark.parametrize("text", ["New York (with AP)", "Le Monde (avec AFP)", "Claire Vidal (AFP)"])
def test_no_writer_with_the_wire_without_its_shape(text: str) -> None:
    assert writer_with_wire(text, 3, load_gazetteer()) == []


def test_a_name_over_two_titles_joined_by_and() -> None:
    found = name_over_role("Uxía Carballo", "Xornalista e escritora", 3, load_gazetteer())
    assert _kinds_names(found) == [(AUTHOR, "Uxía Carballo")]
    assert name_over_role("Uxía Carballo", "Deportes e cultura", 3, load_gazetteer()) == []


def test_a_caseless_name_over_its_place_over_the_date() -> None:
    found = name_over_place("सीता थापा", "डोटी", "फागुन १५, २०८१", 3, load_gazetteer())
    assert _kinds_names(found) == [(AUTHOR, "सीता थापा")]


@pytest.mark.parametrize(
    ("name", "place", "under"),
    [
        ("सीता थापा", "डोटी", "प्रदेश समाचार"),  # no date under the place
        ("सीता थापा", "डोटी जिल्ला अस्पताल", "फागुन १५, २०८१"),  # no one word of a place
        ("Anna Berg", "Oslo", "15. mars 2025"),  # a cased script: the name line is read by itself
    ],
)
def test_no_stacked_byline_without_its_shape(name: str, place: str, under: str) -> None:
    assert name_over_place(name, place, under, 3, load_gazetteer()) == []


_RELATED = """Linth-Zeitung
Region
Sport

Kanton Glarus
Neue Brücke über die Linth wird im Sommer gebaut
Der Kanton hat den Kredit von 4 Millionen Franken freigegeben. Die Arbeiten dauern ein Jahr.
Von Sandra Kälin
Mittwoch, 9. April 2025, 10:20 Uhr

Der Glarner Regierungsrat hat den Kredit für die neue Brücke in Schwanden freigegeben. Die Arbeiten beginnen im Juni.
Die alte Brücke aus dem Jahr 1958 genügt den Anforderungen an den Schwerverkehr nicht mehr, schreibt der Kanton.
Während der Bauzeit wird der Verkehr einspurig über eine Hilfsbrücke geführt. Fussgänger können die Baustelle queren.

Mehr zum Thema
Schwanden: Das Dorf feiert seine neue Schule
{credit}
Näfels: Gemeinde plant neuen Werkhof

Meistgelesen
1. Braunwald: Neue Bahn fährt ab Juli
2. Mollis: Chilbi findet wieder statt
"""


@pytest.mark.parametrize(
    ("credit", "name"), [("Von Peter Zwicky", "Peter Zwicky"), ("Video: Tele Linth", "Tele Linth")]
)
def test_a_credit_under_a_headline_of_a_list_of_links_is_the_teasers(credit: str, name: str) -> None:
    records = _records(_RELATED.format(credit=credit))
    assert (AUTHOR, "Sandra Kälin") in records and [r for r in records if r[1] == name] == []


# Integration (session 32): the list may stand under a second widget's heading ("Video of the day" under a standings
# table, each its own block); every such heading under the text starts a list, not only the first one.
_TABLE = "Tabelle\n1. FC Glarus 40\n2. FC Linth 38\n3. FC Mollis 35\n\n"
_STACKED = _RELATED.replace("Mehr zum Thema\n", _TABLE + "Mehr zum Thema\n")


@pytest.mark.parametrize(
    ("credit", "name"), [("Von Peter Zwicky", "Peter Zwicky"), ("Video: Tele Linth", "Tele Linth")]
)
def test_a_credit_under_the_second_of_two_widget_headings_is_the_teasers(credit: str, name: str) -> None:
    records = _records(_STACKED.format(credit=credit))
    assert (AUTHOR, "Sandra Kälin") in records and [r for r in records if r[1] == name] == []


_MORE_IN = """הד הצפון
חדשות
דעות

דעות
העיר צריכה עוד גנים ציבוריים, לא עוד חניונים
מאת מיכל לוי
פורסם: 03.04.2025, 10:15

בכל שנה נסגר עוד גן קטן בעיר, ובמקומו נבנה חניון או מגדל משרדים. הילדים משחקים ברחוב.
העירייה מבטיחה גנים חדשים בשכונות החדשות, אבל התושבים של השכונות הוותיקות נשארים בלי כלום.
אני מציעה כלל פשוט: על כל דונם שנבנה, דונם אחד של גן ציבורי באותה שכונה.

שתפו: פייסבוק | וואטסאפ

עוד במדור
למה אנחנו לא ממחזרים כמו שצריך
מאת אבי כהן
מכתב פתוח לראש העירייה
"""


def test_a_teasers_byline_between_two_headlines_under_the_text() -> None:
    records = _records(_MORE_IN)
    assert (AUTHOR, "מיכל לוי") in records and (AUTHOR, "אבי כהן") not in records
