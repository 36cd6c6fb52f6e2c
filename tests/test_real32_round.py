"""Session 32's fixes after studying the real pages' attribution errors (tests/data/real_attributions/trainable.json,
trainable2.json and eval_only_study.json) and what the last session left: picture credits closing a caption in the
head with a file word or two suppliers ("… Austria. Ann Lee / Reuters file"), or with no full stop before them ("…
cabaret in Paris Ann Lee/Reuters"); the reporters of a contributors' line with their employer ("Ann Lee of the
Associated Press contributed …"); bylines whose name an outlet's word or article closes ("By ANN LEE The Associated
Press", "By Ann Lee Times Staff Writer") or whose part is the writer's outlet ("…, For The Boston Globe"); the
reporter's and the local papers' picture cues ("Reported by", "Staff photo by"); an analysis box's byline ("Analysis"
over "Ann Lee BBC News, Paris"); the page's own reporter in its text ("the BBC's Ann Lee visits …"); a caption's
"(AP Photo)"; "according to a Washington Post report". The lines and pages are written for the tests, not taken
from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions, in_body_citations
from tasks.credits.closing_notes import contributors_line
from tasks.credits.credit_records import Found
from tasks.credits.head_captions import marked_caption_tail, unstopped_caption_tail
from tasks.credits.own_reporters import own_reporter
from tasks.lexicon.agencies import load_gazetteer
from tasks.text.segment import segment_text
from tests.page_fixtures import EN_PARAGRAPHS

HEADLINE = "Harbour town opens its new pier after two years of work"


def _found(page: list[str]) -> set[tuple[str, str | None, int]]:
    return {(f.kind.value, f.name, f.line) for f in extract_attributions(segment_text("\n\n".join(page)))}


def _line(page: list[str], text: str) -> int:
    return 2 * page.index(text) + 1


def _names(found: list[Found]) -> list[tuple[str, str | None]]:
    return [(f.kind.value, f.name) for f in found]


@pytest.mark.parametrize(
    ("caption", "names"),
    [
        (
            "The old harbour in Portwick, Wales. Ann Lee / Reuters file",
            [("photo", "Ann Lee"), ("photo", "Reuters")],
        ),
        (
            "Guards secure the pier after the storm in Portwick. Ann Lee/AFP/Getty Images",
            [("photo", "Ann Lee"), ("photo", "AFP"), ("photo", "Getty Images")],
        ),
        ("The harbour master speaks to the press in Portwick. Ann Lee/Reuters", []),  # may be the standfirst's byline
        ("The harbour master speaks to the press in Portwick.", []),
    ],
)
def test_a_marked_caption_tail_in_the_head(caption: str, names: list[tuple[str, str]]) -> None:
    assert _names(marked_caption_tail(caption, 1, load_gazetteer())) == names


@pytest.mark.parametrize(
    ("caption", "names"),
    [
        ("The new pier in Portwick Ann Lee/Reuters", [("photo", "Ann Lee"), ("photo", "Reuters")]),
        (
            "The new pier in Portwick Ann Lee/AFP/Getty Images",
            [("photo", "Ann Lee"), ("photo", "AFP"), ("photo", "Getty Images")],
        ),
        ("Ann Lee/Reuters", []),  # the whole line: the wire-style reader's
        ("The new pier in Portwick Ann Lee/Harbour Gazette", []),  # no known agency after the slash
        ("The new pier in Portwick ANN LEE/REUTERS", []),  # in capitals: no two words to tell from the caption's
        ("Prices rose 3 per cent in and/or around the port", []),
    ],
)
def test_a_caption_with_no_full_stop_before_its_credit(caption: str, names: list[tuple[str, str]]) -> None:
    assert _names(unstopped_caption_tail(caption, 1, load_gazetteer())) == names


def test_the_lead_pictures_caption_over_the_headline() -> None:
    caption = "The new pier in Portwick Ann Lee/Reuters"
    page = ["Home", "News", caption, HEADLINE, "By Tom Hale", "March 3, 2024", *EN_PARAGRAPHS]
    found = _found(page)
    assert {("photo", "Ann Lee", _line(page, caption)), ("photo", "Reuters", _line(page, caption))} <= found


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Ann Lee and Tom Roe of the Associated Press contributed to this report.",
            [("author", "Ann Lee"), ("author", "Tom Roe"), ("agency", "Associated Press")],
        ),
        ("Ann Lee of The New York Times contributed reporting.", [("author", "Ann Lee")]),  # an outlet: the employer
        ("Ann Lee of the Harbour Council contributed to this report.", []),  # no outlet: not read so
        ("The Associated Press contributed to this report.", [("agency", "The Associated Press")]),
    ],
)
def test_contributors_with_their_employer(line: str, names: list[tuple[str, str]]) -> None:
    assert _names(contributors_line(line, 1, load_gazetteer(), True)) == names


@pytest.mark.parametrize(
    ("byline", "records"),
    [
        ("By ANN LEE The Associated Press", [("author", "ANN LEE"), ("agency", "Associated Press")]),
        ("By Ann Lee Times Staff Writer", [("author", "Ann Lee")]),
        ("By Ann Lee Globe Correspondent", [("author", "Ann Lee")]),
        ("By Ann Lee, For The Boston Globe", [("author", "Ann Lee")]),
        ("By Ann Lee, Special to The Boston Globe", [("author", "Ann Lee")]),
        ("By Mary Ann Lee", [("author", "Mary Ann Lee")]),  # three words, no outlet's word
        ("Reported by Ann Lee", [("author", "Ann Lee")]),
        ("Compiled by Ann Lee", [("author", "Ann Lee")]),
    ],
)
def test_bylines_with_an_outlet_or_a_role(byline: str, records: list[tuple[str, str]]) -> None:
    page = ["Home", "News", HEADLINE, byline, "March 3, 2024", *EN_PARAGRAPHS]
    line = _line(page, byline)
    assert sorted((k, n) for k, n, at in _found(page) if at == line) == sorted(records)


@pytest.mark.parametrize("credit", ["Staff photo by Ann Lee", "(Submitted photo by Ann Lee)"])
def test_the_local_papers_picture_cues(credit: str) -> None:
    page = [HEADLINE, "By Tom Hale", "March 3, 2024", *EN_PARAGRAPHS[:3], credit, *EN_PARAGRAPHS[3:]]
    assert ("photo", "Ann Lee", _line(page, credit)) in _found(page)


@pytest.mark.parametrize(
    ("heading", "byline", "author"),
    [
        ("Analysis", "Ann Lee BBC News, Paris", "Ann Lee"),
        ("Analysis", "Ann Lee Paris business reporter", "Ann Lee"),
        ("Analysis", "Ann B. Lee BBC News", "Ann B. Lee"),
        ("Background", "Ann Lee BBC News, Paris", None),  # no box's heading above
        ("Analysis", "Ann Lee", None),  # a name alone: nothing after it says it is the box's writer
        ("Analysis", "Harbour Prices Rise Again", None),
    ],
)
def test_an_analysis_boxs_byline(heading: str, byline: str, author: str | None) -> None:
    page = [HEADLINE, "By Tom Hale", "March 3, 2024", *EN_PARAGRAPHS[:3], heading, byline, *EN_PARAGRAPHS[3:]]
    found = {(k, n) for k, n, at in _found(page) if at == _line(page, byline)}
    assert (("author", author) in found) if author else not any(k == "author" for k, _ in found)


def _own_page(paragraph: str) -> list[str]:
    return ["Harbour News", HEADLINE, "By Tom Hale", *EN_PARAGRAPHS[:3], paragraph, *EN_PARAGRAPHS[3:],
            "© 2024 Harbour News"]  # fmt: skip


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        ("In the first of a series, Harbour News' Ann Lee visits the pier to see how it works.", ["Ann Lee"]),
        ("The Harbour News's Ann Lee in Portwick says the crowds were larger than expected.", ["Ann Lee"]),
        ("Harbour News's Ann Lee, who is at the pier, says the crowds were large.", ["Ann Lee"]),
        ("According to the Harbour News's Ann Lee, the crowds were large.", []),  # a source's words
        ("The Gazette's Ann Lee visits the pier to see how it works.", []),  # another outlet: its employee
        ("Harbour News's new pier page is the most read.", []),  # no one named
    ],
)
def test_the_pages_own_reporter_in_its_text(paragraph: str, names: list[str]) -> None:
    page = _own_page(paragraph)
    segmented = segment_text("\n\n".join(page))
    assert [f.name for f in own_reporter(paragraph, _line(page, paragraph), segmented)] == names


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        ("The harbour master opens the new pier on Monday. (AP Photo)", [("photo", "AP")]),
        ("The harbour master opens the new pier on Monday. (Reuters file)", [("photo", "Reuters")]),
        ("The harbour master opens the new pier on Monday. (AP)", [("photo", "AP")]),
    ],
)
def test_an_agency_and_its_photo_word_closing_a_caption(paragraph: str, names: list[tuple[str, str]]) -> None:
    page = [HEADLINE, "By Tom Hale", "March 3, 2024", *EN_PARAGRAPHS[:3], paragraph, *EN_PARAGRAPHS[3:]]
    assert {(k, n) for k, n, at in _found(page) if at == _line(page, paragraph)} == set(names)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The pier cost more than planned, according to a Washington Post report.", [("source", "Washington Post")]),
        ("The pier cost more than planned, according to a recent Politico story.", [("source", "Politico")]),
        ("The pier cost more than planned, according to a Reuters report.", [("agency", "Reuters")]),
        ("The pier cost more than planned, according to a council report.", []),  # no known outlet
    ],
)
def test_according_to_a_known_outlets_report(sentence: str, names: list[tuple[str, str]]) -> None:
    assert _names(in_body_citations(sentence, 1, load_gazetteer())) == names
