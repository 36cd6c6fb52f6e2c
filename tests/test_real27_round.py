"""Session 27's fix after studying the real pages' attribution errors (tests/data/real_attributions/trainable.json,
trainable2.json and eval_only_study.json): a line that is only a photographer, a slash and a known outlet that is no
agency ("Ann Lee/Vox": the staff photographer's paper) credits the photographer alone. The lines and pages are
written for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.lexicon.agency_credits import name_slash_agency, name_slash_outlet
from tasks.lexicon.caption_credits import picture_credit
from tasks.text.segment import segment_text
from tests.page_fixtures import EN_PARAGRAPHS


@pytest.mark.parametrize(
    ("line", "photographer"),
    [("Nadia Okafor/Vox", "Nadia Okafor"), ("Tomas Berg / The Boston Globe", "Tomas Berg")],
)
def test_a_photographer_and_a_known_outlet_after_the_slash_is_a_picture_credit(line: str, photographer: str) -> None:
    credit = name_slash_outlet(line)
    assert credit is not None and credit.rest_end is not None
    assert line[credit.rest_start : credit.rest_end].strip() == photographer
    pictured = picture_credit(line)
    assert pictured is not None and pictured.text.strip() == photographer  # the outlet's name blanked


@pytest.mark.parametrize(
    "line",
    [
        "Nadia Okafor/Reuters",  # an agency: the wire's credit, both names read (name_slash_agency)
        "Vox/Nadia Okafor",  # the outlet first: not the photographer's credit shape
        "Sports/Weather",  # no person's name
        "Nadia Okafor/Harbour Gazette Weekly",  # an outlet no gazetteer holds
        "the council meeting/Vox",  # lower-case words are a sentence's
    ],
)
def test_no_staff_credit_without_a_name_and_a_known_outlet_that_is_no_agency(line: str) -> None:
    assert name_slash_outlet(line) is None


def test_the_agency_shape_is_unchanged() -> None:
    assert name_slash_agency("Nadia Okafor/Reuters") is not None
    assert name_slash_agency("Nadia Okafor/Vox") is None


def test_the_staff_photographer_on_a_page() -> None:
    credit = "Tomas Berg/The Boston Globe"
    page = ["Council approves the budget after a long debate", "By Nadia Okafor", EN_PARAGRAPHS[0],
            "The mayor at the council meeting on Tuesday.", credit, *EN_PARAGRAPHS[1:]]  # fmt: skip
    found = {(f.kind.value, f.name, f.line) for f in extract_attributions(segment_text("\n\n".join(page)))}
    line = 2 * page.index(credit) + 1
    assert ("photo", "Tomas Berg", line) in found
    assert not any(name == "The Boston Globe" for _, name, _ in found)
    assert ("author", "Nadia Okafor", 3) in found
