"""Attributions: agencies and sources cited in body paragraphs, credit lines, the publishing site."""

from __future__ import annotations

import pytest

from schemas import AttributionKind, Label
from tasks.credits.attribution import (
    Found,
    bare_byline,
    chrome_byline,
    credit_line_attributions,
    extract_attributions,
    in_body_citations,
    normalize_name,
    site_of,
)
from tasks.lexicon.agencies import load_gazetteer
from tasks.text.segment import Segmented, segment_text
from tests.page_fixtures import RU_PARAGRAPHS

AGENCY, SOURCE, PHOTO, AUTHOR = (
    AttributionKind.AGENCY,
    AttributionKind.SOURCE,
    AttributionKind.PHOTO,
    AttributionKind.AUTHOR,
)

RU_FILLER = RU_PARAGRAPHS[1:]
BG_FILLER = [
    "Според министъра на финансите разходите за образование и здравеопазване ще бъдат увеличени значително "
    "през следващата година въпреки трудната икономическа обстановка.",
    "Опозицията разкритикува решението и поиска обществено обсъждане на всички предложени мерки, "
    "като настоя за повече прозрачност при разпределението на средствата.",
    "Депутатите ще гласуват бюджета на първо четене в края на месеца, след като комисиите приключат "
    "с обсъждането на всички внесени предложения.",
]
EN_FILLER = [
    "The finance minister said the measures would be paid for by cutting spending elsewhere and by "
    "closing several loopholes in the corporate tax code.",
    "Opposition parties called the plan unrealistic and demanded a full debate in parliament before "
    "any of the new rules could come into force next year.",
    "Economists expect growth to slow in the coming months as energy prices remain high across the "
    "region and consumers cut back on their spending.",
]
DE_FILLER = [
    "Der Finanzminister sagte, die Maßnahmen sollten durch Einsparungen in anderen Bereichen und durch "
    "die Schließung von Steuerschlupflöchern finanziert werden.",
    "Die Opposition nannte den Plan unrealistisch und forderte eine ausführliche Debatte im Bundestag, "
    "bevor die neuen Regeln im kommenden Jahr in Kraft treten können.",
    "Ökonomen erwarten, dass sich das Wachstum in den kommenden Monaten abschwächt, weil die Energiepreise "
    "in der ganzen Region hoch bleiben.",
]


def _page(title: str, paragraphs: list[str], tail: list[str] | None = None, head: list[str] | None = None) -> str:
    """A page: optional lines before the title, the title, body paragraphs, then lines after them."""
    blocks = [*(head or []), title, *paragraphs, *(tail or [])]
    return "\n\n".join(blocks) + "\n"


def _line_of(segmented: Segmented, text: str) -> int:
    (number,) = [ll.line.number for ll in segmented.lines if ll.line.text == text]
    return number


def _label_of(segmented: Segmented, text: str) -> Label:
    (label,) = [ll.verdict.label for ll in segmented.lines if ll.line.text == text]
    return label


def _check_span(found: Found, segmented: Segmented) -> None:
    line_text = next(ll.line.text for ll in segmented.lines if ll.line.number == found.line)
    assert found.name is not None
    assert line_text[found.char_start : found.char_end] == found.name
    assert found.name in found.evidence


# --- in-body citations in pages -----------------------------------------------------


def test_russian_agency_after_reporting_cue() -> None:
    cited = (
        "Правительство России утвердило новую программу поддержки малого и среднего бизнеса на ближайшие "
        "три года, сообщает ТАСС."
    )
    seg = segment_text(_page("Правительство утвердило программу поддержки бизнеса", [cited, *RU_FILLER]))
    assert _label_of(seg, cited) == Label.BODY
    found = extract_attributions(seg)
    assert [(f.kind, f.name, f.name_normalized, f.canonical_id, f.in_body) for f in found] == [
        (AGENCY, "ТАСС", "тасс", "tass", True)
    ]
    assert found[0].line == _line_of(seg, cited)
    _check_span(found[0], seg)
    assert "сообщает ТАСС" in found[0].evidence


