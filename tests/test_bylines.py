"""Bylines: people separated from job titles and site names, several authors, several languages and scripts."""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tasks.credits.attribution import bare_byline, credit_line_attributions, extract_attributions
from tasks.lexicon.agencies import load_gazetteer
from tasks.text.segment import segment_text
from tests.test_attribution import EN_FILLER, RU_FILLER, _page

AUTHOR, PHOTO, VIDEO, AGENCY = (
    AttributionKind.AUTHOR,
    AttributionKind.PHOTO,
    AttributionKind.VIDEO,
    AttributionKind.AGENCY,
)


def _credits(line: str) -> list[tuple[str, str | None, str | None]]:
    found = credit_line_attributions(line, 1, load_gazetteer())
    for f in found:
        assert f.name is None or line[f.char_start : f.char_end] == f.name
        assert f.evidence == line.strip()
    return [(str(f.kind), f.name, f.canonical_id) for f in found]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jane Doe", [(AUTHOR, "Jane Doe", None)]),
        ("Автор: Мария Иванова", [(AUTHOR, "Мария Иванова", None)]),
        ("Текст: Мария Иванова, Олег Сидоров", [(AUTHOR, "Мария Иванова", None), (AUTHOR, "Олег Сидоров", None)]),
        (
            "By Jane Doe and John Smith, Reuters",
            [(AUTHOR, "Jane Doe", None), (AUTHOR, "John Smith", None), (AGENCY, "Reuters", "reuters")],
        ),
        (
            "Автор: Иван Петров, специальный корреспондент РИА Новости",
            [(AUTHOR, "Иван Петров", None), (AGENCY, "РИА Новости", "ria")],
        ),
        ("Текст: корреспондент Иван Петров", [(AUTHOR, "Иван Петров", None)]),
        ("Author: John Smith, Senior Correspondent at The Times", [(AUTHOR, "John Smith", None)]),
        ("By JANE DOE, Staff Writer", [(AUTHOR, "JANE DOE", None)]),
        ("Von Anna Müller, dpa", [(AUTHOR, "Anna Müller", None), (AGENCY, "dpa", "dpa")]),
        ("Par Jean Dupont et Marie Curie", [(AUTHOR, "Jean Dupont", None), (AUTHOR, "Marie Curie", None)]),
        ("Автор: Иван Петров / Kazpravda.kz", [(AUTHOR, "Иван Петров", None)]),  # the site is not a person
        ("作者：王小明", [(AUTHOR, "王小明", None)]),
        ("بقلم: محمد علي", [(AUTHOR, "محمد علي", None)]),
        ("By John Q. Public", [(AUTHOR, "John Q. Public", None)]),
        # the editorial office, no person named: read as a credit here, no record (tasks/credits/nameless.py)
        ("Автор: Редакция", [(AUTHOR, None, None)]),
        ("By Reuters", [(AGENCY, "Reuters", "reuters")]),  # an agency wrote no story as a person
    ],
)
def test_author_lines(line: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _credits(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Автор на снимката: Пламен Коджабашев", [(PHOTO, "Пламен Коджабашев", None)]),
        ("Фото: Иван Петров/ТАСС", [(PHOTO, "Иван Петров", None), (PHOTO, "ТАСС", "tass")]),
        ("Photo: AP Photo/Evan Vucci", [(PHOTO, "AP", "ap"), (PHOTO, "Evan Vucci", None)]),
        ("Zdjęcie: PAP/Leszek Szymański", [(PHOTO, "PAP", "pap"), (PHOTO, "Leszek Szymański", None)]),
        ("Фото с сайта bta.bg", [(PHOTO, "bta.bg", "bta")]),
        ("Фото: министр иностранных дел Сергей Лавров (архивный снимок)", [(PHOTO, None, None)]),
        ("Photo: a crowd gathers outside parliament in the rain", [(PHOTO, None, None)]),
    ],
)
def test_photo_credits(line: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _credits(line) == expected


def test_name_normalized_is_case_folded() -> None:
    (found,) = credit_line_attributions("By JANE DOE, Staff Writer", 3, load_gazetteer())
    assert (found.name_normalized, found.line, found.in_body) == ("jane doe", 3, False)


@pytest.mark.parametrize(
    "line",
    ["By Friday, talks had collapsed.", "Author Salman Rushdie spoke at the festival.", "Текст закона опубликован."],
)
def test_prose_opened_by_a_cue_word_credits_no_one(line: str) -> None:
    assert _credits(line) == []


def test_bylines_in_a_page_give_one_record_per_author() -> None:
    seg = segment_text(_page("Government to raise minimum wage", EN_FILLER, head=["By Jane Doe and John Smith"]))
    found = extract_attributions(seg)
    assert [(f.kind, f.name) for f in found] == [(AUTHOR, "Jane Doe"), (AUTHOR, "John Smith")]
    seg = segment_text(_page("Правительство утвердило программу", RU_FILLER, ["Текст: Мария Иванова, Олег Сидоров"]))
    assert [f.name for f in extract_attributions(seg)] == ["Мария Иванова", "Олег Сидоров"]


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Автор: Айгүл Сәрсенова және Ержан Омаров", ["Айгүл Сәрсенова", "Ержан Омаров"]),  # and_words.tsv
        ("Autor: Ion Popescu și Ana Ionescu", ["Ion Popescu", "Ana Ionescu"]),
        ("By Dan Moss and Kim Lee", ["Dan Moss", "Kim Lee"]),  # Indonesian "dan" joins only in lower case
    ],
)
def test_every_languages_and_joins_names_written_in_lower_case(line: str, people: list[str]) -> None:
    assert [name for _, name, _ in _credits(line)] == people


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Foto: Marko Đokić, Video: N1", [(PHOTO, "Marko Đokić", None), (VIDEO, "N1", None)]),
        ("Haber: Mehmet Yılmaz - Kamera: Ali Demir", [(AUTHOR, "Mehmet Yılmaz", None), (VIDEO, "Ali Demir", None)]),
        ("Text: Anna Schmidt, Bild: Jonas Weber", [(AUTHOR, "Anna Schmidt", None), (PHOTO, "Jonas Weber", None)]),
        ("Текст: Иван Петров; фото: ТАСС", [(AUTHOR, "Иван Петров", None), (PHOTO, "ТАСС", "tass")]),
        ("Kamera: Ahmet Kaya, Montaj: Ali Veli", [(VIDEO, "Ahmet Kaya", None)]),  # editing: no kind of ours
    ],
)
def test_a_second_cue_starts_a_second_credit_of_its_own_kind(
    line: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    found = credit_line_attributions(line, 1, load_gazetteer())
    assert [(str(f.kind), f.name, f.canonical_id) for f in found] == expected
    assert all(line[f.char_start : f.char_end] == f.name for f in found)


def test_a_second_credit_needs_its_colon() -> None:
    assert _credits("Foto: Marko Đokić, video Beograd") == [(PHOTO, "Marko Đokić", None)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Grafik: Statista", [(PHOTO, "Statista", None)]),  # one word no language uses as a common word
        ("Infographic: Datawrapper", [(PHOTO, "Datawrapper", None)]),
        ("Picture: Yes", [(PHOTO, None, None)]),  # a short word: a caption's
        ("Video/Audio", [(VIDEO, None, None)]),  # after a slash a second medium
        ("Foto: Pixabay", [(PHOTO, "Pixabay", None)]),
        ("Photo: Supplied", [(PHOTO, None, None)]),  # what a credit says when it names no one
        ("Foto: Privat", [(PHOTO, None, None)]),
        ("Video: Screenshot", [(VIDEO, None, None)]),
        ("Photo: Here", [(PHOTO, None, None)]),  # a function word
    ],
)
def test_a_one_word_credit_is_a_brand_unless_a_common_word(
    line: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _credits(line) == expected


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        ("Анна Соколова, Дмитрий Кузнецов", ["Анна Соколова", "Дмитрий Кузнецов"]),  # commas alone
        ("Laura Chen, Senior Political Correspondent | @laurachen", ["Laura Chen"]),  # a job title after the name
    ],
)
def test_bylines_whose_first_names_are_stopwords(byline: str, people: list[str]) -> None:
    assert [(f.kind, f.name) for f in bare_byline(byline, 3, load_gazetteer())] == [(AUTHOR, p) for p in people]


