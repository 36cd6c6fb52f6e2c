"""Sources cited inside paragraphs: reporting phrases, datelines, sign-offs and wire lines."""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.citations import reporting_citations
from tasks.lexicon.wire_citations import (
    dateline_citations,
    signoff_citations,
    wire_line_citations,
    wire_tail_citations,
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


def test_an_outlet_with_its_agency_is_a_wire_line() -> None:
    assert _records(wire_line_citations("Le Monde avec AFP", load_gazetteer())) == [
        (SOURCE, "Le Monde", None),
        (AGENCY, "AFP", "afp"),
    ]
    assert _records(wire_line_citations("Der Standard mit APA", load_gazetteer()))[1:] == [(AGENCY, "APA", "apa")]
    assert wire_line_citations("Interview with AFP", load_gazetteer()) == []  # one word: as often no outlet


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Как выяснила «Новая вкладка», договор расторгли.", "Новая вкладка"),
        ("Как выяснило издание Проект, договор расторгли.", "Проект"),
        ("Про це написала «Лівий берег» у вівторок.", "Лівий берег"),
        ("Kako je objavio portal Mondo, utakmica je odložena.", "Mondo"),
        ("Zuvor hatte die „Lausitzer Rundschau“ darüber berichtet.", "Lausitzer Rundschau"),
    ],
)
def test_verbs_that_also_introduce_people_cite_quoted_or_described_outlets(text: str, name: str) -> None:
    assert [c.name for c in reporting_citations(text, load_gazetteer())] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Как рассказал Смирнов, работы завершены.",
        "Kako je objavio Jovanović, utakmica je odložena.",
        "Як розповів Коваленко, ремонт завершено.",
    ],
)
def test_verbs_that_also_introduce_people_do_not_cite_a_bare_surname(text: str) -> None:
    assert reporting_citations(text, load_gazetteer()) == []


def test_a_bulgarian_dateline_names_its_agency_between_slashes() -> None:
    text = "БУРГАС, 12 март /БТА/. Пристанището беше затворено заради вятъра."
    assert [(c.kind, c.canonical_id) for c in dateline_citations(text, load_gazetteer())] == [(AGENCY, "bta")]


def test_an_unknown_name_between_slashes_is_no_dateline() -> None:
    assert dateline_citations("БУРГАС, 12 март /Иван/. Пристанището беше затворено.", load_gazetteer()) == []


def test_a_wire_line_run_into_the_last_paragraph_counts_after_its_last_sentence() -> None:
    text = "Седницата ќе продолжи во вторник. Дневник - МИА"
    records = _records(wire_tail_citations(text, load_gazetteer()))
    assert records == [(SOURCE, "Дневник", None), (AGENCY, "МИА", "mia")]
    assert [text[c.start : c.end] for c in wire_tail_citations(text, load_gazetteer())] == ["Дневник", "МИА"]
    latin = "Sjednica se nastavlja u utorak. Jutarnji list - Hina"
    assert _records(wire_tail_citations(latin, load_gazetteer())) == [
        (SOURCE, "Jutarnji list", None),
        (AGENCY, "Hina", "hina"),
    ]
    assert wire_tail_citations("Die Sitzung endet am Montag. Mehr dazu - Sport", load_gazetteer()) == []  # no agency


def test_a_dateline_may_write_the_agency_in_capitals() -> None:
    text = "АСТАНА, 5 наурыз (КАЗТАГ) - Үкімет жаңа бағдарламаны бекітті."
    assert _records(dateline_citations(text, load_gazetteer())) == [(AGENCY, "КАЗТАГ", "kaztag")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant will close, a spokesman told the Valley Herald on Monday.", [(SOURCE, "Valley Herald", None)]),
        ("The campaign told the Post Wednesday that it would appeal.", [(SOURCE, "Post", None)]),  # a weekday ends it
        ("The plant will close in March, a company spokesman told Reuters.", [(AGENCY, "Reuters", "reuters")]),
        ("Im Gespräch mit dem „Spiegel“ sagte die Ministerin, der Plan stehe.", [(SOURCE, "Spiegel", None)]),
        ("Решението е окончателно, каза министърът пред „24 часа“.", [(SOURCE, "24 часа", None)]),
        # Spoken to, or compared with, someone who is not an outlet: people, parliaments, German nouns.
        ("The minister told the Senate that the budget would pass by June.", []),
        ("The coach told Johnson to rest for two weeks before the final.", []),
        ("Der Umsatz stieg gegenüber dem Vorjahr um drei Prozent.", []),
        ("Die Ministerin sagte gegenüber dem Bundestag, der Haushalt sei solide.", []),
        ("Премиерът каза пред Народното събрание, че бюджетът ще бъде приет.", []),
    ],
)
def test_the_outlet_spoken_to_needs_an_outlets_own_marks(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _records(reporting_citations(text, load_gazetteer())) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'udienza è stata rinviata al 15 gennaio. /ANSA/", [(AGENCY, "ANSA", "ansa")]),
        ("Yaralılar çevredeki hastanelere kaldırıldı. – AA", [(AGENCY, "AA", "anadolu")]),
        ("The score was 2 - 1", []),
        ("He left at five. - The Editor", []),  # a dash sign-off takes known agencies only
    ],
)
def test_slash_and_dash_signoffs(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _records(signoff_citations(text, load_gazetteer())) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hallitus aikoo leikata kuntien rahoitusta, kertoo Helsingin Sanomat.", [(SOURCE, "Helsingin Sanomat", None)]),
        ("A informação foi divulgada pela Folha de S.Paulo nesta terça-feira.", [(SOURCE, "Folha de S.Paulo", None)]),
        # Interior ministries, police and emergency services by acronym are officials, not sources.
        ("Як паведаміла МУС, інцыдэнт адбыўся ўначы на праспекце Незалежнасці.", []),
        ("Potrivit ISU, nu au fost înregistrate victime.", []),
        ("Enligt Polismyndigheten greps två personer under natten.", []),
        ("The bill is dead, Politico reports.", [(SOURCE, "Politico", None)]),  # not the police stem "politi"
        ("Le parquet de Lyon a indiqué qu'une enquête avait été ouverte.", []),  # an official body's place
    ],
)
def test_blind8_round_reporting_phrases_and_officials(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _records(reporting_citations(text, load_gazetteer())) == expected


@pytest.mark.parametrize(
    "paragraph",
    ["Oulujärven jäätie on avattu liikenteelle. Elinvoimakeskuksen mukaan jää on nyt vähintään 40 senttiä paksua.",
     "Segundo o Centro de Gerenciamento de Emergências (CGE), a cidade chegou a ter 120 pontos de alagamento.",
     "Spółka PKP Polskie Linie Kolejowe poinformowała w czwartek, że zakończyła modernizację odcinka.",
     "Die Wahllokale haben geschlossen. Wir berichten laufend über Hochrechnungen und Reaktionen.",
     "Açıklamaya göre Kadıköy–Karaköy hattında saat 00.30'dan sonra da vapur kalkacak.",
     "Die Zahl der Asylanträge ist laut Bundesamt im Februar um zwölf Prozent gesunken."],
)  # fmt: skip
def test_authorities_companies_and_the_outlets_own_we_are_no_sources(paragraph: str) -> None:
    # Session 10 (page-level round): a compound closing in an institution's word, a centre or institute, a company
    # named with its descriptor, "we", "the statement" speak for themselves; they are no news source.
    assert reporting_citations(paragraph, load_gazetteer()) == []
