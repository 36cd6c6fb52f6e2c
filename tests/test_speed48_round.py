"""Session 48's speed cut (issue 15): the HTML cleaning's screen-reader classes tested by one search of each block
element's class instead of an XPath test per class word. Held to the XPath it replaced, on invented pages: the same
elements in the same order, and the same blocks after cleaning."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints
from lxml import html as lxml_html

from tasks.html.blocks import clean_tree, page_blocks
from tasks.html.hidden_blocks import HIDDEN_MARKED, hidden_by_class, hidden_elements
from tasks.html.vocab import DROPPED_TAGS, HIDDEN_BLOCKS, HIDDEN_CLASS_WORDS

# The XPath of sessions 47 and before: the attributes, the styles, and a block's class word by word.
_CLASS_TEST = (
    "("
    + " or ".join(f"self::{tag}" for tag in HIDDEN_BLOCKS)
    + ") and ("
    + " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')" for name in HIDDEN_CLASS_WORDS)
    + ")"
)
_OLD_HIDDEN = etree.XPath(
    "//*[@hidden or @aria-hidden='true' or (@style and (contains(translate(@style, ' ', ''), 'display:none')"
    f" or contains(translate(@style, ' ', ''), 'visibility:hidden'))) or (@class and ({_CLASS_TEST}))]"
)


def _old_clean(root: lxml_html.HtmlElement) -> None:
    etree.strip_elements(root, *DROPPED_TAGS, with_tail=False)
    for element in _OLD_HIDDEN(root):
        if element.getparent() is not None and element.tag not in ("body", "html"):
            element.drop_tree()


def _texts(page: str, clean: object) -> list[str]:
    root = lxml_html.document_fromstring(page)
    clean(root)  # type: ignore[operator]
    return [b.text for b in page_blocks(root)[0]]


def test_the_class_words_are_whole_tokens_the_search_can_part() -> None:
    """The search parts a class at XPath's four white-space characters: a hidden word holding one, or none at all,
    would be matched otherwise there than by the old test."""
    assert HIDDEN_CLASS_WORDS
    assert all(word and not set(word) & set(" \t\r\n") for word in HIDDEN_CLASS_WORDS)
    assert "@class" not in HIDDEN_MARKED.path  # the class is no longer tested by XPath


def _page(items: list[tuple[str, str, str]]) -> str:
    body = "".join(f"<{tag} class='{cls}'{extra}>t{i}</{tag}>tail{i}" for i, (tag, cls, extra) in enumerate(items))
    inline = "<section><p class='x'>in<span class='sr-only'>label</span></p></section>"  # an inline label stays
    return f"<html><body><div>{body}{inline}</div></body></html>"


def test_screen_reader_blocks_are_the_old_xpaths_in_its_order() -> None:
    """Every hidden word on a block, in a class with other words, after a tab or a new line, beside a longer word that
    holds it ("sr-only-focusable", "xsr-only"), on an inline element (kept), with a hidden attribute too, nested."""
    items = []
    for n, word in enumerate(HIDDEN_CLASS_WORDS):
        tag = HIDDEN_BLOCKS[n % len(HIDDEN_BLOCKS)]
        items += [
            (tag, word, ""),
            ("div", f"a {word}\tb", ""),
            ("p", f"\n{word}\n", " hidden"),
            ("li", f"{word}-x", ""),
        ]
        items += [("span", word, ""), ("p", f"x{word}", ""), ("p", word.upper(), ""), ("div", f"a\xa0{word}", "")]
    page = _page(items)
    root = lxml_html.document_fromstring(page)
    assert hidden_elements(root) == _OLD_HIDDEN(root)
    assert len(hidden_by_class(root)) == 3 * len(HIDDEN_CLASS_WORDS)
    assert _texts(page, clean_tree) == _texts(page, _old_clean)
    nested = "<html><body><div class='sr-only'>a<p class='visually-hidden'>b</p>c</div>d<p hidden>e</p>f</body></html>"
    root = lxml_html.document_fromstring(nested)
    assert hidden_elements(root) == _OLD_HIDDEN(root)
    assert _texts(nested, clean_tree) == _texts(nested, _old_clean)


_WORDS = st.sampled_from([*HIDDEN_CLASS_WORDS, "sr", "only", "hidden", "visually", "x", "-", "sr-only-focusable"])
_SPACES = st.sampled_from([" ", "  ", "\t", "\n", "\r\n", "\x0b", "\x0c", "\xa0", "\u2003", ""])
_CLASSES = st.lists(st.tuples(_SPACES, _WORDS), max_size=4).map(lambda parts: "".join(s + w for s, w in parts))
_TAGS = st.sampled_from([*HIDDEN_BLOCKS, "span", "a", "h1", "article"])
_EXTRAS = st.sampled_from(["", " hidden", " aria-hidden='true'", " style='display: none'", " style='color:red'"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_TAGS, _CLASSES, _EXTRAS), min_size=1, max_size=8))
def test_any_classes_hide_what_the_old_xpath_hid(items: list[tuple[str, str, str]]) -> None:
    page = _page(items)
    root = lxml_html.document_fromstring(page)
    assert hidden_elements(root) == _OLD_HIDDEN(root)
    assert _texts(page, clean_tree) == _texts(page, _old_clean)
