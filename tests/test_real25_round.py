"""Session 25's fixes after studying the real pages' attribution errors (tests/data/real_attributions/trainable.json,
trainable2.json and eval_only_study.json): the writer's handle after a name in the byline block ("Ann Lee ,
@annlee"), the template's button between the name and the date ("Follow"), a cued byline whose writer's title names
the team or outlet ("Posted by Ann Lee, Software Engineer on Cloud Platform"), the footer line of a blog post ("Ann
Lee | 1 Comment | Permalink") and a name with its date on its own line over the headline. The lines and pages are
written for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.credits.blog_footers import blog_footer, cued_footer, page_cued_footer
from tasks.credits.body_citations import in_body_citations
from tasks.credits.contact_lines import dated_name, is_button_line
from tasks.credits.credit_records import credit_line_attributions
from tasks.credits.name_lines import looks_like_name_line
from tasks.credits.nameless import asked_records
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.byline_length import without_role_tail
from tasks.text.segment import segment_text
from tests.page_fixtures import EN_PARAGRAPHS

HEADLINE = "Council approves the budget after a long debate"
RELATED = ["Related Articles", "Harbour works start in spring", "Rail strike ends after two weeks"]


def _authors(lines: list[str]) -> set[tuple[str | None, int]]:
    found = extract_attributions(segment_text("\n\n".join(lines)))
    return {(f.name, f.line) for f in found if f.kind.value == "author"}


def _line_of(lines: list[str], text: str) -> int:
    return 2 * lines.index(text) + 1


# The writer's handle after the name, maybe after a comma the template spaced ("Ann Lee , @annlee").
@pytest.mark.parametrize("line", ["Nadia Okafor , @nadiaokafor", "Nadia Okafor @nadia_o", "Nadia Okafor · @nadia"])
def test_a_name_and_the_writers_handle_is_a_name_line(line: str) -> None:
    assert looks_like_name_line(line, load_gazetteer())


def test_a_handle_alone_is_no_name_line() -> None:
    assert not looks_like_name_line("@nadiaokafor", load_gazetteer())


def test_the_byline_blocks_name_with_its_handle() -> None:
    byline = "Nadia Okafor , @nadiaokafor"
    page = [HEADLINE, byline, "March 3, 2026", *EN_PARAGRAPHS]
    assert ("Nadia Okafor", _line_of(page, byline)) in _authors(page)


# A button between the writer's name and the date ("Follow"): the name over it is the byline's.
def test_a_name_over_a_button_over_the_date() -> None:
    page = ["Sign in", "Responses", HEADLINE, "Nadia Okafor", "Follow", "Mar 3, 2026 · 6 min read", *EN_PARAGRAPHS]
    assert ("Nadia Okafor", _line_of(page, "Nadia Okafor")) in _authors(page)


@pytest.mark.parametrize(("line", "button"), [("Follow", True), ("Sign up", True), ("Follow the council", False),
                                              ("Nadia Okafor", False), ("", False)])  # fmt: skip
def test_button_lines(line: str, button: bool) -> None:
    assert is_button_line(line) is button


# A cued byline whose writer's title names the team or outlet: the title's words do not make it a sentence.
@pytest.mark.parametrize(
    "line",
    [
        "Posted by Nadia Okafor, Software Engineer on Cloud Platform",
        "By Nadia Okafor, Staff Writer at the Daily Courier",
        "By Nadia Okafor, Senior Reporter for The Valley Herald",
    ],
)
def test_a_byline_with_the_writers_title_and_team(line: str) -> None:
    found = credit_line_attributions(line, 1, load_gazetteer())
    assert [(f.kind.value, f.name) for f in found] == [("author", "Nadia Okafor")]


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, President Okafor had signed the order and left the capital for the coast",
        "By Election Day, President Okafor had signed the order and left the capital for the coast",
        "By contrast, reporters at the Daily Courier said they had never seen the letter",
    ],
)
def test_a_sentence_opened_by_a_cue_word_and_a_title_is_no_byline(line: str) -> None:
    assert credit_line_attributions(line, 1, load_gazetteer()) == []


def test_the_words_a_long_byline_is_measured_by_end_before_the_title() -> None:
    words = ["Posted", "by", "Nadia", "Okafor,", "Software", "Engineer", "on", "Cloud", "Platform"]
    assert without_role_tail(words) == ["Posted", "by", "Nadia", "Okafor,"]
    sentence = ["By", "Tuesday,", "President", "Okafor", "had", "signed", "the", "order"]
    assert without_role_tail(sentence) == sentence


# A blog post's footer line under its text: the writer's name, then the comment count and the post's links.
@pytest.mark.parametrize(
    "line", ["Nadia Okafor | 3 Comments | Permalink", "Nadia Okafor | No Comments", "Nadia Okafor · Permalink · Tweet"]
)
def test_a_blog_posts_footer_names_its_writer(line: str) -> None:
    assert [(f.kind.value, f.name) for f in blog_footer(line, 1, load_gazetteer())] == [("author", "Nadia Okafor")]


@pytest.mark.parametrize(
    "line", ["Nadia Okafor | Politics | Economy", "Top Stories | 3 Comments", "Nadia Okafor 3 Comments Permalink"]
)
def test_no_blog_footer(line: str) -> None:
    # no footer's part after the bar, no name before it, no bar
    assert blog_footer(line, 1, load_gazetteer()) == []


def test_the_footer_under_the_text_over_related_links() -> None:
    footer = "Nadia Okafor | 1 Comment | Permalink | Share Article"
    page = [HEADLINE, *EN_PARAGRAPHS, *RELATED, footer, "Reader Comments (1)"]
    assert ("Nadia Okafor", _line_of(page, footer)) in _authors(page)


# A name with its date on its own line right over the headline (a blog's byline, no cue).
def test_a_dated_name_over_the_headline() -> None:
    byline = "Nadia Okafor Monday, March 2, 2026 @ 9:15 PM UTC"
    page = ["Home", "Gadgets", byline, HEADLINE, *EN_PARAGRAPHS]
    assert ("Nadia Okafor", _line_of(page, byline)) in _authors(page)


def test_a_place_and_a_desk_with_the_date_over_the_headline_is_no_byline() -> None:
    line = "Port Harcourt , City News Bureau | Updated : 2 March 2026, 09:01 AM"
    page = ["Home", "Gadgets", line, HEADLINE, *EN_PARAGRAPHS]
    assert not {name for name, _line in _authors(page)} & {"Port Harcourt", "City News Bureau"}


def test_a_kicker_over_the_headline_without_a_date_is_no_byline() -> None:
    page = ["Home", "Gadgets", "Valley Rangers", HEADLINE, *EN_PARAGRAPHS]
    assert "Valley Rangers" not in {name for name, _line in _authors(page)}


# What a picture or video cue announces is no credit: a gallery's headline opened by a possessive, a phone number.
@pytest.mark.parametrize(
    "line", ["PHOTOS: Nadia's Latest Look", "VIDEO: Mayor's Big Speech", "Photo/video: 555.010.7380", "Photo: 555-0107"]
)
def test_a_teaser_or_a_desks_number_after_a_picture_cue_is_no_record(line: str) -> None:
    assert asked_records(credit_line_attributions(line, 1, load_gazetteer())) == []


@pytest.mark.parametrize(
    ("line", "name"),
    [("Photo: Nadia Okafor", "Nadia Okafor"), ("Photos: Reuters", "Reuters"), ("Photo: 123RF", "123RF")],
)
def test_a_picture_credit_stays_a_record(line: str, name: str) -> None:
    assert [f.name for f in asked_records(credit_line_attributions(line, 1, load_gazetteer()))] == [name]


# Blogger's footer: a cued byline followed by the post's comment count, read however far under the text.
def test_a_cued_footer_with_the_comment_count() -> None:
    line = "posted by Nadia Okafor @ 4/19/2005 02:47:00 AM 22 comments links to this post"
    assert [(f.kind.value, f.name) for f in cued_footer(line, 1, load_gazetteer())] == [("author", "Nadia Okafor")]


@pytest.mark.parametrize("line", ["posted by Nadia Okafor @ 4/19/2005 02:47:00 AM", "22 comments links to this post"])
def test_no_cued_footer_without_the_count_or_the_byline(line: str) -> None:
    assert cued_footer(line, 1, load_gazetteer()) == []


def test_the_pages_one_cued_footer_under_the_text() -> None:
    footer = "posted by Nadia Okafor @ 4/19/2005 02:47:00 AM 22 comments links to this post"
    page = [HEADLINE, *EN_PARAGRAPHS, *RELATED, footer, "22 Comments:"]
    assert ("Nadia Okafor", _line_of(page, footer)) in _authors(page)


def test_a_blog_front_page_with_a_footer_under_each_post_reads_none() -> None:
    footers = [f"posted by Nadia Okafor @ 4/{day}/2005 02:47:00 AM 3 comments" for day in (18, 19)]
    page = [HEADLINE, *EN_PARAGRAPHS, *RELATED, footers[0], *RELATED[1:], footers[1]]
    segmented = segment_text("\n\n".join(page))
    last = max(ll.line.number for ll in segmented.lines if ll.verdict.label.value == "body")
    assert page_cued_footer(segmented, last, load_gazetteer()) == []


# The place an outlet is based in, before its name, is no part of the name.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("According to the Lisbon-based Daily Courier, the deal is off.", "Daily Courier"),
        ("The Doha-based Valley Herald reported that the talks failed.", "Valley Herald"),
        ("The talks failed, the Port Harcourt-based Valley Herald reported.", "Valley Herald"),
    ],
)
def test_the_outlets_base_before_its_name_is_left_out(text: str, name: str) -> None:
    found = in_body_citations(text, 1, load_gazetteer())
    assert [f.name for f in found if f.kind.value == "source"] == [name]


# A company blog's team signs with a plural title: no person.
@pytest.mark.parametrize("line", ["Posted by Android Developers at 12:06 PM", "Posted by Cloud Engineers"])
def test_a_team_signing_with_a_plural_title_is_no_author(line: str) -> None:
    found = credit_line_attributions(line, 1, load_gazetteer())
    assert not [f for f in found if f.name]


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("Nadia Okafor Monday, March 2, 2026 @ 9:15 PM UTC", True),
        ("송고시간 2026-03-02 09:15", False),  # "dispatch time": in a script without capitals no name shows
        ("Port Harcourt , City News Bureau | Updated : 2 March 2026, 09:01 AM", False),
        ("Nadia Okafor", False),
    ],
)
def test_a_dated_name(line: str, dated: bool) -> None:
    assert dated_name(line) is dated