@pytest.mark.parametrize("heading", ["How To Vote, Your Ad Choices", "Top Stories, More News"])
def test_comma_lists_opened_by_english_function_words_are_headings(heading: str) -> None:
    assert bare_byline(heading, 3, load_gazetteer()) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Plural and feminine cues (blind7): "authors" opens a byline of two people.
        (
            "Аўтары: Алена Навумчык і Сяргей Лазоўскі",
            [(AUTHOR, "Алена Навумчык", None), (AUTHOR, "Сяргей Лазоўскі", None)],
        ),
        ("Autori: Jelena Marković i Stefan Ilić", [(AUTHOR, "Jelena Marković", None), (AUTHOR, "Stefan Ilić", None)]),
        # Arabic writes its "and" onto the second name; a name that begins with the letter stays whole.
        ("كتب: محمد عبد الله وسارة حسن", [(AUTHOR, "محمد عبد الله", None), (AUTHOR, "سارة حسن", None)]),
        ("كتب: وليد حسن", [(AUTHOR, "وليد حسن", None)]),
        # A Telegram channel credited for a video: the channel's name, not the word saying it is one.
        ("Видео: Telegram-канал SHOT", [(VIDEO, "SHOT", None)]),
    ],
)
def test_bylines_of_the_blind7_round(line: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _credits(line) == expected


def test_a_lower_case_i_joins_two_people_in_a_bare_byline() -> None:
    found = bare_byline("Katarzyna Zielińska i Tomasz Wróbel", 1, load_gazetteer())
    assert [f.name for f in found] == ["Katarzyna Zielińska", "Tomasz Wróbel"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Daniel Dombey in Washington", [(AUTHOR, "Daniel Dombey", None)]),
        ("By Jane Doe and John Smith in New York", [(AUTHOR, "Jane Doe", None), (AUTHOR, "John Smith", None)]),
        ("Additional reporting by Priya Sharma in Mumbai.", [(AUTHOR, "Priya Sharma", None)]),
        ("Von Anna Lange aus Brüssel", [(AUTHOR, "Anna Lange", None)]),
        ("Autor: Jan de Vries en Piet Jansen", [(AUTHOR, "Jan de Vries", None), (AUTHOR, "Piet Jansen", None)]),
    ],
)
def test_the_place_a_byline_is_filed_from_is_no_name(
    line: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _credits(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A web page's spans joined into one line: the byline and its date.
        (
            "di Marco Rossi e Giulia Bianchi 17 febbraio 2025",
            [(AUTHOR, "Marco Rossi", None), (AUTHOR, "Giulia Bianchi", None)],
        ),
        ("Von Anna Lange 3. März 2025, 15:25 Uhr", [(AUTHOR, "Anna Lange", None)]),
    ],
)
def test_a_date_closing_a_byline_is_no_name(line: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _credits(line) == expected


def test_japanese_and_chinese_reporters_in_brackets_after_the_last_sentence() -> None:
    from tasks.credits.attribution import in_body_citations

    def names(text: str) -> list[str | None]:
        return [f.name for f in in_body_citations(text, 1, load_gazetteer(), last=True)]

    assert names("気象台はさらに最大40センチの降雪を予想している。（佐藤花子、鈴木一郎）") == ["佐藤花子", "鈴木一郎"]
    assert names("图书馆将延长开放时间。（记者 王小明）") == ["王小明"]
    assert names("県は来年度から試行する。（東京）") == []  # two characters in brackets: as often a place
    assert names("東京都は対策を発表した（写真）") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A caption's closing credit: agency and photographer after a cue, a ©, or the wire's bare "Agency/Name".
        (
            "Рятувальники розбирають завали після нічної атаки. Фото: Укрінформ / Олександр Клименко",
            [(PHOTO, "Укрінформ", "ukrinform"), (PHOTO, "Олександр Клименко", None)],
        ),
        (
            "Firefighters at the scene on Tuesday. © Reuters / Mark Ellison",
            [(PHOTO, "Reuters", "reuters"), (PHOTO, "Mark Ellison", None)],
        ),
        (
            "Incendio en Tarifa. EFE/Alejandro Ruiz Pozuelo",
            [(PHOTO, "EFE", "efe"), (PHOTO, "Alejandro Ruiz Pozuelo", None)],
        ),
        ("Фота: Алесь Пятровіч / Радыё Свабода", [(PHOTO, "Алесь Пятровіч", None), (PHOTO, "Радыё Свабода", None)]),
        # A site's copyright notice credits no photo.
        ("Copyright © 2008, The Chicago Tribune", []),
        ("He studied at MIT. Harvard/Yale Review", []),  # no known agency before the slash
    ],
)
def test_caption_tail_credits(line: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _credits(line) == expected


def test_a_last_paragraph_that_is_only_a_byline_credits_its_authors() -> None:
    from tasks.credits.attribution import in_body_citations

    found = in_body_citations("Additional reporting by Kwame Boateng in Accra.", 1, load_gazetteer(), last=True)
    assert [(f.kind, f.name) for f in found] == [(AUTHOR, "Kwame Boateng")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Text und Fotos: Katrin Albrecht", [(AUTHOR, "Katrin Albrecht", None), (PHOTO, "Katrin Albrecht", None)]),
        ("Текст и фото: Иван Петров", [(AUTHOR, "Иван Петров", None), (PHOTO, "Иван Петров", None)]),
        ("Fotos: Max Muster", [(PHOTO, "Max Muster", None)]),
    ],
)
def test_text_and_photos_credits_one_person_in_both_roles(
    line: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _credits(line) == expected
