"""Which elements make up the article: the best-scoring container and the parts of the article beside it.

Readability's steps after scoring: alternative candidates sharing an ancestor, siblings that score close to
the container or read as prose, the prose around a lone-child wrapper; and ours: an article split over
repeated wrappers, and the prose between two parts of the article.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.blocks import NodeInfo
from tasks.html.scoring import class_weight, link_density

# Alternative candidates: this many of the best, scoring this share of the best one, under one ancestor.
TOP_CANDIDATES = 5
RIVAL_SHARE = 0.75
MIN_RIVALS = 3
# The candidates of a next story appended below the article are passed over, up to this many.
MAX_NEXT_STORY_RIVALS = 2
# Siblings of the best container join it when they score this share of it (and at least the floor),
SIBLING_SHARE = 0.2
SIBLING_FLOOR = 10.0
# and are not half links (a column of teaser cards beside the article, each a linked headline and a sentence, scores
# like a paragraph or two);
SIBLING_SCORED_MAX_LINK_DENSITY = 0.4
# or when they are a prose paragraph: long with few links, or short with none that ends a sentence.
SIBLING_PROSE_CHARS = 80
SIBLING_MAX_LINK_DENSITY = 0.25
# An article split over repeated wrappers ("section/div.body" once per part): elements up to this many
# levels above the best container, reached by the same tags and classes, are parts of the same article
# when they score like a few paragraphs of prose and are not link lists.
COUSIN_LEVELS = 3
COUSIN_MIN_SCORE = 12.0
COUSIN_MAX_LINK_DENSITY = 0.25
# A sibling between two parts of the article (the container and a sibling that joined it) is article too when
# it holds a prose paragraph's worth of text (SIBLING_PROSE_CHARS), few links and no furniture hint: a numbered
# step or a plain list that a CMS put in its own wrapper. Shorter text there is a heading or a label.
BETWEEN_MAX_LINK_DENSITY = 0.25


def _is_prose_sibling(node: NodeInfo, text: str) -> bool:
    if node.tag != "p":
        return False
    density = link_density(node)
    if node.text_chars > SIBLING_PROSE_CHARS:
        return density < SIBLING_MAX_LINK_DENSITY
    return density == 0 and (text.rstrip().endswith(".") or ". " in text)


def _in_a_next_story(element: HtmlElement, top: HtmlElement, info: dict[HtmlElement, NodeInfo]) -> bool:
    """The element stands in a repeat of a wrapper of the best candidate that its class marks as furniture the best's
    lacks: the next story an infinite scroll appends ("<article class="story next-story">" beside "<article
    class="story">"), whose paragraphs rival the article's own."""
    path = {id(a): a for a in top.iterancestors()}
    child = element
    for parent in element.iterancestors():
        if id(parent) in path:
            own = next((c for c in parent if c is top or id(c) in path), None)
            return own is not None and alike(child, own) and not _no_more_furniture(child, own, info)
        child = parent
    return False


def _common_top(top: HtmlElement, scores: dict[HtmlElement, float], info: dict[HtmlElement, NodeInfo]) -> HtmlElement:
    """Readability's alternative candidates: when several near-best candidates share an ancestor of the
    best one (an article split over sibling wrappers), that ancestor is the article; not those of a next story."""
    best = scores[top]
    ranked = sorted(scores, key=lambda e: -scores[e])
    near = [e for e in ranked[: TOP_CANDIDATES + MAX_NEXT_STORY_RIVALS] if e is not top]
    near = [e for e in near if scores[e] >= RIVAL_SHARE * best]
    rivals = [e for e in near if not _in_a_next_story(e, top, info)][: TOP_CANDIDATES - 1]
    if len(rivals) < MIN_RIVALS:
        return top
    child = top
    for ancestor in top.iterancestors():
        # the article's element holds its paragraphs; the one above it would hold the next story too
        if ancestor.tag in ("body", "html") or _next_story_beside(child, ancestor, info):
            break
        inside = sum(1 for e in rivals if ancestor in set(e.iterancestors()))
        if inside >= MIN_RIVALS:
            return ancestor
        child = ancestor
    return top


def _next_story_beside(own: HtmlElement, parent: HtmlElement, info: dict[HtmlElement, NodeInfo]) -> bool:
    """A sibling repeating `own`'s wrapper that its class marks as furniture `own`'s lacks, under a headline of its
    own: the next story (not a "story-element also-read" box of links between the article's "story-element"s)."""
    return any(
        c is not own and isinstance(c.tag, str) and alike(c, own) and not _no_more_furniture(c, own, info)
        and next(c.iter("h1", "h2", "h3"), None) is not None
        for c in parent
    )  # fmt: skip


def select_containers(
    scores: dict[HtmlElement, float], info: dict[HtmlElement, NodeInfo]
) -> tuple[HtmlElement | None, set[HtmlElement]]:
    """The best container and the elements that make up the article with it (it and its siblings)."""
    if not scores:
        return None, set()
    best = max(scores, key=lambda e: scores[e])
    top = _common_top(best, scores, info)
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
        scored = sibling in scores and link_density(info[sibling]) <= SIBLING_SCORED_MAX_LINK_DENSITY
        if (scored and scores[sibling] + bonus >= threshold) or _is_prose_sibling(
            info[sibling], sibling.text_content() if sibling.tag == "p" else ""
        ):
            selected.add(sibling)
    parts = split_parts(top, scores, info) | _prose_around_wrapper(top, info)
    return top, selected | between(parent, selected, info) | parts


def between(parent: HtmlElement, selected: set[HtmlElement], info: dict[HtmlElement, NodeInfo]) -> set[HtmlElement]:
    """The unselected children of `parent` between its first and last selected ones that read as the
    article's text: long enough for a paragraph, under a quarter links, no furniture class/id."""
    children = [c for c in parent if c in info]
    at = [k for k, c in enumerate(children) if c in selected]
    if len(at) < 2:
        return set()
    return {
        c for c in children[at[0] + 1 : at[-1]]
        if c not in selected and info[c].text_chars >= SIBLING_PROSE_CHARS
        and link_density(info[c]) < BETWEEN_MAX_LINK_DENSITY and class_weight(info[c]) >= 0
    }  # fmt: skip


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


def alike(element: HtmlElement, other: HtmlElement) -> bool:
    """Same tag, and a class in common or no class at all ("story-body story-body-1" ~ "story-body story-body-2")."""
    if element.tag != other.tag:
        return False
    mine, theirs = element.get("class", "").split(), other.get("class", "").split()
    return (not mine and not theirs) or bool(set(mine) & set(theirs))


def _same_name(element: HtmlElement, other: HtmlElement) -> bool:
    """Beyond the container's own wrapper, two elements with ids of their own are repeats only when the ids are the same
    but for their digits ("part-1" ~ "part-2"): "div#article_box" in one column and "div#video_box" in the next are two
    named boxes, the article and a column of teaser cards, not one article split over repeated wrappers. A table
    layout's cells are named by their place ("td#GP", "td#bGP" both holding the article), not by what they hold."""
    ids = [_DIGITS.sub("", str(e.get("id") or "")) for e in (element, other)]
    return not all(ids) or ids[0] == ids[1] or element.tag in _LAYOUT_CELLS


_DIGITS = re.compile(r"\d+")
_LAYOUT_CELLS = frozenset({"td", "th", "tr"})


def _no_more_furniture(element: HtmlElement, step: HtmlElement, info: dict[HtmlElement, NodeInfo]) -> bool:
    """A repeat of the article's wrapper that its class marks as furniture the article's lacks is another story: the
    next article an infinite scroll appends in the same markup ("<article class="story story--next">"), a teaser."""
    hint = info[element].chrome_hint if element in info else None
    return hint is None or (step in info and info[step].chrome_hint == hint)


def split_parts(
    top: HtmlElement, scores: dict[HtmlElement, float], info: dict[HtmlElement, NodeInfo]
) -> set[HtmlElement]:
    """The other parts of an article split over repeated wrappers: same tags and classes from a common
    ancestor down, each holding prose (a few paragraphs' score, links under a quarter of its text)."""
    path = [top]
    parts: set[HtmlElement] = set()
    for depth in range(COUSIN_LEVELS):
        ancestor = path[0].getparent()
        if ancestor is None or ancestor.tag in ("body", "html"):
            break
        level = [ancestor]
        for step in path:
            level = [
                child
                for element in level
                for child in element
                if alike(child, step)
                and _no_more_furniture(child, step, info)
                and (not depth or _same_name(child, step))
            ]
        for element in level:
            prose = element in scores and link_density(info[element]) < COUSIN_MAX_LINK_DENSITY
            if prose and element not in path and scores[element] >= COUSIN_MIN_SCORE:
                parts.add(element)
        path.insert(0, ancestor)
    return parts
