"""Session 22's fixes after the first score of dumps_ml31 (body F1 0.941, P 0.965, R 0.917): each names a general shape
of news pages, with a negative where the shape could overreach. A list the article's text introduces with a clause
and a colon weighs as its text in the search for the main text; an agency's dash or slash sign-off after a paragraph's
last sentence still ends a sentence; a closing sentence in a block of its own over the writer's byline or a bio box's
heading closes the article; a date row under the byline, in its block, is the head's; as data, the Italian and
Belarusian bio box headings. Examples are invented, not the set's lines.
"""

from __future__ import annotations

import pytest

from schemas import Label
from tasks.text.bio import is_bio_heading
from tasks.text.features import ends_sentence
from tests.page_fixtures import EN_PARAGRAPHS, MENU, MOST_READ, labels_by_text

_PARAGRAPHS = EN_PARAGRAPHS[:4]
_FOOTER = "\n".join(["Share", "Facebook", "X", "WhatsApp"])
_READ_ALSO = "Read also: Council names the new head of the bus company"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Pihak berkuasa akan memantau keadaan cuaca sepanjang minggu ini. — BERNAMA", True),
        ("La nave resterà ferma in porto fino a lunedì. /ANSA/", True),
        ("The mayor thanked the volunteers. — Tom Baker", False),  # a name, no agency
        ("— BERNAMA", False),  # the sign-off alone ends no sentence
        ("Home — News — Sport", False),
    ],
)
def test_an_agencys_dash_or_slash_sign_off_after_the_last_sentence_still_ends_it(line: str, expected: bool) -> None:
    assert ends_sentence(line) is expected


@pytest.mark.parametrize("heading", ["L'autore", "L'autrice", "Пра аўтара", "Пра аўтарку"])
def test_the_italian_and_belarusian_bio_box_headings_are_read(heading: str) -> None:
    assert is_bio_heading(heading)


_CLOSING = "The vote is expected next week."


def test_a_closing_sentence_in_its_own_block_over_the_writers_byline_closes_the_article() -> None:
    text = "\n\n".join([MENU, "Council passes budget", *_PARAGRAPHS, _CLOSING, "By Jane Porter", MOST_READ])
    assert labels_by_text(text)[_CLOSING] == Label.BODY


def test_a_closing_sentence_over_a_bio_box_heading_closes_the_article() -> None:
    bio = "About the author\nJane Porter covers local politics for the paper."
    text = "\n\n".join([MENU, "Council passes budget", *_PARAGRAPHS, _CLOSING, bio, MOST_READ])
    labels = labels_by_text(text)
    assert labels[_CLOSING] == Label.BODY
    assert labels["Jane Porter covers local politics for the paper."] == Label.CHROME


def test_a_short_sentence_in_its_own_block_over_a_photo_credit_stays_out() -> None:
    # over a picture's credit a short sentence is as often the picture's caption
    caption = "The new bridge seen from the river."
    text = "\n\n".join([MENU, "Council passes budget", *_PARAGRAPHS, caption, "Photo: Jane Porter", MOST_READ])
    assert labels_by_text(text)[caption] == Label.CHROME


def test_a_date_row_under_the_byline_in_its_block_is_the_heads() -> None:
    head = "By Jane Porter\nSunday, 6 April 2025 · 4 min read"
    standfirst = "The council agreed on a budget that keeps the buses running and the libraries open for another year."
    text = "\n\n".join([MENU, "Council passes budget", standfirst, head, *_PARAGRAPHS, MOST_READ])
    labels = labels_by_text(text)
    assert labels["Sunday, 6 April 2025 · 4 min read"] == Label.CHROME
    assert all(labels[p] == Label.BODY for p in _PARAGRAPHS)


_INTRO = "The new timetable applies to these routes from Monday:"
_ITEMS = ["route 7 from the station to the harbour;", "route 12 from the market to the hospital;"]
_LAST_ITEM = "route 15 from the university to the airport."


def test_a_list_the_text_introduces_with_a_colon_joins_the_article_across_a_read_also_link() -> None:
    above, below = _PARAGRAPHS[:1], _PARAGRAPHS[1:3]
    text = "\n\n".join(
        [MENU, "New bus timetable", *above, _INTRO, "\n".join([*_ITEMS, _LAST_ITEM]), _READ_ALSO, *below, MOST_READ]
    )
    labels = labels_by_text(text)
    assert [labels[line] for line in [*above, _INTRO, *_ITEMS, _LAST_ITEM, *below]] == [Label.BODY] * 7
    assert labels[_READ_ALSO] == Label.CHROME


def test_a_list_without_a_final_mark_under_the_texts_colon_is_the_articles() -> None:
    intro = "The closure covers the schools of these districts:"
    items = ["in Northfield, Eastbury and Kingsmoor", "in Westgate, Hillford and Ashby", "in Oakham, Ely and Lowfield"]
    text = "\n\n".join([MENU, "Schools closed", _PARAGRAPHS[0], intro, "\n".join(items), *_PARAGRAPHS[1:3], MOST_READ])
    labels = labels_by_text(text)
    assert [labels[line] for line in [intro, *items]] == [Label.BODY] * 4


def test_headlines_in_capitals_under_a_clause_with_a_colon_stay_chrome() -> None:
    # items opening with capitals are as often teasers' headlines, even under a clause of the text's
    teasers = "Read more on these plans in our reports:\nBus Fares Rise, Again\nNew Bridge Opens, At Last"
    text = "\n\n".join([MENU, "Council passes budget", *_PARAGRAPHS, teasers, _FOOTER])
    assert labels_by_text(text)["New Bridge Opens, At Last"] == Label.CHROME


def test_a_teaser_list_under_a_label_with_a_colon_stays_chrome() -> None:
    # a label of a word or two introduces no list of the article's: "More news:" over headlines
    teasers = "More news:\nBus fares rise again this spring\nNew bridge opens to traffic\nLibrary hours cut in June"
    text = "\n\n".join([MENU, "Council passes budget", *_PARAGRAPHS, teasers, _FOOTER])
    labels = labels_by_text(text)
    assert labels["New bridge opens to traffic"] == Label.CHROME
    assert all(labels[p] == Label.BODY for p in _PARAGRAPHS)


def test_a_place_in_capitals_alone_over_the_first_paragraph_is_the_dateline() -> None:
    standfirst = "The council agreed on a budget that keeps the buses running and the libraries open for another year."
    picture = "Buses wait for their passengers at the central station of the town.\nPhoto: Jane Porter"
    text = "\n\n".join([MENU, "Council passes budget", standfirst, picture, "RIVERTON.", *_PARAGRAPHS, MOST_READ])
    labels = labels_by_text(text)
    assert labels["RIVERTON."] == Label.CHROME
    assert all(labels[p] == Label.BODY for p in _PARAGRAPHS)


def test_a_heading_in_capitals_between_paragraphs_stays_the_articles() -> None:
    # further down, below the article's second text line, a line in capitals is its subheading
    text = "\n\n".join([MENU, "Council passes budget", *_PARAGRAPHS[:2], "WHAT NEXT:", *_PARAGRAPHS[2:], MOST_READ])
    assert labels_by_text(text)["WHAT NEXT:"] == Label.BODY
