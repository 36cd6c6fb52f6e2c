"""Session 20's study of the pages below 0.2 body-line F1 on the training sets (docs/segmenter.md, session 20). One
cause was general: a long document whose table of contents announces its last sections (lists of resources, a
bibliography of titles and abstracts) lost them, because the main-text search ends at its last run of prose and the
lists read as furniture. The contents list says they are the document's own sections. The tests name that shape,
with negatives where it could overreach: no contents list, a contents list that announces nothing below the text,
and the page's footer under the last section.
"""

from __future__ import annotations

from schemas import Label
from tasks.credits.body_citations import in_body_citations
from tasks.lexicon.agencies import load_gazetteer
from tasks.text.segment import segment_text
from tests.page_fixtures import EN_PARAGRAPHS

_P = EN_PARAGRAPHS
_HEAD = ("Home About Publications Archive", "Return: Home > Topics", "Grade configuration in schools")
_SECTIONS = ("How schools differ", "What the studies found", "What districts weigh")
_RESOURCES = (
    "Age appropriate schools and their pupils",
    "The case for the middle school model",
    "Grade span configurations in rural districts",
    "School size and achievement in small towns",
)
_READING = ("Title: Revival of the K-8 school", "Author(s): Pardini, Priscilla", "Publication Date: 2002")
_FOOTER = ("Return: Home > Topics", "Contact the webmaster", "University of Somewhere")


def _page(contents: tuple[str, ...], resources_heading: str = "Web Resources") -> list[str]:
    body = [_SECTIONS[0], _P[0], _P[1], _SECTIONS[1], _P[2], _P[3], _SECTIONS[2], _P[4], _P[5]]
    tail = [resources_heading, *_RESOURCES, "Selected Documents", *_READING]
    return [*_HEAD, "Contents", *contents, *body, *tail, *_FOOTER]


def _labels(lines: list[str]) -> dict[str, str]:
    return {ll.line.text.strip(): str(ll.verdict.label) for ll in segment_text("\n\n".join(lines)).lines}


def test_sections_the_contents_list_announces_below_the_text_are_the_documents() -> None:
    labels = _labels(_page((*_SECTIONS, "Web Resources", "Selected Documents")))
    assert all(labels[line] == Label.BODY for line in _P[:6])
    assert all(labels[line] == Label.BODY for line in _RESOURCES)
    assert all(labels[line] == Label.BODY for line in _READING)
    # the page's footer, which repeats its head furniture, ends the last section
    assert labels["Contact the webmaster"] != Label.BODY
    assert labels["University of Somewhere"] != Label.BODY


def test_without_a_contents_list_the_lists_below_stay_furniture() -> None:
    labels = _labels(_page(()))
    assert all(labels[line] == Label.BODY for line in _P[:6])
    assert not any(labels[line] == Label.BODY for line in _RESOURCES)


def test_a_contents_list_that_announces_no_section_below_changes_nothing() -> None:
    # the contents name the article's sections only: the lists below are the site's, not the document's
    labels = _labels(_page(_SECTIONS))
    assert all(labels[line] == Label.BODY for line in _P[:6])
    assert not any(labels[line] == Label.BODY for line in _RESOURCES)


def test_a_rail_heading_that_the_contents_do_not_list_in_order_changes_nothing() -> None:
    # an entry after the subheadings whose copy below is not the next section heading: "Web Resources" is listed, but
    # the page's heading below is another one
    labels = _labels(_page((*_SECTIONS, "Web Resources"), resources_heading="Most read"))
    assert not any(labels[line] == Label.BODY for line in _RESOURCES)


def test_the_announced_section_headings_are_the_documents() -> None:
    labels = _labels(_page((*_SECTIONS, "Web Resources", "Selected Documents")))
    assert labels["Selected Documents"] == Label.BODY
    # the contents list itself stays navigation; the heading's text is also the contents' entry, so look at it below
    segmented = segment_text("\n\n".join(_page((*_SECTIONS, "Web Resources", "Selected Documents"))))
    web = [str(ll.verdict.label) for ll in segmented.lines if ll.line.text == "Web Resources"]
    assert web[-1] == Label.BODY


# The search tip inside such a section: a host written with its scheme and a path is an address to follow, no outlet
# cited; a host cited by name after a cue still is.
def test_a_web_address_to_follow_cites_no_one() -> None:
    gazetteer = load_gazetteer()
    tip = "To run your own searches via the Internet, please go to http://www.eric.ed.gov/ERICWebPortal/Home.portal"
    assert in_body_citations(tip, 1, gazetteer) == []
    cited = in_body_citations("The story was first reported by politico.com on Monday.", 1, gazetteer)
    assert [f.name for f in cited] == ["politico.com"]
