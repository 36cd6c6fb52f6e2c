"""Session 43's study of the real pages' attributions (issue 13, helper s43-realcite). What stayed: a caption inside
the text opened by its picture's credit, the copyright sign and the photographer run into the caption's first words
("© Ann Lee Workers on the old bridge on Tuesday.", as a syndicating portal, MSN, prints its captions), names the
photographer. The lines are written for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.credits.caption_names import copyright_opening_caption
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


def _page(middle: str, at: int) -> str:
    paragraphs = list(_PARAGRAPHS)
    paragraphs.insert(at, middle)
    lines = ["The Riverside Courier", "Home", "News", "Sport", "The old bridge will close", *paragraphs]
    return "\n\n".join([*lines, "Privacy policy"]) + "\n"


def _photos(middle: str, at: int = 2) -> list[str | None]:
    found = extract_attributions(segment_text(_page(middle, at)))
    return sorted(f.name for f in found if f.kind.value == "photo")


@pytest.mark.parametrize("at", [1, 2, 3])
@pytest.mark.parametrize(
    ("caption", "photographer"),
    [("© Ann Lee Workers on the old bridge over the river on Tuesday.", "Ann Lee"),
     ("© Tom Roe-Smith Traffic on the new bridge to the north of the city, on March 3, 2024.", "Tom Roe-Smith"),
     ("© Ann Lee Drivers queue at the new bridge in Riverside, Calif., on Monday.", "Ann Lee")],
)  # fmt: skip
def test_a_caption_in_the_text_opened_by_the_copyright_sign_and_a_photographer_names_the_photographer(
    caption: str, photographer: str, at: int
) -> None:
    # under the first paragraph (the byline block's reach) and further down the text alike
    assert _photos(caption, at) == [photographer]


@pytest.mark.parametrize(
    "line",
    ["© 2024 Riverside Media Group. All rights reserved.",  # a notice: the year
     "© Riverside Courier Workers on the old bridge over the river on Tuesday.",  # an outlet's word: no person
     "© Ann Mary Lee Workers on the old bridge over the river on Tuesday.",  # two or three words: the split unknown
     "© Ann Lee workers on the old bridge over the river on Tuesday.",  # no capital opening a caption after the name
     "© Ann Lee Workers"],  # no caption
)  # fmt: skip
def test_a_copyright_line_that_is_no_credited_caption_names_no_photographer(line: str) -> None:
    assert copyright_opening_caption(line, 7) == []
