"""Find the article's container in a page's DOM and decide, block by block, what belongs to it.

The container is found the way readability does it: every paragraph-like block scores its
parent fully, its grandparent half, and further ancestors less, by its length and commas; an
element's class/id hints and tag raise or lower its score, and its link density scales it down.
The best-scoring element, with the parts of the article beside it (tasks/html/container.py), is the article.
Inside it, sub-trees that look like furniture (a class/id hint, many links, more list items than
paragraphs, images without text) are cut, the way readability's conditional cleaning cuts them.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.blocks import PROSE_PARAGRAPH_CHARS, Block, NodeInfo
from tasks.html.container import alike, select_containers
from tasks.html.lists import is_teaser_card, is_teaser_list, linked_item_share
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
from tasks.html.subheading_boxes import marked_a_heading, wraps_a_bold_line, wraps_a_subheading
from tasks.html.threads import thread_elements
from tasks.html.vocab import CELL_TAGS, EMBED_HINTS, names_a_gallery

# Conditional cleaning: elements with fewer commas than this are checked for the signs of furniture.
CLEAN_MAX_COMMAS = 10
CLEAN_MIN_CHARS = 25
CLEAN_LINK_DENSITY = 0.2
CLEAN_LINK_DENSITY_TRUSTED = 0.5
# ...but not when most of its text is link-free paragraphs of prose: then its links are the prose's references.
PROSE_SHARE = 0.5
PROSE_BOX_MIN_PARAGRAPHS = 3
# A wrapper repeated inside the article (one per blog post on an index page) is no link box for being a little
# over the link-density limit (a linked title, a 'posted by ... | comments' line) when a sibling of the same tag
# and class holds a few sentences under the limit: one post is not furniture when the next one is the article.
# Not with a furniture hint: a reader comment among comments stays cut.
ALIKE_MAX_LINK_DENSITY = 0.35
ALIKE_MIN_CHARS = 200
# An embedded post (a tweet, an Instagram post: a classed <blockquote> with its links) quoted by the article is
# no share widget or link box, whatever its wrapper's class ('social-media-embed') and links say, when quoted
# posts are at least this share of the wrapper's text and links at most this share.
QUOTED_SHARE = 0.5
QUOTED_MAX_LINK_DENSITY = 0.5
# A page where nothing scores is an article of short lines when less than this share of its text is links.
SHORT_PAGE_MAX_LINK_DENSITY = 0.5
# An element inside the container that scores this share of the container's own score holds the article:
# its links are the article's own, and no furniture cut applies to it.
KEEP_SHARE = 0.5
CLEANED_TAGS = frozenset({"div", "section", "ul", "table", "form", "fieldset", "aside", "header", "footer", "nav"})


@dataclass(frozen=True)
class Cut:
    """Why a block inside the article container is not article text."""

    code: str
    reason: str


# A gallery shows a few pictures, each with a line of caption at most ("<div class="envira-gallery-item"><a><img></a>
# <div class="envira-caption">Головний фасад після розчищення</div></div>" ×6): no text of its own.
GALLERY_MIN_IMAGES = 3
GALLERY_CAPTION_CHARS = 80
# The gallery's own title over its pictures ("<div class="gallery-title">Фотогалерея</div>") and its photographer's
# credit under them ("<div class="news-gallery__author">Фото: …</div>"): two blocks more.
GALLERY_TITLE_BLOCKS = 2


def is_captioned_gallery(element: HtmlElement, node: NodeInfo) -> bool:
    """Pictures with at most one short block each and no paragraph of prose, in an element whose class names a gallery:
    readability's "more images than paragraphs" does not see one caption per picture. By the shape alone, a table's
    rows each behind a bullet's picture were cut (cleaneval-dev -0.008)."""
    return (
        names_a_gallery(str(element.get("class", "")))
        and node.images >= GALLERY_MIN_IMAGES
        and node.blocks <= node.images + GALLERY_TITLE_BLOCKS
        and node.prose_paragraphs == 0
        and node.text_chars <= GALLERY_CAPTION_CHARS * node.images
    )


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
    if node.chrome_hint in EMBED_HINTS:  # any tag ("<blockquote class="telegram-post">"); its content word "post"
        return Cut("class_hint", f"inside <{node.tag}> marked as an embedded post by its class ('{node.chrome_hint}')")
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

    def _alike_kept(self, element: HtmlElement) -> bool:
        """A classed element near the link-density limit, no furniture hint (a reader comment among comments stays
        cut), whose sibling of the same tag and class is prose."""
        node = self.info[element]
        if not element.get("class") or node.chrome_hint or link_density(node) > ALIKE_MAX_LINK_DENSITY:
            return False
        parent = element.getparent()
        return parent is not None and any(
            s is not element
            and s in self.info
            and alike(s, element)
            and link_density(self.info[s]) <= CLEAN_LINK_DENSITY
            and self.info[s].text_chars >= ALIKE_MIN_CHARS
            for s in parent
        )

    def _quotes_a_post(self, element: HtmlElement) -> bool:
        """Mostly embedded posts: classed <blockquote>s holding links (an embed code's shape; pull quotes have none)."""
        node = self.info[element]
        quoted = sum(
            self.info[q].text_chars
            for q in element.iter("blockquote")
            if q in self.info and q.get("class") and self.info[q].link_chars > 0
        )
        return (
            bool(node.text_chars)
            and quoted >= QUOTED_SHARE * node.text_chars
            and link_density(node) <= QUOTED_MAX_LINK_DENSITY
        )

    def _heads_a_paragraph(self, element: HtmlElement) -> bool:
        """A box holding only a subheading, the box after it a paragraph of prose: the subheading of the text (a
        newsletter box's heading over its form stays cut). A CMS that writes every paragraph as a <div> sets its
        subheadings in bold the same way ("<div><strong>Taxas mantêm-se</strong></div><div>A administração …</div>"):
        a bold line over a link-free paragraph."""
        after = element.getnext()
        if after not in self.info:
            return False
        node = self.info[after]
        if wraps_a_subheading(element):
            return node.prose_paragraphs > 0
        return (
            (wraps_a_bold_line(element) or marked_a_heading(element))
            and node.paragraphs > 0
            and node.link_chars == 0
            and node.text_chars >= PROSE_PARAGRAPH_CHARS
        )

    def locate(self, block: Block) -> tuple[bool, Cut | None]:
        """(inside the article, the cut that removes it) for one block."""
        inside_at = next((k for k, e in enumerate(block.ancestors) if e in self.selected), None)
        if inside_at is None:
            return False, None
        joined = block.ancestors[inside_at]  # a sibling that joined the container for its captions' score
        if joined is not self.top and is_captioned_gallery(joined, self.info[joined]):
            return True, Cut(
                "image_gallery", f"<{joined.tag}> beside the text, a gallery of pictures with a caption each"
            )
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
                holds_article = holds_article and node.chrome_hint not in EMBED_HINTS  # an embedded post holds none
                linked = linked_item_share(element, self.info)
                cut = None if holds_article and score > 0 else conditional_cut(node, score, container, in_cell, linked)
                if cut is not None and cut.code == "link_box" and self._alike_kept(element):
                    cut = None
                if cut is not None and cut.code in ("class_hint", "link_box") and self._quotes_a_post(element):
                    cut = None
                if cut is not None and cut.code == "tiny_box" and self._heads_a_paragraph(element):
                    cut = None  # "<div class="story-element-title"><h2>2. Fares start at Rs 10</h2></div>"
                # a gallery holds no prose, so no article, whatever its captions score
                if cut is None and is_captioned_gallery(element, node):
                    cut = Cut("image_gallery", f"inside <{element.tag}>, a gallery of pictures with a caption each")
                if cut is None and not holds_article and is_teaser_list(element):
                    cut = Cut("teaser_list", f"inside <{element.tag}> whose items are headed teasers")
                if cut is None and not holds_article and is_teaser_card(element):
                    cut = Cut("teaser_card", "inside an <article> within the article, headed by a link: a teaser")
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
