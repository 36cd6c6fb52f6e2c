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
# ftfy's badness check (a costly regex) reads this many characters of the page's text.
REPAIR_SAMPLE_CHARS = 20_000


@dataclass
class _Walk:
    """State of the walk: the open elements, and the text gathered since the last block boundary."""

    stack: list[HtmlElement] = field(default_factory=list)
    pieces: list[str] = field(default_factory=list)
    link_chars: int = 0
    links_open: int = 0
    blocks: list[Block] = field(default_factory=list)
    info: dict[HtmlElement, NodeInfo] = field(default_factory=dict)
    repair: bool = True  # does the page need ftfy at all? decided once for the whole page


def clean_tree(root: HtmlElement) -> None:
    """Drop elements that never show article text: scripts, styles, embeds, forms' controls, hidden ones."""
    etree.strip_elements(root, *DROPPED_TAGS, with_tail=False)
    for element in _HIDDEN(root):
        if element.getparent() is not None and element.tag not in ("body", "html"):
            element.drop_tree()


def node_info(element: HtmlElement, depth: int) -> NodeInfo:
    """Tag and class/id hints of an element."""
    tag = element.tag if isinstance(element.tag, str) else ""
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
    ancestors = tuple(walk.stack)
    infos = [walk.info[e] for e in ancestors]
    tags = [i.tag for i in infos]
    owner = next((t for t in reversed(tags) if t in BLOCK_TAGS and t not in LINE_BREAK_TAGS), "body")
    link_density = min(1.0, raw_links / max(1, len(text)))
    hint = next((i.chrome_hint for i in reversed(infos) if i.chrome_hint), None)
    walk.blocks.append(
        Block(
            index=len(walk.blocks), text=text, tag=owner, tag_path="/".join(tags[-TAG_PATH_DEPTH:]),
            heading=next((HEADING_LEVELS[t] for t in reversed(tags) if t in HEADING_LEVELS), 0),
            in_list=any(t in LIST_TAGS for t in tags), in_table=any(t in TABLE_TAGS for t in tags),
            in_caption=any(t in CAPTION_TAGS for t in tags), in_article=any(t in ARTICLE_TAGS for t in tags),
            link_density=round(link_density, 4), chrome_hint=hint, ancestors=ancestors,
        )
    )  # fmt: skip
    commas = len(_COMMAS.findall(text))
    is_paragraph = owner in ("p", "pre", "blockquote", "td", "dd") or (owner == "div" and len(text) > 25)
    prose = len(text) if owner == "p" and raw_links == 0 and len(text) >= PROSE_PARAGRAPH_CHARS else 0
    for info in infos:
        info.text_chars += len(text)
        info.link_chars += min(raw_links, len(text))
        info.commas += commas
        info.blocks += 1
        info.paragraphs += is_paragraph
        info.prose_chars += prose
        info.prose_paragraphs += prose > 0


def _start(walk: _Walk, element: HtmlElement) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in BLOCK_TAGS:
        _flush(walk)
    walk.stack.append(element)
    info = node_info(element, len(walk.stack))
    walk.info[element] = info
    if tag == "a" and is_navigation_link(element):
        walk.links_open += 1
    elif tag == "img":
        for e in walk.stack:
            walk.info[e].images += 1
    elif tag == "li":
        for e in walk.stack[:-1]:
            walk.info[e].list_items += 1
    if is_main_landmark(element, tag):
        for e in walk.stack[:-1]:
            walk.info[e].landmarks += 1
    _add_text(walk, element.text)


def _end(walk: _Walk, element: HtmlElement) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in BLOCK_TAGS:
        _flush(walk)
    if tag == "a" and is_navigation_link(element):
        walk.links_open -= 1
    walk.stack.pop()
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
    walk = _Walk(repair=needs_repair(page_text[:REPAIR_SAMPLE_CHARS]))
    for n, (event, element) in enumerate(etree.iterwalk(body if body is not None else root, events=("start", "end"))):
        if event == "start":
            _start(walk, element)
        else:
            _end(walk, element)
        if deadline is not None and n % 4096 == 0 and time.perf_counter() > deadline:
            raise TimeLimitError(f"stopped after {len(walk.blocks)} blocks")
    _flush(walk)
    return walk.blocks, walk.info
