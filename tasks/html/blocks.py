"""A parsed page to blocks of text in reading order, each with the structure around it.

One pass over the cleaned tree (lxml's ``iterwalk``) flushes a block whenever a block-level
element opens or closes, so inline markup (<a>, <b>, <span>) joins its neighbours. Every block
knows its tag path, heading level, list/table/caption membership, link density (the share of its
text inside <a>), the nearest class/id hint of its ancestors and whether an <article>/<main> holds
it. Per-element totals (text, link text, commas, paragraphs) feed the container scoring of
:mod:`tasks.html.segment`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints
from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.block_text import REPAIR_SAMPLE_CHARS, block_text
from tasks.html.hidden_blocks import hidden_elements
from tasks.html.vocab import (
    ARTICLE_TAGS,
    BLOCK_TAGS,
    CAPTION_TAGS,
    CHROME_TAGS,
    DROPPED_TAGS,
    HEADING_LEVELS,
    LINE_BREAK_TAGS,
    LIST_TAGS,
    TABLE_TAGS,
    attribute_hints,
)
from tasks.read.decode import needs_repair

# The tag path keeps this many innermost tags: enough to tell a teaser <li> from a body <p>.
TAG_PATH_DEPTH = 6
# Elements (and their classes) are looked at up to this depth; deeper markup is flattened.
MAX_DEPTH = 200
# A link-free <p> this long is prose, whatever box it sits in.
PROSE_PARAGRAPH_CHARS = 80


class TimeLimitError(Exception):
    """A page took longer than its per-document time budget."""


@dataclass(slots=True)  # one per element: slots make it cheaper to create and to count into
class NodeInfo:
    """What one element says about itself, and the totals of the text inside it."""

    tag: str
    chrome_hint: str | None
    content_hint: str | None
    depth: int
    text_chars: int = 0
    link_chars: int = 0
    commas: int = 0
    paragraphs: int = 0
    blocks: int = 0
    images: int = 0
    list_items: int = 0
    prose_chars: int = 0  # text in link-free paragraphs of prose length
    prose_paragraphs: int = 0
    landmarks: int = 0  # main-content landmarks inside it: <main>, role=main, itemprop=articleBody


@dataclass(frozen=True)
class Block:
    """A run of text between block-level tags, with the structure around it."""

    index: int
    text: str
    tag: str
    tag_path: str
    heading: int  # 1..6 for <h1>..<h6>, 0 otherwise
    in_list: bool
    in_table: bool
    in_caption: bool
    in_article: bool
    link_density: float
    chrome_hint: str | None  # nearest class/id or landmark of furniture among its ancestors
    ancestors: tuple[HtmlElement, ...] = field(repr=False)  # root first, the owning element last


# Memberships a block inherits from any open ancestor, by the tags that confer them.
_MEMBERSHIPS = {"list": LIST_TAGS, "table": TABLE_TAGS, "caption": CAPTION_TAGS, "article": ARTICLE_TAGS}
_MEMBERSHIP_OF = {tag: name for name, tags in _MEMBERSHIPS.items() for tag in tags}


# The tags that own the text inside them (a line break splits a block but owns nothing).
_OWNER_TAGS = BLOCK_TAGS - LINE_BREAK_TAGS
# What a block inherits from its open ancestors: (owner tag, nearest furniture hint, heading level).
_Context = tuple[str, str | None, int]
_PAGE_CONTEXT: _Context = ("body", None, 0)


@dataclass(slots=True)
class _Walk:
    """State of the walk: the open elements, and the text gathered since the last block boundary.

    What a block inherits from its ancestors (owner tag, nearest furniture hint, heading level, list,
    table, caption and article membership) is kept as stacks and counters updated when an element opens
    or closes, so a block reads it in constant time; text totals go to the innermost open element and
    are added to its parent's when it closes. An element that changes none of the inherited context
    pushes its parent's context tuple again, so most elements create no new tuple.
    """

    stack: list[HtmlElement] = field(default_factory=list)
    infos: list[NodeInfo] = field(default_factory=list)  # NodeInfo of each open element
    contexts: list[_Context] = field(default_factory=list)  # inherited context of each open element
    links: list[bool] = field(default_factory=list)  # each open <a>: does it lead somewhere?
    open_counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_MEMBERSHIPS, 0))
    pieces: list[str] = field(default_factory=list)
    link_chars: int = 0
    links_open: int = 0
    blocks: list[Block] = field(default_factory=list)
    info: dict[HtmlElement, NodeInfo] = field(default_factory=dict)
    repair: bool = True  # does the page need ftfy at all? decided once for the whole page


def clean_tree(root: HtmlElement) -> None:
    """Drop elements that never show article text: scripts, styles, embeds, forms' controls, hidden ones."""
    etree.strip_elements(root, *DROPPED_TAGS, with_tail=False)
    for element in hidden_elements(root):
        if element.getparent() is not None and element.tag not in ("body", "html"):
            element.drop_tree()


