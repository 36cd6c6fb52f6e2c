"""Readability's content score: every paragraph-like block scores its ancestors by length and commas.

An element's class/id hints and tag raise or lower its score, and its link density scales it down;
tasks.html.extract picks the article's container from these scores.
"""

from __future__ import annotations

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.blocks import Block, NodeInfo
from tasks.html.vocab import CHROME_HINTS, CHROME_TAGS, WHOLE_WORD_ONLY, class_words

# Furniture words that name a whole element; the short ones ('ad', 'next', 'more') also end wrapper names ('__next').
NAMED_FURNITURE = frozenset(h for h in CHROME_HINTS if h not in WHOLE_WORD_ONLY and "-" not in h)
# Blocks shorter than this do not score their ancestors.
MIN_PARAGRAPH_CHARS = 25
# A paragraph earns one point, one per comma, and one per this many characters up to a cap.
CHARS_PER_POINT = 100
MAX_LENGTH_POINTS = 3
# Ancestors up to this many levels above a paragraph share its score.
SCORE_LEVELS = 5
CLASS_WEIGHT = 25.0
# A furniture hint counts only on an element holding less than this share of the text around it.
HINT_MAX_SHARE = 0.5
TAG_BASE_SCORES = {"div": 5.0, "article": 5.0, "main": 5.0, "pre": 3.0, "td": 3.0, "blockquote": 3.0,
                   "address": -3.0, "ol": -3.0, "ul": -3.0, "dl": -3.0, "dd": -3.0, "dt": -3.0, "li": -3.0,
                   "form": -3.0, "h1": -5.0, "h2": -5.0, "h3": -5.0, "h4": -5.0, "h5": -5.0, "h6": -5.0,
                   "th": -5.0}  # fmt: skip
# A list item scores like a paragraph when it is one: this long, few links, ending a sentence (a guest book
# or a post written as a list); shorter or link-heavy items are menus and teaser lists.
PROSE_ITEM_CHARS = 80
PROSE_ITEM_MAX_LINK_DENSITY = 0.25
LIST_ELEMENT_TAGS = frozenset({"ul", "ol", "li", "dl", "menu"})
SENTENCE_ENDS = (".", "!", "?", "。", "！", "？", "।", '"', "”", "»")
SCORING_OWNERS = frozenset({"p", "pre", "td", "div", "section", "article", "main", "center", "font", "dd", "body"})


def is_prose_item(block: Block) -> bool:
    """A list item written as a paragraph of prose."""
    return (
        block.tag == "li" and len(block.text) >= PROSE_ITEM_CHARS
        and block.link_density < PROSE_ITEM_MAX_LINK_DENSITY and block.text.rstrip().endswith(SENTENCE_ENDS)
    )  # fmt: skip


def class_weight(info: NodeInfo) -> float:
    """+25 for a content hint, -25 for a furniture hint (a content hint wins a tie: 'post-footer' loses)."""
    weight = 0.0
    if info.chrome_hint:
        weight -= CLASS_WEIGHT
    if info.content_hint:
        weight += CLASS_WEIGHT
    return weight


def link_density(info: NodeInfo) -> float:
    return info.link_chars / info.text_chars if info.text_chars else 0.0


def paragraph_score(block: Block) -> float:
    commas = sum(block.text.count(c) for c in ",，、")
    points = 1.0 + commas + min(len(block.text) // CHARS_PER_POINT, MAX_LENGTH_POINTS)
    # A list of linked names ("kudos from a, b, c, ...") has commas but is not prose.
    return points * (1.0 - block.link_density)


def _owner_position(block: Block) -> int:
    for k in range(len(block.ancestors) - 1, -1, -1):
        tag = block.ancestors[k].tag
        if tag not in ("br", "hr") and tag in SCORING_OWNERS | {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6"}:
            return k
    return len(block.ancestors) - 1


def named_furniture(element: HtmlElement) -> bool:
    """The element's class or id is a furniture word and nothing else ('sidebar', 'sidebar2', 'comments'):
    a wrapper that merely mentions one ('page-with-sidebar', 'ad-portal') is named for what it holds."""
    for value in (element.get("id"), element.get("class")):
        if not value:
            continue
        words = [w.rstrip("0123456789") for w in class_words(value)]
        if len(words) == 1 and words[0] in NAMED_FURNITURE:
            return True
    return False


def is_unlikely(
    block: Block, info: dict[HtmlElement, NodeInfo], page_chars: int, threads: frozenset[HtmlElement] = frozenset()
) -> bool:
    """Inside a reader-comment thread, or a part of the page whose class/id or tag says furniture, with
    no sign of content on it.

    A hint on an element that holds most of the page's text, or the page's main-content landmark,
    is a wrapper's name ("__next", "page-with-sidebar", "ad-portal"), not furniture.
    """
    for element in block.ancestors:
        if element in threads:
            return True
        node = info[element]
        furniture = node.chrome_hint and not node.content_hint and not node.landmarks
        if furniture and (
            node.tag in CHROME_TAGS or node.text_chars < HINT_MAX_SHARE * page_chars or named_furniture(element)
        ):
            return True
    return False


def score_candidates(
    blocks: list[Block], info: dict[HtmlElement, NodeInfo], threads: frozenset[HtmlElement] = frozenset()
) -> dict[HtmlElement, float]:
    """Readability's content score of every element that holds a paragraph outside comment threads,
    scaled by its link density."""
    scores: dict[HtmlElement, float] = {}
    page_chars = max((node.text_chars for node in info.values()), default=0)
    for block in blocks:
        if len(block.text) < MIN_PARAGRAPH_CHARS or block.heading:
            continue
        item = block.tag not in SCORING_OWNERS
        if item and not is_prose_item(block):
            continue
        if is_unlikely(block, info, page_chars, threads):
            continue
        points = paragraph_score(block)
        owner = _owner_position(block)
        for level, element in enumerate(reversed(block.ancestors[max(0, owner - SCORE_LEVELS) : owner])):
            # A prose item lends its points to what holds the list, never to the list itself: a list
            # keeps its own (negative) score, as conditional cleaning reads it.
            if item and element.tag in LIST_ELEMENT_TAGS:
                continue
            if element not in scores:
                node = info[element]
                scores[element] = TAG_BASE_SCORES.get(node.tag, 0.0) + class_weight(node)
            scores[element] += points / (1 if level == 0 else 2 if level == 1 else level * 3)
    return {e: s * (1 - link_density(info[e])) for e, s in scores.items()}
