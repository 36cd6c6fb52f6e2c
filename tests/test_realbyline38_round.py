"""Session 38's fixes for the bylines of real news pages on the text path (issue 13, helper s38-realbyline): a blog's
lower-case login in a dated byline ("Posted on March 2, 2012 by jsmith", "by jsmith on March 2, 2012"), read where the
same byline with a first name is; the date-first byline far above the text ("March 2, 2025 by Ann Lee" over a lead
picture and share buttons), read where the cued one ("Posted on March 2, 2025 by Ann Lee") is; the links a template
glues after the byline's name ("By Ann Lee Leave a Comment", "By Ann Lee Follow"), cut off as the HTML path's author
cleaning cuts them. The lines and pages are written for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.credits.author_parts import without_interface_tail
from tasks.credits.byline_block import dated_byline_start
from tasks.credits.byline_handles import cued_handle
from tasks.credits.bylines import Credited
from tasks.credits.one_word_author import dated_one_word
from tasks.lexicon.agencies import load_gazetteer
from tasks.text.segment import segment_text
from tests.page_fixtures import EN_PARAGRAPHS

HEADLINE = "Harbour town opens its new pier after two years of work"
NAV = ["Home", "News", "Sports", "Opinion", "Contact us"]
TAIL = ["Share this:", "Facebook", "Twitter", "Leave a Reply", "© 2024 Harbour Daily. All rights reserved."]


def _authors(page: list[str]) -> set[tuple[str | None, int]]:
    found = extract_attributions(segment_text("\n\n".join(page)))
    return {(f.name, f.line) for f in found if f.kind.value == "author"}


@pytest.mark.parametrize(
    ("byline", "handle"),
    [
        ("Posted on March 2, 2012 by jsmith", "jsmith"),
        ("March 2, 2012 by jsmith", "jsmith"),
        ("by jsmith on March 2, 2012", "jsmith"),
        ("Posted by mark_t at 10:32 AM", "mark_t"),
        ("posted by kate.r on March 2, 2012 at 10:32 am", "kate.r"),
        ("By ann2 | March 2, 2012", "ann2"),
    ],
)
def test_the_bloggers_login_in_a_dated_byline(byline: str, handle: str) -> None:
    found = dated_one_word(byline, 1, load_gazetteer(), dated_byline_start(byline, "en"))
    assert [(f.name, byline[f.char_start : f.char_end]) for f in found] == [(handle, handle)]


@pytest.mark.parametrize(
    "byline",
    [
        "by jsmith",  # no date: a heading's "by design" as often
        "by jsmith in News",
        "by admin on March 2, 2012",  # the site's own account
        "Posted by unknown at 10:32 AM",  # Blogger's no one
        "by the way on March 2, 2012",  # a stopword
        "by march 2, 2012",
        "by jsmith and kate on March 2, 2012",  # two logins: no one-word credit
        "filed under news by jsmith on March 2, 2012",  # no cue opening the line
    ],
)
def test_no_login_without_the_date_or_with_an_account_or_common_word(byline: str) -> None:
    assert not dated_one_word(byline, 1, load_gazetteer(), dated_byline_start(byline, "en"))


@pytest.mark.parametrize(("line", "language"), [("3 minuti di lettura", "it"), ("2 minuti di lettura", "it")])
def test_a_reading_time_before_a_cue_that_is_a_preposition_is_no_dated_byline(line: str, language: str) -> None:
    # the relative time reads as a date, the cue as "by": no calendar day, so no login after it
    assert not dated_one_word(line, 1, load_gazetteer(), dated_byline_start(line, language))


def test_the_handle_reader_keeps_the_cue_grammar() -> None:
    assert cued_handle("Posted by jsmith at 10:32 AM") == ("jsmith", 10, 16, 16)
    assert cued_handle("Posted by Kevin at 10:32 AM") is None  # a capital: the credit line's own reading
    assert cued_handle("a story by the harbour") is None


@pytest.mark.parametrize(
    "byline", ["Posted on March 2, 2012 by jsmith", "by jsmith on March 2, 2012", "Posted by jsmith at 10:32 AM"]
)
def test_the_login_over_the_text(byline: str) -> None:
    page = [*NAV, HEADLINE, byline, *EN_PARAGRAPHS, *TAIL]
    assert ("jsmith", 2 * page.index(byline) + 1) in _authors(page)


@pytest.mark.parametrize("byline", ["by jsmith on March 2, 2012", "Posted by jsmith at 10:32 AM"])
def test_the_login_in_the_posts_footer_right_under_the_text(byline: str) -> None:
    page = [*NAV, HEADLINE, *EN_PARAGRAPHS, byline, *TAIL]
    assert ("jsmith", 2 * page.index(byline) + 1) in _authors(page)


def test_a_login_the_text_writes_is_still_no_name_without_the_date() -> None:
    page = [*NAV, HEADLINE, "by jsmith", *EN_PARAGRAPHS, *TAIL]
    assert not {name for name, _ in _authors(page)}


FAR = ["Share on Facebook", "Share on Twitter", "Email", "Print", "Save", "Comments", "Like", "Subscribe",
       "Advertisement", "Related", "More", "Listen", "Follow us", "Newsletter"]  # fmt: skip


@pytest.mark.parametrize("byline", ["March 2, 2025 by Ann Lee", "Monday, March 2nd, 2025 by Ann Lee"])
def test_the_date_first_byline_far_above_the_text(byline: str) -> None:
    page = [*NAV, HEADLINE, byline, *FAR, *EN_PARAGRAPHS, *TAIL]
    assert ("Ann Lee", 2 * page.index(byline) + 1) in _authors(page)


def test_two_date_first_bylines_far_up_are_a_list_of_posts() -> None:
    page = [*NAV, HEADLINE, "March 2, 2025 by Ann Lee", "March 1, 2025 by Tom Brown", *FAR, *EN_PARAGRAPHS, *TAIL]
    assert not {name for name, _ in _authors(page)}


@pytest.mark.parametrize(
    "byline", ["By Ann Lee Leave a Comment", "By Ann Lee Follow", "By Ann Lee Share", "By Ann Lee Comment"]
)
def test_the_links_glued_after_the_bylines_name(byline: str) -> None:
    page = [*NAV, HEADLINE, byline, *EN_PARAGRAPHS, *TAIL]
    assert {name for name, _ in _authors(page)} == {"Ann Lee"}


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Ann Lee Leave a Comment", "Ann Lee"),
        ("Ann Lee Follow", "Ann Lee"),
        ("Ann Follow", "Ann Follow"),  # two words of a name stay
        ("Ann Lee Tweet Share", "Ann Lee"),
        ("Ann Lee Harbour", "Ann Lee Harbour"),  # no interface word
        ("Jan van Dijk", "Jan van Dijk"),  # a particle is no link's glue
    ],
)
def test_without_interface_tail(name: str, kept: str) -> None:
    cut = without_interface_tail(Credited(name, 3, 3 + len(name)))
    assert (cut.name, cut.end) == (kept, 3 + len(kept))
