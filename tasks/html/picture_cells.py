"""An old layout's picture table: a table cell that holds a picture and, under it, the picture's caption.

Table-layout sites (a German local paper's PHP pages, Joomla 1.0 and 1.5 templates) float a picture beside the text
in a small table of its own, its caption in the same cell under the image: "<table align="right"><tr><td><img …><br>
<font size="1">Gerlinde Gräbner (links) zeigt … Foto: Rundschau/hk</font></td></tr></table>". The cell is that
picture's caption, as a <figcaption> is on a newer page: one that closes on a photo credit says so
(:mod:`tasks.html.credited_captions`). A cell whose text runs long is the article's own cell with a picture in it.
"""

from __future__ import annotations

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.blocks import Block
from tasks.html.vocab import CELL_TAGS

# A caption is a sentence or two and its credit; the article's cell is longer.
PICTURE_CELL_MAX_WORDS = 40


def is_picture_cell(block: Block) -> bool:
    """The block is the text of a table cell that opens with an <img> (maybe linked), a caption's length: a picture
    table's caption; or of the cell under such a picture's own row (`_under_a_picture_row`), or of a box that opens
    with the picture and a line break (`_box_opened_by_a_picture`)."""
    cell = block.ancestors[-1] if block.ancestors else None
    if cell is None or len(block.text.split()) > PICTURE_CELL_MAX_WORDS:
        return False
    # the box or the cell under the picture's row is the caption when it holds this text alone: an old layout's cell
    # holding the whole article under a banner picture's row holds many blocks
    alone = _holds_alone(cell, block)
    if cell.tag not in CELL_TAGS:
        return alone and _box_opened_by_a_picture(cell)
    if alone and _under_a_picture_row(cell):
        return True
    if (cell.text or "").strip():
        return False  # text before the picture: no picture cell
    first = _first_child(cell)
    return first is not None and first.tag == "img"


def is_caption_row(block: Block) -> bool:
    """The block is all the text of a cell under a picture's own row (`_under_a_picture_row`)."""
    cell = block.ancestors[-1] if block.ancestors else None
    return cell is not None and cell.tag in CELL_TAGS and _holds_alone(cell, block) and _under_a_picture_row(cell)


def _holds_alone(element: HtmlElement, block: Block) -> bool:
    """All the element's text is the block's, spaces aside."""
    return " ".join(str(element.text_content()).split()) == " ".join(block.text.split())


def _first_child(element: HtmlElement) -> HtmlElement | None:
    """The element's first child element, or the picture inside it when it is a bare link (a picture linked to its
    full size)."""
    first = next((c for c in element if isinstance(c.tag, str)), None)
    if first is not None and first.tag == "a" and not (first.text or "").strip():
        first = next((c for c in first if isinstance(c.tag, str)), None)
    return first


def _under_a_picture_row(cell: HtmlElement) -> bool:
    """The cell is its row's only one, under a row whose one cell holds a picture and no text ("<table
    class="picture"><tr><td><img></td></tr><tr><td class="pCaption">…</td></tr></table>", a Vietnamese paper's CMS;
    the same in old table layouts): the picture's caption in the row under it."""
    row = cell.getparent()
    above = row.getprevious() if row is not None and row.tag == "tr" else None
    if above is None or above.tag != "tr" or len([c for c in row if c.tag in CELL_TAGS]) != 1:
        return False
    cells = [c for c in above if c.tag in CELL_TAGS]
    return len(cells) == 1 and not cells[0].text_content().strip() and next(cells[0].iter("img"), None) is not None


def _box_opened_by_a_picture(box: HtmlElement) -> bool:
    """A box (a <div>, a <center>) that opens with a picture (maybe linked), then a line break and the text ("<div
    style="text-align:center;"><img …><br><i>Новый настил моста. Фото: …</i></div>", DataLife Engine's editor): the
    picture and its caption in one box, as a picture table's cell holds them."""
    if box.tag not in _BOXES or (box.text or "").strip():
        return False
    first = next((c for c in box if isinstance(c.tag, str)), None)
    picture = _first_child(box)
    if first is None or picture is None or picture.tag != "img" or (first.tail or "").strip():
        return False
    after = first.getnext()
    return after is not None and after.tag == "br"


# A box, not a paragraph: a <p> opened by a picture and a <br> is a blog post's paragraph around its inline picture
# ("<p align="center"><img><br><em>Two of the bridge chairs. Image from …</em></p>": dragnet's gold keeps it).
_BOXES = frozenset({"div", "center"})