def test_bulgarian_agency_in_quotes() -> None:
    cited = (
        "Министър-председателят заяви пред журналисти в Брюксел, че кабинетът ще внесе промени в данъчния "
        'закон още този месец, цитирани от "Интерфакс".'
    )
    seg = segment_text(_page("Кабинетът ще промени данъчния закон", [*BG_FILLER[:1], cited, *BG_FILLER[1:]]))
    assert seg.language == "bg"
    found = extract_attributions(seg)
    assert [(f.kind, f.name, f.canonical_id, f.in_body) for f in found] == [(AGENCY, "Интерфакс", "interfax", True)]
    assert found[0].line == _line_of(seg, cited)
    _check_span(found[0], seg)


def test_english_according_to_reuters() -> None:
    cited = (
        "The government plans to raise the minimum wage by ten percent from January, according to Reuters, "
        "which saw a draft of the budget."
    )
    seg = segment_text(_page("Government to raise minimum wage", [cited, *EN_FILLER]))
    found = extract_attributions(seg)
    assert [(f.kind, f.name_normalized, f.canonical_id, f.in_body) for f in found] == [
        (AGENCY, "reuters", "reuters", True)
    ]
    _check_span(found[0], seg)


def test_german_berichtet_dpa() -> None:
    cited = (
        "Die Bundesregierung will die Stromsteuer für alle Unternehmen im kommenden Jahr deutlich senken, "
        "berichtet dpa unter Berufung auf Regierungskreise."
    )
    seg = segment_text(_page("Regierung will Stromsteuer senken", [*DE_FILLER[:2], cited, DE_FILLER[2]]))
    found = extract_attributions(seg)
    assert [(f.kind, f.name, f.canonical_id) for f in found] == [(AGENCY, "dpa", "dpa")]
    assert found[0].line == _line_of(seg, cited)


def test_domain_after_reporting_cue_is_a_source_and_the_site() -> None:
    cited = (
        "Как пишет Vedomosti.ru со ссылкой на источники в правительстве, окончательное решение по программе "
        "будет принято до конца недели."
    )
    seg = segment_text(_page("Решение по программе примут до конца недели", [*RU_FILLER[:1], cited, *RU_FILLER[1:]]))
    found = extract_attributions(seg)
    assert [(f.kind, f.name, f.name_normalized, f.canonical_id, f.in_body) for f in found] == [
        (SOURCE, "Vedomosti.ru", "vedomosti.ru", None, True)
    ]
    _check_span(found[0], seg)
    assert site_of(found) == "vedomosti.ru"


def test_agency_domain_is_an_agency_and_not_the_site() -> None:
    cited = (
        "Как передает Zakon.kz со ссылкой на interfax.kz, переговоры министров продлятся два дня и завершатся "
        "подписанием совместного заявления."
    )
    seg = segment_text(_page("Переговоры министров продлятся два дня", [cited, *RU_FILLER]))
    found = extract_attributions(seg)
    assert [(f.kind, f.name_normalized, f.canonical_id) for f in found] == [
        (SOURCE, "zakon.kz", None),
        (AGENCY, "interfax.kz", "interfax"),
    ]
    for f in found:
        _check_span(f, seg)
    assert site_of(found) == "zakon.kz"


# --- in_body_citations directly -----------------------------------------------------


@pytest.fixture(scope="module")
def gazetteer():  # type: ignore[no-untyped-def]
    return load_gazetteer()


