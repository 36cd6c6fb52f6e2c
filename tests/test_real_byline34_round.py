"""Session 34's fixes for the real pages' attributions the segmenter left outside the text (issue 13, helper
s34-real-byline): a news agency's name alone on the line taken for the headline ("The Associated Press"), or left as
chrome in the article's head right under the lead picture's caption or under a cued byline, and "From Reuters". The
lines and pages are written for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.credits.head_agencies import agency_under_caption, lone_agency
from tasks.lexicon.agencies import load_gazetteer
from tasks.text.segment import segment_text
from tests.page_fixtures import EN_PARAGRAPHS

HEADLINE = "Harbour town opens its new pier after two years of work"
NAV = ["Home", "News", "Sports", "Opinion", "Contact us"]
TAIL = ["Share this:", "Facebook", "Twitter", "Leave a Reply", "© 2024 Harbour Daily. All rights reserved."]
CAPTION = "The mayor and her deputy walk along the new pier on its first morning."


def _found(page: list[str]) -> set[tuple[str, str | None, int]]:
    return {(f.kind.value, f.name, f.line) for f in extract_attributions(segment_text("\n\n".join(page)))}


def _line(page: list[str], text: str) -> int:
    return 2 * page.index(text) + 1


@pytest.mark.parametrize(
    ("text", "title_case", "name"),
    [
        ("The Associated Press", True, "The Associated Press"),
        ("Associated Press.", True, "Associated Press"),
        ("AFP", True, "AFP"),
        ("From Reuters", True, "Reuters"),
        ("The Canadian Press", True, "The Canadian Press"),
        ("The Harbour Gazette", True, None),  # an outlet, no agency
        ("The mayor of Portwick", True, None),
        ("AP, Reuters", True, None),  # a list, left to the credit rules
        ("Trend", False, None),  # a section's word, an agency's name only in capitals off the headline's line
    ],
)
def test_a_lone_agency(text: str, title_case: bool, name: str | None) -> None:
    found = lone_agency(text, 3, load_gazetteer(), title_case)
    assert [(f.kind.value, f.name) for f in found] == ([("agency", name)] if name else [])


def test_the_wires_name_taken_for_the_headline() -> None:
    page = [*NAV, HEADLINE, "The Associated Press", *EN_PARAGRAPHS, *TAIL]
    assert ("agency", "The Associated Press", _line(page, "The Associated Press")) in _found(page)


@pytest.mark.parametrize(
    ("above", "line", "name"),
    [
        (CAPTION, "The Associated Press", "The Associated Press"),  # the lead picture's wire: the labels' agency
        ("By Tom Hale", "The Associated Press", "The Associated Press"),  # the wire's two-line byline
        ("Share", "From Reuters", "Reuters"),  # the cue vouches for it
        ("Share", "The Associated Press", None),  # a short line of the head: a menu's or a section's entry as often
        (CAPTION, "Liga", None),  # a common word, in title case a section's
        (CAPTION, "The Harbour Gazette", None),
    ],
)
def test_an_agency_alone_in_the_head(above: str, line: str, name: str | None) -> None:
    # (read of the head's chrome lines; on these made-up pages the segmenter takes the short line for a credit or the
    # headline itself, so the reader is asked directly)
    page = [*NAV, HEADLINE, "Tweet", "Email", above, line, "Print", *EN_PARAGRAPHS, *TAIL]
    segmented = segment_text("\n\n".join(page))
    i = next(k for k, ll in enumerate(segmented.lines) if ll.line.number == _line(page, line))
    found = agency_under_caption(segmented, i, load_gazetteer())
    assert [(f.kind.value, f.name) for f in found] == ([("agency", name)] if name else [])


def test_from_reuters_in_the_head() -> None:
    page = [*NAV, HEADLINE, "From Reuters", "Share", *EN_PARAGRAPHS, *TAIL]
    assert ("agency", "Reuters", _line(page, "From Reuters")) in _found(page)
