"""Session 35's study of whole pages in the text dumps (issue 12): the causes fixed, each with made-up pages.

A teaser box under a long article ("Related coverage", "Most Read", "Next Up In Culture") whose stories are set as one
line each, the headline glued to its lead, reads as prose, and the region search ran on from the article through the
box: a link list's heading inside the main text now ends it when the text above is an article's and what lies below is
a small share of it, and a teaser opens the box (tasks/text/closing_boxes.py). A heading between two halves of a text
(little text above it, or much below), a box of short links set into the text, and a box that is no link list (a
newsletter sign-up, an ad slot) do not end it. The English headings "Next
up (in …)" and "Recommended related news" head such boxes. Examples are invented, not the sets' lines.
"""

from __future__ import annotations

from schemas import Label
from tasks.text.closing_boxes import MIN_TEXT_ABOVE, WIDGET_HEADINGS
from tasks.text.features import normalize_for_match
from tasks.text.related_lines import is_related_heading
from tests.page_fixtures import labels_by_text

_TOPICS = (
    "the harbour", "the old mill", "the river bank", "the school roof", "the bus depot", "the market hall",
    "the library", "the swimming pool", "the town square", "the fire station", "the bridge", "the cemetery wall",
    "the sports ground", "the railway crossing", "the health centre", "the museum", "the ferry pier", "the allotments",
    "the youth club", "the car park", "the water tower", "the bakery", "the post office", "the bandstand",
)  # fmt: skip
_ARTICLE = tuple(
    f"Engineers who inspected {topic} last week said that the repairs would take longer than the council had "
    f"planned, and residents were told that the work near {topic} could last until the spring."
    for topic in _TOPICS
)
_TEASERS = (
    "Why the ferry fares rose again this year The operator says fuel costs are to blame, but the figures tell a "
    "different story.",
    "A village that built its own broadband network Volunteers dug the trenches themselves and now sell the spare "
    "capacity.",
    "The baker who gives away yesterday's bread Every evening a queue forms outside the shop on the high street.",
    "Council votes to keep the night bus running The route had been due to close at the end of the month.",
)
_HEAD = "Home\nNews\nSport\nCulture\n\nRepairs to town buildings will run into spring\nBy Ann Hale\n12 March 2024"
_FOOT = "About us\nContact\nPrivacy policy\n© 2024 The Town Courier"


def _page(*middle: str) -> str:
    return "\n\n".join([_HEAD, "\n".join(middle), _FOOT])


def test_a_teaser_box_under_a_long_article_ends_the_main_text() -> None:
    assert len(_ARTICLE) >= MIN_TEXT_ABOVE
    for heading in ("Related coverage", "Most Read", "Next Up In Culture"):
        labels = labels_by_text(_page(*_ARTICLE, heading, *_TEASERS))
        assert all(labels[p] == Label.BODY for p in _ARTICLE), heading
        assert all(labels[t] != Label.BODY for t in _TEASERS), heading


def test_a_newsletter_box_between_two_halves_of_the_text_does_not_end_it() -> None:
    half = len(_ARTICLE) - 4
    box = ("Subscribe", "Get the Town Courier's morning briefing in your inbox.")
    labels = labels_by_text(_page(*_ARTICLE[:half], *box, *_ARTICLE[half:]))
    assert all(labels[p] == Label.BODY for p in _ARTICLE)
    assert labels["Subscribe"] != Label.BODY
    assert "subscribe" in WIDGET_HEADINGS and "advertisement" in WIDGET_HEADINGS


def test_a_heading_with_much_of_the_text_below_it_does_not_end_it() -> None:
    # "See also" over a long section of the document's own text: below it as much prose as above
    half = len(_ARTICLE) // 2
    labels = labels_by_text(_page(*_ARTICLE[:half], "See also", *_ARTICLE[half:]))
    assert all(labels[p] == Label.BODY for p in _ARTICLE)


def test_a_box_of_short_links_set_into_a_long_article_does_not_end_it() -> None:
    # the links are headlines alone (short lines), and the article's last paragraphs follow
    box = ("Related stories", "Night bus to keep running", "Ferry fares rise again")
    labels = labels_by_text(_page(*_ARTICLE[:-3], *box, *_ARTICLE[-3:]))
    assert all(labels[p] == Label.BODY for p in _ARTICLE)


def test_a_short_text_keeps_what_follows_a_related_heading() -> None:
    # few lines above the heading: a box set into the text, not the end of an article
    labels = labels_by_text(_page(*_ARTICLE[:5], "Related", _TEASERS[0], *_ARTICLE[5:9]))
    assert all(labels[p] == Label.BODY for p in _ARTICLE[:9])


def test_the_english_headings_of_teaser_boxes() -> None:
    for text in ("Next up", "Next up in Culture", "Recommended related news"):
        assert is_related_heading(normalize_for_match(text)), text
    for text in ("Next up, the mayor spoke.", "Recommended for approval by the committee in March"):
        assert not is_related_heading(normalize_for_match(text)), text