def node_info(tag: str, attrs: dict[str, str], depth: int) -> NodeInfo:
    """Tag and class/id hints of an element, from its tag and attributes."""
    # (NodeInfo's fields by position: its __init__ takes keywords a third slower, and this runs per element)
    chrome_tag = tag if tag in CHROME_TAGS else None
    if not attrs:  # few elements carry no attributes: nothing to look up
        return NodeInfo(tag, chrome_tag, None, depth)
    hints = f"{attrs.get('class', '')} {attrs.get('id', '')} {attrs.get('role', '')}"
    chrome, content = attribute_hints(hints) if hints.strip() else (None, None)
    if attrs.get("itemprop") == "articleBody":
        content = "articlebody"
    return NodeInfo(tag, chrome_tag or chrome, content, depth)


def is_navigation_link(attrs: dict[str, str]) -> bool:
    """An <a> (by its attributes) that leads somewhere: a 'javascript:' pseudo-link is a button around its
    text, not a link."""
    return not attrs.get("href", "").lstrip().lower().startswith("javascript:")


def is_main_landmark(attrs: dict[str, str], tag: str) -> bool:
    """The page's own mark of its main content: <main>, role="main" or itemprop="articleBody"."""
    return tag == "main" or attrs.get("role") == "main" or attrs.get("itemprop") == "articleBody"


def _new_block(**values: object) -> Block:
    """A Block as its constructor makes it, the fields in its __dict__, without the frozen dataclass's __init__: that
    sets each of the twelve fields through object.__setattr__, a call each, and the walk makes a block per paragraph
    (half the flush's time). The same object: equal, hashed and shown alike (tests/test_speed29_html_round.py)."""
    block: Block = object.__new__(Block)
    block.__dict__.update(values)
    return block


def _flush(walk: _Walk) -> None:
    joined = "".join(walk.pieces)
    raw_links = walk.link_chars
    walk.pieces.clear()
    walk.link_chars = 0
    if not joined or joined.isspace():  # most boundaries close nothing but whitespace
        return
    text = block_text(joined, walk.repair)
    if not text:
        return
    owner, hint, heading = walk.contexts[-1] if walk.contexts else _PAGE_CONTEXT
    counts = walk.open_counts
    path = "/".join([i.tag for i in walk.infos[-TAG_PATH_DEPTH:]])
    # no link text, no density to round (round() to four places cost 0.8 µs a block; a third of blocks hold no link)
    density = round(min(1.0, raw_links / max(1, len(text))), 4) if raw_links else 0.0
    walk.blocks.append(
        _new_block(
            index=len(walk.blocks), text=text, tag=owner, tag_path=path, heading=heading,
            in_list=counts["list"] > 0, in_table=counts["table"] > 0, in_caption=counts["caption"] > 0,
            in_article=counts["article"] > 0, link_density=density,
            chrome_hint=hint, ancestors=tuple(walk.stack),
        )
    )  # fmt: skip
    if not walk.infos:
        return
    info = walk.infos[-1]
    prose = len(text) if owner == "p" and raw_links == 0 and len(text) >= PROSE_PARAGRAPH_CHARS else 0
    info.text_chars += len(text)
    info.link_chars += min(raw_links, len(text))
    info.commas += text.count(",") + text.count("，") + text.count("、") + text.count(";")  # _COMMAS, unrolled
    info.blocks += 1
    info.paragraphs += owner in ("p", "pre", "blockquote", "td", "dd") or (owner == "div" and len(text) > 25)
    info.prose_chars += prose
    info.prose_paragraphs += prose > 0


