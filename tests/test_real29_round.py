"""Session 29's fixes after studying the real pages' attribution errors (tests/data/real_attributions/trainable.json,
trainable2.json and eval_only_study.json): a handed-out picture's credit on a line of its own ("Supplier via AP",
"Courtesy Supplier"), a bureau city closing a byline's name ("By Ann Lee Paris | …"), and a known agency alone before
its date above the text ("Associated Press November 19, 2019, 9:02 AM"). The lines and pages are written for the
tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.credits.author_parts import without_city_tail
from tasks.credits.bylines import Credited
from tasks.credits.handout_credits import courtesy_picture, via_agency_picture
from tasks.lexicon.agencies import load_gazetteer
from tasks.text.segment import segment_text
from tests.page_fixtures import EN_PARAGRAPHS

HEADLINE = "Harbour town opens its new pier after two years of work"
CAPTION = "This undated photo provided by the Harbour Authority shows the new pier at dawn."


def _found(page: list[str]) -> set[tuple[str, str | None, int]]:
    return {(f.kind.value, f.name, f.line) for f in extract_attributions(segment_text("\n\n".join(page)))}


def _line(page: list[str], text: str) -> int:
    return 2 * page.index(text) + 1


def test_a_supplier_via_an_agency_under_a_caption_credits_both_with_the_picture() -> None:
    credit = "Northshore County Harbour Authority via AP"
    page = [HEADLINE, "By Jane Roe", *EN_PARAGRAPHS[:2], CAPTION, credit, *EN_PARAGRAPHS[2:]]
    found = _found(page)
    line = _line(page, credit)
    assert ("photo", "Northshore County Harbour Authority", line) in found
    assert ("photo", "AP", line) in found
    assert ("agency", "AP", line) not in found


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Harbour Authority via Reuters", ["Harbour Authority", "Reuters"]),
        ("Department of Transport via AP", ["Department of Transport", "AP"]),
        ("Handout via Reuters", ["Reuters"]),  # a generic supplier is no one
    ],
)
def test_the_via_line_alone(line: str, names: list[str]) -> None:
    assert [f.name for f in via_agency_picture(line, 1, load_gazetteer())] == names


@pytest.mark.parametrize(
    "line",
    [
        "The pier was opened via AP reports on Monday.",  # a sentence: the agency cited, not a credit
        "Harbour Authority via Dropbox",  # no agency after "via"
        "Photos from 2019 via AP",  # a digit and lower-case words: a caption's words
    ],
)
def test_no_via_credit(line: str) -> None:
    assert via_agency_picture(line, 1, load_gazetteer()) == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Courtesy Harbourline", ["Harbourline"]),
        ("Courtesy of Jane Roe", ["Jane Roe"]),
        ("Courtesy Harbour Museum", ["Harbour Museum"]),
        ("Courtesy of the family", []),  # whose picture it was, unsaid
        ("Courtesy Photo", []),
        ("Courtesy of the council, which paid for the pier in 2019.", []),
    ],
)
def test_a_courtesy_line_credits_its_supplier(line: str, names: list[str]) -> None:
    assert [f.name for f in courtesy_picture(line, 1, load_gazetteer())] == names


def test_a_courtesy_line_over_the_text_is_the_pictures_credit() -> None:
    page = ["Home", "News", HEADLINE, "By Jane Roe", "Published March 3, 2024", "Courtesy Harbourline", *EN_PARAGRAPHS]
    assert ("photo", "Harbourline", _line(page, "Courtesy Harbourline")) in _found(page)


def test_a_bureau_city_closing_the_bylines_name_is_cut_off() -> None:
    byline = "By Daniel Okafor Paris | Monday, 4 March, 2024"
    page = ["Home", "News", HEADLINE, byline, *EN_PARAGRAPHS]
    found = _found(page)
    assert ("author", "Daniel Okafor", _line(page, byline)) in found
    assert not any(name == "Daniel Okafor Paris" for _, name, _ in found)


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Daniel Okafor Paris", "Daniel Okafor"),
        ("Ann Lee Hong Kong", "Ann Lee"),
        ("Ann Paris", "Ann Paris"),  # two words: a person's name
        ("Ann Lee Sydney", "Ann Lee Sydney"),  # a city that is also a given name: not in the list
    ],
)
def test_without_city_tail(name: str, kept: str) -> None:
    assert without_city_tail(Credited(name, 3, 3 + len(name))).name == kept


def test_an_agency_alone_before_its_date_over_the_text_is_the_wire_byline() -> None:
    wire = "Associated Press March 3, 2024, 7:50 AM"
    page = ["Home", "News", HEADLINE, "The harbour master on the new pier (Jane Roe/AP)", wire, *EN_PARAGRAPHS]
    assert ("agency", "Associated Press", _line(page, wire)) in _found(page)


def test_an_outlet_alone_before_its_date_is_no_record() -> None:
    dated = "Harbour Gazette March 3, 2024"
    page = ["Home", "News", HEADLINE, dated, *EN_PARAGRAPHS]
    assert not any(line == _line(page, dated) for _, _, line in _found(page))
