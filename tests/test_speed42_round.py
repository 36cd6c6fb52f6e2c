"""Session 42's speed round (issue 15), the HTML path: a page's galleries read once per element. When one caption of a
page holds a photo credit, every block of the page is asked whether a gallery (a carousel of pictures' items) stands
above it; the blocks share their ancestors, and each ask read the children of up to three of them again (their text
and pictures). Each element's answer is now kept for the page. Held to the code it replaced: the same galleries, the
same captions made furniture, on invented pages of every shape the gallery test tells apart."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from lxml import html as lxml_html  # type: ignore[import-untyped]
from lxml.html import HtmlElement  # type: ignore[import-untyped]

from tasks.html import credited_captions, galleries
from tasks.html.blocks import Block, clean_tree, page_blocks
from tasks.lexicon.captions import holds_photo_credit


def _old_gallery_of(block: Block) -> HtmlElement | None:
    """`_gallery_of` as session 41 left it: the ancestors reversed into a list, each element's children read anew."""
    for element in list(reversed(block.ancestors))[1 : galleries.GALLERY_DEPTH + 1]:
        items = [child for child in element if isinstance(child.tag, str)]
        if len(items) >= galleries.MIN_GALLERY_ITEMS and all(_old_picture_item(item) for item in items):
            return element
    return None


def _old_picture_item(element: HtmlElement) -> bool:
    pictured = (
        element.tag in galleries.PICTURE_TAGS or next(element.iter("img", "picture", "amp-img"), None) is not None
    )
    text = str(element.text_content())
    return (
        pictured
        and len(text.split()) <= galleries.GALLERY_ITEM_MAX_WORDS
        and len(text.strip()) <= galleries.GALLERY_ITEM_MAX_CHARS
    )


def _old_gallery_mates(blocks: list[Block], credited: set[int], holds: list[bool]) -> set[int]:
    seeds = credited | {i for i, held in enumerate(holds) if held}
    found = {g: credited_captions._shape(blocks[i]) for i in seeds if (g := _old_gallery_of(blocks[i])) is not None}
    if not found:
        return set()
    return {
        i
        for i, b in enumerate(blocks)
        if (g := _old_gallery_of(b)) in found
        and (credited_captions._is_caption(b) or credited_captions._shape(b) == found[g])
    }


# The parts an invented page is made of: pictures of each kind, captions with and without a credit, items too long
# for a gallery's, text of scripts without spaces, line breaks and comments between a gallery's items.
PICTURES = ("<img src='a.jpg'>", "<picture><img src='b.jpg'></picture>", "<amp-img src='c.jpg'></amp-img>") * 3 + ("",)
CAPTIONS = ("The quay at dawn. Photo: Anna Berg", "The quay at dusk", "Foto: Erik Lund", "港口的早晨（记者王磊摄）",
            "A crane. " * 12, "x" * 320, "")  # fmt: skip


def _item(rng: random.Random) -> str:
    picture, caption = rng.choice(PICTURES), rng.choice(CAPTIONS)
    shape = rng.randrange(4)
    if shape == 0:
        return f"<figure>{picture}<figcaption>{caption}</figcaption></figure>"
    if shape == 1:
        return f"<div class='slide'>{picture}<p>{caption}</p></div>"
    if shape == 2:
        return f"<li>{picture}<span>{caption}</span></li>"
    return f"<div><div class='item'>{picture}<div class='caption'><p>{caption}</p></div></div></div>"


def _page(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randrange(1, 6)):
        between = rng.choice(("", "<!-- slide -->", "\n", "<br>"))  # a line break is an element: no gallery's item
        items = between.join(_item(rng) for _ in range(rng.randrange(1, 5)))
        box = rng.choice(("div class='carousel'", "ul", "section", "div"))
        nested = f"<div class='outer'><{box}>{items}</{box.split()[0]}></div>" if rng.random() < 0.3 else items
        parts.append(f"<{box}>{nested}</{box.split()[0]}>" if rng.random() < 0.7 else nested)
        parts.append(
            rng.choice(("<p>A paragraph of the article's text, long enough to be read as prose here.</p>", ""))
        )
    return f"<html><body><article>{''.join(parts)}</article></body></html>"


def _blocks(markup: str) -> list[Block]:
    root = lxml_html.document_fromstring(markup)
    clean_tree(root)
    return page_blocks(root)[0]


def test_a_gallery_element_is_read_once_for_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """A carousel of six credited captions: its element, and each ancestor above a caption, is asked once."""
    items = "".join(f"<figure><img src='{k}.jpg'><figcaption>Slide {k}. Photo: Anna Berg</figcaption></figure>"
                    for k in range(6))  # fmt: skip
    blocks = _blocks(f"<html><body><div class='carousel'>{items}</div><p>The article's text.</p></body></html>")
    asked: Counter[HtmlElement] = Counter()
    original = galleries.is_gallery

    def counted(element: HtmlElement) -> bool:
        asked[element] += 1
        return original(element)

    monkeypatch.setattr(galleries, "is_gallery", counted)
    holds = [holds_photo_credit(b.text) for b in blocks]
    mates = credited_captions._gallery_mates(blocks, set(), holds)
    assert {blocks[i].text for i in mates} == {f"Slide {k}. Photo: Anna Berg" for k in range(6)}
    assert asked and max(asked.values()) == 1  # six captions under one carousel: each element read once


@pytest.mark.parametrize("seed", range(150))
def test_the_kept_answers_find_the_galleries_the_old_reading_found(seed: int) -> None:
    rng = random.Random(seed)
    blocks = _blocks(_page(rng))
    known: galleries.GalleryMemo = {}
    for block in rng.sample(blocks, len(blocks)):  # any order of asking: the answers kept are the element's own
        assert galleries.gallery_of(block, known) is _old_gallery_of(block)
        assert galleries.gallery_of(block) is _old_gallery_of(block)
    holds = [holds_photo_credit(b.text) for b in blocks]
    credited = {i for i in range(len(blocks)) if rng.random() < 0.2}
    assert credited_captions._gallery_mates(blocks, credited, holds) == _old_gallery_mates(blocks, credited, holds)


def test_the_ancestors_read_are_the_three_above_the_blocks_own() -> None:
    """The slice from the parent up is the reversed list's second to fourth, for ancestors of every length."""
    for n in range(8):
        ancestors = tuple(range(n))
        assert list(ancestors[-2 : -galleries.GALLERY_DEPTH - 2 : -1]) == list(reversed(ancestors))[1:4]
