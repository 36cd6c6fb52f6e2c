"""Session 21's fixes after studying the real pages' attribution errors (tests/data/real_attributions/trainable.json,
trainable2.json and eval_only_study.json): a writer's name in the page's handles, e-mails and addresses is no heading's
lower-case word; the writer's card under an author-box heading vouches for the byline's name; a time of day alone
("1:39 PM ET") is the head's date; a name over its job title next to the date, though the segmenter took the two lines
for a list of links. The lines and pages are written for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions
from tasks.credits.date_lines import is_clock_line
from tasks.text.segment import segment_text
from tests.page_fixtures import EN_PARAGRAPHS
from tests.role_records import AUTHOR, PHOTO, SOURCE, role_records


def _authors(lines: list[str]) -> set[str | None]:
    found = extract_attributions(segment_text("\n\n".join(lines)))
    return {f.name for f in found if f.kind is AUTHOR}


HEADLINE = "Council approves the budget after a long debate"


# The writer's name in lower case inside a handle, an e-mail or an address is the writer's, no heading's word.
@pytest.mark.parametrize(
    "closing",
    [
        "Nadia Okafor is on Twitter at nadia_okafor .",
        "Write to the author at okafor@example-news.com with your questions.",
        "More by the writer: https://example-news.com/authors/nadia-okafor",
    ],
)
def test_a_name_in_a_handle_is_no_lower_case_word(closing: str) -> None:
    page = [HEADLINE, "Nadia Okafor", "Budget Reporter", "Tuesday, March 3, 2026", *EN_PARAGRAPHS, closing]
    assert "Nadia Okafor" in _authors(page)


def test_a_name_the_page_writes_in_lower_case_in_a_sentence_is_still_a_heading() -> None:
    page = [HEADLINE, "Green Energy", "Tuesday, March 3, 2026", *EN_PARAGRAPHS, "The green plan and its energy use."]
    assert "Green Energy" not in _authors(page)


# The writer's card under "About the Author" or "Written by" vouches for the name the head shows, though it repeats.
@pytest.mark.parametrize("heading", ["About the Author", "Written by"])
def test_the_author_box_under_its_heading_vouches_for_the_name(heading: str) -> None:
    page = [
        HEADLINE, "Tomas Lindqvist", "Mar 3, 2026", *EN_PARAGRAPHS, "Share this story", "Tweet", "Contact", "Privacy",
        "More stories", "Terms", heading, "Tomas Lindqvist", "Follow", "Opinion", "Letters",
    ]  # fmt: skip
    assert "Tomas Lindqvist" in _authors(page)


def test_a_repeated_name_under_no_author_heading_stays_a_menus() -> None:
    page = [
        HEADLINE, "Tomas Lindqvist", "Mar 3, 2026", *EN_PARAGRAPHS, "Share this story", "Tweet", "Contact", "Privacy",
        "More stories", "Terms", "Our Columnists", "Tomas Lindqvist", "Ann Berg", "Opinion", "Letters",
    ]  # fmt: skip
    assert "Tomas Lindqvist" not in _authors(page)


# A time of day alone, with its AM/PM or its zone, is the head's date; a bare clock is as often a video's length.
@pytest.mark.parametrize(
    ("text", "clock"),
    [("1:39 PM ET", True), ("11:05 a.m. EST", True), ("09:30 GMT", True), ("3:45", False),
     ("Updated at 1:39 PM", False), ("10:32 abc", False)],
)  # fmt: skip
def test_a_time_of_day_alone(text: str, clock: bool) -> None:
    assert is_clock_line(text) is clock


def test_a_name_under_the_title_over_a_time_of_day_is_the_byline() -> None:
    page = ["Sign in", HEADLINE, "Marta Kowalczyk", "1:39 PM ET", *EN_PARAGRAPHS]
    assert "Marta Kowalczyk" in _authors(page)


# A name in capitals over its job title, the date right above: a US paper's two-line byline, even where the segmenter
# took the short lines for a list of links.
def test_a_name_over_its_job_title_under_the_date() -> None:
    page = [
        "Sports", "Scores", "Schedule", "Teams", HEADLINE, "Wednesday, January 9, 2008", "DANIEL HOLLOWAY",
        "Herald staff writer", *EN_PARAGRAPHS,
    ]  # fmt: skip
    assert "DANIEL HOLLOWAY" in _authors(page)


# "reviewed by" and "leaked to" before an outlet: the outlet a document came through; a person after them is none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The deal took months, he said, according to emails reviewed by the Financial Times.",
            [(SOURCE, "Financial Times")],
        ),
        (
            "Internal memos leaked to the Washington Post show the plan was dropped in May.",
            [(SOURCE, "Washington Post")],
        ),
        ("The plan was reviewed by two engineers before the council approved it.", []),
        ("The documents were leaked to reporters by a former official of the ministry.", []),
    ],
)
def test_an_outlet_a_document_came_through(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("body", text) == expected


# The full-width and the vertical bar after a Chinese cue are its separator, as its colon is.
@pytest.mark.parametrize("text", ["作者︱王小明", "作者｜王小明"])
def test_a_chinese_cue_and_its_bar(text: str) -> None:
    assert role_records("credit", text) == [(AUTHOR, "王小明")]


# A brand whose capital comes second, after a picture's cue and colon, is the picture's supplier.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volunteers clear the beach after the storm (Credit: iStock)", [(PHOTO, "iStock")]),
        ("Photo: iStock", [(PHOTO, "iStock")]),
        ("Photo: ist", [(PHOTO, None)]),
    ],
)
def test_a_brand_after_a_picture_cue(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("credit", text) == expected
