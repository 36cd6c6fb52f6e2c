"""Outlets cited without a listed reporting verb, found by the clause's shape (synthetic sentences)."""

from __future__ import annotations

import pytest

from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.citations import reporting_citations
from tasks.lexicon.outlet_mentions import described_spans, quoted_clause_spans


def _names(text: str) -> list[str]:
    return [c.name.strip() for c in reporting_citations(text, load_gazetteer())]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Вода в реке поднялась на метр, констатирует портал «Приречье онлайн».", "Приречье онлайн"),
        ("Автобусы пустят по новой схеме, сигнализира вестник „Дунавски бряг“.", "Дунавски бряг"),
        ("Ремонт школи завершено, констатує видання «Слобідський край».", "Слобідський край"),
        ("Die Brücke bleibt gesperrt, verkündet die Zeitung „Havelbote Nord“.", "Havelbote Nord"),
        ("Le marché rouvrira lundi, signale l'hebdomadaire « Le Petit Vigneron ».", "Le Petit Vigneron"),
        ("The council met again, the broadcaster WQZT noted.", "WQZT"),
        ("Liman genişletilecek, Körfez Ekspres gazetesi öne sürdü.", "Körfez Ekspres"),
        ("Köprü ihalesi iptal edildi, 'Yayla Haber' internet sitesi ileri sürdü.", "Yayla Haber"),
        ("Жаңа мектеп ашылды, деп «Дала үні» басылымы атап өтті.", "Дала үні"),
        ("Зграда је продата, открива лист „Подунавски гласник“.", "Подунавски гласник"),
        ("Nova linija kreće u maju, ističe portal „Sremski puls“.", "Sremski puls"),
        ("Das ergibt sich aus einer Recherche des Senders Kanal Ostsee.", "Kanal Ostsee"),
        ("Ціни на проїзд зростуть, констатує «Поліська хвиля».", "Поліська хвиля"),
        ("La route restera fermée, précise la chaîne régionale Vallée TV.", "Vallée TV"),  # one adjective between
        ("Первым о сделке узнал онлайн-журнал «Северный ветер».", "Северный ветер"),  # a hyphenated compound
        ("Die Schule schließt, meldet das Stadtportal Kieler Blick.", "Kieler Blick"),  # a German compound
    ],
)
def test_outlet_cited_with_an_unlisted_verb(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Мост откроют весной, констатировал Павел Громов.",  # a person: bare names are never enough
        "The budget is balanced, the treasurer Tom Reyes noted.",
        "Тарифы пересмотрят, констатировали в компании «Водоканал».",  # a company, after a preposition
        "Цените остават, заявиха от „Електроснабдяване“.",  # an organisation speaking ("from")
        "He worked for years in the newspaper Valley Times.",  # where he worked, not a citation
        "Anna Berg, the editor of the magazine Coastal Living, agreed.",  # the outlet is her employer
        "The show starred two singers, and the website Gossip Hub.",  # an item of a list
        "The figures came out, the agency NATO confirmed on Monday afternoon in Brussels.",
        "He called it, the so-called «Big Deal», a trick.",  # a quoted phrase in a clause that goes on
        "Marta, la «reine du marché», est partie.",  # a nickname: only function words before the quote
        "The results were out by the daily Monday.",  # a time word is no name
        "The fire spread, the newspaper reported Smith.",  # a verb between descriptor and name is no adjective
        "Die Fähre fuhr durch den Nord-Ostsee-Kanal.",
        "Холдинг продал газету «Вечерний Заречный».",  # an accusative outlet is an object of the news
        "Фонд управляет телеканалом «Степь».",  # a capitalised compound, no article-led name after it
        "She called the plan, as critics say, the 'Grand Bargain'.",  # English quotes mark phrases
    ],
)
def test_no_outlet(text: str) -> None:
    assert _names(text) == []


def test_each_span_says_how_it_was_found() -> None:
    text = "Трамвай пустят в мае, уточняет газета «Заречье»."
    assert [how for _, how in described_spans(text)] == ["descriptor"]
    assert [how for _, how in quoted_clause_spans(text)] == ["quoted_clause"]
    turkish = "Okul kapandı, Vadi Postası gazetesi duyurdu."
    assert [how for _, how in described_spans(turkish)] == ["descriptor_after"]


def test_a_descriptor_that_is_also_an_english_word_needs_a_quoted_name() -> None:
    # "list" is a Serbian and Croatian paper ("piše list „Politika“") and an English noun.
    assert not [s for s, _ in described_spans("In almost every list Pride, or hubris, is the first of the sins.")]
    found = [s for s, _ in described_spans("Vlada je usvojila novi zakon, piše list „Politika“.")]
    assert found
