"""Session 16: a picture's credit written the wire way, on a line of its own or closing a caption
(tasks/lexicon/caption_credits.py). The lines are written for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions
from tasks.credits.credit_records import credit_line_attributions
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.caption_credits import credit_parts, picture_credit
from tasks.lexicon.caption_words import caption_credit_words
from tasks.text.segment import segment_text

PHOTO = AttributionKind.PHOTO


def _read(text: str, after_sentence: bool = True) -> list[tuple[AttributionKind, str | None]]:
    pictured = picture_credit(text, after_sentence)
    assert pictured is not None
    found = credit_line_attributions(pictured.text, 1, load_gazetteer(), pictured.credit)
    assert all(text[f.char_start : f.char_end] == f.name for f in found if f.name)  # offsets are the line's
    return [(f.kind, f.name) for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dana Whitfield/Oxford Mail/Getty Images", [(PHOTO, "Dana Whitfield"), (PHOTO, "Oxford Mail"),
                                                      (PHOTO, "Getty Images")]),  # an outlet between two slashes
        ("Peter Olsen, AP", [(PHOTO, "Peter Olsen"), (PHOTO, "AP")]),  # a comma
        ("Maria Lind, Associated Press", [(PHOTO, "Maria Lind"), (PHOTO, "Associated Press")]),
        ("Tom Baxter | Getty Images", [(PHOTO, "Tom Baxter"), (PHOTO, "Getty Images")]),  # a bar
        ("Photo by Rita Moreno/Getty Images", [(PHOTO, "Rita Moreno"), (PHOTO, "Getty Images")]),  # "Photo by"
        ("Photo: Sam Keller, AP", [(PHOTO, "Sam Keller"), (PHOTO, "AP")]),
        ("(Hannah Cole / Associated Press)", [(PHOTO, "Hannah Cole"), (PHOTO, "Associated Press")]),
    ],
)  # fmt: skip
def test_a_photographer_and_agencies_on_a_line_of_their_own_credit_the_picture(
    text: str, expected: list[tuple[AttributionKind, str]]
) -> None:
    assert _read(text, after_sentence=False) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boats moored in the harbour of Split. Ivo Maric / Reuters file", [(PHOTO, "Ivo Maric"), (PHOTO, "Reuters")]),
        ("A farmer checks his crop near Ames, Iowa. (AP Photo/Carl Beck, File)", [(PHOTO, "AP"), (PHOTO, "Carl Beck")]),
        ("Fans wait outside the arena on Friday. (Nora Quist/AP)", [(PHOTO, "Nora Quist"), (PHOTO, "AP")]),
        (
            "The bridge after the storm. Lena Holt, Associated Press",
            [(PHOTO, "Lena Holt"), (PHOTO, "Associated Press")],
        ),
    ],
)
def test_a_credit_closing_a_caption_credits_the_picture(text: str, expected: list[tuple[AttributionKind, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Reuters/AFP",  # agencies alone: no photographer
        "Politics | World",
        "John Smith, Staff",  # no agency
        "Ministers met in Brussels on Tuesday, officials said, Reuters and AFP reported",  # a sentence
        "Smith, Jones and Brown, AP",  # a list, not a name's shape
    ],
)
def test_other_lines_are_no_wire_picture_credit(text: str) -> None:
    assert credit_parts(text) is None


def test_a_paragraphs_closing_agency_is_no_picture_credit() -> None:
    assert picture_credit("The minister said the talks would go on. (AFP)") is None
    # above the text (the byline block) only a closing bracket is read: a sentence's last words may be a byline there
    assert picture_credit("Boats moored in the harbour. Ivo Maric / Reuters file", after_sentence=False) is None
    assert _read("Boats moored in the harbour. (Ivo Maric / Reuters)", after_sentence=False) == [
        (PHOTO, "Ivo Maric"),
        (PHOTO, "Reuters"),
    ]


def test_a_cue_read_tail_is_marked_as_such() -> None:
    pictured = picture_credit("He did not get it. Credit... Ann Weiss/The Daily Planet")
    assert pictured is not None and pictured.cued_tail
    plain = picture_credit("Fans wait outside the arena. (Nora Quist/AP)")
    assert plain is not None and not plain.cued_tail


def test_the_file_words_are_data() -> None:
    assert {"file", "archivo"} <= set(caption_credit_words("file")) and "via" in caption_credit_words("via")


PARAGRAPHS = [
    "The storm that crossed the coast on Monday night brought down power lines across three counties and closed"
    " the main road to the port, officials said.",
    "Crews worked through the night to restore power, and the utility said most homes would be connected again by"
    " Wednesday.",
    "The port authority said ships would be allowed to dock again once the channel had been checked for debris.",
]

LONG_CAPTION = (
    "Crews clear a fallen tree in Dover on Tuesday, and the council said the road would stay shut until the weekend"
    " while the work goes on."
)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Crews clear a fallen tree in Dover on Tuesday. (Nora Quist/AP)", {(PHOTO, "Nora Quist"), (PHOTO, "AP")}),
        ("Crews cleared a fallen tree in Dover on Tuesday, officials said. (AFP)", set()),  # a sign-off
        (f"{LONG_CAPTION} Credit: Carl Beck/The Daily Planet", {(PHOTO, "Carl Beck"), (PHOTO, "The Daily Planet")}),
        # One name after a cue word closing a long caption: read since session 39 (realcite round,
        # bracket_credits.closing_picture_credit), where the never-studied page sets that once lost by it (dumps_ml8,
        # dumps_ml16) no longer moved and two real check halves rose (totals only).
        (f"{LONG_CAPTION} Credit: Carl Beck", {(PHOTO, "Carl Beck")}),
    ],
)
def test_a_caption_between_the_paragraphs_credits_its_picture(
    caption: str, expected: set[tuple[AttributionKind, str]]
) -> None:
    page = "\n\n".join(
        ["Home\nNews\nStorm cuts power to thousands on the coast", PARAGRAPHS[0], caption, *PARAGRAPHS[1:], "Share"]
    )
    found = {(f.kind, f.name) for f in extract_attributions(segment_text(page)) if f.kind is PHOTO}
    assert found == expected
