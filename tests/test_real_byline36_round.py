"""Session 36's fixes for the bylines the segmenter left outside the text or took into it (issue 13, helper
s36-real-byline): the name over its date that the segmenter itself marked as the byline (`name_over_date`) read as one
wherever the byline block's reach or its lower-case test missed it; the slash between a bare name and its date ("Ann
Lee / March 3, 2012") read as the bar and the dash are; a name right over the wire's name alone ("Ann Lee" over
"Associated Press"); a cued or dated byline on one of the text's first lines ("By Ann Lee", "Ann Lee | March 3,
2012" labelled body). The lines and pages are written for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from schemas import Label, TextKind
from tasks.credits.attribution import extract_attributions
from tasks.credits.contact_lines import dated_name
from tasks.credits.head_agencies import name_over_agency
from tasks.credits.name_lines import name_before_role
from tasks.lexicon.agencies import load_gazetteer
from tasks.text.segment import LabelledLine, segment_text
from tasks.text.verdicts import Verdict
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


@pytest.mark.parametrize("wire", ["Associated Press", "AP", "Reuters"])
def test_a_name_over_the_wires_name_is_its_writer(wire: str) -> None:
    # the wire's two-line byline with no cue, right under the headline: the writer and the agency
    page = [*NAV, HEADLINE, "Ann Lee", wire, *EN_PARAGRAPHS, *TAIL]
    found = extract_attributions(segment_text("\n\n".join(page)))
    records = {(f.kind.value, f.name, f.line) for f in found}
    assert ("author", "Ann Lee", 2 * page.index("Ann Lee") + 1) in records
    assert ("agency", wire, 2 * page.index(wire) + 1) in records


@pytest.mark.parametrize("heading", ["Top Stories", "World News"])
def test_a_heading_over_the_wires_name_is_no_writer(heading: str) -> None:
    page = [*NAV, HEADLINE, heading, "Reuters", *EN_PARAGRAPHS, *TAIL]
    assert not _authors(page)


def test_a_name_over_the_wire_that_the_text_writes_is_its_subject() -> None:
    paragraphs = [
        *EN_PARAGRAPHS[:-1],
        "The council's treasurer, Ann Lee, said the accounts for the year would be published next week.",
    ]
    segmented = segment_text("\n\n".join([*NAV, HEADLINE, "Ann Lee", "Associated Press", *paragraphs, *TAIL]))
    i = next(k for k, ll in enumerate(segmented.lines) if ll.line.text == "Ann Lee")
    assert not name_over_agency(segmented, i, load_gazetteer(), frozenset())
    assert name_over_agency(
        segment_text("\n\n".join([*NAV, HEADLINE, "Ann Lee", "Associated Press", *EN_PARAGRAPHS])),
        i,
        load_gazetteer(),
        frozenset(),
    )


BODY_HEAD = [*NAV, HEADLINE, "Tweet", "Share", "Email", CAPTION]


@pytest.mark.parametrize(
    "byline",
    ["Ann Lee | March 3, 2012", "Ann Lee - March 3, 2012", "Ann Lee • March 3, 2012", "Ann Lee on March 3, 2012"],
)
def test_a_dated_byline_taken_into_the_text(byline: str) -> None:
    page = [*BODY_HEAD, byline, *EN_PARAGRAPHS, *TAIL]
    segmented = segment_text("\n\n".join(page))
    number = 2 * page.index(byline) + 1
    assert next(ll for ll in segmented.lines if ll.line.number == number).verdict.label.value == "body"
    found = [f for f in extract_attributions(segmented) if f.kind.value == "author"]
    assert [(f.name, f.line, f.in_body) for f in found] == [("Ann Lee", number, True)]


@pytest.mark.parametrize("line", ["Top Stories | March 3, 2012", "Harbour Council | March 3, 2012"])
def test_a_dated_heading_in_the_text_is_no_byline(line: str) -> None:
    page = [*BODY_HEAD, line, *EN_PARAGRAPHS[:2], "The Harbour Council will meet again on Friday to vote.", *TAIL]
    assert not _authors(page)


def _forced_body(page: list[str], texts: list[str]) -> list[tuple[str, str | None, int]]:
    """The page's author records with the lines `texts` labelled body, as a segmenter that took the byline into the
    text labels it."""
    segmented = segment_text("\n\n".join(page))
    body = Verdict(Label.BODY, TextKind.PARAGRAPH, "forced", "the test's", 1.0)
    segmented.lines[:] = [LabelledLine(ll.line, body) if ll.line.text in texts else ll for ll in segmented.lines]
    return [(f.kind.value, f.name, f.line) for f in extract_attributions(segmented) if f.kind.value == "author"]


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("By Ann Lee", "Ann Lee"),
        ("BY ANN LEE", "ANN LEE"),
        ("Posted by Ann Lee", "Ann Lee"),
        ("Written by Ann Lee", "Ann Lee"),
        ("By Ann Lee, Staff Writer", "Ann Lee"),
        ("Posted on March 3, 2012 by Ann Lee", "Ann Lee"),
    ],
)
def test_a_cued_byline_taken_into_the_text(byline: str, name: str) -> None:
    page = [*NAV, HEADLINE, byline, *EN_PARAGRAPHS, *TAIL]
    assert _forced_body(page, [byline]) == [("author", name, 2 * page.index(byline) + 1)]


@pytest.mark.parametrize("line", ["By Tuesday the council had approved the new budget for the harbour.", "Ann Lee"])
def test_a_sentence_or_a_bare_name_opening_the_text_is_no_byline(line: str) -> None:
    page = [*NAV, HEADLINE, line, *EN_PARAGRAPHS, *TAIL]
    assert _forced_body(page, [line]) == []
