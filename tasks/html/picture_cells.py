"""An old layout's picture table: a table cell that holds a picture and, under it, the picture's caption.

Table-layout sites (a German local paper's PHP pages, Joomla 1.0 and 1.5 templates) float a picture beside the text
in a small table of its own, its caption in the same cell under the image: "<table align="right"><tr><td><img …><br>
<font size="1">Gerlinde Gräbner (links) zeigt … Foto: Rundschau/hk</font></td></tr></table>". The cell is that
picture's caption, as a <figcaption> is on a newer page: one that closes on a photo credit says so
(:mod:`tasks.html.credited_captions`). A cell whose text runs long is the article's own cell with a picture in it.
"""

from __future__ import annotations

from tasks.html.blocks import Block
from tasks.html.vocab import CELL_TAGS

# A caption is a sentence or two and its credit; the article's cell is longer.
PICTURE_CELL_MAX_WORDS = 40


def is_picture_cell(block: Block) -> bool:
    """The block is the text of a table cell that opens with an <img> (maybe linked), a caption's length: a picture
    table's caption."""
    cell = block.ancestors[-1] if block.ancestors else None
    if cell is None or cell.tag not in CELL_TAGS or len(block.text.split()) > PICTURE_CELL_MAX_WORDS:
        return False
    if (cell.text or "").strip():
        return False  # text before the picture: no picture cell
    first = next((c for c in cell if isinstance(c.tag, str)), None)
    if first is not None and first.tag == "a" and not (first.text or "").strip():
        first = next((c for c in first if isinstance(c.tag, str)), None)  # a picture linked to its full size
    return first is not None and first.tag == "img"
