"""Session 35's fixes for the real pages' bylines the segmenter left outside the text (issue 13, helper
s35-real-byline): the head's one name with the job of one who writes ("Ann Lee, Staff Writer", "Ann Lee Senior
Contributor") out of the byline block's reach, the blogs' sign-off with the keyboard's hyphen ("-Ann Lee", "-Mish"),
the name over the blog's address under the text, and "Guest post by". The lines and pages are written for the tests,
not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.credits.head_bylines import is_titled_byline
from tasks.lexicon.agencies import load_gazetteer
from tasks.text.segment import segment_text
from tests.page_fixtures import EN_PARAGRAPHS

HEADLINE = "Harbour town opens its new pier after two years of work"
NAV = ["Home", "News", "Sports", "Opinion", "Contact us"]
TAIL = ["Share this:", "Facebook", "Twitter", "Leave a Reply", "© 2024 Harbour Daily. All rights reserved."]
SHARE = ["Tweet", "Share", "Email"]
# chrome between the byline and the text: more lines than the byline block reads
FAR = ["Advertisement", "Font size", "Print this page", "Comments (3)", "Save", "Subscribe", "A A A"]
CAPTION = "The mayor and her deputy walk along the new pier on its first morning."


def _authors(page: list[str]) -> set[tuple[str | None, int]]:
    found = extract_attributions(segment_text("\n\n".join(page)))
    return {(f.name, f.line) for f in found if f.kind.value == "author"}


def _line(page: list[str], text: str) -> int:
    return 2 * page.index(text) + 1


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        ("Ann Lee, Staff Writer", True),
        ("Ann Lee Senior Contributor", True),
        ("Ann Lee, Correspondent", True),
        ("Ann Lee, Harbour Daily Staff", True),
        ("Ann Lee, Executive Director", False),  # an official's or a sidebar's: no writing job
        ("Ann Lee, Editor", False),  # a masthead's as often
        ("Staff Writer", False),  # no name
        ("Vote for the best staff writer of 2024", False),  # a sentence
        ("By Ann Lee, Staff Writer", False),  # a cued line: the cued byline's readers take it
    ],
)
def test_a_titled_byline(text: str, byline: bool) -> None:
    assert is_titled_byline(text, load_gazetteer()) is byline


@pytest.mark.parametrize("byline", ["Ann Lee, Staff Writer", "Ann Lee Senior Contributor"])
def test_the_heads_titled_byline_far_over_the_text(byline: str) -> None:
    page = [*NAV, HEADLINE, byline, *SHARE, *FAR, CAPTION, *EN_PARAGRAPHS, *TAIL]
    assert ("Ann Lee", _line(page, byline)) in _authors(page)


def test_two_titled_names_in_the_head_are_a_list() -> None:
    page = [*NAV, HEADLINE, "Ann Lee, Staff Writer", "Tom Hale, Staff Writer", *SHARE, *FAR, CAPTION, *EN_PARAGRAPHS]
    assert not {name for name, _ in _authors([*page, *TAIL])} & {"Ann Lee", "Tom Hale"}


def test_a_titled_name_the_text_writes_is_its_subject() -> None:
    paragraphs = [*EN_PARAGRAPHS[:-1], "Ann Lee, who covered the council for ten years, retired last spring."]
    page = [*NAV, HEADLINE, "Ann Lee, Staff Writer", *SHARE, *FAR, CAPTION, *paragraphs, *TAIL]
    assert ("Ann Lee", _line(page, "Ann Lee, Staff Writer")) not in _authors(page)


@pytest.mark.parametrize(
    ("signoff", "name"),
    [("-Ann Lee", "Ann Lee"), ("- Ann Lee", "Ann Lee"), ("-Mish", "Mish"), ("~Kate", "Kate"), ("— Ann Lee", "Ann Lee")],
)
def test_the_hyphen_signoff_under_the_text(signoff: str, name: str) -> None:
    page = [*NAV, HEADLINE, *EN_PARAGRAPHS, signoff, *TAIL]
    assert (name, _line(page, signoff)) in _authors(page)


@pytest.mark.parametrize("signoff", ["-Update", "-March", "-Reuters", "-Admin"])
def test_a_hyphened_word_that_is_no_name(signoff: str) -> None:
    paragraphs = [*EN_PARAGRAPHS[:-1], EN_PARAGRAPHS[-1] + " An update will follow."]
    page = [*NAV, HEADLINE, *paragraphs, signoff, *TAIL]
    assert not any(line == _line(page, signoff) for _, line in _authors(page))


def test_a_list_item_under_the_text_is_no_signoff() -> None:
    page = [*NAV, HEADLINE, *EN_PARAGRAPHS, "- Fixed the login page", "- Removed Herobrine", *TAIL]
    assert not _authors(page)


@pytest.mark.parametrize("address", ["http://annlee.blogspot.com", "www.annlee.net", "annlee@harbourdaily.com"])
def test_a_name_over_the_blogs_address(address: str) -> None:
    page = [*NAV, HEADLINE, *EN_PARAGRAPHS, "Ann Lee", address, *TAIL]
    assert ("Ann Lee", _line(page, "Ann Lee")) in _authors(page)


def test_a_name_alone_under_the_text_over_other_lines_stays_unread() -> None:
    page = [*NAV, HEADLINE, *EN_PARAGRAPHS, "Ann Lee", *TAIL]
    assert not _authors(page)


@pytest.mark.parametrize("byline", ["Guest post by Ann Lee", "A guest post by Ann Lee"])
def test_the_guest_post_cue(byline: str) -> None:
    page = [*NAV, HEADLINE, byline, *EN_PARAGRAPHS, *TAIL]
    assert ("Ann Lee", _line(page, byline)) in _authors(page)
