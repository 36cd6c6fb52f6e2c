"""Session 23's fixes after the first score of dumps_ml33 (body F1 0.973, P 0.967, R 0.978): each names a general shape
of news pages, with a negative where the shape could overreach. Short closing sentences in Georgian, whose letters
Unicode files as lower case though the script writes no capitals, close the article as in other scripts; a paragraph
signed with the writer's name in full-width brackets after its last sentence still ends a sentence; a live blog's
entry over its picture's credit, with the caption under the credit, is the entry's text, and the next entry's clock
stamp under that caption does not cut the blog; a short line over a name in capitals, a block of their own, is a
picture's caption and its photographer; as data, the Finnish and Japanese paywall notes, the plural form of the
opinion column's disclaimer and the German broadcasters' programme note. Examples are invented, not the set's lines.
"""

from __future__ import annotations

import pytest

from schemas import Label
from tasks.lexicon.boilerplate import is_boilerplate
from tasks.text.features import ends_sentence
from tests.page_fixtures import EN_PARAGRAPHS, MENU, MOST_READ, RU_PARAGRAPHS, labels_by_text

_KA_PARAGRAPHS = [
    "ქალაქის მერიამ გუშინ ბათუმის სანაპიროზე ახალი ველობილიკის მშენებლობა დაიწყო, რომელიც ზაფხულისთვის დასრულდება.",
    "პროექტის ღირებულება ორ მილიონ ლარს შეადგენს და მას ადგილობრივი ბიუჯეტი და საერთაშორისო დონორები აფინანსებენ.",
    "„ველობილიკი ქალაქის ცენტრს ახალ ბულვართან დააკავშირებს“, — განაცხადა მერის მოადგილემ ჟურნალისტებთან საუბრისას.",
]
_KA_CLOSING = ["ბილიკის სიგრძე ექვსი კილომეტრი იქნება.", "სამუშაოებს ადგილობრივი კომპანია ასრულებს."]


def test_short_georgian_sentences_under_the_last_paragraph_in_its_block_close_the_article() -> None:
    menu = "\n".join(["მთავარი", "ახალი ამბები", "პოლიტიკა", "სპორტი"])
    more = "\n".join(["ყველაზე კითხვადი", "ლარის კურსი გამყარდა", "მეტროში ახალი ვაგონები", "ამინდი"])
    article = "\n".join([*_KA_PARAGRAPHS, *_KA_CLOSING])
    labels = labels_by_text("\n\n".join([menu, "ბათუმში ახალი ველობილიკი შენდება", article, more]))
    assert all(labels[line] == Label.BODY for line in _KA_CLOSING)
    assert labels["ლარის კურსი გამყარდა"] == Label.CHROME


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("県によると、今年の入場者数は過去最多となる見込みだ。（田中一郎）", True),
        ("市は来年度から補助金を増やす方針だ。（共同）", True),
        ("（田中一郎）", False),  # the name alone ends no sentence
        ("函館市の観光案内（地図付き）", False),  # a bracket after a headline, no sentence before it
    ],
)
def test_a_paragraph_signed_with_the_writers_name_in_brackets_still_ends_a_sentence(line: str, expected: bool) -> None:
    assert ends_sentence(line) is expected


_RU_ENTRIES = [
    "На Океанском проспекте отключили светофоры, движение регулируют сотрудники ГИБДД.",
    "Спасатели эвакуировали жителей двух домов в Артёме, где подтопило первые этажи.",
    "Ветер повредил кровлю школы в Находке. Занятия перенесли в соседнее здание.",
    "В Приморье ввели режим повышенной готовности, сообщает пресс-служба правительства края.",
]


def test_a_live_blog_entry_over_its_pictures_credit_with_the_caption_below_is_the_entrys_text() -> None:
    blog = "\n\n".join(
        [
            f"18:10\n{_RU_ENTRIES[0]}",
            f"17:30\n{_RU_ENTRIES[1]}",
            f"16:45\n{_RU_ENTRIES[2]}\nФото: Анна Петрова\nКрыша школы в Находке",
            f"15:20\n{_RU_ENTRIES[3]}",
        ]
    )
    menu = "\n".join(["Главная", "Новости", "Происшествия", "Спорт", "Погода"])
    more = "\n".join(["Еще по теме", "Как подготовиться к шторму", "Расписание паромов изменено"])
    labels = labels_by_text("\n\n".join([menu, "Шторм в Приморье: онлайн", RU_PARAGRAPHS[0], blog, more]))
    assert all(labels[entry] == Label.BODY for entry in _RU_ENTRIES)
    assert labels["Крыша школы в Находке"] == Label.CHROME


def test_a_short_line_above_a_credit_without_a_caption_below_stays_a_caption() -> None:
    caption = "Mourners outside the town hall on Friday"
    text = "\n\n".join(
        [MENU, "Town mourns former mayor", EN_PARAGRAPHS[0], f"{caption}\nPhoto: Jane Porter", *EN_PARAGRAPHS[1:4]]
    )
    assert labels_by_text(text)[caption] == Label.CHROME


_ES = [
    "El ayuntamiento aprobó ayer el proyecto de reforma de la plaza mayor, que costará 2,4 millones de euros.",
    "Las obras comenzarán en septiembre y se prolongarán durante un año, según el concejal de urbanismo.",
    "Los comerciantes de la zona piden que los trabajos no coincidan con las fiestas patronales de julio.",
    "El proyecto incluye una nueva zona peatonal, más arbolado y un aparcamiento subterráneo de 200 plazas.",
]