def test_agency_domain_needs_no_cue(gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Подробности соглашения опубликованы на interfax.kz и на сайте министерства."
    (found,) = in_body_citations(text, 7, gazetteer)
    assert (found.kind, found.name, found.canonical_id, found.line, found.in_body) == (
        AGENCY, "interfax.kz", "interfax", 7, True,
    )  # fmt: skip
    assert text[found.char_start : found.char_end] == "interfax.kz"


def test_agency_subdomain_maps_to_agency(gazetteer) -> None:  # type: ignore[no-untyped-def]
    (found,) = in_body_citations("Полный текст доступен на www.interfax.ru уже сегодня.", 1, gazetteer)
    assert found.canonical_id == "interfax"
    assert found.name_normalized == "interfax.ru"


def test_plain_domain_without_cue_is_ignored(gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert in_body_citations("Подробности опубликованы на example.org и в официальной газете.", 1, gazetteer) == []


def test_email_address_is_not_a_source(gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Вопросы можно присылать на press@minfin.kz, сообщил представитель министерства."
    assert [f for f in in_body_citations(text, 1, gazetteer) if f.kind == SOURCE] == []


def test_cue_far_before_domain_does_not_count(gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Министр сообщил журналистам о новых мерах поддержки после долгого совещания в регионе, example.org."
    assert in_body_citations(text, 1, gazetteer) == []


def test_several_agencies_in_one_paragraph_in_order(gazetteer) -> None:  # type: ignore[no-untyped-def]
    text = "Об этом сообщили РИА Новости, а позже информацию подтвердили Reuters и Associated Press."
    found = in_body_citations(text, 2, gazetteer)
    assert [f.canonical_id for f in found] == ["ria", "reuters", "ap"]
    assert [f.name for f in found] == ["РИА Новости", "Reuters", "Associated Press"]
    assert [f.char_start for f in found] == sorted(f.char_start for f in found)


def test_longest_agency_name_wins(gazetteer) -> None:  # type: ignore[no-untyped-def]
    (found,) = in_body_citations("Об этом сообщает агентство Интерфакс-Казахстан.", 1, gazetteer)
    assert (found.name, found.canonical_id) == ("Интерфакс-Казахстан", "interfax")


def test_short_upper_case_names_are_case_sensitive(gazetteer) -> None:  # type: ignore[no-untyped-def]
    assert in_body_citations("He drew a map and put it on the table, he said.", 1, gazetteer) == []
    (found,) = in_body_citations("The report was first published by AP on Monday.", 1, gazetteer)
    assert found.canonical_id == "ap"


# --- credit lines -------------------------------------------------------------------


def test_credit_lines_after_the_article() -> None:
    tail = ["Источник: Commonspace.eu", "Фото: Reuters"]
    seg = segment_text(_page("Правительство утвердило программу поддержки бизнеса", RU_FILLER, tail))
    for line in tail:
        assert _label_of(seg, line) == Label.ATTRIBUTION
    found = extract_attributions(seg)
    assert [(f.kind, f.name, f.name_normalized, f.canonical_id, f.in_body) for f in found] == [
        (SOURCE, "Commonspace.eu", "commonspace.eu", None, False),
        (PHOTO, "Reuters", "reuters", "reuters", False),
    ]
    assert [f.line for f in found] == [_line_of(seg, t) for t in tail]
    assert [f.evidence for f in found] == tail
    for f in found:
        _check_span(f, seg)
    assert site_of(found) == "commonspace.eu"


def test_credit_line_with_agency_domain_gets_canonical_id() -> None:
    seg = segment_text(
        _page("Правительство утвердило программу поддержки бизнеса", RU_FILLER, ["Источник: interfax.kz"])
    )
    found = extract_attributions(seg)
    assert [(f.kind, f.name, f.canonical_id, f.in_body) for f in found] == [(SOURCE, "interfax.kz", "interfax", False)]


def test_photo_credit_above_the_article_and_caption_without_name() -> None:
    head = ["Фото с сайта bta.bg"]
    tail = ["Автор на снимката: Петя Иванова", "Снимка: архив на редакцията"]
    seg = segment_text(_page("Парламентът ще гласува бюджета", BG_FILLER, tail, head))
    found = extract_attributions(seg)
    assert [(f.kind, f.name, f.canonical_id, f.in_body) for f in found] == [
        (PHOTO, "bta.bg", "bta", False),
        (PHOTO, "Петя Иванова", None, False),
        (PHOTO, None, None, False),
    ]
    caption = found[2]
    assert caption.name_normalized is None
    assert caption.evidence == "Снимка: архив на редакцията"
    assert site_of(found) is None


def test_author_byline() -> None:
    seg = segment_text(_page("Government to raise minimum wage", EN_FILLER, head=["By Jane Doe"]))
    found = extract_attributions(seg)
    assert [(f.kind, f.name, f.name_normalized, f.in_body) for f in found] == [(AUTHOR, "Jane Doe", "jane doe", False)]


def test_page_without_attributions() -> None:
    seg = segment_text(_page("Government to raise minimum wage", EN_FILLER))
    assert extract_attributions(seg) == []


# --- normalize_name and site_of -----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ТАСС", "тасс"),
        ("  Jane   DOE ", "jane doe"),
        ("WWW.Kazpravda.KZ", "kazpravda.kz"),
        ("www.interfax.com.ua", "interfax.com.ua"),
        ("Commonspace.eu", "commonspace.eu"),
        ("Straße", "strasse"),
        ("World Wide Web", "world wide web"),
        ("www Agency", "www agency"),
    ],
)
def test_normalize_name(name: str, expected: str) -> None:
    assert normalize_name(name) == expected


def _found(kind: AttributionKind, name: str | None, in_body: bool = True) -> Found:
    normalized = normalize_name(name) if name else None
    return Found(kind, name, normalized, None, 1, 0, len(name or ""), in_body, name or "x")


def test_site_of() -> None:
    assert site_of([]) is None
    assert site_of([_found(AGENCY, "interfax.kz"), _found(PHOTO, "sputnik.by")]) is None
    assert site_of([_found(SOURCE, "Reuters"), _found(SOURCE, None)]) is None
    assert site_of([_found(SOURCE, "Reuters"), _found(SOURCE, "WWW.Zakon.KZ"), _found(SOURCE, "b.ru")]) == "zakon.kz"


def test_a_bare_name_on_an_attribution_line_above_the_first_paragraph_is_the_author() -> None:
    assert [(f.kind, f.name) for f in bare_byline("Марина Ткаченко", 3, load_gazetteer())] == [
        (AUTHOR, "Марина Ткаченко")
    ]
    assert bare_byline("Read More", 3, load_gazetteer()) == []
    assert bare_byline("Breaking News", 3, load_gazetteer()) == []


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        ("Анна Иванова и Мария Котова", ["Анна Иванова", "Мария Котова"]),  # first names that are stopwords
        ("Ali Demir, Kaya Öztürk ve Elif Şahin", ["Ali Demir", "Kaya Öztürk", "Elif Şahin"]),
    ],
)
def test_a_byline_of_several_people_gives_one_author_each(byline: str, people: list[str]) -> None:
    assert [(f.kind, f.name) for f in bare_byline(byline, 3, load_gazetteer())] == [(AUTHOR, p) for p in people]


