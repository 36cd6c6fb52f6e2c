"""Session 47's study of the real pages' attributions (issue 13, helper s47-realcite). A caption's closing bracket
that names the picture's supplier before its picture word, as the wires' "(AP Photo)" does, credits the picture: the
Indian, US and UK papers credit their own and their wires' pictures so ("(PTI Photo)", "(HT Photo)", "(The Hindu
Photo)", "(Hindustan Times photo)"), with the photographer after "by" ("(Express photo by Ann Lee)"). A common word
there ("(File Photo)", "(Representational Photo)") names no one. The paper's or the agency's desk word and a known
wire alone on a line, maybe with the city filed from ("Redazione ANSA", "Redazione ANSA ROMA", "Redaktion dpa"),
names the agency; the desk word before anything else ("Redazione Web", "Redazione Roma") names no one. The lines are
written for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.text.segment import segment_text

_EN = (
    "The city council voted on Tuesday to close the old bridge over the river for repairs that will take two years, "
    "the mayor said after a long meeting that ran late into the night.",
    "Drivers will be sent over the new bridge to the north, which the city opened last spring after a decade of "
    "planning, and buses will take a longer route.",
    "Shop owners on the river street said they fear losing customers while the bridge is closed, and asked the "
    "council for help with their rents during the works.",
    "The council said it would study the request and answer before the end of the month, when the first fences go "
    "up on the bridge.",
)
_IT = (
    "Il consiglio comunale ha votato martedì la chiusura del vecchio ponte sul fiume per lavori che dureranno due "
    "anni, ha detto il sindaco dopo una lunga riunione.",
    "Gli automobilisti saranno deviati sul nuovo ponte a nord, che la città ha aperto la scorsa primavera dopo dieci "
    "anni di progetti.",
    "I negozianti della via del fiume hanno detto di temere di perdere clienti finché il ponte resterà chiuso, e "
    "hanno chiesto aiuto al comune.",
    "Il comune ha detto che studierà la richiesta e risponderà entro la fine del mese, quando saranno montate le "
    "prime recinzioni.",
)


def _records(lines: list[str]) -> list[tuple[str, str | None]]:
    text = "\n\n".join(["The River Daily", "Home", "Local", "Sport", *lines, "Privacy policy"]) + "\n"
    return sorted((f.kind.value, f.name) for f in extract_attributions(segment_text(text)))


def _caption_in_text(caption: str) -> list[tuple[str, str | None]]:
    return _records(["Old bridge to close for two years", *_EN[:2], caption, *_EN[2:]])


@pytest.mark.parametrize(
    ("supplier", "kind"),
    [("HT", "Photo"), ("TOI", "Photo"), ("The Hindu", "Photo"), ("Hindustan Times", "photo"),
     ("Washington Post", "photo"), ("UNI", "Photo")],
)  # fmt: skip
def test_a_caption_bracket_naming_its_supplier_before_the_picture_word_credits_the_picture(
    supplier: str, kind: str
) -> None:
    assert _caption_in_text(f"The mayor at the bridge on Tuesday. ({supplier} {kind})") == [("photo", supplier)]


def test_the_supplier_first_bracket_with_by_names_the_photographer_too() -> None:
    assert _caption_in_text("The mayor at the bridge on Tuesday. (Express photo by Amit Rao)") == [
        ("photo", "Amit Rao")
    ]


@pytest.mark.parametrize("word", ["File", "Representational", "STOCK", "POOL"])
def test_a_common_word_before_the_picture_word_names_no_supplier(word: str) -> None:
    assert _caption_in_text(f"The mayor at the bridge on Tuesday. ({word} Photo)") == []


def test_a_supplier_first_caption_taken_for_the_headline_credits_the_picture() -> None:
    lines = ["Old bridge to close for two years", "Updated: Mar 3, 2020 10:02 IST",
             "The old bridge over the river on Tuesday. (TOI Photo)", *_EN]  # fmt: skip
    assert _records(lines) == [("photo", "TOI")]


def _italian_page(line: str) -> list[tuple[str, str | None]]:
    return _records(["Il vecchio ponte chiuderà per due anni", *_IT, line])


@pytest.mark.parametrize(
    ("line", "agency"),
    [("Redazione ANSA", "ANSA"), ("Redazione ANSA ROMA", "ANSA"), ("Redazione Adnkronos", "Adnkronos")],
)  # fmt: skip
def test_the_desk_word_and_a_known_wire_alone_on_a_line_name_the_agency(line: str, agency: str) -> None:
    assert _italian_page(line) == [("agency", agency)]


@pytest.mark.parametrize("line", ["Redazione", "Redazione Web", "Redazione Roma", "La Redazione"])
def test_the_desk_word_before_no_wire_names_no_one(line: str) -> None:
    assert _italian_page(line) == []
