"""The side columns of an old table layout: the cells beside the one that holds the headline.

A table layout sets its page in one row of cells: "<tr><td width="170">Rubriken · links</td><td width="600"><h1>…</h1>
the article</td><td width="210">Wetter · Meistgelesen</td></tr>". The cells beside the headline's, narrow by their
own width in pixels, are the site's columns of links, boxes and the weather: furniture, which the golds leave out,
though a bold label or a weather line in them reads like a short paragraph. A cell without a width in pixels, or no
narrower than the headline's, is left as it was (a layout may part one article into two cells).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from schemas import ChromeKind, Label
from tasks.html.blocks import Block
from tasks.html.vocab import CELL_TAGS
from tasks.text.verdicts import Verdict

_SIDE_CELL = Verdict(
    Label.CHROME, ChromeKind.BOILERPLATE, "side_cell",
    "in a narrow cell of a table layout beside the cell holding the headline: a side column of the site",
    0.8,
)  # fmt: skip
# A side column is this narrow at most (pixels, the width attribute of its cell).
SIDE_CELL_MAX_WIDTH = 300
_PIXELS = re.compile(r"\s*(\d{1,4})\s*(?:px)?\s*")


def without_side_cells(blocks: list[Block], verdicts: list[Verdict], title: int | None) -> list[Verdict]:
    """The verdicts with the body blocks of a table layout's side columns beside the headline's cell made furniture."""
    if title is None or not blocks[title].in_table:
        return verdicts
    cell = _cell_of(blocks[title])
    if cell is None or cell.getparent() is None:
        return verdicts
    own = _width(cell)
    sides = {
        c for c in cell.getparent()
        if c is not cell and c.tag in CELL_TAGS and (w := _width(c)) is not None and w <= SIDE_CELL_MAX_WIDTH
        and (own is None or w < own)
    }  # fmt: skip
    if not sides:
        return verdicts
    return [
        _SIDE_CELL if v.label == Label.BODY and b.in_table and _cell_of(b) in sides else v
        for b, v in zip(blocks, verdicts, strict=True)
    ]


def _cell_of(block: Block) -> HtmlElement | None:
    """The nearest cell holding the block."""
    return next((e for e in reversed(block.ancestors) if e.tag in CELL_TAGS), None)


def _width(cell: HtmlElement) -> int | None:
    """The cell's width attribute in pixels (None when it has none, or gives a share: "30%")."""
    match = _PIXELS.fullmatch(str(cell.get("width") or ""))
    return int(match.group(1)) if match else None
