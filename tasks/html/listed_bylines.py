"""Bylines of a list of other works: each item of a plain list (<ul>, <ol>) a title with its own cued byline under it,
"<ul><li><a>Storm hits the coast</a> By Ann Lee</li><li><a>Flood warning lifted</a> By Tom Fox</li></ul>" (a
"related stories" box with no class to say so, a reading list of books, "'Practical C', By Ann Lee (O'Reilly)"). The
text's credit reader reads each such line as a byline; the list's items name the writers of the works they list, not
the page's. Session 41's `byline_teasers` sets apart the byline *classes* of teaser boxes; this sets apart the text's
cued lines, whose box may carry no class at all."""

from __future__ import annotations

from collections.abc import Iterable

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.blocks import Block
from tasks.html.byline_teasers import LIST_BOX_TAGS

# The list's item (its list: byline_teasers.LIST_BOX_TAGS).
ITEM_TAG = "li"
# A cue is a word or three ("By", "Par", "Written by"): more is a sentence naming someone.
MAX_CUE_WORDS = 3
# A title beside the byline in its item: this many words at least (a name is two or three).
MIN_TITLE_WORDS = 3


def _item_of(block: Block) -> HtmlElement | None:
    """The nearest list item around the block, if its parent is a list."""
    for element in reversed(block.ancestors):
        if element.tag == ITEM_TAG:
            parent = element.getparent()
            return element if parent is not None and parent.tag in LIST_BOX_TAGS else None
    return None


def _cue(text: str, name_start: int) -> str:
    """The words before the name on its line, case-folded ("by", "par"): the byline's cue."""
    return " ".join(text[:name_start].split()).casefold()


def one_of_listed_works(block: Block, name_start: int, blocks: list[Block]) -> bool:
    """The block's cued byline is one of a list's, each item a title and its byline: the block stands in a list
    item that holds a title of 3+ words besides it, and another item of the same list holds a line opened by the same
    cue over other words ("By Tom Fox"). Co-authors listed one to an item hold no title beside their byline."""
    cue = _cue(block.text, name_start)
    item = _item_of(block)
    if not cue or len(cue.split()) > MAX_CUE_WORDS or item is None:
        return False
    own = " ".join(block.text.split())
    mates = [b for b in blocks if b is not block and item in b.ancestors]
    if not any(len(b.text.split()) >= MIN_TITLE_WORDS and not _opens_with(b.text, cue) for b in mates):
        return False
    others = [*item.itersiblings(ITEM_TAG), *item.itersiblings(ITEM_TAG, preceding=True)]
    return any(
        _opens_with(b.text, cue) and " ".join(b.text.split()) != own
        for b in blocks
        if any(o in b.ancestors for o in others)
    )


def listed_work_lines(blocks: list[Block], bylines: Iterable[tuple[int, int]]) -> set[int]:
    """The lines of `bylines` ((line, where a name read on it starts), the lines numbered as
    `segment.blocks_to_lines` numbers them) that are `one_of_listed_works`, asked from the line's first name on: "By
    Ann Lee (Green Press)" names two, its cue is "By"."""
    first: dict[int, int] = {}
    for line, start in bylines:
        first[line] = min(start, first.get(line, start))
    by_line = {2 * b.index + 1: b for b in blocks} if first else {}
    return {n for n, start in first.items() if n in by_line and one_of_listed_works(by_line[n], start, blocks)}


def _opens_with(text: str, cue: str) -> bool:
    """The text opens with the cue's words and goes on past them."""
    words = " ".join(text.split()).casefold()
    return words.startswith(cue + " ") and len(words) > len(cue) + 1
