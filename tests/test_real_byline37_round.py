"""Session 37's fixes for the bylines the segmenter left outside the text (issue 13, helper s37-real-byline): the
blogger who signs a dated byline with the first name alone ("March 2, 2025 by Alison" in the head, "Posted by Kevin at
10:32 AM" right under the text), read where the same byline with a full name is; TypePad's footer under the text
("Posted by Ann Lee on … in Politics | Permalink | Comments (3)"), which the filter of dated teaser bylines under the
text dropped. The lines and pages are written for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.credits.blog_footers import cued_footer, has_footer_links
from tasks.credits.byline_block import dated_byline_start
from tasks.credits.one_word_author import dated_one_word
from tasks.lexicon.agencies import load_gazetteer
from tasks.text.segment import segment_text
from tests.page_fixtures import EN_PARAGRAPHS

HEADLINE = "Harbour town opens its new pier after two years of work"
NAV = ["Home", "News", "Sports", "Opinion", "Contact us"]
TAIL = ["Share this:", "Facebook", "Twitter", "Leave a Reply", "© 2024 Harbour Daily. All rights reserved."]
SHARE = ["Share", "Tweet", "Email"]


def _authors(page: list[str]) -> set[tuple[str | None, int]]:
    found = extract_attributions(segment_text("\n\n".join(page)))
    return {(f.name, f.line) for f in found if f.kind.value == "author"}


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Posted on March 2, 2025 by Alison", "Alison"),
        ("March 2, 2025 by Alison", "Alison"),
        ("March 2, 2025 by Alison · 14 comments", "Alison"),
        ("by Alison on March 2, 2025", "Alison"),
        ("by Alison | March 2, 2025", "Alison"),
        ("by Regan September 15, 2014", "Regan"),
        ("Posted by Kevin at 10:32 AM", "Kevin"),
        ("Posted by Kevin at 10:32 AM 3 comments", "Kevin"),
        ("Posted by Kevin on March 2, 2025", "Kevin"),
    ],
)
def test_the_bloggers_first_name_in_a_dated_byline(byline: str, name: str) -> None:
    # the reader: the post's date or time on the line vouches for the cue and its one word
    found = dated_one_word(byline, 1, load_gazetteer(), dated_byline_start(byline, "en"))
    assert [(f.name, byline[f.char_start : f.char_end]) for f in found] == [(name, name)]


@pytest.mark.parametrize(
    "byline", ["Posted on March 2, 2025 by Alison", "March 2, 2025 by Alison", "March 2, 2025 by Alison · 14 comments"]
)
def test_the_one_word_after_the_date_opening_the_heads_byline(byline: str) -> None:
    # labelled chrome or attribution under the headline, under a share bar: read where "by Ann Lee" is
    for page in ([*NAV, HEADLINE, byline, *EN_PARAGRAPHS, *TAIL], [*NAV, HEADLINE, *SHARE, byline, *EN_PARAGRAPHS]):
        assert ("Alison", 2 * page.index(byline) + 1) in _authors(page)


@pytest.mark.parametrize(
    "byline",
    [
        "Written by Alison",  # no date: "By Madonna" is a heading's as often
        "by Alison in News",
        "By Kevin at the harbour",
        "March 2, 2025 by admin",  # an account word
        "By Reuters on March 2, 2025",  # an agency
        "By Staff on March 2, 2025",
        "By March 2, 2025",
        "By Alison 3 comments",
    ],
)
def test_no_one_word_writer_without_the_date_or_with_an_account_word(byline: str) -> None:
    assert not dated_one_word(byline, 1, load_gazetteer(), dated_byline_start(byline, "en"))


def test_the_sites_name_after_the_date_is_no_writer() -> None:
    # "Harbour" is a word of the site's name ("© 2024 Harbour Daily"): the site's own account
    byline = "March 2, 2025 by Harbour"
    page = [*NAV, HEADLINE, byline, *EN_PARAGRAPHS, *TAIL]
    assert "Harbour" not in {name for name, _ in _authors(page)}


@pytest.mark.parametrize(
    ("footer", "name"),
    [
        ("Posted by Kevin at 10:32 AM", "Kevin"),
        ("Posted by Kevin at 10:32 AM 3 comments", "Kevin"),
        ("Posted by Kevin on March 2, 2025", "Kevin"),
    ],
)
def test_the_posts_footer_right_under_the_text(footer: str, name: str) -> None:
    # Blogger's footer under the post: the one-word writer is read there as the full name is
    page = [*NAV, HEADLINE, *EN_PARAGRAPHS, footer, *TAIL]
    assert (name, 2 * page.index(footer) + 1) in _authors(page)


def test_an_undated_one_word_footer_stays_unread() -> None:
    page = [*NAV, HEADLINE, *EN_PARAGRAPHS, "Posted by Kevin", *TAIL]
    assert "Kevin" not in {name for name, _ in _authors(page)}


def test_typepads_footer_under_the_text_signs_the_post() -> None:
    # the byline read by the date closing the name is a teaser's or a comment's under the text, unless the post's
    # footer links follow it on its line
    footer = "Posted by Ann Lee on March 02, 2012 at 10:32 AM in Politics | Permalink | Comments (3)"
    assert has_footer_links(footer)
    page = [*NAV, HEADLINE, *EN_PARAGRAPHS, footer, *TAIL]
    assert ("Ann Lee", 2 * page.index(footer) + 1) in _authors(page)


def test_a_dated_teaser_byline_under_the_text_stays_unread() -> None:
    teaser = "By Ann Lee March 18 at 3:57 PM Follow @annlee"
    assert not has_footer_links(teaser)
    page = [*NAV, HEADLINE, *EN_PARAGRAPHS, "Related", teaser, *TAIL]
    assert "Ann Lee" not in {name for name, _ in _authors(page)}


def test_bloggers_footer_with_the_comment_count_and_one_word() -> None:
    footer = "Posted by Kevin at 10:32 PM 3 comments Links to this post"
    assert [f.name for f in cued_footer(footer, 1, load_gazetteer())] == ["Kevin"]
    page = [*NAV, HEADLINE, *EN_PARAGRAPHS, footer, *TAIL]
    assert ("Kevin", 2 * page.index(footer) + 1) in _authors(page)
