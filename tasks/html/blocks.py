"""A parsed page to blocks of text in reading order, each with the structure around it.

One pass over the cleaned tree (lxml's ``iterwalk``) flushes a block whenever a block-level
element opens or closes, so inline markup (<a>, <b>, <span>) joins its neighbours. Every block
knows its tag path, heading level, list/table/caption membership, link density (the share of its
text inside <a>), the nearest class/id hint of its ancestors and whether an <article>/<main> holds
it. Per-element totals (text, link text, commas, paragraphs) feed the container scoring of
:mod:`tasks.html.segment`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints
from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

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
from tasks.read.decode import needs_repair, normalize_text

_HIDDEN = etree.XPath(
    "//*[@hidden or @aria-hidden='true' or contains(translate(@style, ' ', ''), 'display:none')"
    " or contains(translate(@style, ' ', ''), 'visibility:hidden')]"
)
_SPACES = re.compile(r"\s+")
_COMMAS = re.compile(r"[,，、;]")
# The tag path keeps this many innermost tags: enough to tell a teaser <li> from a body <p>.
TAG_PATH_DEPTH = 6
# Elements (and their classes) are looked at up to this depth; deeper markup is flattened.
MAX_DEPTH = 200
# A link-free <p> this long is prose, whatever box it sits in.
PROSE_PARAGRAPH_CHARS = 80


class TimeLimitError(Exception):
    """A page took longer than its per-document time budget."""


@dataclass
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


# Mojibake comes from decoding a whole page with the wrong charset, so it shows from the start:
# ftfy's badness check (a costly regex) reads this many characters of the page's text...
REPAIR_SAMPLE_CHARS = 20_000
# ...and of those only the non-ASCII runs with a few characters either side (mojibake is made of
# non-ASCII characters; pure ASCII text has nothing for ftfy to fix but entities and escapes).
_NON_ASCII_CONTEXT = re.compile(r".{0,3}[^\x00-\x7f]+.{0,3}", re.DOTALL)
_ENTITY_LIKE = re.compile(r"&#?\w{1,10};?")


# Memberships a block inherits from any open ancestor, by the tags that confer them.
_MEMBERSHIPS = {"list": LIST_TAGS, "table": TABLE_TAGS, "caption": CAPTION_TAGS, "article": ARTICLE_TAGS}
_MEMBERSHIP_OF = {tag: name for name, tags in _MEMBERSHIPS.items() for tag in tags}


@dataclass
class _Walk:
    """State of the walk: the open elements, and the text gathered since the last block boundary.

    What a block inherits from its ancestors (owner tag, nearest furniture hint, heading level, list,
    table, caption and article membership) is kept as stacks and counters updated when an element opens
    or closes, so a block reads it in constant time; text totals go to the innermost open element and
    are added to its parent's when it closes.
    """

    stack: list[HtmlElement] = field(default_factory=list)
    infos: list[NodeInfo] = field(default_factory=list)  # NodeInfo of each open element
    owners: list[str] = field(default_factory=list)  # nearest block-level tag (not <br>/<hr>)
    hints: list[str | None] = field(default_factory=list)  # nearest furniture hint
    headings: list[int] = field(default_factory=list)  # nearest heading level, 0 for none
    open_counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(_MEMBERSHIPS, 0))
    pieces: list[str] = field(default_factory=list)
    link_chars: int = 0
    links_open: int = 0
    blocks: list[Block] = field(default_factory=list)
    info: dict[HtmlElement, NodeInfo] = field(default_factory=dict)
    repair: bool = True  # does the page need ftfy at all? decided once for the whole page


def repair_sample(text: str) -> str:
    """What ftfy's checks need to see of a text: its non-ASCII runs in context, its entities and escapes."""
    parts = _NON_ASCII_CONTEXT.findall(text) if not text.isascii() else []
    parts += _ENTITY_LIKE.findall(text) if "&" in text else []
    return "\n".join(parts) + ("\x1b" if "\x1b" in text else "")


def clean_tree(root: HtmlElement) -> None:
    """Drop elements that never show article text: scripts, styles, embeds, forms' controls, hidden ones."""
    etree.strip_elements(root, *DROPPED_TAGS, with_tail=False)
    for element in _HIDDEN(root):
        if element.getparent() is not None and element.tag not in ("body", "html"):
            element.drop_tree()


def node_info(element: HtmlElement, depth: int) -> NodeInfo:
    """Tag and class/id hints of an element."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if not len(element.attrib):  # most elements carry no attributes: nothing to look up
        return NodeInfo(tag=tag, chrome_hint=tag if tag in CHROME_TAGS else None, content_hint=None, depth=depth)
    attrs = f"{element.get('class', '')} {element.get('id', '')} {element.get('role', '')}"
    chrome, content = attribute_hints(attrs) if attrs.strip() else (None, None)
    chrome = tag if tag in CHROME_TAGS else chrome
    if element.get("itemprop") == "articleBody":
        content = "articlebody"
    return NodeInfo(tag=tag, chrome_hint=chrome, content_hint=content, depth=depth)


def is_navigation_link(element: HtmlElement) -> bool:
    """An <a> that leads somewhere: a 'javascript:' pseudo-link is a button around its text, not a link."""
    return not element.get("href", "").lstrip().lower().startswith("javascript:")


def is_main_landmark(element: HtmlElement, tag: str) -> bool:
    """The page's own mark of its main content: <main>, role="main" or itemprop="articleBody"."""
    return tag == "main" or element.get("role") == "main" or element.get("itemprop") == "articleBody"


