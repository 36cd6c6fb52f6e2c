"""Sources cited inside paragraphs: reporting phrases, datelines, sign-offs and wire lines."""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.citations import (
    dateline_citations,
    reporting_citations,
    signoff_citations,
    wire_line_citations,
)

AGENCY, SOURCE = AttributionKind.AGENCY, AttributionKind.SOURCE


def _records(citations: list) -> list[tuple[str, str, str | None]]:  # type: ignore[type-arg]
    return [(c.kind, c.name, c.canonical_id) for c in citations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Завод закроют к осени, передает Радио Восток.", [(SOURCE, "Радио Восток", None)]),
        ("Переговоры продолжатся, сообщает ТАСС.", [(AGENCY, "ТАСС", "tass")]),
        ("Toplantı ertelendi, Yeni Haber gazetesi bildirdi.", [(SOURCE, "Yeni Haber", None)]),
        ("The plant will close, the Valley Herald reported.", [(SOURCE, "Valley Herald", None)]),
        ("Home Depot reported earnings that topped estimates.", []),  # an object follows: not a citation
        ('"It is over," Jane Abbott reported.', []),  # a person quoted
        ("The findings were published in BMJ Case Reports .", []),  # a title, not a verb
        ("News agencies reported several explosions near the airport.", []),
    ],
)
def test_reporting_citations(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _records(reporting_citations(text, load_gazetteer())) == expected


def test_dateline_names_the_agency_even_when_its_name_is_a_common_word() -> None:
    found = dateline_citations("LISBOA, 4 mar (Lusa) - O Governo aprovou o plano.", load_gazetteer())
    assert _records(found) == [(AGENCY, "Lusa", "lusa")]
    assert dateline_citations("LONDON - The government fell today.", load_gazetteer()) == []


def test_signoff_takes_known_agencies_only() -> None:
    assert _records(signoff_citations("Die Gespräche gehen weiter. (dpa/AFP)", load_gazetteer())) == [
        (AGENCY, "dpa", "dpa"),
        (AGENCY, "AFP", "afp"),
    ]
    assert _records(signoff_citations("La séance reprendra. (Avec AFP)", load_gazetteer())) == [(AGENCY, "AFP", "afp")]
    assert signoff_citations("Members of the alliance met in Brussels (NATO).", load_gazetteer()) == []


def test_wire_line_names_outlet_and_agency() -> None:
    assert _records(wire_line_citations("Вечерни новини - БТА", load_gazetteer())) == [
        (SOURCE, "Вечерни новини", None),
        (AGENCY, "БТА", "bta"),
    ]
    assert wire_line_citations("Home - News - Sport", load_gazetteer()) == []
