"""Session 31's fixes after studying the real pages' attribution errors (tests/data/real_attributions/trainable.json,
trainable2.json and eval_only_study.json) and what the last session left: a byline's part that is a desk, an
institution or a reporting scheme is no writer ("By Ann Lee, Local Democracy Reporting Service", "by European Space
Agency", a book list's "By Ann Lee (Harbour Publishing)"), the writer's contact line opened by its verb ("Contact Ann
Lee at …") and the Associated Press member-exchange line ("Information from: The Harbour Gazette, …"). The lines and
pages are written for the tests, not taken from the pages. Also the New York Times' picture credit with the cue
"Credit" and no colon under the picture's label or caption ("Photo" over "Credit Harry Campbell"), and the
illustrator's and the lead picture's cues with "by" ("Illustration by Ann Lee", "Top image by Ann Lee").
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.credits.author_parts import names_someone
from tasks.credits.bare_credit_cue import bare_credit_cue
from tasks.credits.closing_cues import contact_cue_line, information_note
from tasks.credits.closing_notes import contact_line, syndication_note
from tasks.credits.credit_records import credit_line_attributions
from tasks.lexicon.agencies import load_gazetteer
from tasks.text.segment import segment_text
from tests.page_fixtures import EN_PARAGRAPHS

HEADLINE = "Harbour town opens its new pier after two years of work"
CAPTION = "The harbour master on the new pier on Monday."


def _found(page: list[str]) -> set[tuple[str, str | None, int]]:
    return {(f.kind.value, f.name, f.line) for f in extract_attributions(segment_text("\n\n".join(page)))}


def _line(page: list[str], text: str) -> int:
    return 2 * page.index(text) + 1


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Ann Lee, Local Democracy Reporting Service", ["Ann Lee"]),  # one writer and a scheme
        ("By Ann Lee and Tom Hale, Harbour Reporting Network", ["Ann Lee", "Tom Hale"]),
        ("By Harbour Space Agency", []),  # an institution's press release
        ("By Ann Lee (Harbour Publishing)", ["Ann Lee"]),  # a book list's writer and publisher
        ("By Robert Service", ["Robert Service"]),  # two words: a person's name
        ("By Ann Lee, Staff Writer", ["Ann Lee"]),
    ],
)
def test_a_bylines_desk_institution_or_scheme_is_no_writer(byline: str, authors: list[str]) -> None:
    page = ["Home", "News", HEADLINE, byline, "March 3, 2024", *EN_PARAGRAPHS]
    line = _line(page, byline)
    assert sorted(n for k, n, at in _found(page) if k == "author" and at == line) == authors


@pytest.mark.parametrize(
    ("name", "someone"),
    [
        ("Ann Lee", True),
        ("Local Democracy Reporting Service", False),
        ("Robert Service", True),
        ("Harbour Space Agency", False),
        ("Harbour Publishing", False),
        ("Without Notes", False),  # what is left of "Text Without Notes" after the cue
        ("Harbour News", False),
        ("Lee", True),  # one word: asked elsewhere
    ],
)
def test_names_someone(name: str, someone: bool) -> None:
    assert names_someone(name) is someone


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Contact Ann Lee at alee@harbourgazette.com or 555-0100.", ["Ann Lee"]),
        ("E-mail Ann Lee at alee@harbourgazette.com.", ["Ann Lee"]),
        ("Reach Ann Lee at 555-0100.", ["Ann Lee"]),
        ("Write to Jan van Dijk at jan@example.com", []),  # a lower-case particle: the shape asks title-case words
        ("Contact the council at its office on Main Street.", []),  # no writer, no address
        ("Contact Harbour Council at 555-0100.", []),  # an institution
        ("Contact Ann Lee for more details about the pier.", []),  # no "at" and address
    ],
)
def test_the_contact_line_opened_by_its_verb(line: str, names: list[str]) -> None:
    assert [f.name for f in contact_cue_line(line, 1, False)] == names


def test_contact_line_reads_both_shapes() -> None:
    assert [f.name for f in contact_line("Ann Lee can be reached at alee@example.com.", 1, False)] == ["Ann Lee"]
    assert [f.name for f in contact_line("Contact Ann Lee at alee@example.com.", 1, False)] == ["Ann Lee"]


def test_a_contact_line_under_the_text_is_the_writers() -> None:
    closing = "E-mail Tom Hale at thale@harbourgazette.com."
    page = [HEADLINE, "By Ann Lee", *EN_PARAGRAPHS, closing, "Most read", "Bus fares rise again"]
    assert ("author", "Tom Hale", _line(page, closing)) in _found(page)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Information from: The Harbour Gazette, http://www.harbourgazette.com", ["The Harbour Gazette"]),
        ("Information from: Harbour Gazette", ["Harbour Gazette"]),
        ("Information from the Harbour Gazette was used in this report.", ["Harbour Gazette"]),
        ("Material from The Harbour Gazette was used in this report.", ["The Harbour Gazette"]),
        ("Information from the ministry shows that the pier cost more than planned.", []),  # a sentence
        ("Information from residents helped the police find the boat.", []),
    ],
)
def test_the_member_exchange_line(line: str, names: list[str]) -> None:
    assert [f.name for f in information_note(line, 1, False)] == names
    assert [f.name for f in syndication_note(line, 1, False)] == names  # read where the syndication note is


def test_the_member_exchange_line_under_the_text_is_the_source() -> None:
    note = "Information from: The Harbour Gazette, http://www.harbourgazette.com"
    page = [HEADLINE, "By Ann Lee", *EN_PARAGRAPHS, note, "Most read", "Bus fares rise again"]
    assert ("source", "The Harbour Gazette", _line(page, note)) in _found(page)


@pytest.mark.parametrize(
    ("above", "credit", "names"),
    [
        ("Photo", "Credit Harry Campbell", ["Harry Campbell"]),
        (CAPTION, "Credit Ann Lee/The Harbour Gazette", ["Ann Lee", "The Harbour Gazette"]),
        ("Markets", "Credit Ann Lee", []),  # no picture above: a menu's or a teaser's words
        ("Photo", "Credit Suisse Cuts Jobs Again", []),  # a headline in title case: four words
        ("Photo", "Credit card rates rise", []),
        ("Photo", "Credit: Harry Campbell", []),  # with its colon: the credit lines' reader's
    ],
)
def test_the_bare_credit_cue_under_a_picture(above: str, credit: str, names: list[str]) -> None:
    segmented = segment_text("\n\n".join([HEADLINE, above, credit, *EN_PARAGRAPHS]))
    i = next(i for i, ll in enumerate(segmented.lines) if ll.line.text == credit)
    found = bare_credit_cue(segmented, i, load_gazetteer())
    assert [f.name for f in found] == names
    assert all(f.kind.value == "photo" for f in found)


@pytest.mark.parametrize("where", ["head", "body"])
def test_a_bare_credit_under_the_pictures_label_is_no_byline(where: str) -> None:
    credit = "Credit Harry Campbell"
    if where == "head":
        page = ["Home", "News", HEADLINE, "By Ann Lee", "March 3, 2024", "Photo", credit, *EN_PARAGRAPHS]
    else:
        page = [HEADLINE, "By Ann Lee", *EN_PARAGRAPHS[:3], "Photo", credit, *EN_PARAGRAPHS[3:]]
    found = _found(page)
    assert ("photo", "Harry Campbell", _line(page, credit)) in found
    assert not any(kind == "author" and line == _line(page, credit) for kind, _, line in found)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Illustration by Ann Lee", ["Ann Lee"]),
        ("Top image by Ann Lee", ["Ann Lee"]),
        ("Main image: The harbour master on the new pier. Photograph: Ann Lee", ["Ann Lee"]),  # a caption's label
    ],
)
def test_the_illustrators_and_lead_pictures_cues(line: str, names: list[str]) -> None:
    assert [f.name for f in credit_line_attributions(line, 1, load_gazetteer()) if f.name] == names
