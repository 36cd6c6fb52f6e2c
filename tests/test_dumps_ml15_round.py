"""Session 14's fixes after the first score of dumps_ml15 (page attributions 0.809 found / 0.877 precision, body F1
0.935): each names a general shape of news pages (a courtesy phrase before a one-word supplier, a "compiled by"
byline, a "with information from" sign-off line, writers' initials in brackets, the dative of an outlet's
correspondent in the Turkic languages, the first paragraph under a caption the segmenter kept in the text), with a
negative where the shape could overreach.
"""

from __future__ import annotations

import pytest

from schemas import Label
from tasks.credits.attribution import extract_attributions, in_body_citations
from tasks.credits.openings import first_paragraph
from tasks.credits.signed_lines import signed_below
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.text.features import ends_sentence
from tasks.text.lines import Line
from tasks.text.segment import LabelledLine, Segmented
from tasks.text.verdicts import Verdict


def _records(text: str) -> list[tuple[str, str | None]]:
    from tasks.credits.credit_records import credit_line_attributions

    return [(str(f.kind), f.name) for f in credit_line_attributions(text, 1, load_gazetteer())]


def _signed(text: str) -> list[tuple[str, str | None]]:
    return [(str(f.kind), f.name) for f in signed_below(text, 1, load_gazetteer())]


def _cited(text: str, first: bool = False, last: bool = False) -> list[tuple[str, str | None]]:
    return [(str(f.kind), f.name) for f in in_body_citations(text, 1, load_gazetteer(), first=first, last=last)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Foto: Cortesía Dagran", [("photo", "Dagran")]),  # Spanish "courtesy" before the supplier's one word
        ("Foto: cortesía de Dagran", [("photo", "Dagran")]),
        ("Photo: courtesy of Bernina", [("photo", "Bernina")]),
        ("Photo: courtesy Yes", [("photo", None)]),  # a short word after it is a caption's, as after the colon
    ],
)
def test_a_courtesy_phrase_before_one_supplier_word(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _records(text) == expected


def test_the_polish_compiled_by_byline() -> None:
    credit = parse_credit_line("Opracowanie: Katarzyna Wójcik")
    assert credit is not None and (str(credit.kind), credit.name) == ("author", "Katarzyna Wójcik")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Con información de Colprensa", [("agency", "Colprensa")]),  # the sign-off line: an agency record
        ("Com informações da Agência Brasil", [("agency", "Agência Brasil")]),
        ("Con información de la Alcaldía de Urrao", []),  # an official body: cited, no record
    ],
)
def test_a_with_information_from_line_under_the_article(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _signed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(mkr, jop)", [("author", "mkr"), ("author", "jop")]),  # TASR's writer and editor, bracketed, a comma
        ("(ale)", [("author", "ale")]),  # one code alone: the bracket says it signs
        ("kf/tm", [("author", "kf"), ("author", "tm")]),  # slashed, unbracketed, as before
        ("(sic)", []),  # an editor's note, no one's initials
        ("(red)", []),  # a desk's code
        ("(sda/mk)", [("agency", "sda"), ("author", "mk")]),  # the agency's sign-off keeps its agency
    ],
)
def test_writers_initials_under_the_article(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _signed(text) == expected


def test_initials_closing_the_last_paragraph() -> None:
    text = "Am Nachmittag verteilte er die letzten Brote kostenlos. „Wegwerfen kam nicht infrage“, sagte er. (ale)"
    assert _cited(text, last=True) == [("author", "ale")]
    assert ends_sentence(text)  # so the segmenter keeps it in the text
    assert _cited("Es gab keine Einwände. (sic)", last=True) == []
    assert not ends_sentence("Mehr dazu (PDF)")
    assert _cited("Alles bleibt offen. (sda/lsc)", last=True)[0] == ("agency", "sda")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Teknik direktör AA muhabirine yaptığı açıklamada, "Karar kulübümüzündür" dedi.', [("agency", "AA")]),
        ("Nazir APA-nın müxbirinə bildirib ki, ixrac artıb və qiymətlər sabitdir.", [("agency", "APA")]),
        ("Ahmet Yılmaz muhabirine konuştu ve her şeyi ayrıntılı olarak anlattı.", []),  # a person, no outlet
    ],
)
def test_the_dative_of_an_outlets_correspondent(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _cited(text) == expected


def test_the_first_paragraph_under_a_caption_kept_in_the_text() -> None:
    # the segmenter kept a caption and its credit in the text, over the wire dateline's paragraph
    dateline = (
        "Rabat, 17/03/2025 (MAP) - Le coup d'envoi des travaux d'un parc éolien d'une capacité de 300 mégawatts a été"
        " donné, lundi, dans la province de Tarfaya, a annoncé le ministère de la Transition énergétique."
    )
    lines = ["Des éoliennes dans la région de Laâyoune.", "DR", dateline, "Ce projet sera réalisé en deux ans."]
    segmented = _as_body(["Économie", *lines], body_from=2)
    assert first_paragraph(segmented, 2) == 4
    assert ("agency", "MAP") in [(str(f.kind), f.name) for f in extract_attributions(segmented)]
    # a long caption: the first body line itself is the paragraph; four short lines: none is
    assert first_paragraph(_as_body([dateline, "DR"], body_from=1), 1) == 1
    assert first_paragraph(_as_body(["Kurz.", "DR", "Kurz.", dateline], body_from=1), 1) == 0


def _as_body(texts: list[str], body_from: int) -> Segmented:
    """A page whose lines from number `body_from` on are body, those above chrome."""
    lines = [
        LabelledLine(Line(n, t, n - 1, 0), Verdict(Label.BODY if n >= body_from else Label.CHROME, "", "test", "", 1.0))
        for n, t in enumerate(texts, start=1)
    ]
    return Segmented(lines, "fr", 1.0, (body_from, len(texts)))
