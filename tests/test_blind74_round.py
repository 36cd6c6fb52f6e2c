"""Session 40's fixes after blind74's first score (P 0.990 / R 0.980): each names a general pattern, in the role the
line has on a page (credit, byline, above, body, first, last), with a negative where the pattern could overreach. The
lines are written for the tests, not taken from a set.
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tests.role_records import AUTHOR, PHOTO, SOURCE, role_records


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # a cue of one language, no colon, then two names joined by that language's "and", which is a common word of
        # another language (the Swahili "na", the Finnish "ja", the Latvian "un", the Uzbek "va")
        ("last", "Imeandikwa na Amina Said na Juma Hassan", [(AUTHOR, "Amina Said"), (AUTHOR, "Juma Hassan")]),
        ("byline", "Imeandaliwa na Amina Said na Juma Hassan", [(AUTHOR, "Amina Said"), (AUTHOR, "Juma Hassan")]),
        ("byline", "Teksti Mikko Lahtinen ja Sanna Koivisto", [(AUTHOR, "Mikko Lahtinen"), (AUTHOR, "Sanna Koivisto")]),
        ("byline", "Autors Pēteris Ozols un Līga Liepa", [(AUTHOR, "Pēteris Ozols"), (AUTHOR, "Līga Liepa")]),
        (
            "byline",
            "Muallif Bekzod Tursunov va Malika Yusupova",
            [(AUTHOR, "Bekzod Tursunov"), (AUTHOR, "Malika Yusupova")],
        ),
        ("credit", "Picha na Amina Said na Juma Hassan", [(PHOTO, "Amina Said"), (PHOTO, "Juma Hassan")]),
        # the word stays a word of the sentence where no capitalised name follows it
        ("byline", "Imeandikwa na mwandishi wetu", []),
        # between two outlet words it is inside one outlet's name, after the photographer's slash
        ("credit", "Kuva: Anna Niemi / Keski-Suomen Radio ja TV", [(PHOTO, "Anna Niemi")]),
    ],
)
def test_cue_language_and(role: str, text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records(role, text) == expected


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # English newspaper-name words of the regional and mining-town papers: "Miner", "Banner"
        (
            "body",
            "The smelter will shut in May, the Coolgardie Miner reported on Tuesday.",
            [(SOURCE, "Coolgardie Miner")],
        ),
        ("body", "Rents rose again, according to the Harbourside Banner.", [(SOURCE, "Harbourside Banner")]),
        ("body", "A miner reported the leak to the shift boss on Tuesday.", []),  # the job in lower case
        # the Turkic "(its) correspondent" between the outlet and the verb
        ("body", "Bu haqda «Xabar.uz» muxbiri xabar berdi.", [(SOURCE, "Xabar.uz")]),
        ("body", "Бұл туралы «Дала жаршысы» тілшісі хабарлады.", [(SOURCE, "Дала жаршысы")]),
        # forwards a person's name follows it: no outlet
        ("body", "Xabar.uz muxbiri Jasur Olimov xabar berdi.", []),
        ("body", "Бұл туралы «Дала жаршысы» тілшісі Ерлан Сейітов хабарлады.", []),
    ],
)
def test_outlet_words(role: str, text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records(role, text) == expected


@pytest.mark.parametrize(
    ("role", "text", "expected"),
    [
        # a cue inside a short quoted title (a film's, a book's, a show's) is a word of the title
        ("last", "Le film « La Ville selon Mopti » sera projeté jeudi.", []),
        ("body", "El libro «La ciudad según Tarija» se presenta el viernes.", []),
        # a quoted sentence is no title; a cue outside the quote still cites
        ("body", "« Les prix vont encore monter », selon La Dépêche.", [(SOURCE, "La Dépêche")]),
        # a place's opening word before a comma and a date: the dateline's place, no writer
        ("above", "Rio Claro, 12/05/2024 às 09h15", []),
        ("above", "Santa Rosa, 12/05/2024", []),
        ("above", "Mariana Lopes, 12/05/2024 às 09h15", [(AUTHOR, "Mariana Lopes")]),
    ],
)
def test_not_a_credit(role: str, text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records(role, text) == expected