@pytest.mark.parametrize(
    "heading",
    ["Top Stories", "More Stories", "Latest News", "Contact Us", "Summer Chaos and Fall Plans"],
)
def test_headings_made_of_stopwords_are_still_no_byline(heading: str) -> None:
    assert bare_byline(heading, 3, load_gazetteer()) == []


def test_a_paragraph_that_is_only_a_bracketed_credit_is_a_credit_line() -> None:
    found = in_body_citations("(Text: Jana Novak und Paul Berger)", 9, load_gazetteer(), last=True)
    assert [(f.kind, f.name) for f in found] == [(AUTHOR, "Jana Novak"), (AUTHOR, "Paul Berger")]
    assert in_body_citations("(By the way, the vote was close.)", 9, load_gazetteer(), last=True) == []


@pytest.mark.parametrize(("line", "name"), [("By John Smith", "John Smith"), ("Von Anna Berger", "Anna Berger")])
def test_a_byline_block_name_after_a_byline_cue_is_the_name_alone(line: str, name: str) -> None:
    assert [f.name for f in chrome_byline(line, 4, load_gazetteer())] == [name]


def test_a_byline_block_name_keeps_the_person_and_drops_the_e_mail() -> None:
    found = chrome_byline("Jonas Berg - jonas.berg@example.no", 4, load_gazetteer())
    assert [(f.kind, f.name, f.char_start, f.char_end) for f in found] == [(AUTHOR, "Jonas Berg", 0, 10)]


@pytest.mark.parametrize(
    ("paragraph", "first", "last", "expected"),
    [
        ("BERLIN (dpa) - Die Bundesregierung hat das Klimapaket beschlossen.", True, False, [(AGENCY, "dpa")]),
        ("BERLIN (dpa) - Die Bundesregierung hat das Klimapaket beschlossen.", False, False, [(AGENCY, "dpa")]),
        ("Die Verhandlungen sollen am Montag fortgesetzt werden. (AFP/Reuters)", False, True,
         [(AGENCY, "AFP"), (AGENCY, "Reuters")]),
        ("Ремонт моста начнется в мае, сообщает «Городской вестник».", False, False, [(SOURCE, "Городской вестник")]),
        ("Об этом сообщили информационные агентства.", False, False, []),
    ],
)  # fmt: skip
def test_in_body_citations_by_position(
    paragraph: str, first: bool, last: bool, expected: list[tuple[str, str]]
) -> None:
    found = in_body_citations(paragraph, 1, load_gazetteer(), first=first, last=last)
    assert [(f.kind, f.name) for f in found] == expected


