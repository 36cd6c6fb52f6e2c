"""A gallery or carousel above a caption's block: the nearest element whose child elements are all pictures' items.

:mod:`tasks.html.credited_captions` asks it of every block of a page where one caption holds a photo credit, and the
blocks of a page share their ancestors: an element's answer is kept for the page (`GalleryMemo`), so each element's
children are read once, not once per block under it (docs/speed.md, session 42).
"""

from __future__ import annotations

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.blocks import Block

# How far above a caption's element its gallery may be (the caption, its item, the gallery).
GALLERY_DEPTH = 3
MIN_GALLERY_ITEMS = 2
# A gallery's item is a picture and its caption, no more: a list of reviews, each under its picture, is an article
# (characters too, for the scripts that write no spaces).
GALLERY_ITEM_MAX_WORDS, GALLERY_ITEM_MAX_CHARS = 40, 300
# The picture elements of AMP and of responsive markup; not a plain <img>, under which WordPress's "wp-caption-text"
# stands in cleanportal's pages, whose gold keeps it (with <img>: -0.003 there).
PICTURE_TAGS = frozenset({"amp-img", "picture"})

# Whether each element asked is a gallery: one page's answers (the tree is read, never changed, while they are kept).
GalleryMemo = dict[HtmlElement, bool]


def gallery_of(block: Block, known: GalleryMemo | None = None) -> HtmlElement | None:
    """The nearest element above the block's (within GALLERY_DEPTH) whose child elements are pictures' items, each
    a picture and a caption, at least two: a gallery or a carousel; else None. `known`: the page's answers so far,
    filled in as elements are read."""
    known = {} if known is None else known
    # the block's ancestors from its element's parent up, GALLERY_DEPTH of them (fewer near the root)
    for element in block.ancestors[-2 : -GALLERY_DEPTH - 2 : -1]:
        gallery = known.get(element)
        if gallery is None:
            gallery = known[element] = is_gallery(element)
        if gallery:
            return element
    return None


def is_gallery(element: HtmlElement) -> bool:
    """The element's child elements are pictures' items, at least two."""
    items = [child for child in element if isinstance(child.tag, str)]
    return len(items) >= MIN_GALLERY_ITEMS and all(_picture_item(item) for item in items)


def _picture_item(element: HtmlElement) -> bool:
    """The element holds a picture and at most a caption's words."""
    pictured = element.tag in PICTURE_TAGS or next(element.iter("img", "picture", "amp-img"), None) is not None
    text = str(element.text_content())
    return pictured and len(text.split()) <= GALLERY_ITEM_MAX_WORDS and len(text.strip()) <= GALLERY_ITEM_MAX_CHARS
