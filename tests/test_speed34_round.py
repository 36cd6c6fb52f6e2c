"""Session 34's speed round, the text core and the HTML path (issue 15): exact cuts, each held here to what it
replaced.

(1) `outlet_closing` (asked of the head's lines by `byline_over_date`) scans the line's words once with the agency
gazetteer's automaton and once with the outlets' (`PhraseAutomaton.holds_a_phrase`) before asking up to four tails of
each whether they are an agency or a known outlet: a line where neither scan finds a name (and no dot, a domain's
mark) has no such tail; (2) the HTML walk builds an element's `NodeInfo` by position and asks for a main landmark
written out, where it called `is_main_landmark`."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml.html import document_fromstring  # type: ignore[import-untyped]  # lxml ships no type hints

import tasks.credits.outlet_bylines as outlet_bylines
from tasks.credits.outlet_bylines import may_name_one, outlet_closing
from tasks.html.blocks import NodeInfo, clean_tree, is_main_landmark, node_info, page_blocks
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.automaton import PhraseAutomaton
from tasks.lexicon.outlets import known_outlets

# ---- (1) outlet_closing ----


def _old_outlet_closing(text: str) -> tuple[str, bool, bool] | None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(outlet_bylines, "may_name_one", lambda _joined, _gazetteer: True)
        return outlet_closing(text, load_gazetteer())


LINES = ["Kevin Johnson and Kevin McCoy USA TODAY", "Meg Kinnard and Errin Haines, Associated Press",
         "Tom Davies Associated Press", "Ann Lee, Business Insider", "Ann Lee, BUSINESS  INSIDER",
         "Ann Lee\u00a0and Bo Berg\tReuters", "Ann Lee and Bo Berg  reuters.com", "Ann Lee,   AFP", "Ann Lee — dpa",
         "Published 7:07 PM EST Nov 19, 2019", "The council met on Monday", "Ann Lee", "Ann Lee AP", "", "   ",
         "Анна Петрова, ТАСС", "Анна Петрова РИА Новости", "Ali Yılmaz, Anadolu Ajansı", "Maria Rossi ANSA",
         "Ann Lee The Guardian", "Ann Lee « Le Monde »", "Ann Lee, Le Monde.", "Ann Lee, The Washington Post",
         "ΑΝΝΑ ΠΑΠΑΔΟΠΟΥΛΟΣ ΑΠΕ-ΜΠΕ", "Ann Lee İSTANBUL Anadolu", "a b c d e f g h i j k l m n o Reuters"]  # fmt: skip


@pytest.mark.parametrize("text", LINES)
def test_an_outlet_closing_the_line_as_before(text: str) -> None:
    assert outlet_closing(text, load_gazetteer()) == _old_outlet_closing(text)


@pytest.mark.parametrize(
    "text", ["Kevin Johnson and Kevin McCoy USA TODAY", "Meg Kinnard and Errin Haines, Associated Press",
             "Ann Lee, Business Insider", "Ann Lee and Bo Berg reuters.com"],
)  # fmt: skip
def test_the_closing_outlets_are_still_read(text: str) -> None:
    assert outlet_closing(text, load_gazetteer()) is not None


def test_a_line_naming_no_outlet_is_refused_by_the_scans() -> None:
    assert not may_name_one("The council met on Monday", load_gazetteer())
    assert may_name_one("Tom Davies Associated Press", load_gazetteer())
    assert may_name_one("Ann Lee and Bo Berg reuters.com", load_gazetteer())  # a domain: the dot


# Words of agencies' and outlets' names, names of people, marks and spaces of several kinds.
NAME_WORDS = ["Ann", "Lee", "and", "Associated", "Press", "AP", "Reuters", "REUTERS", "AFP", "USA", "TODAY", "The",
              "Guardian", "Business", "Insider", "ТАСС", "РИА", "Новости", "Anadolu", "Ajansı", "ANSA", "dpa", "EFE",
              "Le", "Monde", "«", "»", ",", "—", "reuters.com", "İSTANBUL", "ΑΠΕ-ΜΠΕ", "Press'", "Ka’imi",
              "N.Y."]  # fmt: skip
SPACES = st.sampled_from([" ", "  ", "\u00a0", "\t", ", "])


@st.composite
def _lines(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(NAME_WORDS), max_size=16))
    return "".join(draw(SPACES) + w for w in words) + draw(st.sampled_from(["", " ", "."]))


@settings(max_examples=1500, deadline=None)
@given(_lines())
def test_generated_lines_as_before(text: str) -> None:
    assert outlet_closing(text, load_gazetteer()) == _old_outlet_closing(text)


@settings(max_examples=1500, deadline=None)
@given(_lines(), st.integers(min_value=0, max_value=60), st.integers(min_value=0, max_value=60))
def test_no_phrase_in_the_text_none_in_its_parts(text: str, start: int, length: int) -> None:
    """Where `holds_a_phrase` finds nothing, `find_all` finds nothing in any part of the text."""
    part = text[start : start + length]
    for automaton in (load_gazetteer().names, _outlet_automaton()):
        if not automaton.holds_a_phrase(text):
            assert not automaton.find_all(part, right_boundary=False)
    if not known_outlets().may_occur_in(text):
        assert not known_outlets().find_all(part)


def _outlet_automaton() -> PhraseAutomaton[str]:
    from tasks.lexicon.outlets import _outlet_names

    return _outlet_names()


def test_holds_a_phrase_folds_as_find_all() -> None:
    apostrophes = PhraseAutomaton([("xabariga ko'ra", "x")], apostrophes=True)
    assert apostrophes.holds_a_phrase("Xabariga ko‘ra")  # the apostrophe in its other form, as find_all reads it
    assert apostrophes.find_all("Xabariga ko‘ra")
    greek = PhraseAutomaton([("ΑΘΗΝΑΣ", "x")])
    assert greek.holds_a_phrase("αθηνας") and greek.find_all("αθηνας")  # the final sigma folded as the sigma


# ---- (2) the HTML walk ----


def _old_node_info(tag: str, attrs: dict[str, str], depth: int) -> NodeInfo:
    info = node_info(tag, attrs, depth)
    return NodeInfo(tag=info.tag, chrome_hint=info.chrome_hint, content_hint=info.content_hint, depth=info.depth)


ATTRS = [{}, {"class": "nav"}, {"class": "article-body"}, {"id": "footer"}, {"role": "main"}, {"role": "navigation"},
         {"itemprop": "articleBody"}, {"itemprop": "headline"}, {"class": "", "id": ""},
         {"href": "javascript:x"}]  # fmt: skip


@pytest.mark.parametrize("attrs", ATTRS)
@pytest.mark.parametrize("tag", ["div", "nav", "main", "p", "a", "footer"])
def test_node_info_by_position_is_node_info_by_keyword(tag: str, attrs: dict[str, str]) -> None:
    assert node_info(tag, attrs, 3) == _old_node_info(tag, attrs, 3)
    written_out = tag == "main" or bool(
        attrs and (attrs.get("role") == "main" or attrs.get("itemprop") == "articleBody")
    )
    assert written_out == (tag == "main" or bool(attrs and is_main_landmark(attrs, tag)))


PAGE = """<html><body><div class="page"><nav class="menu"><a href="/">Home</a></nav>
<main><div role="main"><article><div itemprop="articleBody"><h1>Title</h1><p>One paragraph, with a comma.</p>
<p>Two <a href="/x">linked</a> words.</p><ul><li>item</li></ul><img src="a.jpg"></div></article></div></main>
<div id="footer" role="contentinfo"><p>Footer text</p></div></div></body></html>"""


def test_the_walk_counts_landmarks_and_hints() -> None:
    root = document_fromstring(PAGE)
    clean_tree(root)
    blocks, info = page_blocks(root)
    by_tag = {element.tag: totals for element, totals in info.items() if isinstance(element.tag, str)}
    assert by_tag["body"].landmarks == 3  # <main>, role="main", itemprop="articleBody": each counted by its parent
    assert by_tag["nav"].chrome_hint is not None and by_tag["p"].depth > by_tag["body"].depth
    assert [b.text for b in blocks][:2] == ["Home", "Title"]
