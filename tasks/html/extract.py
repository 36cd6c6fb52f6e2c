"""Find the article's container in a page's DOM and decide, block by block, what belongs to it.

The container is found the way readability does it: every paragraph-like block scores its
parent fully, its grandparent half, and further ancestors less, by its length and commas; an
element's class/id hints and tag raise or lower its score, and its link density scales it down.
The best-scoring element, with siblings that score close to it or read as prose, is the article.
Inside it, sub-trees that look like furniture (a class/id hint, many links, more list items than
paragraphs, images without text) are cut, the way readability's conditional cleaning cuts them.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.blocks import Block, NodeInfo
from tasks.html.lists import is_teaser_list, linked_item_share
from tasks.html.scoring import (
    CLASS_WEIGHT,
    HINT_MAX_SHARE,
    MIN_PARAGRAPH_CHARS,
    class_weight,
    is_unlikely,
    link_density,
    paragraph_score,
    score_candidates,
)
from tasks.html.threads import thread_elements

# Alternative candidates: this many of the best, scoring this share of the best one, under one ancestor.
TOP_CANDIDATES = 5
RIVAL_SHARE = 0.75
MIN_RIVALS = 3
# Siblings of the best container join it when they score this share of it (and at least the floor),
SIBLING_SHARE = 0.2
SIBLING_FLOOR = 10.0
# or when they are a prose paragraph: long with few links, or short with none that ends a sentence.
SIBLING_PROSE_CHARS = 80
SIBLING_MAX_LINK_DENSITY = 0.25
# An article split over repeated wrappers ("section/div.body" once per part): elements up to this many
# levels above the best container, reached by the same tags and classes, are parts of the same article
# when they score like a few paragraphs of prose and are not link lists.
COUSIN_LEVELS = 3
COUSIN_MIN_SCORE = 12.0
COUSIN_MAX_LINK_DENSITY = 0.25
# Conditional cleaning: elements with fewer commas than this are checked for the signs of furniture.
CLEAN_MAX_COMMAS = 10
CLEAN_MIN_CHARS = 25
CLEAN_LINK_DENSITY = 0.2
CLEAN_LINK_DENSITY_TRUSTED = 0.5
# ...but not when most of its text is link-free paragraphs of prose: then its links are the prose's references.
PROSE_SHARE = 0.5
PROSE_BOX_MIN_PARAGRAPHS = 3
# A page where nothing scores is an article of short lines when less than this share of its text is links.
SHORT_PAGE_MAX_LINK_DENSITY = 0.5
CELL_TAGS = frozenset({"td", "th"})
# An element inside the container that scores this share of the container's own score holds the article:
# its links are the article's own, and no furniture cut applies to it.
KEEP_SHARE = 0.5
CLEANED_TAGS = frozenset({"div", "section", "ul", "table", "form", "fieldset", "aside", "header", "footer", "nav"})


@dataclass(frozen=True)
class Cut:
    """Why a block inside the article container is not article text."""

    code: str
    reason: str


def _is_prose_sibling(node: NodeInfo, text: str) -> bool:
    if node.tag != "p":
        return False
    density = link_density(node)
    if node.text_chars > SIBLING_PROSE_CHARS:
        return density < SIBLING_MAX_LINK_DENSITY
    return density == 0 and (text.rstrip().endswith(".") or ". " in text)


def _common_top(top: HtmlElement, scores: dict[HtmlElement, float]) -> HtmlElement:
    """Readability's alternative candidates: when several near-best candidates share an ancestor of the
    best one (an article split over sibling wrappers), that ancestor is the article."""
    best = scores[top]
    rivals = [e for e in sorted(scores, key=lambda e: -scores[e])[:TOP_CANDIDATES] if e is not top]
    rivals = [e for e in rivals if scores[e] >= RIVAL_SHARE * best]
    if len(rivals) < MIN_RIVALS:
        return top
    for ancestor in top.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        inside = sum(1 for e in rivals if ancestor in set(e.iterancestors()))
        if inside >= MIN_RIVALS:
            return ancestor
    return top


def select_containers(
    scores: dict[HtmlElement, float], info: dict[HtmlElement, NodeInfo]
) -> tuple[HtmlElement | None, set[HtmlElement]]:
    """The best container and the elements that make up the article with it (it and its siblings)."""
    if not scores:
        return None, set()
    best = max(scores, key=lambda e: scores[e])
    top = _common_top(best, scores)
    # The rivals' common ancestor may sit above the levels paragraphs score: it has no score of its own.
    top_score = scores.get(top, scores[best])
    parent = top.getparent()
    if parent is None or top.tag == "body":
        return top, {top}
    threshold = max(SIBLING_FLOOR, top_score * SIBLING_SHARE)
    top_class = top.get("class")
    selected = {top}
    for sibling in parent:
        if sibling is top or sibling not in info:
            continue
        bonus = top_score * SIBLING_SHARE if top_class and sibling.get("class") == top_class else 0.0
        if (sibling in scores and scores[sibling] + bonus >= threshold) or _is_prose_sibling(
            info[sibling], sibling.text_content() if sibling.tag == "p" else ""
        ):
            selected.add(sibling)
    return top, selected | split_parts(top, scores, info) | _prose_around_wrapper(top, info)


def _prose_around_wrapper(top: HtmlElement, info: dict[HtmlElement, NodeInfo]) -> set[HtmlElement]:
    """Readability's lone-child step, for prose only: when the container is its parent's only element child
    (a quoted story in a <blockquote>), the prose paragraphs beside that parent (the post around the quote)
    join it; scored wrappers beside it do not (teaser cells of the same class would)."""
    wrapper = top
    parent = wrapper.getparent()
    while parent is not None and parent.tag not in ("body", "html"):
        if sum(1 for child in parent if isinstance(child.tag, str)) != 1:
            break
        wrapper, parent = parent, parent.getparent()
    if wrapper is top or parent is None:
        return set()
    return {
        sibling for sibling in parent
        if sibling is not wrapper and sibling in info and sibling.tag == "p"
        and _is_prose_sibling(info[sibling], sibling.text_content())
    }  # fmt: skip


def _alike(element: HtmlElement, other: HtmlElement) -> bool:
    """Same tag, and a class in common or no class at all ("story-body story-body-1" ~ "story-body story-body-2")."""
    if element.tag != other.tag:
        return False
    mine, theirs = element.get("class", "").split(), other.get("class", "").split()
    return (not mine and not theirs) or bool(set(mine) & set(theirs))


def split_parts(
    top: HtmlElement, scores: dict[HtmlElement, float], info: dict[HtmlElement, NodeInfo]
) -> set[HtmlElement]:
    """The other parts of an article split over repeated wrappers: same tags and classes from a common
    ancestor down, each holding prose (a few paragraphs' score, links under a quarter of its text)."""
    path = [top]
    parts: set[HtmlElement] = set()
    for _ in range(COUSIN_LEVELS):
        ancestor = path[0].getparent()
        if ancestor is None or ancestor.tag in ("body", "html"):
            break
        level = [ancestor]
        for step in path:
            level = [child for element in level for child in element if _alike(child, step)]
        for element in level:
            prose = element in scores and link_density(info[element]) < COUSIN_MAX_LINK_DENSITY
            if prose and element not in path and scores[element] >= COUSIN_MIN_SCORE:
                parts.add(element)
        path.insert(0, ancestor)
    return parts


def is_prose_box(node: NodeInfo) -> bool:
    """Several link-free paragraphs of prose making up most of the text: an article's section, not a link box."""
    return node.prose_paragraphs >= PROSE_BOX_MIN_PARAGRAPHS and node.prose_chars >= PROSE_SHARE * node.text_chars


def conditional_cut(
    node: NodeInfo, score: float, container_chars: int, in_cell: bool = False, linked_items: float = 1.0
) -> Cut | None:
    """Readability's conditional cleaning, on one element's totals: None when it may stay.

    Inside a table cell, short text is what a cell holds (a figure, a name): no tiny-box cut there.
    `linked_items`: for a list, the share of its items that are links; a list most of whose items are
    plain text (a recipe's ingredients with two linked, books each under its link) is no link box.
    """
    if node.tag not in CLEANED_TAGS:
        return None
    weight = class_weight(node)
    if node.chrome_hint and node.text_chars >= HINT_MAX_SHARE * container_chars:
        weight += CLASS_WEIGHT
    # A one-item list of text is a wrapper (a pull quote, a caption): its list tag's negative score says nothing.
    # With an image, it is a slideshow's frame, and the tag's score stands.
    wrapper = node.list_items <= 1 and node.images == 0
    if weight + (max(0.0, score) if wrapper else score) < 0:
        return Cut("class_hint", f"inside <{node.tag}> marked as furniture by its class/id ('{node.chrome_hint}')")
    if node.commas >= CLEAN_MAX_COMMAS:
        return None
    density = link_density(node)
    is_list = node.tag in ("ul", "ol")
    if node.images > 1 and node.paragraphs / node.images < 0.5:
        return Cut("image_gallery", f"inside <{node.tag}> with more images than paragraphs")
    if not is_list and node.list_items - 100 > node.paragraphs:
        return Cut("list_box", f"inside <{node.tag}> with more list items than paragraphs")
    if not in_cell and node.text_chars < CLEAN_MIN_CHARS and (node.images == 0 or node.images > 2):
        return Cut("tiny_box", f"inside <{node.tag}> with almost no text")
    if weight < CLASS_WEIGHT and density > CLEAN_LINK_DENSITY and not is_prose_box(node) and linked_items >= 0.5:
        return Cut("link_box", f"inside <{node.tag}> whose text is {density:.0%} links")
    if weight >= CLASS_WEIGHT and density > CLEAN_LINK_DENSITY_TRUSTED:
        return Cut("link_box", f"inside <{node.tag}> whose text is {density:.0%} links")
    return None


@dataclass
class ContainerView:
    """The chosen article container(s) and the cleaning decisions taken inside them, cached per element."""

    top: HtmlElement | None
    selected: set[HtmlElement]
    info: dict[HtmlElement, NodeInfo]
    scores: dict[HtmlElement, float]
    cuts: dict[HtmlElement, Cut | None]
    anchors: frozenset[HtmlElement] = frozenset()  # the elements around the page's best paragraph
    threads: frozenset[HtmlElement] = frozenset()  # reader-comment threads (tasks/html/threads.py)

    def locate(self, block: Block) -> tuple[bool, Cut | None]:
        """(inside the article, the cut that removes it) for one block."""
        inside_at = next((k for k, e in enumerate(block.ancestors) if e in self.selected), None)
        if inside_at is None:
            return False, None
        in_cell = False
        for element in block.ancestors[inside_at + 1 :]:
            in_cell = in_cell or element.tag in CELL_TAGS
            if element not in self.cuts and element in self.threads:
                self.cuts[element] = Cut("comment_thread", f"inside <{element.tag}>, a reader-comment thread")
            if element not in self.cuts:
                node = self.info[element]
                container = self.info[block.ancestors[inside_at]].text_chars
                score = self.scores.get(element, 0.0)
                holds_article = self.top is not None and score >= KEEP_SHARE * self.scores.get(self.top, score)
                linked = linked_item_share(element, self.info)
                cut = None if holds_article and score > 0 else conditional_cut(node, score, container, in_cell, linked)
                if cut is None and not holds_article and is_teaser_list(element):
                    cut = Cut("teaser_list", f"inside <{element.tag}> whose items are headed teasers")
                # The box around the page's best paragraph is not a link box, whatever its link density says.
                self.cuts[element] = None if cut and cut.code != "class_hint" and element in self.anchors else cut
            cut = self.cuts[element]
            if cut is not None:
                return True, cut
        return True, None


def short_page_container(blocks: list[Block], info: dict[HtmlElement, NodeInfo]) -> HtmlElement | None:
    """When no paragraph is long enough to score, a page of short lines that are mostly not links is its
    own article (readability falls back to <body>); a page of links stays without one."""
    # Text after the walk closed every element (a stray tail of the root) has no ancestors to stand in.
    root = next((b.ancestors[0] for b in blocks if b.ancestors), None)
    if root is None:
        return None
    return root if link_density(info[root]) < SHORT_PAGE_MAX_LINK_DENSITY else None


def find_container(blocks: list[Block], info: dict[HtmlElement, NodeInfo]) -> ContainerView:
    """Score the page's elements and pick the article container."""
    threads = thread_elements(blocks, info)
    scores = score_candidates(blocks, info, threads)
    top, selected = select_containers(scores, info)
    if top is None:
        top = short_page_container(blocks, info)
        selected = {top} if top is not None else set()
    return ContainerView(top, selected, info, scores, {}, best_paragraph_ancestors(blocks, info, threads), threads)


def best_paragraph_ancestors(
    blocks: list[Block], info: dict[HtmlElement, NodeInfo], threads: frozenset[HtmlElement] = frozenset()
) -> frozenset[HtmlElement]:
    """The ancestors of the page's highest-scoring paragraph outside furniture: the surest piece of the article."""
    page_chars = max((node.text_chars for node in info.values()), default=0)
    best, best_score = None, 0.0
    for block in blocks:
        if len(block.text) < MIN_PARAGRAPH_CHARS or block.heading or block.in_list:
            continue
        points = paragraph_score(block)
        if points > best_score and not is_unlikely(block, info, page_chars, threads):
            best, best_score = block, points
    return frozenset(best.ancestors) if best is not None else frozenset()
