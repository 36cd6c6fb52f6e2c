"""Session 29's HTML-path speed cuts hold the output (issue 15, docs/speed.md): a cue alternation's groups in runs,
each behind a lookahead of its first letters; the hidden-element XPath's style tests only where a style is; a block
made without the frozen dataclass's __init__; the byline pre-filter's class words asked by one regex, not one XPath
contains() each. Each is held to the code it replaced: the same answers."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints
from lxml import html as lxml_html

from tasks.html.blocks import Block, _new_block, clean_tree, page_blocks
from tasks.html.byline_element import _byline_candidates
from tasks.html.hidden_blocks import HIDDEN_MARKED as _HIDDEN
from tasks.html.vocab import BYLINE_HINTS, BYLINE_LIST_HINTS
from tasks.lexicon.cue_alternation import cue_alternation
from tasks.lexicon.vocabulary import credit_cues

# Invented cues (as tests/test_speed26_round.py's): prefixes of one another in both orders, letters with case partners
# outside ASCII (the Kelvin sign, the long s, the dotless i, the final sigma), one-letter cues, scripts without case.
CUES = ("photo by", "photo", "ph.", "pic", "kuva", "foto", "fotó", "fot", "sumber", "ſource", "imagen", "işık",
        "σκίτσο", "φωτο", "φ", "图片", "图", "写真", "사진", "Фото", "фото", "ßild", "via")  # fmt: skip


def _pattern(alternation: str) -> re.Pattern[str]:
    return re.compile(r"(?:^|[\s(\[|,.;])/?(" + alternation + r")\b", re.IGNORECASE)


def _found(pattern: re.Pattern[str], text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    match = pattern.search(text)
    return None if match is None else (match.span(), match.span(1))


TEXTS = [
    "The old harbour at dawn. Photo by Anna Berg",
    "The old harbour (Ph. Anna Berg)",
    "Der Hafen. Foto: Erik Lund; Fotó: Kovács",
    "Port. Source: agencies",
    "Port. \u212auva: Matti",
    "Liman. IŞIK: Ayşe",
    "Λιμάνι. Φ: Νίκος",
    "港口。/图片=新华社",
    "Порт. ФОТО Ивана Петрова",
    "Hafen. SSILD: no",
    "via the harbour, and by the quay",
    "",
    "no cue here at all",
]


@pytest.mark.parametrize("run", [1, 2, 3, 100])
@pytest.mark.parametrize("text", TEXTS)
def test_runs_find_what_one_run_finds(run: int, text: str) -> None:
    whole = _pattern(cue_alternation(CUES, 10**6))
    assert _found(_pattern(cue_alternation(CUES, run=run)), text) == _found(whole, text)


def test_runs_are_lookaheads_of_their_first_letters() -> None:
    assert "(?=" not in cue_alternation(CUES, run=10**6)
    assert cue_alternation(CUES, run=2).count("(?=(?-i:") == -(-len(cue_alternation(CUES, 10**6).split("|(?-i:")) // 2)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(CUES), min_size=1, max_size=8, unique=True),
    st.integers(min_value=1, max_value=4),
    st.text(alphabet=st.sampled_from(list(" .,;(|[/:-xK\u212aſıİσςΣßẞ") + sorted({c for cue in CUES for c in cue})),
            max_size=30),
)  # fmt: skip
def test_runs_on_generated_texts(cues: list[str], run: int, text: str) -> None:
    whole, runs = _pattern(cue_alternation(tuple(cues), 10**6)), _pattern(cue_alternation(tuple(cues), run))
    for candidate in (text, text + " " + cues[-1].upper(), "(" + cues[0] + text):
        assert _found(runs, candidate) == _found(whole, candidate)


def test_the_caption_cues_in_runs_find_what_one_run_finds() -> None:
    """The real photo and source cues (about a hundred groups), at every cue of every group, said after a caption."""
    cues = credit_cues()["photo"] + credit_cues()["source"]
    whole, runs = _pattern(cue_alternation(cues, 10**6)), _pattern(cue_alternation(cues))
    assert runs.pattern.count("(?=") > 1
    for cue in cues:
        for text in (f"Der Hafen am Morgen. {cue}: Anna Berg", f"港口。/{cue.upper()}=新华社", f"({cue}", f"x{cue} y"):
            assert _found(runs, text) == _found(whole, text)


_OLD_HIDDEN = etree.XPath(
    "//*[@hidden or @aria-hidden='true' or contains(translate(@style, ' ', ''), 'display:none')"
    " or contains(translate(@style, ' ', ''), 'visibility:hidden')]"
)

HIDDEN_PAGE = (
    "<html><body><div style='display: none'>a</div><p style='color:red'>b</p><span hidden>c</span>"
    "<div aria-hidden='true'>d</div><div aria-hidden='false'>e</div><p style=''>f</p>"
    "<p style='visibility :hidden'>g</p><p style='VISIBILITY:HIDDEN'>h</p><p hidden=''>i</p>"
    "<p style='display:\tnone'>j</p><ul><li style='display:none;color:red'>k</li><li>l</li></ul></body></html>"
)


def test_hidden_elements_are_the_same() -> None:
    root = lxml_html.document_fromstring(HIDDEN_PAGE)
    assert _HIDDEN(root) == _OLD_HIDDEN(root)
    assert [e.text for e in _HIDDEN(root)] == ["a", "c", "d", "g", "i", "k"]
    clean_tree(root)
    assert [b.text for b in page_blocks(root)[0]] == ["b", "e", "f", "h", "j", "l"]


def test_a_block_made_fast_is_the_block_its_constructor_makes() -> None:
    root = lxml_html.document_fromstring("<html><body><div><p>One <a href='/x'>link</a></p></div></body></html>")
    values = {
        "index": 3, "text": "One link", "tag": "p", "tag_path": "body/div/p", "heading": 0, "in_list": False,
        "in_table": True, "in_caption": False, "in_article": True, "link_density": 0.5, "chrome_hint": "nav",
        "ancestors": tuple(root.iter("body", "div", "p")),
    }  # fmt: skip
    fast, made = _new_block(**values), Block(**values)  # type: ignore[arg-type]
    assert fast == made and hash(fast) == hash(made) and repr(fast) == repr(made)
    assert vars(fast) == vars(made) and list(vars(fast)) == [f.name for f in dataclasses.fields(Block)]
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.text = "changed"  # type: ignore[misc]
    blocks, _ = page_blocks(root)
    assert [vars(b) for b in blocks] == [vars(Block(**vars(b))) for b in blocks]


_OLD_BYLINE = etree.XPath(
    "//*[@rel='author' or @itemprop='author' or @id='author' or @id='byline' or "
    + " or ".join(f"contains(@class, '{word}')" for word in sorted(BYLINE_HINTS | BYLINE_LIST_HINTS))
    + "]"
)


def test_byline_candidates_are_what_the_old_xpath_selected() -> None:
    words = sorted(BYLINE_HINTS | BYLINE_LIST_HINTS)
    classed = "".join(f"<span class='x{w}y'>{w}</span><span class='{w.upper()}'>u</span>" for w in words[:40])
    root = lxml_html.document_fromstring(
        "<html><body><a rel='author'>A</a><a rel='Author'>B</a><span itemprop='author'>C</span><div id='byline'>D"
        "</div><div id='author-box'>E</div><p class=''>F</p><p class='article__author'>G</p><p>H</p>"
        f"<p class='lead'>I</p>{classed}<meta itemprop='author' content='J'></body></html>"
    )
    assert list(_byline_candidates(root)) == _OLD_BYLINE(root)  # a generator since session 30
    assert len(list(_byline_candidates(root))) >= len(words[:40]) + 4  # each class holding a word, and the marked ones
