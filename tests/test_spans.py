"""The name-span grammar: the cited name and nothing more, in any quote style and script."""

from __future__ import annotations

import pytest

from tasks.lexicon.spans import name_after
from tasks.lexicon.spans_before import name_before
from tasks.lexicon.word_classes import is_caseless, is_domain


def _after(text: str, cue: str) -> str | None:
    span = name_after(text, text.index(cue) + len(cue))
    return text[span.start : span.end] if span else None


def _before(text: str, cue: str) -> str | None:
    span = name_before(text, text.index(cue))
    return text[span.start : span.end] if span else None


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        ("Ремонт начнется в мае, сообщает «Городская газета».", "сообщает", "Городская газета"),
        ("Die Wahl wird verschoben, schreibt „Der Kurier“ heute.", "schreibt", "Der Kurier"),
        ("Il progetto slitta, riferisce 'Il Corriere del Sud'.", "riferisce", "Il Corriere del Sud"),
        ("据《北方日报》报道，会议推迟。", "据", "北方日报"),
        ("Досрочные выборы не планируются, передает Радио Европа.", "передает", "Радио Европа"),
        ("Kako piše Slobodni list, odluka je pala.", "Kako piše", "Slobodni list"),
        ("Selon Le Courrier du Nord, la grève continue.", "Selon", "Le Courrier du Nord"),
        ("De acuerdo con el diario Tribuna, no hubo acuerdo.", "De acuerdo con", "Tribuna"),
        ("Laut dem Blatt „Abendpost“ droht ein Streik.", "Laut", "Abendpost"),
        ("Podle serveru Zpravy.cz bude zákon schválen.", "Podle serveru", "Zpravy.cz"),
        ("وفقا لصحيفة النهار، فإن الاجتماع تأجل.", "وفقا", "النهار"),
        ("Според Канал 3, преговорите продължават.", "Според", "Канал 3"),
        ("Според пТВ, преговорите продължават.", "Според", "пТВ"),
    ],
)
def test_name_after_a_cue(text: str, cue: str, name: str) -> None:
    assert _after(text, cue) == name


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Об этом сообщили информационные агентства.", "сообщили"),  # generic, lower case
        ("Laut Angaben des Innenministeriums wurden 40 Personen festgenommen.", "Laut"),  # no one's name
        ("According to the Ministry of Health, cases rose.", "According to"),  # an institution: official
        ("According to the World Trade and Tourism Council, arrivals fell.", "According to"),  # cut name
        ("according to a Rebel representative, talks stalled.", "according to"),  # a noun's modifier
        ("Según informaron varias agencias de noticias, hubo heridos.", "Según"),
        ("По данным Московской полиции, задержаны трое.", "По данным"),  # qualifies an institution
        ("Według Wojewódzkiej prokuratury śledztwo trwa.", "Według"),
        ("По данным Главного управления МВД, задержаны двое.", "По данным"),  # an administration
        ("По словам редактора газеты «Вечерний город», мост закроют.", "По словам"),  # a job title, not an adjective
    ],
)
def test_no_name_after_a_cue(text: str, cue: str) -> None:
    assert _after(text, cue) is None


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        ("The bridge reopens Friday, the Valley Herald reported.", "reported", "Valley Herald"),
        ("Yeni Haber gazetesinin haberine göre zam yüzde 20.", "haberine göre", "Yeni Haber"),
        ("A Reggeli Lap szerint a tárgyalás elmarad.", "szerint", "Reggeli Lap"),
        ("Wie der Morgenbote berichtet, soll das Gesetz kommen.", "berichtet", "Morgenbote"),
        ("Iltalehden mukaan kokous siirtyy.", "mukaan", "Iltalehden"),
        ("Haberler.com'un haberine göre karar ertelendi.", "haberine göre", "Haberler.com"),
        ("L'enquête de Mediapart révèle des failles.", "révèle", "Mediapart"),  # "de" is also "of"
    ],
)
def test_name_before_a_cue(text: str, cue: str, name: str) -> None:
    assert _before(text, cue) == name


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Как пишет газета, ремонт начнется в мае.", "пишет"),  # sentence word, then lower case
        ("Nachrichtenagenturen meldeten mehrere Explosionen.", "meldeten"),  # generic
        ("Naujienų agentūros praneša apie sprogimus.", "praneša"),  # "news agencies"
        ("Од МВР соопштија дека истрагата продолжува.", "соопштија"),  # "from the ministry they said"
        ("Iz MUP-a su saopštili da je istraga u toku.", "saopštili"),
        ("Обвинения отрицают, а от Минобороны сообщили о проверке.", "сообщили"),
    ],
)
def test_no_name_before_a_cue(text: str, cue: str) -> None:
    assert _before(text, cue) is None


def test_caseless_scripts_and_domains() -> None:
    assert is_caseless("الأهرام") and is_caseless("ინტერპრესნიუსი") and not is_caseless("Reuters")
    assert is_domain("kazpravda.kz") and not is_domain("S.Paulo")


def test_a_run_cut_at_a_particle_is_no_name() -> None:
    assert _before("It will be on the cover, London's Voice of the People reported.", "reported") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Selon Le Courrier diplomatique, la dette a doublé.", "Le Courrier diplomatique"),  # listed adjective
        ("Selon Sud libre, l'usine fermera.", "Sud libre"),
        ("D'après L'Écho républicain, le maire démissionne.", "L'Écho républicain"),  # capital L' kept
        ("Selon La Gazette provençale, le festival est annulé.", "La Gazette provençale"),  # ending, clause ends
        ("Según El Heraldo gallego, el puerto cierra.", "El Heraldo gallego"),
        ("Selon Le Temps consulté, le projet avance.", "Le Temps"),  # a participle is not an adjective
        ("Selon Le Monde lundi, le gouvernement hésite.", "Le Monde"),  # a weekday is not either
        ("Selon Le Figaro économique et social, rien ne change.", "Le Figaro"),  # ending, but the clause goes on
        ("Selon Le Monde diplomatique publié mardi, rien ne change.", "Le Monde diplomatique"),  # one word only
    ],
)
def test_lower_case_adjectives_continue_an_outlet_name(text: str, name: str) -> None:
    assert _after(text, text.split()[0]) == name


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        ("Darüber berichtete der Bayerische Rundfunk am Dienstag.", "berichtete", "Bayerische Rundfunk"),
        ("The plan was reported by the Sunday Herald on Friday.", "reported by", "Sunday Herald"),
        ("Das schrieb die Welt am Sonntag.", "schrieb", "Welt am Sonntag"),
    ],
)
def test_a_time_phrase_after_a_name_is_not_part_of_it(text: str, cue: str, name: str) -> None:
    span = name_after(text, text.index(cue) + len(cue))
    assert span is not None and text[span.start : span.end] == name


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        ("According to the local paper Valley Voice, the mill closes.", "According to", "Valley Voice"),
        ("По данным местного издания «Вечерний город», мост закроют.", "По данным", "Вечерний город"),
        ("Laut der regionalen Zeitung „Nordkurier“ bleibt die Brücke zu.", "Laut", "Nordkurier"),
    ],
)
def test_an_adjective_before_the_outlet_descriptor_is_skipped(text: str, cue: str, name: str) -> None:
    assert _after(text, cue) == name


def test_a_caseless_name_stops_at_a_preposition() -> None:
    text = "ونقل موقع الأيام عن شهود عيان أن الحريق انطفأ."
    span = name_after(text, text.index("موقع"))
    assert span is not None and text[span.start : span.end] == "الأيام"