def test_a_short_line_over_a_name_in_capitals_in_a_block_of_their_own_is_a_caption_and_its_photographer() -> None:
    figure = "La plaza mayor, durante la presentación del proyecto.\nMARTA GOÑI"
    menu = "\n".join(["Portada", "Navarra", "Deportes", "Opinión", "Hemeroteca"])
    more = "\n".join(["Más información", "La feria del libro abre el viernes", "Nuevo horario de autobuses"])
    labels = labels_by_text("\n\n".join([menu, "La plaza mayor se renueva", _ES[0], figure, *_ES[1:], more]))
    assert labels["La plaza mayor, durante la presentación del proyecto."] == Label.CHROME
    assert labels["MARTA GOÑI"] == Label.CHROME
    assert all(labels[p] == Label.BODY for p in _ES)


def test_a_name_in_capitals_over_more_text_in_its_block_is_no_photographer() -> None:
    block = "Lo que dijo el alcalde.\nJUAN PÉREZ\nQueremos una plaza para todos los vecinos, no solo para los coches."
    menu = "\n".join(["Portada", "Navarra", "Deportes", "Opinión", "Hemeroteca"])
    labels = labels_by_text("\n\n".join([menu, "La plaza mayor se renueva", _ES[0], block, *_ES[1:]]))
    assert labels["Lo que dijo el alcalde."] == Label.BODY


@pytest.mark.parametrize(
    "line",
    [
        "Tilaa Pohjolan Sanomat ja lue jutun loppuun.",
        "この記事は有料会員限定です。",
        "Думкі аўтараў могуць не супадаць з пазіцыяй рэдакцыі.",
        "Мнения колумнистов могут не совпадать с позицией редакции.",
        "Über dieses Thema hat auch die Sendung Region am Mittag am 3. März berichtet.",
    ],
)
def test_paywall_notes_disclaimers_and_programme_notes_are_furniture(line: str) -> None:
    assert is_boilerplate(line.casefold())


@pytest.mark.parametrize(
    "line",
    [
        "Kaupunki lupasi lukea jutun huolellisesti ennen päätöstä.",
        "Депутаты заявили, что их позиция не совпадает с позицией мэрии.",
        "Über dieses Thema wird im Landtag am Donnerstag beraten.",
    ],
)
def test_article_sentences_near_those_phrases_are_not_furniture(line: str) -> None:
    assert not is_boilerplate(line.casefold())


# Issue 12's public dumps set every line in a block of its own: the pages below do the same.
def _unblocked(*lines: str) -> str:
    return "\n\n".join(lines)


_CLOSING = "The vote is expected next week."


def test_on_a_page_of_lines_set_apart_a_short_closing_sentence_under_the_last_paragraph_is_the_articles() -> None:
    text = _unblocked(
        *MENU.splitlines(), "Council passes budget", *EN_PARAGRAPHS[:4], _CLOSING, *MOST_READ.splitlines()
    )
    assert labels_by_text(text)[_CLOSING] == Label.BODY


@pytest.mark.parametrize(
    "line",
    [
        "Send us your letters to the Mailbox!",  # a box's prompt cries
        "Share this story with a friend today?",  # or asks
        "Send tips to jp@news.org.",  # an address
    ],
)
def test_on_such_a_page_a_prompt_or_an_address_under_the_article_is_no_closing_sentence(line: str) -> None:
    text = _unblocked(*MENU.splitlines(), "Council passes budget", *EN_PARAGRAPHS[:4], line, *MOST_READ.splitlines())
    assert labels_by_text(text)[line] != Label.BODY


def test_on_such_a_page_the_authors_bio_under_the_article_stays_out_of_it() -> None:
    bio = "Jane Porter is a staff writer for the Courier."
    page = ["Council passes budget", "By Jane Porter", *EN_PARAGRAPHS[:4], bio, *MOST_READ.splitlines()]
    assert labels_by_text(_unblocked(*MENU.splitlines(), *page))[bio] != Label.BODY


_POST = "Update: I have decided to take this post down for a while, and I thank every reader who wrote to me this week."
_COMMENTS = [
    "I am so sorry to read this, and I hope you come back to writing soon because we will miss your posts here.",
    "This is awful news. Nobody should have to go through anything like that just for writing a blog about design.",
    "Take all the time you need. Your readers will still be here when you return, and we are all behind you.",
]


def test_a_comment_heading_under_a_short_post_signed_below_ends_the_post() -> None:
    thread = []
    for n, comment in enumerate(_COMMENTS):
        thread += [comment, f"Posted by: Reader{n} Name{n} | Mar 26, 2007 2:0{n}:18 PM"]
    page = ["Why I am taking a break", _POST, "Posted by Kathy on April 6, 2007 | Permalink", "Comments", *thread]
    labels = labels_by_text(_unblocked(*MENU.splitlines(), *page, *MOST_READ.splitlines()))
    assert labels[_POST] == Label.BODY
    assert all(labels[c] != Label.BODY for c in _COMMENTS)


def test_a_comment_link_under_an_unsigned_first_paragraph_does_not_end_the_article() -> None:
    page = ["Council passes budget", EN_PARAGRAPHS[0], "Comments", *EN_PARAGRAPHS[1:4]]
    labels = labels_by_text(_unblocked(*MENU.splitlines(), *page, *MOST_READ.splitlines()))
    assert all(labels[p] == Label.BODY for p in EN_PARAGRAPHS[1:4])
