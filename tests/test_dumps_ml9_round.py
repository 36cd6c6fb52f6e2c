"""Session 11's fixes after the first score of dumps_ml9's page attributions (0.694 found / 0.827 precision): each
names a general shape of news pages (sign-offs, caption credits, the byline above an opinion column's headline,
spaced numeric dates, compilers' credits), with a negative where the shape could overreach.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions, in_body_citations
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.date_text import parse_date_text
from tasks.text.segment import segment_text

NOW = datetime(2026, 12, 4, tzinfo=UTC)


def _cited(text: str, last: bool = True) -> list[tuple[str, str | None]]:
    return [(str(f.kind), f.name) for f in in_body_citations(text, 1, load_gazetteer(), first=False, last=last)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer's initials beside the agency in a sign-off are an author; a desk's code is no one
        ("Die Gurtenbahn AG will ein Gesuch einreichen. (sda/mk)", [("agency", "sda"), ("author", "mk")]),
        ("Vláda o návrhu rozhodne v pondělí. (ČTK, jab)", [("agency", "ČTK"), ("author", "jab")]),
        ("Die Kosten schätzen die Bürgermeister auf 18 Millionen Euro. (APA/red)", [("agency", "APA")]),
        ("Der Entwurf soll im Herbst zur Abstimmung stehen. (dpa/lnw)", [("agency", "dpa")]),  # dpa's regional desk
        # the full-width brackets of Japanese copy
        ("観光庁によると、外国人客は禍前の水準を上回っている。（共同）", [("agency", "共同")]),
    ],
)
def test_sign_offs_name_the_agency_and_the_writers_initials(text: str, expected: list[tuple[str, str]]) -> None:
    assert _cited(text) == expected


def test_a_bracketed_abbreviation_inside_the_text_is_no_sign_off() -> None:
    assert _cited("Die Abgeordneten (CDU/mk) stimmten zu. Der Antrag wurde abgelehnt.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Nunca se rinde", dijo el entrenador, según consignó la agencia NA.', [("agency", "NA")]),
        ("Об этом сообщило информагентство «Регион-Информ».", [("agency", "Регион-Информ")]),
        # a German clause closed by its auxiliary after the participle
        ("Wie die «Berner Zeitung» im Oktober berichtet hatte, war es billiger.", [("source", "Berner Zeitung")]),
    ],
)  # fmt: skip
def test_the_word_for_a_news_agency_and_verb_final_clauses(text: str, expected: list[tuple[str, str]]) -> None:
    assert _cited(text, last=False) == expected


@pytest.mark.parametrize(
    "text",
    [
        "along the lines of the Pentagon's blue-sky research agency Darpa. The Kremlin has also redirected forces",
        "Камионите се отклоняват, съобщиха от Агенция „Пътна инфраструктура“ в понеделник.",
    ],
)
def test_agency_alone_before_a_name_that_is_no_acronym_is_no_news_agency(text: str) -> None:
    # "agency" also names government bodies: only an acronym after it is taken for a news agency
    assert [kind for kind, _ in _cited(text, last=False) if kind == "agency"] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("© Solène Abitbol / Hans Lucas", "Solène Abitbol / Hans Lucas"),  # a caption's own credit line
        ("© AFP", "AFP"),
        ("Le site de l'hôpital à Payerne. [KEYSTONE - Jean-Christophe Bott]", "KEYSTONE - Jean-Christophe Bott"),
        ("oprac. Anna Kowalczyk-Rudnik", "Anna Kowalczyk-Rudnik"),  # the compiler's credit (Polish)
        ("Připravila Jana Nováková", "Jana Nováková"),
    ],
)
def test_credit_lines_of_captions_and_compilers(text: str, names: str) -> None:
    credit = parse_credit_line(text)
    assert credit is not None and credit.name == names


@pytest.mark.parametrize("text", ["© Le Monde", "© 2026 Le Monde", "Voir aussi [Lire la suite]", "© Copyright Post"])
def test_footers_and_links_are_no_photo_credits(text: str) -> None:
    assert parse_credit_line(text) is None


@pytest.mark.parametrize("text", ["3. 12. 2026 8:05", "Publikováno 14. 3. 2025 13:02"])
def test_spaced_numeric_dates_of_central_european_sites(text: str) -> None:
    assert parse_date_text(text.removeprefix("Publikováno "), NOW, "cs") is not None


BLOG = """Zprávy

Kultura

Blog

Jaroslav Dvořáček

Proč v Brně stále nemáme nádraží, o kterém se mluví třicet let

3. 12. 2026 8:05

Když jsem poprvé slyšel o přesunu brněnského nádraží, psal se rok 1996 a všichni čekali stavbu do pěti let.

Tento týden Správa železnic oznámila další posun stavby, tentokrát na rok 2031, a město mlčí.

Nechci tvrdit, že odsun nádraží je jednoduchý projekt, ale po třiceti letech debat bych čekal plán.

{box}

Dopravní inženýr, Brňák, cyklista. Píšu o městě, vlacích a o tom, proč se věci nedějí.

Diskuse (37)
"""


def _authors(page: str) -> list[str | None]:
    found = extract_attributions(segment_text(page))
    return [f.name for f in found if f.kind is AttributionKind.AUTHOR]


def test_a_name_above_the_headline_is_the_author_when_the_author_box_names_it_too() -> None:
    assert _authors(BLOG.format(box="Jaroslav Dvořáček")) == ["Jaroslav Dvořáček"]
    # without the author box, a line above the headline is as often a kicker or a section ("Atlanta Braves")
    assert _authors(BLOG.format(box="Další články")) == []
