"""Session 24's fixes after studying the real pages' attribution errors (tests/data/real_attributions/trainable.json,
trainable2.json and eval_only_study.json): a line that is only a picture's credit in the wire style far from the text
(the lead picture's, more than 30 lines over the first paragraph; a video's, a few lines under the last); a picture
cue's photographer "for" the outlet that commissioned the picture ("Photograph: Ann Lee for the Guardian"). The lines
and pages are written for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.credits.credit_records import credit_line_attributions
from tasks.credits.head_pictures import picture_credited
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.cue_after_name import commissioned_name_end
from tasks.text.segment import segment_text
from tests.page_fixtures import EN_PARAGRAPHS

HEADLINE = "Council approves the budget after a long debate"
SHARE_COLUMN = [f"Share option {n}" for n in range(1, 46)]
STANDFIRST = "Residents worry that the new sea wall will not hold back the next winter storm on the coast"
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


# A picture cue's photographer "for" the outlet that commissioned the picture: the name ends before "for".
@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Photograph: Tomas Lindqvist for the Observer", "Tomas Lindqvist"),
        ("Photo: Ruth Abebe for The Daily Courier", "Ruth Abebe"),
        ("Foto: Ana Ruiz para El Diario", "Ana Ruiz"),
    ],
)
def test_a_photographer_for_the_outlet_that_commissioned_the_picture(line: str, name: str) -> None:
    found = credit_line_attributions(line, 1, load_gazetteer())
    assert [(f.kind.value, f.name) for f in found] == [("photo", name)]


def test_a_photographer_for_an_agency_keeps_the_agencys_record() -> None:
    found = credit_line_attributions("Photograph: Tomas Lindqvist for Reuters", 1, load_gazetteer())
    assert "Tomas Lindqvist for Reuters" not in {f.name for f in found} and "Reuters" in {f.name for f in found}


def test_a_captions_tail_naming_the_commissioned_photographer() -> None:
    caption = "Volunteers clear the beach after the storm. Photograph: Ruth Abebe for the Observer"
    assert [(f.kind.value, f.name) for f in picture_credited(caption, 1, load_gazetteer())] == [("photo", "Ruth Abebe")]


@pytest.mark.parametrize(
    "names", ["Ruth Abebe for her series on rivers", "Photographs for The Observer", "Ruth Abebe for Reuters"]
)
def test_no_commissioning_outlet_after_for(names: str) -> None:
    # lower-case words after "for", no name before it, or an agency (the agency's own record)
    assert commissioned_name_end(names) is None


def test_the_commissioned_photographer_closing_the_lead_pictures_caption_over_the_text() -> None:
    caption = "Volunteers clear the beach after the storm. Photograph: Ruth Abebe for the Observer"
    page = [HEADLINE, caption, STANDFIRST, "by Nadia Okafor", "Thu 3 Jan 2019 02.00 EST", *EN_PARAGRAPHS]
    assert ("Ruth Abebe", _line_of(page, caption)) in _photos(page)


def test_a_name_after_the_captions_last_sentence_with_no_cue_is_not_read_over_the_text() -> None:
    caption = "Volunteers clear the beach after the storm. Ruth Abebe for the Observer"
    page = [HEADLINE, caption, STANDFIRST, "by Nadia Okafor", "Thu 3 Jan 2019 02.00 EST", *EN_PARAGRAPHS]
    assert "Ruth Abebe" not in {name for name, _line in _photos(page)}
