"""Session 30's fixes after studying the real pages' attribution errors (tests/data/real_attributions/trainable.json,
trainable2.json and eval_only_study.json) and what the last session left: a person's particle in lower case inside a
name under the text ("Jan van Dijk contributed to this report.", "… can be reached at …", "— Jan van Dijk"), the
Czech and Slovak "a" joining two writers above the text, and two Hebrew writers joined by the "and" written onto the
second ("נועה לוי ואיתי ברק") with no date beside them. The lines and pages are written for the tests, not taken from
the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attached_pairs import hebrew_pair
from tasks.credits.attribution import extract_attributions
from tasks.credits.closing_notes import contact_line, contributors_line, dash_signed
from tasks.credits.signed_lines import chrome_byline
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.separator_credits import separator_only
from tasks.text.segment import segment_text
from tests.page_fixtures import DE_ARTICLE, EN_PARAGRAPHS

HEADLINE = "Harbour town opens its new pier after two years of work"

CS_HEADLINE = "Brno opraví nejstarší mosty ve městě za dvě stě milionů"
CS_PARAGRAPHS = [
    "Radnice v Brně ve čtvrtek schválila nový plán na opravu mostů, který počítá s investicí přes dvě stě milionů "
    "korun během příštích tří let.",
    "Podle náměstka primátora se práce zaměří nejprve na nejstarší mosty v centru města, které jsou v nejhorším stavu "
    "a vyžadují rychlou opravu.",
    "Opozice plán kritizovala, protože podle ní nezohledňuje dopravní omezení, která opravy způsobí obyvatelům "
    "okrajových čtvrtí během letních měsíců.",
    "Město chce první zakázky vypsat ještě letos na podzim, aby stavební práce mohly začít na jaře, jakmile to dovolí "
    "počasí a rozpočet.",
    "Zastupitelé se k plánu vrátí na příštím jednání, kde budou hlasovat o konkrétním harmonogramu a o rozdělení peněz "
    "mezi jednotlivé mosty.",
]

HE_HEADLINE = "חיפה תשפץ את הנמל הישן בעלות של מאתיים מיליון שקלים"
HE_PARAGRAPHS = [
    "עיריית חיפה אישרה ביום חמישי תוכנית חדשה לשיפוץ הנמל הישן, שתעלה יותר ממאתיים מיליון שקלים במהלך שלוש השנים "
    "הקרובות.",
    "לדברי סגן ראש העירייה, העבודות יתמקדו תחילה במזחים הוותיקים ביותר, הנמצאים במצב הגרוע ביותר ודורשים תיקון מהיר.",
    "האופוזיציה מתחה ביקורת על התוכנית, משום שלדבריה היא אינה מתחשבת בהגבלות התנועה שיגרמו העבודות לתושבי השכונות.",
    "העירייה מתכוונת לפרסם את המכרזים הראשונים עוד השנה בסתיו, כדי שהעבודות יוכלו להתחיל באביב, ככל שמזג האוויר "
    "והתקציב יאפשרו.",
    "חברי המועצה ישובו לדון בתוכנית בישיבה הבאה, שבה יצביעו על לוח הזמנים ועל חלוקת הכספים בין המזחים השונים.",
]


def _found(page: list[str]) -> set[tuple[str, str | None, int]]:
    return {(f.kind.value, f.name, f.line) for f in extract_attributions(segment_text("\n\n".join(page)))}


def _line(page: list[str], text: str) -> int:
    return 2 * page.index(text) + 1


def _under_the_text(closing: str) -> list[str]:
    return ["Home", "News", HEADLINE, "By Ann Lee", *EN_PARAGRAPHS, closing, "Most read", "Bus fares rise again"]


@pytest.mark.parametrize(
    ("closing", "name"),
    [
        ("Jan van Dijk contributed to this report.", "Jan van Dijk"),
        ("Ahmed bin Salem contributed reporting.", "Ahmed bin Salem"),
        ("Maria de Souza contributed to this report.", "Maria de Souza"),  # "de": her name's, no place filed from
        ("Jan van Dijk can be reached at jan@example.com.", "Jan van Dijk"),
        ("— Anna von Berg", "Anna von Berg"),
    ],
)
def test_a_particle_inside_the_name_under_the_text(closing: str, name: str) -> None:
    page = _under_the_text(closing)
    found = _found(page)
    assert ("author", name, _line(page, closing)) in found
    assert not any(kind == "source" for kind, _, _ in found)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jan van Dijk contributed to this report.", ["Jan van Dijk"]),
        ("Ann Lee in London contributed to this report.", ["Ann Lee"]),  # the place filed from still cut off
        ("Ann Lee and Pieter de Wit contributed reporting.", ["Ann Lee", "Pieter de Wit"]),
        ("van Dijk contributed to this report.", []),  # a particle opens no name
        ("Police of the town contributed to this report.", []),
    ],
)
def test_the_contributors_line(line: str, names: list[str]) -> None:
    assert [f.name for f in contributors_line(line, 1, load_gazetteer(), False)] == names


@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        ("Ana Gil contributed to this report.", [("author", "Ana Gil")]),  # a first name that spells ANA
        ("Efe Mba contributed reporting.", [("author", "Efe Mba")]),  # and one that spells EFE
        ("Efe contributed to this report.", [("agency", "Efe")]),  # the agency alone, as Spanish papers write it
        ("The Associated Press contributed to this report.", [("agency", "The Associated Press")]),
    ],
)
def test_a_first_name_that_spells_an_agency_is_a_person(line: str, kinds: list[tuple[str, str]]) -> None:
    # Found in review (session 30): "Ana Gil contributed …" gave the agency ANA (African News Agency) named "Ana Gil".
    assert [(f.kind.value, f.name) for f in contributors_line(line, 1, load_gazetteer(), False)] == kinds


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jan van Dijk can be reached at jan@example.com.", ["Jan van Dijk"]),
        ("Jan Dijk van can be reached at jan@example.com.", []),  # a particle closes no name
    ],
)
def test_the_contact_line(line: str, names: list[str]) -> None:
    assert [f.name for f in contact_line(line, 1, False)] == names


@pytest.mark.parametrize(
    ("line", "names"),
    [("— Jan van Dijk", ["Jan van Dijk"]), ("— Ahmed bin Salem", ["Ahmed bin Salem"]), ("— van Dijk Berg", [])],
)
def test_the_dash_signature(line: str, names: list[str]) -> None:
    assert [f.name for f in dash_signed(line, 1)] == names


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("— Jan van Dijk", None),  # a person: the writer's signature, no source
        ("— Harbour Gazette", "Harbour Gazette"),
        ("— Reuters", "Reuters"),
    ],
)
def test_a_bare_dash_credit_is_no_persons(line: str, name: str | None) -> None:
    credit = separator_only(line)
    assert (credit.name if credit else None) == name


def test_a_czech_a_joins_two_writers_over_the_date() -> None:
    byline = "Tereza Malá a Ondřej Hájek"
    for page in (
        [CS_HEADLINE, byline, "3. března 2024", *CS_PARAGRAPHS],
        ["Zprávy", "Domov", CS_HEADLINE, byline, "3. března 2024", *CS_PARAGRAPHS],
        [CS_HEADLINE, "3. března 2024", byline, *CS_PARAGRAPHS],
    ):
        found = _found(page)
        assert ("author", "Tereza Malá", _line(page, byline)) in found
        assert ("author", "Ondřej Hájek", _line(page, byline)) in found


def test_the_a_joins_no_names_on_a_page_of_another_language() -> None:
    page = ["Home", "News", "Hafenstadt eröffnet neuen Pier nach zwei Jahren Bauzeit", "Jana Roth a Paul Weber",
            "3. März 2024", *DE_ARTICLE]  # fmt: skip
    assert not any(kind == "author" for kind, _, _ in _found(page))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("נועה לוי ואיתי ברק", ["נועה לוי", "איתי ברק"]),
        ("ראש הממשלה ושר הביטחון", []),  # offices: the article on each second word
        ("שר האוצר ושרת החינוך", []),
        ("דובר המשטרה ודובר הצבא", []),
        ("נועה לוי", []),
        ("חדשות חיפה והקריות כלכלה", []),  # a menu: "news of Haifa and the Krayot, economy"
        ("محمد علي وأحمد حسن", []),  # Arabic writes the article onto surnames: left to the date's company
    ],
)
def test_hebrew_pair(text: str, names: list[str]) -> None:
    assert hebrew_pair(text) == names


def test_a_hebrew_pair_above_the_text_is_two_writers_with_no_date() -> None:
    byline = "נועה לוי ואיתי ברק"
    for page in ([HE_HEADLINE, byline, *HE_PARAGRAPHS], ["חדשות", HE_HEADLINE, byline, *HE_PARAGRAPHS]):
        found = _found(page)
        assert ("author", "נועה לוי", _line(page, byline)) in found
        assert ("author", "איתי ברק", _line(page, byline)) in found


def test_two_offices_above_the_text_are_no_writers() -> None:
    page = [HE_HEADLINE, "ראש הממשלה ושר הביטחון", *HE_PARAGRAPHS]
    assert not any(kind == "author" for kind, _, _ in _found(page))


def test_the_byline_blocks_reader_parts_the_hebrew_pair() -> None:
    assert [f.name for f in chrome_byline("נועה לוי ואיתי ברק", 1, load_gazetteer())] == ["נועה לוי", "איתי ברק"]
