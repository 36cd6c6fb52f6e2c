"""Session 36's fixes for the bylines the segmenter left outside the text (issue 13, helper s36-real-byline): the
name over its date that the segmenter itself marked as the byline (`name_over_date`) read as one wherever the byline
block's reach or its lower-case test missed it, and the slash between a bare name and its date ("Ann Lee / March 3,
2012") read as the bar and the dash are. The lines and pages are written for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.credits.contact_lines import dated_name
from tasks.credits.name_lines import name_before_role
from tasks.text.segment import segment_text
from tests.page_fixtures import EN_PARAGRAPHS

HEADLINE = "Harbour town opens its new pier after two years of work"
NAV = ["Home", "News", "Sports", "Opinion", "Contact us"]
TAIL = ["Share this:", "Facebook", "Twitter", "Leave a Reply", "© 2024 Harbour Daily. All rights reserved."]
STANDFIRST = (
    "The pier cost twelve million and took two years longer to build than the council had promised its residents."
)
CAPTION = "The mayor and her deputy walk along the new pier on its first morning."
# a paragraph that writes "rose" in lower case: the page's lower-case words veto a name of the byline block
ROSE = "A rose garden will open next to the pier in the spring, the council said on Tuesday evening."


def _authors(page: list[str]) -> set[tuple[str | None, int]]:
    found = extract_attributions(segment_text("\n\n".join(page)))
    return {(f.name, f.line) for f in found if f.kind.value == "author"}


def test_the_segmenters_name_over_its_date_is_the_byline() -> None:
    # "Ann Rose" over its place and date in one block under the standfirst: the segmenter's `name_over_date`
    byline = "Ann Rose\nHarbour, 14 March 2025"
    page = [*NAV, HEADLINE, STANDFIRST, byline, CAPTION, "Photo: Tom Hale", *EN_PARAGRAPHS[:3], ROSE, *TAIL]
    segmented = segment_text("\n\n".join(page))
    number = next(ll.line.number for ll in segmented.lines if ll.line.text == "Ann Rose")
    assert next(ll for ll in segmented.lines if ll.line.number == number).verdict.reason_code == "name_over_date"
    assert ("Ann Rose", number) in {(f.name, f.line) for f in extract_attributions(segmented)}


def test_a_name_over_a_line_with_no_date_is_no_byline() -> None:
    page = [*NAV, HEADLINE, STANDFIRST, "Ann Rose\nHarbour Daily", CAPTION, *EN_PARAGRAPHS[:3], ROSE, *TAIL]
    assert "Ann Rose" not in {name for name, _ in _authors(page)}


@pytest.mark.parametrize("byline", ["Ann Lee / March 3, 2012", "Ann Lee | March 3, 2012", "Ann Lee - March 3, 2012"])
def test_a_slash_between_the_name_and_its_date(byline: str) -> None:
    assert dated_name(byline)
    assert name_before_role(byline) == ("Ann Lee", True)
    page = [*NAV, HEADLINE, byline, *EN_PARAGRAPHS, *TAIL]
    assert ("Ann Lee", 2 * page.index(byline) + 1) in _authors(page)


def test_a_slashed_picture_credit_stays_a_picture_credit() -> None:
    # "Ann Lee/Reuters" under a caption: the photographer and the wire, no date after the slash
    assert not dated_name("Ann Lee/Reuters")
    page = [*NAV, HEADLINE, "By Tom Hale", CAPTION, "Ann Lee/Reuters", *EN_PARAGRAPHS, *TAIL]
    assert "Ann Lee" not in {name for name, _ in _authors(page)}