def _flush(walk: _Walk) -> None:
    joined = "".join(walk.pieces)
    raw_links = walk.link_chars
    walk.pieces.clear()
    walk.link_chars = 0
    if not joined or joined.isspace():  # most boundaries close nothing but whitespace
        return
    text = _SPACES.sub(" ", normalize_text(joined, repair=walk.repair)).strip()
    if not text:
        return
    owner = walk.owners[-1] if walk.owners else "body"
    counts = walk.open_counts
    path = "/".join([i.tag for i in walk.infos[-TAG_PATH_DEPTH:]])
    walk.blocks.append(
        Block(
            index=len(walk.blocks), text=text, tag=owner, tag_path=path,
            heading=walk.headings[-1] if walk.headings else 0, in_list=counts["list"] > 0,
            in_table=counts["table"] > 0, in_caption=counts["caption"] > 0, in_article=counts["article"] > 0,
            link_density=round(min(1.0, raw_links / max(1, len(text))), 4),
            chrome_hint=walk.hints[-1] if walk.hints else None, ancestors=tuple(walk.stack),
        )
    )  # fmt: skip
    if not walk.infos:
        return
    info = walk.infos[-1]
    prose = len(text) if owner == "p" and raw_links == 0 and len(text) >= PROSE_PARAGRAPH_CHARS else 0
    info.text_chars += len(text)
    info.link_chars += min(raw_links, len(text))
    info.commas += len(_COMMAS.findall(text))
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


def _start(walk: _Walk, element: HtmlElement) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in BLOCK_TAGS:
        _flush(walk)
    parent = walk.infos[-1] if walk.infos else None
    info = node_info(element, len(walk.stack) + 1)
    walk.stack.append(element)
    walk.infos.append(info)
    walk.info[element] = info
    walk.owners.append(tag if tag in BLOCK_TAGS and tag not in LINE_BREAK_TAGS else (walk.owners or ["body"])[-1])
    walk.hints.append(info.chrome_hint or (walk.hints[-1] if walk.hints else None))
    walk.headings.append(HEADING_LEVELS.get(tag) or (walk.headings[-1] if walk.headings else 0))
    if tag in _MEMBERSHIP_OF:
        walk.open_counts[_MEMBERSHIP_OF[tag]] += 1
    if tag == "a" and is_navigation_link(element):
        walk.links_open += 1
    elif tag == "img":
        info.images += 1
    elif tag == "li" and parent is not None:
        parent.list_items += 1
    if parent is not None and (tag == "main" or (len(element.attrib) > 0 and is_main_landmark(element, tag))):
        parent.landmarks += 1
    _add_text(walk, element.text)


def _end(walk: _Walk, element: HtmlElement) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in BLOCK_TAGS:
        _flush(walk)
    if tag == "a" and is_navigation_link(element):
        walk.links_open -= 1
    if tag in _MEMBERSHIP_OF:
        walk.open_counts[_MEMBERSHIP_OF[tag]] -= 1
    walk.stack.pop()
    closed = walk.infos.pop()
    walk.owners.pop()
    walk.hints.pop()
    walk.headings.pop()
    if walk.infos and (closed.blocks or closed.images or closed.list_items or closed.landmarks):
        add_totals(walk.infos[-1], closed)  # the closed element's totals become part of its parent's
    _add_text(walk, element.tail)


def _add_text(walk: _Walk, text: str | None) -> None:
    if text:
        walk.pieces.append(text)
        if walk.links_open:
            walk.link_chars += len(text.strip())


def page_blocks(root: HtmlElement, deadline: float | None = None) -> tuple[list[Block], dict[HtmlElement, NodeInfo]]:
    """Blocks of a cleaned page in reading order, and the per-element totals.

    Raises TimeLimitError when `deadline` (a time.perf_counter() value) passes mid-walk.
    """
    import time

    body = root.find("body")
    page_text = str((body if body is not None else root).text_content())
    walk = _Walk(repair=needs_repair(repair_sample(page_text[:REPAIR_SAMPLE_CHARS])))
    for n, (event, element) in enumerate(etree.iterwalk(body if body is not None else root, events=("start", "end"))):
        if event == "start":
            _start(walk, element)
        else:
            _end(walk, element)
        if deadline is not None and n % 4096 == 0 and time.perf_counter() > deadline:
            raise TimeLimitError(f"stopped after {len(walk.blocks)} blocks")
    _flush(walk)
    return walk.blocks, walk.info
