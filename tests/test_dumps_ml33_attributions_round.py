"""Session 23's attribution fixes after the first score of dumps_ml33's page attributions (0.860 found / 0.895
precision): each names a general shape of news pages' credits, with a negative where the shape could overreach. A
short Latin acronym among the officials' stems ("CIA", "WHO") is a whole word, never a first name's start; an initial
vouches for a byline's name in capitals or in a script without case as a job title after it would; the page's own paper
called by words of its masthead or copyright line is no source; one unknown word capitalised only by opening its
sentence, which the page writes in lower case elsewhere, is no source; a person's name alone in capitals under a
caption inside the article is its photographer. (The examples are
invented, not the set's lines.)
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions
from tasks.credits.name_lines import looks_like_name_line
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.vocabulary import name_words
from tasks.text.segment import segment_text
from tests.page_fixtures import EN_PARAGRAPHS


@pytest.mark.parametrize("word", ["Ciara", "Whoriskey", "Fbinson", "Unold", "Isuzu"])
def test_a_first_name_opening_with_an_acronym_is_no_official(word: str) -> None:
    assert not name_words().is_official(word)


@pytest.mark.parametrize("word", ["CIA", "WHO", "WHO's", "FBI", "MUP-a", "ministry", "Polizei", "МИДа", "судья"])
def test_acronyms_and_stems_stay_officials(word: str) -> None:
    assert name_words().is_official(word)


def test_a_name_opening_with_an_acronyms_letters_is_a_name_line() -> None:
    assert looks_like_name_line("Ciara Whelan", load_gazetteer())


@pytest.mark.parametrize("line", ["M. FERNÁNDEZ", "J. L. ORTEGA", "கே. ராமலிங்கம்", "के. शर्मा"])
def test_an_initial_vouches_for_a_name_in_capitals_or_without_case(line: str) -> None:
    assert looks_like_name_line(line, load_gazetteer())


@pytest.mark.parametrize(
    "line", ["BREAKING NEWS", "A. B.", "ÚLTIMA HORA", "சென்னை", "கோவை மாவட்டம்", "M. Fernández Noticias"]
)
def test_capitals_or_caseless_words_without_an_initial_are_no_name_line(line: str) -> None:
    assert not looks_like_name_line(line, load_gazetteer())


_ES_PARAGRAPHS = [
    "El ayuntamiento aprobó ayer el proyecto para cubrir la plaza mayor con una pérgola de madera antes del verano.",
    "Las obras costarán 900.000 euros y se pagarán con fondos propios y una ayuda del Gobierno regional.",
    "Los comerciantes de la zona pidieron que los trabajos no coincidan con las fiestas patronales de septiembre.",
    "El alcalde aseguró que la plaza seguirá abierta al público durante toda la obra, salvo algunos días concretos.",
    "La pérgola tendrá placas solares que darán luz a las farolas de la plaza y de las calles que la rodean.",
]


def test_an_initialled_byline_in_capitals_over_the_date_is_the_author() -> None:
    page = "\n\n".join(["Portada", "Comarcas", "Deportes", "La plaza mayor tendrá una pérgola de madera este verano",
                        "M. FERNÁNDEZ", "Actualizado 12/03/2025 a las 09:40", *_ES_PARAGRAPHS,
                        "Aviso legal", "Contacto"])  # fmt: skip
    found = extract_attributions(segment_text(page))
    assert [(f.kind, f.name) for f in found if f.kind is AttributionKind.AUTHOR] == [
        (AttributionKind.AUTHOR, "M. FERNÁNDEZ")
    ]


_EN_CITING = (
    "Water engineers at the treatment plant told the Courier that the new filters would be ready by the spring."
)


def _en_page(masthead: str, footer: str) -> str:
    paragraphs = [*EN_PARAGRAPHS[:3], _EN_CITING, *EN_PARAGRAPHS[3:]]
    return "\n\n".join([masthead, "Home", "News", "Sport", "Council budget passes after a long debate", *paragraphs,
                        "Contact us", footer])  # fmt: skip


def _sources(page: str) -> list[str | None]:
    return [f.name for f in extract_attributions(segment_text(page)) if f.kind is AttributionKind.SOURCE]


def test_the_pages_own_paper_called_by_a_word_of_its_masthead_is_no_source() -> None:
    assert "Courier" not in _sources(_en_page("The Harbourside Courier", "© 2025 Harbourside Courier Ltd."))
    assert "Courier" not in _sources(_en_page("Menu", "© 2025 The Harbourside Courier Group. All rights reserved."))


def test_another_paper_cited_by_its_name_stays_a_source() -> None:
    assert "Courier" in _sources(_en_page("The Valley Gazette", "© 2025 Valley Gazette Ltd."))
    # a first line naming it before other words is a menu's, not the masthead's name
    assert "Courier" in _sources(_en_page("Courier Partners Shop", "© 2025 Valley Gazette Ltd."))


_EU_PARAGRAPHS = [
    "Udalak astelehenean jakinarazi zuen liburutegi berria irailean irekiko dela, aurreikusitakoa baino lehenago.",
    "Eraikinak hiru solairu izango ditu, eta haurrentzako gela berezi bat ere egongo da beheko solairuan.",
    "Berria egunkariak jakinarazi duenez, beste hainbat herritan ere antzeko proiektuak martxan jarri dituzte.",
    "Obrak bi milioi euro inguru kostatu dira, eta Foru Aldundiak ordaindu du zati handiena diru laguntza gisa.",
    "Auzokideek eskertu egin dute proiektua, baina aparkaleku gehiago eskatu dituzte inguruko kaleetan.",
]


def test_a_source_the_page_writes_in_lower_case_stays_one_before_its_papers_word() -> None:
    page = "\n\n".join(["Hasiera", "Albisteak", "Kirolak", "Liburutegi berria irailean irekiko da", *_EU_PARAGRAPHS,
                         "Harremanetarako"])  # fmt: skip
    assert "Berria" in _sources(page)


_FI_PARAGRAPHS = [
    "Kunnanvaltuusto päätti maanantaina, että koulun peruskorjaus aloitetaan jo ensi kesänä suunniteltua aiemmin.",
    "Korjauksen hinnaksi on arvioitu noin neljä miljoonaa euroa, ja siitä valtio maksaa kolmanneksen avustuksena.",
    "Kyläyhdistyksen mukaan koulun ilmanvaihto on ollut huono jo vuosia, ja vanhemmat ovat valittaneet asiasta.",
    "Opetus siirretään korjauksen ajaksi seurakuntatalolle, jonne oppilaat kuljetetaan linja-autolla joka aamu.",
    "Rehtorin mukaan järjestely toimii hyvin, kunhan kyläyhdistyksen lupaama apu kuljetuksissa toteutuu ajallaan.",
    "Kunnan tekninen johtaja kertoi, että urakoitsija valitaan kilpailutuksella vielä tämän kevään aikana.",
]


def _fi_page(paragraphs: list[str]) -> str:
    return "\n\n".join(
        ["Etusivu", "Uutiset", "Urheilu", "Koulun remontti alkaa jo kesällä", *paragraphs, "Yhteystiedot"]
    )


def test_a_common_noun_opening_its_sentence_that_the_page_writes_in_lower_case_is_no_source() -> None:
    assert "Kyläyhdistyksen" not in _sources(_fi_page(_FI_PARAGRAPHS))


def test_an_unknown_name_opening_its_sentence_the_page_never_writes_in_lower_case_stays_a_source() -> None:
    paragraphs = [p.replace("kyläyhdistyksen lupaama", "vanhempien lupaama") for p in _FI_PARAGRAPHS]
    assert "Kyläyhdistyksen" in _sources(_fi_page(paragraphs))


_CAPTION = "Vista de la plaza desde el balcón del ayuntamiento."


def _photos(lines: list[str]) -> list[str | None]:
    page = "\n\n".join(["Portada", "Comarcas", "La plaza mayor tendrá una pérgola de madera este verano", *lines,
                        "Aviso legal", "Contacto"])  # fmt: skip
    return [f.name for f in extract_attributions(segment_text(page)) if f.kind is AttributionKind.PHOTO]


def test_a_name_in_capitals_under_a_caption_inside_the_article_is_its_photographer() -> None:
    assert _photos([*_ES_PARAGRAPHS[:2], _CAPTION, "LUCÍA BERMEJO", *_ES_PARAGRAPHS[2:]]) == ["LUCÍA BERMEJO"]


@pytest.mark.parametrize(
    ("above", "name"),
    [
        (_ES_PARAGRAPHS[1], "LUCÍA BERMEJO"),  # under a paragraph of its own: a heading or a speaker
        (_CAPTION, "PLAZA MAYOR"),  # a heading in capitals whose words the page writes in lower case
        (_CAPTION, "ALCALDE ASEGURÓ"),
    ],
)
def test_capitals_under_no_caption_or_no_name_are_no_photographer(above: str, name: str) -> None:
    assert _photos([*_ES_PARAGRAPHS[:2], above, name, *_ES_PARAGRAPHS[2:]]) == []


def test_a_name_in_capitals_the_text_names_is_no_photographer() -> None:
    cited = "La arquitecta Lucía Bermejo explicó que la madera procede de los montes del propio municipio."
    assert _photos([*_ES_PARAGRAPHS[:2], _CAPTION, "LUCÍA BERMEJO", cited, *_ES_PARAGRAPHS[2:]]) == []


def test_a_heading_in_capitals_whose_words_the_text_uses_is_no_photographer() -> None:
    # a sports round-up's subheading under a quote: the name test alone would pass "Sevilla Remonta"
    following = "Sevilla remontó en la segunda parte con dos goles de cabeza en los últimos diez minutos del partido."
    quote = "«Nunca dejamos de creer», dijo el capitán al terminar."
    assert _photos([*_ES_PARAGRAPHS[:2], quote, "SEVILLA REMONTA", following, *_ES_PARAGRAPHS[2:]]) == []


def test_a_syndication_note_names_its_first_paper_though_the_copyright_line_holds_the_name() -> None:
    # the group's copyright over both titles: the note still names the title the story first ran in
    note = "This article originally appeared on The Harbourside Courier."
    page = "\n\n".join(["Menu", "Home", "News", "Council budget passes after a long debate", *EN_PARAGRAPHS, note,
                        "Contact us", "© 2025 The Harbourside Courier Media Group"])  # fmt: skip
    assert "The Harbourside Courier" in _sources(page)
