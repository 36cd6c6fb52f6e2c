"""Elements hidden from the eye, which never show article text: hidden by an attribute or a style, or a block hidden by
a whole class name for screen readers only ("sr-only", "visually-hidden"; `tasks.html.vocab.HIDDEN_CLASS_WORDS`).

The class test is one pass over the block elements and one search of each one's class, not XPath: there, the test of
each class word (`contains(concat(' ', normalize-space(@class), ' '), ' sr-only ')`, ten words) normalised and joined
the class again for every word on every block element with a class, three quarters of the HTML path's cleaning
(issue 15, session 48). The same elements, in the same (document) order.
"""

from __future__ import annotations

import re

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints
from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.vocab import HIDDEN_BLOCKS, HIDDEN_CLASS_WORDS

# The style tests only on elements with a style (the same elements: translate() of no attribute is ""); asked of every
# element, the two translate() calls were most of the cleaning's time.
HIDDEN_MARKED = etree.XPath(
    "//*[@hidden or @aria-hidden='true' or (@style and (contains(translate(@style, ' ', ''), 'display:none')"
    " or contains(translate(@style, ' ', ''), 'visibility:hidden')))]"
)
# A hidden word as a whole token of a class value: XPath's normalize-space parts tokens at its four white-space
# characters only (space, tab, carriage return, line feed), so only these part them here (str.split parts at more).
_HIDDEN_CLASS = re.compile(
    r"(?:^|[ \t\r\n])(?:"
    + "|".join(re.escape(word) for word in sorted(HIDDEN_CLASS_WORDS, key=len, reverse=True))
    + r")(?=[ \t\r\n]|\Z)"
)


def hidden_by_class(root: HtmlElement) -> list[HtmlElement]:
    """The block elements of the root's document whose class holds a hidden word as a whole token, in document order."""
    top = root.getroottree().getroot()
    return [e for e in top.iter(*HIDDEN_BLOCKS) if (value := e.get("class")) and _HIDDEN_CLASS.search(value)]


def hidden_elements(root: HtmlElement) -> list[HtmlElement]:
    """Every element of the root's document hidden by an attribute, a style or a block's class, in document order."""
    marked, classed = HIDDEN_MARKED(root), hidden_by_class(root)
    if not classed:  # most pages: no screen-reader block
        return list(marked)
    wanted = {*marked, *classed}
    return [e for e in root.getroottree().getroot().iter() if e in wanted]
