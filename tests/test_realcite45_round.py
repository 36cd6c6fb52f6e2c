"""Session 45's study of the real pages' attributions (issue 13, helper s45-realcite): the past tense of the wire
verbs. The reporting vocabulary held the present of the verbs a Slavic paper closes a sentence with to name its
source ("преноси РТС", "prenosi N1", "передає Укрінформ", "предава БНР", "пренесува Телма", "poroča Delo") and, for
some, the past, but not the past the same papers write as often: the South Slavic perfect, participle and clitic
auxiliary ("…, пренео је РТС", "…, prenio je Klix", "Kako je izvijestila Hina, …", the outlet first: "N1 je javio
da …"), the Macedonian and Bulgarian aorist ("…, пренесе Телма", "…, предаде Дарик"), the Ukrainian and Belarusian
perfective past of "pass on" ("…, передав «Суспільне»", "…, перадаў Белсат"), the Slovenian perfect ("…, je poročal
Delo"), the Romanian perfect ("…, a relatat Digi24"). Verbs a person uses as often ("навео је", "писао је": stated,
wrote) cite only a name with an outlet's marks, and "hand over" verbs never read the name before them. The lines are
written for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions, in_body_citations
from tasks.lexicon.agencies import load_gazetteer
from tasks.text.segment import segment_text


def _cited(line: str) -> list[tuple[str, str | None]]:
    return [(f.kind.value, f.name) for f in in_body_citations(line, 1, load_gazetteer())]


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("Градоначелник је рекао да ће мост бити затворен две године, пренео је РТС.", "РТС"),
     ("Градоначелник је рекао да ће мост бити затворен две године, пренела је Политика.", "Политика"),
     ("Градоначелник је рекао да ће мост бити затворен две године, известио је РТС.", "РТС"),
     ("Како је пренео РТС, градоначелник је рекао да ће мост бити затворен две године.", "РТС"),
     ("Gradonačelnik je rekao da će most biti zatvoren dve godine, preneo je N1.", "N1"),
     ("Gradonačelnik je rekao da će most biti zatvoren dve godine, javio je N1.", "N1"),
     ("Načelnik je rekao da će most biti zatvoren, prenio je Klix.", "Klix"),
     ("Načelnik je rekao da će most biti zatvoren, izvijestio je Dnevni avaz.", "Dnevni avaz"),
     ("Načelnik je rekao da će most biti zatvoren, doznao je Jutarnji list.", "Jutarnji list"),
     ("Kako je prenio Klix, načelnik je rekao da će most biti zatvoren.", "Klix")],
)  # fmt: skip
def test_the_south_slavic_perfect_of_a_wire_verb_closing_a_clause_cites_the_outlet(line: str, outlet: str) -> None:
    assert _cited(line) == [("source", outlet)]


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("РТС је јавио да ће мост бити затворен две године.", "РТС"),
     ("N1 je javio da će most biti zatvoren.", "N1"),
     ("Сител извести дека мостот ќе биде затворен.", "Сител")],
)  # fmt: skip
def test_the_outlet_before_the_perfect_or_aorist_of_report_is_cited(line: str, outlet: str) -> None:
    assert _cited(line) == [("source", outlet)]


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("Градоначалникот изјави дека мостот ќе биде затворен, пренесе Телма.", "Телма"),
     ("Градоначалникот изјави дека мостот ќе биде затворен, извести Сител.", "Сител"),
     ("Кметът заяви, че мостът ще бъде затворен, предаде Дарик.", "Дарик"),
     ("Мер заявив, що міст закриють, передав «Суспільне».", "Суспільне"),
     ("Мэр сказаў, што мост зачыняць, перадаў Белсат.", "Белсат"),
     ("Župan je dejal, da bo most zaprt, je poročal Delo.", "Delo"),
     ("Primarul a spus că podul va fi închis, a relatat Digi24.", "Digi24"),
     ("După cum a transmis Digi24, podul va fi închis.", "Digi24")],
)  # fmt: skip
def test_the_aorist_and_perfective_past_of_pass_on_and_report_cite_the_outlet_after_them(
    line: str, outlet: str
) -> None:
    assert _cited(line) == [("source", outlet)]


@pytest.mark.parametrize(
    "line",
    ["Градоначелник је рекао да ће мост бити затворен, навео је Вучић.",  # "stated": a person, no outlet's marks
     "Kako je pisao Andrić, most je simbol grada.",  # "wrote": a writer
     "Петровић је пренео поруку председника грађанима.",  # "handed on": a person first, no citation
     "Петренко передав документи до суду.",
     "Министърът предаде документите на прокуратурата.",
     "Ministrul a transmis un mesaj Guvernului.",
     "Burmistrz powiedział, że most zostanie zamknięty, napisał Kowalski."],
)  # fmt: skip
def test_a_person_who_stated_wrote_or_handed_something_on_is_no_source(line: str) -> None:
    # the limits of the rows: in the plain "before" or "after" rows these verbs would name the person
    assert _cited(line) == []


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("Градоначелник је рекао да ће мост бити затворен, писао је „Курир“.", "Курир"),  # quoted
     ("Načelnik je rekao da će most biti zatvoren, pisao je Jutarnji list.", "Jutarnji list"),  # an outlet word
     ('Burmistrz powiedział, że most zostanie zamknięty, napisała "Gazeta Wyborcza".', "Gazeta Wyborcza")],
)  # fmt: skip
def test_wrote_in_the_perfect_cites_an_outlet_written_with_its_marks(line: str, outlet: str) -> None:
    assert _cited(line) == [("source", outlet)]


_SERBIAN = [
    "Градско веће је у уторак изгласало да стари мост преко реке буде затворен због радова који ће трајати две године.",
    "Радови ће коштати око дванаест милиона евра, наводи се у извештају градских инжењера који су прегледали мост.",
    "Возачи ће бити преусмерени преко новог моста на северу града, који је отворен 2019. године.",
    "Веће ће се поново састати у марту како би изабрало извођача, а грађани могу да шаљу примедбе до краја фебруара.",
]


def test_on_a_serbian_page_the_perfect_closing_a_paragraph_cites_the_outlet() -> None:
    paragraphs = [*_SERBIAN[:2], "Градоначелник је рекао да ће мост бити затворен две године, пренео је РТС.",
                  *_SERBIAN[2:]]  # fmt: skip
    text = "\n\n".join(["Градски портал", "Почетна", "Вести", "Спорт", "Стари мост биће затворен две године",
                        *paragraphs, "Услови коришћења"]) + "\n"  # fmt: skip
    found = extract_attributions(segment_text(text))
    assert [(f.kind.value, f.name) for f in found] == [("source", "РТС")]
