"""Session 41's study of the real pages' attributions (issue 13, helper s41-realcite). What stayed: a box of teasers
set over the first paragraph under a heading over links to other pages ("Sur le même sujet", "Related stories": a genre
label, a headline and its byline, then the next) signs nothing, as the teasers' bylines under the text sign nothing
since session 26; the lead picture's own credit ("Top image by Ann Lee", "Featured image: …") read far under the text,
up to the links to other posts. The lines are written for the tests, not taken from the pages.

Tried and withdrawn (docs/attributions.md, "Session 41: real pages"): a picture's credit in the bracket closing a
caption outside the text with no cue ("(Space Science Institute/Ann Lee)", "(example.com)", "(TOI Photo)"); it found
four studied records and cost eight real check halves precision (each of its shapes two or more).
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.credits.teasers import teaser_bylines_above
from tasks.text.segment import segment_text

_PARAGRAPHS = (
    "The council voted on Tuesday to close the old bridge over the river for repairs that will last two years, the "
    "mayor said after a long meeting that went on well into the night.",
    "Drivers will be sent over the new bridge to the north, which the city opened last spring after a decade of "
    "planning, and buses will run on a longer route until the work is done.",
    "Shop owners on the river road said they feared losing trade while the bridge is closed, and asked the council "
    "for help with their rents during the works.",
    "The council said it would study the request and answer before the end of the month, when the first barriers go "
    "up on the bridge.",
)


def _page(head: list[str]) -> str:
    return "\n\n".join(["The Riverside Courier", "Home", "News", "Sport", *head, *_PARAGRAPHS, "Privacy policy"]) + "\n"


def _authors(head: list[str]) -> list[str | None]:
    return sorted(f.name for f in extract_attributions(segment_text(_page(head))) if f.kind.value == "author")


@pytest.mark.parametrize(
    "head",
    [
        # a genre label, a headline and its byline, twice, under the box's heading, right over the first paragraph
        ["Old bridge to close for two years", "Related stories", "Analysis", "Life on the river road", "By Tom Roe",
         "Interview", "The ferry's last summer", "By Eva Lind"],
        ["Old bridge to close for two years", "More on this story", "Life on the river road", "By Tom Roe",
         "The ferry's last summer", "By Eva Lind"],
    ],
)  # fmt: skip
def test_a_box_of_teasers_over_the_text_signs_nothing(head: list[str]) -> None:
    assert _authors(head) == []
    segmented = segment_text(_page(head))
    first = next(ll.line.number for ll in segmented.lines if ll.verdict.label.value == "body")
    assert len(teaser_bylines_above(segmented, first)) == 2  # both bylines are the box's


@pytest.mark.parametrize(
    ("head", "names"),
    [
        # the article's own byline under its headline, a related heading's one link over them: no pair, no box
        (["Related", "Life on the river road", "Old bridge to close for two years", "By Ann Lee"], ["Ann Lee"]),
        # two bylines under the page's headline, a menu's "News" far over it: the article's writers
        (["Old bridge to close for two years", "By Ann Lee", "Updated March 3, 2025", "By Tom Roe"],
         ["Ann Lee", "Tom Roe"]),
        # the article's byline over its date, a related heading and its link over the headline
        (["Related stories", "Life on the river road", "Old bridge to close for two years", "By Ann Lee",
          "March 3, 2025"], ["Ann Lee"]),
    ],
)  # fmt: skip
def test_a_byline_over_the_text_with_no_box_of_teasers_stays(head: list[str], names: list[str]) -> None:
    assert _authors(head) == names


def _under_text(lines: list[str]) -> list[tuple[str, str | None]]:
    tail = ["Share this article", *lines]
    page = "\n\n".join(["The Riverside Courier", "Old bridge to close for two years", "By Ann Lee", *_PARAGRAPHS,
                        "What to check first", "- The ramps", "- The rails", "- The lights", "- The signs",
                        "- The gates", "- The posts", "- The drains", "- The kerbs", *tail]) + "\n"  # fmt: skip
    found = extract_attributions(segment_text(page))
    return sorted((f.kind.value, f.name) for f in found if f.kind.value == "photo")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Top image by Tom Roe", [("photo", "Tom Roe")]),
        ("Featured image: Tom Roe/Flickr", [("photo", "Flickr"), ("photo", "Tom Roe")]),
        ("Lead photo: Tom Roe", [("photo", "Tom Roe")]),
    ],
)
def test_the_lead_pictures_credit_far_under_the_text(line: str, names: list[tuple[str, str]]) -> None:
    # a list the segmenter cut the text at, then the lead picture's own credit a dozen lines under the last paragraph
    assert _under_text([line]) == names


@pytest.mark.parametrize(
    "lines",
    [
        ["Image by Tom Roe"],  # no word says it is the lead picture's
        ["Related posts", "Top image by Tom Roe"],  # under the links to other posts: a teaser's
        ["Top images of the week"],  # a heading, no credit
    ],
)
def test_other_picture_lines_far_under_the_text_credit_none(lines: list[str]) -> None:
    assert _under_text(lines) == []