def test_a_wire_line_under_the_last_paragraph_names_outlet_and_agency() -> None:
    page = _page("Правительство утвердило новый бюджет на следующий год", RU_FILLER[:3],
                 tail=["Вечерни новини - БТА", "Home - News - Sport"], head=["Главная"])  # fmt: skip
    found = [(f.kind, f.name) for f in extract_attributions(segment_text(page)) if not f.in_body]
    assert found == [(SOURCE, "Вечерни новини"), (AGENCY, "БТА")]


def _labelled(lines: list[tuple[Label, str]], language: str | None = None) -> Segmented:
    """A segmented page with the given labels, one line per entry (numbered from 1)."""
    from tasks.text.lines import Line
    from tasks.text.rules import Verdict
    from tasks.text.segment import LabelledLine

    labelled = [
        LabelledLine(Line(n, text, n, 0), Verdict(label, label.value, "test", "test", 1.0))
        for n, (label, text) in enumerate(lines, start=1)
    ]
    return Segmented(labelled, language, 1.0, None)


def test_a_bare_name_labelled_chrome_in_the_byline_block_is_the_author() -> None:
    page = [(Label.CHROME, "Politik Ausland"), (Label.TITLE, "Der Haushalt steht"), (Label.CHROME, "3. März 2026"),
            (Label.CHROME, "Sabine Hoffmann"), *((Label.BODY, p) for p in DE_FILLER)]  # fmt: skip
    found = extract_attributions(_labelled(page, "de"))
    assert [(f.kind, f.name, f.line) for f in found] == [(AUTHOR, "Sabine Hoffmann", 4)]


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Фото: Игорь Сомов / «Пятый канал»", "Пятый канал"),
        ("Видео: Анна Белых / Пятый канал", "Пятый канал"),
        ("Снимки: Георги Колев / „Вечерни новини“", "Вечерни новини"),
    ],
)
def test_an_outlet_after_a_slash_in_a_photo_credit_is_credited(line: str, outlet: str) -> None:
    names = [f.name for f in credit_line_attributions(line, 1, load_gazetteer())]
    assert outlet in names and len(names) == 2


def test_an_outlet_after_a_slash_in_a_byline_is_the_publisher_not_an_author() -> None:
    names = [f.name for f in credit_line_attributions("Автор: Игорь Сомов / «Пятый канал»", 1, load_gazetteer())]
    assert names == ["Игорь Сомов"]


def test_an_abbreviation_with_a_dot_is_not_a_cited_domain() -> None:
    text = "Segundo o Estado de S.Paulo, a obra atrasou."
    names = [f.name for f in in_body_citations(text, 1, load_gazetteer())]
    assert "S.Paulo" not in names


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Джерело: Суспільне", [(SOURCE, "Суспільне")]),
        ("Die Regierung tagt am Montag. Quelle: Tagesschau", [(SOURCE, "Tagesschau")]),
        ("По данным МВД, погибли пять человек на месте.", []),  # a cue without its colon opens a sentence
    ],
)
def test_a_last_paragraph_ending_in_a_source_credit(paragraph: str, expected: list[tuple[str, str]]) -> None:
    found = in_body_citations(paragraph, 9, load_gazetteer(), last=True)
    assert [(f.kind, f.name) for f in found] == expected
    assert in_body_citations(paragraph, 9, load_gazetteer()) == []  # only the article's last paragraph


@pytest.mark.parametrize(
    ("byline", "name"),
    [("Modified on September 25, 2012 by Matt Tschoegl", "Matt Tschoegl"),
     ("March 2, 2025 by Alison Green · 14 comments", "Alison Green"),
     ("November 12, 2012 by Cory Gunther Discuss (0)", "Cory Gunther")],
)  # fmt: skip
def test_a_blog_byline_after_the_post_date_in_the_head(byline: str, name: str) -> None:
    paragraphs = [
        "The city council approved the new budget on Tuesday after a long debate that lasted well into the night.",
        "Officials said the plan would increase spending on schools and roads while keeping taxes at their level.",
        "Critics argued that the council had not explained where the money for the new projects would come from.",
    ]
    page = "\n\n".join(["Home", "Council approves budget", byline, "Share", *paragraphs]) + "\n"
    authors = [f.name for f in extract_attributions(segment_text(page)) if f.kind == AttributionKind.AUTHOR]
    assert authors == [name]
