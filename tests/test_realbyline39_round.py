"""Session 39's fixes for the bylines of real news pages on the text path (issue 13, helper s39-realbyline): a name
and the writer's job title on one line right above the text with no cue and no date ("Ann Lee, Staff Writer", "Ann
Lee - Senior Correspondent", "Ann Lee | Contributing Writer"), as US papers and magazines set a byline; read where
the segmenter took it for the headline over the first paragraph or left it chrome right at the text, as the same
name over its job title on two lines has been read since session 21; the writer's social links a template glues
after the byline's name ("By Ann Lee Twitter"), cut off as the comment and share links are since session 38. The
lines and pages are written for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.credits.author_parts import without_interface_tail
from tasks.credits.bare_bylines import titled_name
from tasks.credits.bylines import Credited
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
    "line",
    [
        "Ann Lee, Staff Writer",
        "Ann Lee, staff writer",
        "Ann Lee - Senior Correspondent",
        "Ann Lee | Contributing Writer",
        "Ann Lee, Harbour Daily Staff Writer",
        "ANN LEE, Business Reporter",
    ],
)
def test_a_name_and_its_job_title_on_one_line(line: str) -> None:
    found = titled_name(line, 7, load_gazetteer())
    assert [(f.name.casefold() if f.name else None, f.line, f.evidence) for f in found] == [("ann lee", 7, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee",  # no title: the block's own rules (a date next to it)
        "Ann Lee, Senior Health",  # a section's words, no job noun closing the role
        "Harbour Daily, Meet the team",
        "Ann Lee, a staff writer who covered the port",  # a sentence's apposition
        "Council approves budget, writers say",  # a headline's clause
        "Ann Lee, 2024 Staff Writer",  # a digit: a list's or a table's entry
        "Ann Lee Staff Writer",  # no mark parting the title
    ],
)
def test_no_titled_name_without_a_job_title_after_its_mark(line: str) -> None:
    assert titled_name(line, 7, load_gazetteer()) == []


@pytest.mark.parametrize(
    "byline", ["Ann Lee, Staff Writer", "Ann Lee - Senior Correspondent", "Ann Lee, Harbour Daily staff writer"]
)
def test_the_titled_byline_right_above_the_text(byline: str) -> None:
    page = [*NAV, HEADLINE, byline, *EN_PARAGRAPHS, *TAIL]
    assert ("Ann Lee", 2 * page.index(byline) + 1) in _authors(page)


def test_a_heading_with_a_comma_over_the_text_names_no_one() -> None:
    page = [*NAV, HEADLINE, "Budget talks, part two", *EN_PARAGRAPHS, *TAIL]
    assert not {name for name, _ in _authors(page)}


@pytest.mark.parametrize("byline", ["By Ann Lee Twitter", "By Ann Lee Facebook LinkedIn", "By Ann Lee Instagram"])
def test_the_social_links_glued_after_the_bylines_name(byline: str) -> None:
    page = [*NAV, HEADLINE, byline, *EN_PARAGRAPHS, *TAIL]
    assert {name for name, _ in _authors(page)} == {"Ann Lee"}


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Ann Lee Twitter", "Ann Lee"),
        ("Ann Lee Facebook LinkedIn", "Ann Lee"),
        ("Ann Twitter", "Ann Twitter"),  # two words of a name stay
        ("Ann Lee Harbour", "Ann Lee Harbour"),  # no link's label
    ],
)
def test_without_the_social_links_tail(name: str, kept: str) -> None:
    cut = without_interface_tail(Credited(name, 3, 3 + len(name)))
    assert (cut.name, cut.end) == (kept, 3 + len(kept))
