"""Sentence-opening "as" clauses, outlet-first clauses and Arabic descriptor clauses (synthetic sentences)."""

from __future__ import annotations

import pytest

from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.citations import reporting_citations
from tasks.lexicon.outlet_clauses import arabic_described_spans, as_clause_spans, outlet_first_spans


def _names(text: str) -> list[str]:
    return [c.name for c in reporting_citations(text, load_gazetteer())]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Comme l'a noté « La Gazette du Quercy », le pont restera fermé.", "La Gazette du Quercy"),
        ("Wie die „Elbtaler Nachrichten“ herausfand, wurde der Vertrag gekündigt.", "Elbtaler Nachrichten"),
        ("As the Lakeside Herald observed, the school will stay shut.", "Lakeside Herald"),
        ("The dam is leaking, the Canyon Post has confirmed.", "Canyon Post"),
        ("Рейсы отменены, «Полярная звезда» уточнила.", "Полярная звезда"),
        ("لفتت صحيفة نبض المدينة إلى أن الجسر مغلق.", "نبض المدينة"),
        ("Según contó La Crónica de Teruel, la feria se suspende.", "La Crónica de Teruel"),
    ],
)
def test_outlet_by_clause_shape(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "As Rivera noted, the school will stay shut.",  # a person
        "Как подчеркнула Ольга Седова, решение принято.",
        "The bill passed, the Star Wars actor said.",  # the run does not end in an outlet word
        "Votes were counted, TV reports said.",  # a kind of outlet, no name
        "Prices went up, Brightwater Foods said.",  # a company without an outlet word
        "Цены выросли, «дорого и сердито» сказал он.",  # a quoted phrase, not a name
        "وقالت وكالة الأنباء الرسمية إن الوفد وصل.",  # "the official news agency": no name
        "وقعت الحادثة في موقع البناء إلى أن وصلت الشرطة.",  # "at the building site": a place
        "As the crowd grew, the police left.",
        "Como dijo La Torre, el equipo ganó.",  # two words after an article: could be a person
    ],
)
def test_no_outlet(text: str) -> None:
    assert _names(text) == []


def test_each_shape_says_how() -> None:
    assert [h for _, h in as_clause_spans("Как уточнила «Заря», рейс отменён.")] == ["as_clause"]
    assert [h for _, h in outlet_first_spans("Рейс отменён, «Заря» уточнила.")] == ["outlet_first"]
    assert [h for _, h in arabic_described_spans("ألمحت صحيفة الفجر إلى أن")] == ["arabic_descriptor"]
