"""Session 24's fixes after the first score of dumps_ml35 (body F1 0.920, P 0.861, R 0.989): each names a general shape
of news pages, with a negative where the shape could overreach. A box under a paragraph the wire or the writer signed
is the site's (the sign-off closes the article); an article set as one block goes on to the text line closing its
block, through a short heading and a dashed list; a tool bar under the head's picture is a head row; a long paragraph
glued over its picture's credit is text, a short caption there is not; a sentence closing the head's block under its
credit is the head picture's caption; as data, the Japanese cookie banner, the Brazilian paywall offer, the opinion
column's disclaimer worded from the text's side, the French "Ph." cue, the family-archive credit and the feminine
"published"/"updated" labels. From the public dumps (issue 12): a rule of marks between a post's sections ("———")
neither ends the article nor is a table's cell. Examples are invented, not the set's lines."""

from __future__ import annotations

import pytest

from schemas import AttributionKind, Label
from tasks.lexicon.boilerplate import is_boilerplate
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.sentence_signoffs import is_signed_off
from tasks.text.features import line_features
from tasks.text.lines import split_lines
from tasks.text.section_rule import is_section_rule
from tests.page_fixtures import EN_PARAGRAPHS, MENU, MOST_READ, labels_by_text

_MATCH = [
    "The home side took the lead early through a header from a corner and defended it for most of the first half.",
    "The visitors equalised after the break, but a late penalty decided the game before a crowd of eight thousand.",
    "The win lifts the club to fourth place, two points behind the leaders, with three rounds left to play. (dpa)",
]
_BOX = ["Match facts", "Scorers: Miller 12, Grant 88 - Novak 55", "Referee: Tom Reid", "Attendance: 8,000"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (_MATCH[2], True),
        ("Die Polizei sucht weiter nach Zeugen. (ale)", True),
        ("Harga getah naik dua kali ganda tahun ini. — BERNAMA", True),
        (_MATCH[1], False),
    ],
)
def test_a_paragraph_the_wire_or_the_writer_signed(line: str, expected: bool) -> None:
    assert is_signed_off(line) is expected


def test_a_box_under_a_signed_last_paragraph_is_the_sites() -> None:
    text = "\n\n".join([MENU, "Late penalty sends the club fourth", "\n".join(_MATCH), "\n".join(_BOX), MOST_READ])
    labels = labels_by_text(text)
    assert all(labels[p] == Label.BODY for p in _MATCH)
    assert all(labels[line] != Label.BODY for line in _BOX[1:])


def test_a_box_under_an_unsigned_last_paragraph_is_still_the_articles() -> None:
    unsigned = [*_MATCH[:2], _MATCH[2].removesuffix(" (dpa)")]
    text = "\n\n".join([MENU, "Late penalty sends the club fourth", "\n".join(unsigned), "\n".join(_BOX), MOST_READ])
    labels = labels_by_text(text)
    assert all(labels[line] == Label.BODY for line in _BOX[1:])


_STILL_TO_DO = ["What is still missing", "- repairs to the river wall", "- two new school buildings", "- a bus depot"]
_CLOSING = "The figures were confirmed by the regional water authority, which follows the rebuilding."


def test_an_article_set_as_one_block_goes_on_through_its_dashed_list_to_its_closing_line() -> None:
    article = "\n".join([*EN_PARAGRAPHS[:4], *_STILL_TO_DO, _CLOSING])
    labels = labels_by_text("\n\n".join([MENU, "A year after the flood", article, MOST_READ]))
    assert all(labels[line] == Label.BODY for line in [*_STILL_TO_DO[1:], _CLOSING])


def test_a_list_in_a_block_of_its_own_under_the_article_is_not_joined_by_the_block_rule() -> None:
    article = "\n".join(EN_PARAGRAPHS[:4])
    teasers = "\n".join(["Related", "- Flood defences to be reviewed", "- Council meets on Friday"])
    labels = labels_by_text("\n\n".join([MENU, "A year after the flood", article, teasers, MOST_READ]))
    assert labels["- Council meets on Friday"] == Label.CHROME


def test_a_tool_bar_under_the_heads_picture_is_a_head_row() -> None:
    head = "\n".join(["By Anna Berg", "Published: 07.11.2024, 06:00"])
    figure = "\n".join(["Members of the council leave the town hall after the budget debate.", "Photo: Lars Olsen"])
    text = "\n\n".join(
        [
            MENU,
            "Council passes budget",
            EN_PARAGRAPHS[0],
            head,
            figure,
            "Listen | Share | Save",
            *EN_PARAGRAPHS[1:5],
        ]
    )
    assert labels_by_text(text)["Listen | Share | Save"] == Label.CHROME


def test_a_long_paragraph_glued_over_its_pictures_credit_is_text_a_short_caption_is_not() -> None:
    long_last = "The old bridge was last rebuilt in 1962, after the great flood had swept away its wooden piers."
    short_caption = "Workers on the old bridge."
    for last, expected in ((long_last, Label.BODY), (short_caption, Label.CHROME)):
        article = "\n".join([*EN_PARAGRAPHS[:4], last, "Photo: City of Linden"])
        labels = labels_by_text("\n\n".join([MENU, "Bridge works begin", article, MOST_READ]))
        assert labels[last] == expected, last