def add_totals(parent: NodeInfo, child: NodeInfo) -> None:
    """Add a closed element's text and element totals to its parent's (written out: this runs per element)."""
    parent.text_chars += child.text_chars
    parent.link_chars += child.link_chars
    parent.commas += child.commas
    parent.paragraphs += child.paragraphs
    parent.blocks += child.blocks
    parent.images += child.images
    parent.list_items += child.list_items
    parent.prose_chars += child.prose_chars
    parent.prose_paragraphs += child.prose_paragraphs
    parent.landmarks += child.landmarks


def _walk_tree(walk: _Walk, top: HtmlElement, deadline: float | None) -> None:
    """The walk itself: an element's opening and closing, written out in one loop over lxml's events.

    This runs twice per element of the page, so the stacks' methods are bound to locals once and the
    closing side reads the element's tag from its NodeInfo rather than asking lxml again.
    """
    infos, contexts, links, counts, pieces = walk.infos, walk.contexts, walk.links, walk.open_counts, walk.pieces
    push_element, pop_element, push_info, pop_info = walk.stack.append, walk.stack.pop, infos.append, infos.pop
    push_context, pop_context = contexts.append, contexts.pop
    repair, info_of = walk.repair, walk.info
    for n, (event, element) in enumerate(etree.iterwalk(top, events=("start", "end"))):
        if event == "start":
            tag = element.tag  # lxml builds a new str on every read of .tag: read it once
            if type(tag) is not str:
                tag = ""
            if tag in BLOCK_TAGS and pieces:  # a boundary with no text gathered has nothing to flush
                _flush(walk)
            parent = infos[-1] if infos else None
            attrs = dict(element.items())
            info = node_info(tag, attrs, len(infos) + 1)
            push_element(element)
            push_info(info)
            info_of[element] = info
            context = contexts[-1] if contexts else _PAGE_CONTEXT
            if tag in _OWNER_TAGS or tag in HEADING_LEVELS or info.chrome_hint:  # else the parent's context holds
                owner, hint, heading = context
                context = (
                    tag if tag in _OWNER_TAGS else owner,
                    info.chrome_hint or hint,
                    HEADING_LEVELS.get(tag) or heading,
                )
            push_context(context)
            if tag in _MEMBERSHIP_OF:
                counts[_MEMBERSHIP_OF[tag]] += 1
            if tag == "a":
                links.append(is_navigation_link(attrs))
                walk.links_open += links[-1]
            elif tag == "img":
                info.images += 1
            elif tag == "li" and parent is not None:
                parent.list_items += 1
            # `is_main_landmark`, written out (asked of every element with attributes, five in six)
            if parent is not None and (
                tag == "main" or (attrs and (attrs.get("role") == "main" or attrs.get("itemprop") == "articleBody"))
            ):
                parent.landmarks += 1
            text = element.text
        else:
            info = infos[-1]  # the closing element's own: the stacks follow the tree
            tag = info.tag
            if tag in BLOCK_TAGS and pieces:
                _flush(walk)
            if tag == "a":
                walk.links_open -= links.pop()
            if tag in _MEMBERSHIP_OF:
                counts[_MEMBERSHIP_OF[tag]] -= 1
            pop_element()
            pop_info()
            pop_context()
            if infos and (info.blocks or info.images or info.list_items or info.landmarks):
                add_totals(infos[-1], info)  # the closed element's totals become part of its parent's
            text = element.tail
        # Whitespace that opens a block is dropped unless ftfy runs: the block's text collapses it anyway, and no
        # space composes (NFC) with what follows; most block boundaries then find nothing to flush.
        if text and (pieces or repair or not text.isspace()):
            pieces.append(text)
            if walk.links_open:
                walk.link_chars += len(text.strip())
        if deadline is not None and n % 4096 == 0 and time.perf_counter() > deadline:
            raise TimeLimitError(f"stopped after {len(walk.blocks)} blocks")


def page_blocks(root: HtmlElement, deadline: float | None = None) -> tuple[list[Block], dict[HtmlElement, NodeInfo]]:
    """Blocks of a cleaned page in reading order, and the per-element totals.

    Raises TimeLimitError when `deadline` (a time.perf_counter() value) passes mid-walk.
    """
    body = root.find("body")
    page_text = str((body if body is not None else root).text_content())
    walk = _Walk(repair=needs_repair(page_text[:REPAIR_SAMPLE_CHARS]))
    _walk_tree(walk, body if body is not None else root, deadline)
    _flush(walk)
    return walk.blocks, walk.info
