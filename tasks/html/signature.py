"""The writer's signature under the article: a name alone closing the text, set apart by the page's markup.

Regional papers and old table layouts sign a story with the writer's name on a paragraph of its own under the last one,
right-aligned or in italics or bold (``<p align="right"><i>Jan Novák</i></p>``), or named so by its class (``<p
class="sign">Ольга Ким</p>``). In plain text a name alone there is as
often a title-case heading ("Leave a Reply"); the markup that sets a paragraph apart as a signature tells them apart,
whatever the language (in text dumps only the languages whose papers sign so are read: signing_languages.csv).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from schemas import Label
from tasks.html.segment import StructuredSegmented
from tasks.html.vocab import PICTURE_HINTS, SIGNATURE_HINTS, class_words

# Inline tags that set a whole paragraph apart when they hold all its text.
EMPHASIS_TAGS = frozenset({"i", "em", "b", "strong", "cite"})
# Elements that own a paragraph of the text.
PARAGRAPH_TAGS = frozenset({"p", "div", "td"})
_RIGHT_ALIGNED = re.compile(r"text-align\s*:\s*right", re.IGNORECASE)


def signature_lines(page: StructuredSegmented) -> list[tuple[int, str]]:
    """(number, text) of the article's last body line, and of the line right under it, when its element is set apart
    as a signature: right-aligned, its whole text in one emphasis, or its class naming a signature."""
    lines = page.segmented.lines
    body = [i for i, ll in enumerate(lines) if ll.verdict.label == Label.BODY]
    if not body:
        return []
    last = body[-1]
    return [
        (lines[i].line.number, lines[i].line.text)
        for i in (last, last + 1)
        if i < len(lines) and page.blocks[i].ancestors and _set_apart(page.blocks[i].ancestors[-1])
    ]


def _set_apart(element: HtmlElement) -> bool:
    """A paragraph right-aligned, whose text stands wholly in one <i>, <em>, <b> or <strong>, or whose class names a
    signature (not a picture's: "photo-sign" is a caption)."""
    while element.tag in EMPHASIS_TAGS and element.getparent() is not None:
        element = element.getparent()  # the block's owner may be the emphasis itself
    if element.tag not in PARAGRAPH_TAGS:
        return False
    words = set(class_words(str(element.get("class", ""))))
    if words & SIGNATURE_HINTS and not words & PICTURE_HINTS:
        return True
    if str(element.get("align", "")).lower() == "right" or _RIGHT_ALIGNED.search(str(element.get("style", ""))):
        return True
    return _wholly_emphasised(element)


def _wholly_emphasised(element: HtmlElement) -> bool:
    text = " ".join(element.text_content().split())
    if not text or (element.text or "").strip() or len(element) != 1:
        return False
    child = element[0]
    while child.tag not in EMPHASIS_TAGS and len(child) == 1 and not (child.text or "").strip():
        child = child[0]
    alone = not (child.tail or "").strip()
    return child.tag in EMPHASIS_TAGS and alone and " ".join(child.text_content().split()) == text