def test_a_sentence_closing_the_heads_block_under_its_credit_is_the_head_pictures_caption() -> None:
    caption = "A harvester works on a soy field north of the city."
    head = "\n".join(["Farm desk", "22 July 2024, 07:30", "Photo: Carlos Vaca", caption])
    text = "\n\n".join([MENU, "Soy harvest expected to break records", EN_PARAGRAPHS[0], head, *EN_PARAGRAPHS[1:5]])
    labels = labels_by_text(text)
    assert labels[caption] == Label.CHROME
    assert all(labels[p] == Label.BODY for p in EN_PARAGRAPHS[1:5])


def test_a_paragraph_under_a_credit_inside_the_text_stays_text() -> None:
    body = "\n".join([EN_PARAGRAPHS[1], "Photo: Carlos Vaca", EN_PARAGRAPHS[2]])
    text = "\n\n".join([MENU, "Council passes budget", EN_PARAGRAPHS[0], body, *EN_PARAGRAPHS[3:6]])
    assert labels_by_text(text)[EN_PARAGRAPHS[2]] == Label.BODY


@pytest.mark.parametrize(
    "line",
    [
        "当サイトではCookieを使用しています。",
        "本サイトはクッキーを利用しています。詳しくはこちら。",
        "Assinantes têm acesso ilimitado a todas as reportagens.",
        "Assine por R$ 4,90 ao mês e leia sem limites.",
        "Колонка відображає позицію автора.",
        "Редакція може не поділяти його думки.",
        "Текст отражает позицию автора.",
    ],
)
def test_notices_that_read_like_prose(line: str) -> None:
    assert is_boilerplate(line.casefold())


@pytest.mark.parametrize(
    "line",
    ["Os moradores têm acesso à praia pela rua principal.", "Автор колонки давно пишет о городе."],
)
def test_sentences_near_those_notices_are_no_notice(line: str) -> None:
    assert not is_boilerplate(line.casefold())


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Des danseurs lors de la cérémonie d'ouverture. (Ph. Agence Sahel)", "Agence Sahel"),
        ("Il maestro in una foto del 1960 (foto archivio di famiglia)", None),
    ],
)
def test_a_caption_closed_by_a_bracketed_credit(line: str, name: str | None) -> None:
    credit = parse_credit_line(line)
    assert credit is not None and credit.kind is AttributionKind.PHOTO
    assert credit.name == name


def test_ph_opening_a_sentence_is_no_credit() -> None:
    assert parse_credit_line("Ph.D. students at the university said they would strike on Monday.") is None


def test_the_feminine_updated_label_makes_a_stamp_in_the_head() -> None:
    head = "\n".join(["Por Ana Souza", "03/05/2025 - 06h00min", "Atualizada em 03/05/2025 - 09h12min"])
    text = "\n\n".join([MENU, "Council passes budget", EN_PARAGRAPHS[0], head, *EN_PARAGRAPHS[1:5]])
    assert labels_by_text(text)["Atualizada em 03/05/2025 - 09h12min"] != Label.BODY


@pytest.mark.parametrize(
    ("line", "expected"),
    [("———————", True), ("* * *", True), ("___", True), ("~~~", True), ("•", False), ("...", False), ("12", False)],
)
def test_a_line_of_marks_only_is_a_rule_between_sections(line: str, expected: bool) -> None:
    assert is_section_rule(line_features(split_lines(line))[0]) is expected


def test_rules_between_a_posts_sections_do_not_end_it() -> None:
    rule = "——————————————"
    sections = [
        "First thumbs up",
        EN_PARAGRAPHS[1],
        "A second look",
        EN_PARAGRAPHS[2],
        "And one more",
        EN_PARAGRAPHS[3],
    ]
    post = f"\n\n{rule}\n\n".join(sections)
    text = "\n\n".join([MENU, "Week nine in review", EN_PARAGRAPHS[0], rule, post, MOST_READ])
    labels = labels_by_text(text)
    assert all(labels[p] == Label.BODY for p in EN_PARAGRAPHS[:4])
    assert labels[rule] == Label.CHROME


def test_a_long_paragraph_over_a_source_line_is_no_caption_of_the_head() -> None:
    intro = " ".join([EN_PARAGRAPHS[1], EN_PARAGRAPHS[2]])
    letter = ["12 Hill Road,", "Linden", "March 3, 1950", "Dear Mr. Hale:"]
    text = "\n\n".join(
        [MENU, "Two letters", EN_PARAGRAPHS[0], intro, "(Source: The Collected Letters; Image: the author, 1950.)",
         *letter, *EN_PARAGRAPHS[3:6], MOST_READ]
    )  # fmt: skip
    labels = labels_by_text(text)
    assert labels["Linden"] == Label.BODY
