"""Session 25's fixes after the first score of dumps_ml37 (body F1 0.972, P 0.969, R 0.975): each names a general shape
of news pages, with a negative where the shape could overreach. The head's date row with other meta beside the date
("Wednesday, 9 July 2025 | 2 min read") is a head row, however many words; a caption over an agency's name alone in
capitals ("EUROPA PRESS") is a caption; a box closing the article's own block (a heading, then fields and clauses) is
the article's; as data, the German paywall's prompt in its other wording. From the public dumps (issue 12): a post's
pager ("Newer Post Older Post Home") ends the main text, so the blog's sidebar below it stays out. Examples are
invented, not the set's lines."""

from __future__ import annotations

import pytest

from schemas import Label
from tasks.lexicon.boilerplate import is_boilerplate
from tasks.lexicon.post_pagers import is_post_pager
from tests.page_fixtures import EN_PARAGRAPHS, MENU, MOST_READ, labels_by_text


def test_the_heads_date_row_with_reading_time_is_a_head_row() -> None:
    row = "Monday, 3 March 2025 | 4 min read"
    head = "\n".join(["Anna Berg", row])
    figure = "\n".join(["Members of the council leave the town hall.", "Photo: Lars Olsen"])
    text = "\n\n".join([MENU, "Council passes budget", EN_PARAGRAPHS[0], head, figure, *EN_PARAGRAPHS[1:5], MOST_READ])
    labels = labels_by_text(text)
    assert labels[row] == Label.CHROME
    assert all(labels[p] == Label.BODY for p in EN_PARAGRAPHS[1:5])


def test_a_sentence_of_a_date_between_paragraphs_stays_text() -> None:
    dated = "On 3 March 2025 the council met again."
    text = "\n\n".join([MENU, "Council passes budget", *EN_PARAGRAPHS[:2], dated, *EN_PARAGRAPHS[2:5], MOST_READ])
    assert labels_by_text(text)[dated] == Label.BODY


def test_a_caption_over_an_agencys_name_alone_is_a_caption() -> None:
    caption = "The front of the regional hospital in Linden."
    figure = "\n".join([caption, "EUROPA PRESS"])
    text = "\n\n".join([MENU, "Hospital to open stroke unit", EN_PARAGRAPHS[0], figure, *EN_PARAGRAPHS[1:5], MOST_READ])
    labels = labels_by_text(text)
    assert labels[caption] == Label.CHROME
    assert all(labels[p] == Label.BODY for p in EN_PARAGRAPHS[1:5])


_REPORT = [
    "The home side took the lead early through a header from a corner and defended it for most of the first half.",
    "The visitors equalised after the break, and a late goal from a substitute saved a point for the home side.",
    '"We never stopped believing, that is the spirit we need," the coach said after the game in front of the fans.',
]
_TELEGRAM = ["Match report", "Linden - Hafen 2:2 (1:1)", "North Stadium. - 8000 spectators.", "Goals: 11. Miller 1:0."]


def test_a_box_closing_the_articles_own_block_is_the_articles() -> None:
    article = "\n".join([*_REPORT, *_TELEGRAM])
    labels = labels_by_text("\n\n".join([MENU, "Late goal saves a point", article, MOST_READ]))
    assert all(labels[line] == Label.BODY for line in [*_REPORT, *_TELEGRAM])


def test_headlines_closing_the_articles_block_are_not_its_box() -> None:
    teasers = ["More from the club", "Coach extends his contract", "Youth team reaches the final", "New kit unveiled"]
    article = "\n".join([*_REPORT, *teasers])
    labels = labels_by_text("\n\n".join([MENU, "Late goal saves a point", article, MOST_READ]))
    assert all(labels[line] != Label.BODY for line in teasers[1:])


@pytest.mark.parametrize(
    "line",
    ["Lesen Sie jetzt weiter mit SZ+", "Sie haben bereits ein Abo? Hier einloggen", "Du hast bereits ein Abo?"],
)
def test_the_german_paywalls_prompt(line: str) -> None:
    assert is_boilerplate(line.casefold())


@pytest.mark.parametrize(
    "line", ["Die Mieter haben bereits einen neuen Vertrag.", "Lesen Sie jetzt die Stellungnahme des Ministers."]
)
def test_sentences_near_the_paywalls_prompt_are_no_notice(line: str) -> None:
    assert not is_boilerplate(line.casefold())


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Newer Post Older Post Home", True),
        ("« Previous Post | Next Post »", True),
        ("← Older Story", True),
        ("Entrada más reciente Entrada antigua Página principal", True),
        ("Read the previous post for the first part.", False),
        ("Home", False),
    ],
)
def test_a_posts_pager(line: str, expected: bool) -> None:
    assert is_post_pager(line) is expected


def test_a_posts_pager_ends_the_main_text_above_the_blogs_sidebar() -> None:
    about = [
        "Welcome! I am a teacher, a mother of three and a keen gardener who writes about the classroom every week.",
        "Write to me if you would like me to speak at your school, or read the older posts in the archive below.",
    ]
    post = "\n\n".join(
        ["Monday, March 3, 2025", "A garden for the school", *EN_PARAGRAPHS[:2], "Posted by Ann at 9:15 AM"]
    )
    text = "\n\n".join([MENU, post, "Newer Post Older Post Home", "About me", *about, MOST_READ])
    labels = labels_by_text(text)
    assert all(labels[p] == Label.BODY for p in EN_PARAGRAPHS[:2])
    assert all(labels[line] != Label.BODY for line in about)
