"""Session 24's fixes after studying the real pages' attribution errors (tests/data/real_attributions/trainable.json,
trainable2.json and eval_only_study.json): a line that is only a picture's credit in the wire style far from the text
(the lead picture's, more than 30 lines over the first paragraph; a video's, a few lines under the last). The lines
and pages are written for the tests, not taken from the pages.
"""

from __future__ import annotations

from tasks.credits.attribution import extract_attributions
from tasks.text.segment import segment_text
from tests.page_fixtures import EN_PARAGRAPHS

HEADLINE = "Council approves the budget after a long debate"
SHARE_COLUMN = [f"Share option {n}" for n in range(1, 46)]
UNDER_THE_TEXT = ["Video", "Your browser cannot play this video."]


def _photos(lines: list[str]) -> set[tuple[str | None, int]]:
    found = extract_attributions(segment_text("\n\n".join(lines)))
    return {(f.name, f.line) for f in found if f.kind.value == "photo"}


def _line_of(lines: list[str], text: str) -> int:
    return 2 * lines.index(text) + 1


# The lead picture's credit alone on its line, over a column of share buttons far above the text.
def test_a_wire_picture_credit_far_up_the_head() -> None:
    credit = "Photo by Tomas Lindqvist/Getty Images"
    page = [credit, *SHARE_COLUMN, HEADLINE, "By Nadia Okafor", *EN_PARAGRAPHS]
    line = _line_of(page, credit)
    assert {("Tomas Lindqvist", line), ("Getty Images", line)} <= _photos(page)


def test_a_caption_far_up_the_head_is_not_read_for_its_tail() -> None:
    caption = "Demonstrators gather outside the council chamber on Tuesday. Tomas Lindqvist/Reuters"
    page = [caption, *SHARE_COLUMN, HEADLINE, "By Nadia Okafor", *EN_PARAGRAPHS]
    assert not {name for name, _line in _photos(page)} & {"Tomas Lindqvist", "Reuters"}


# A video's credit a few lines under the last paragraph, over its caption.
def test_a_wire_picture_credit_a_few_lines_under_the_text() -> None:
    credit = "Ruth Abebe/Getty Images"
    page = [HEADLINE, "By Nadia Okafor", *EN_PARAGRAPHS, *UNDER_THE_TEXT, "The mayor speaks to the council.", credit]
    line = _line_of(page, credit)
    assert {("Ruth Abebe", line), ("Getty Images", line)} <= _photos(page)


def test_a_wire_picture_credit_far_under_the_text_is_not_read() -> None:
    links = [f"More from the region {n}" for n in range(1, 12)]
    page = [HEADLINE, "By Nadia Okafor", *EN_PARAGRAPHS, *links, "Ruth Abebe/Getty Images"]
    assert not {name for name, _line in _photos(page)} & {"Ruth Abebe", "Getty Images"}
