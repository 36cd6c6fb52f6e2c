"""Bylines that are not the page's though their element is classed exactly "byline" or "author": a reader comment's, or
one of a box of other articles' teasers, each beside its headline link. Split from :mod:`tasks.html.byline_element`
(session 41), which reads such a class wherever else it stands."""

from __future__ import annotations

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints
from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.vocab import COMMENT_HINTS, ELSEWHERE_HINTS, class_words

# The page's own boxes, whose classes name its layout (Drupal's "one-sidebar sidebar-second"), not a box of others.
PAGE_TAGS = frozenset({"body", "html"})
# The tags of a sidebar and a menu: what the class word "aside" says of a <div>, the tag says of itself ("<aside><div
# class="opinion"><span class="op-author">…</span> <a>…</a></div></aside>": a columnist's teaser beside the story).
ELSEWHERE_TAGS = frozenset({"aside", "nav"})
# A plain list: a box of others only when its items repeat the element over other writers beside headline links ("<ul>
# <li><a>Storm hits the coast</a> <span class="byline">By Ann Lee</span></li>…", a related list with no class at all).
LIST_BOX_TAGS = frozenset({"ul", "ol"})


_HEADLINES = etree.XPath("//h1")
_HEADLINES_INSIDE = etree.XPath(".//h1")


def holds_the_headline(element: HtmlElement) -> bool:
    """The element holds the page's only <h1>: the article's own box, not another article's teaser ("<div
    class="card-box-content"><div class="card-box-header"><h1>…</h1><div class="article-author">…")."""
    return len(_HEADLINES_INSIDE(element)) == 1 and len(_HEADLINES(element.getroottree().getroot())) == 1


def one_of_a_list_elsewhere(element: HtmlElement) -> bool:
    """A byline of a reader comment, or one of the bylines of a box of other articles that repeats the element over
    other writers, each beside its story's headline link ("<div class="related"><li><a>Storm hits the coast</a> <span
    class="byline">By Ann Lee</span></li><li>… <span class="byline">By Tom Fox</span>"): the commenter's, the teasers'
    writers. A whole class "byline" or "author" is otherwise read wherever it stands (a sidebar's one "author" may be
    the article's, and co-authors' elements repeat side by side: "<div class="author-list">")."""
    own = " ".join(str(element.text_content()).split())
    for box in element.iterancestors():
        if box.tag in PAGE_TAGS or holds_the_headline(box):
            return False  # the article's own box and above: not a box of something else
        words = set(class_words(f"{box.get('class', '')} {box.get('id', '')}"))
        if words & COMMENT_HINTS:
            return True
        others = _same_marks(box, element)
        if (box.tag in ELSEWHERE_TAGS or box.tag in LIST_BOX_TAGS or words & ELSEWHERE_HINTS) and any(
            " ".join(str(other.text_content()).split()) not in ("", own) for other in others
        ):
            # one of the box's bylines beside a headline link makes the box a list of teasers
            return any(_beside_a_headline_link(e, box) for e in (element, *others))
    return False


def _same_marks(box: HtmlElement, element: HtmlElement) -> list[HtmlElement]:
    """The other elements of the element's tag and class inside `box`."""
    return [e for e in box.iter(element.tag) if e is not element and e.get("class") == element.get("class")]


# A teaser's headline link: this many words at least (a name's link is two or three).
MIN_HEADLINE_LINK_WORDS = 3


def _beside_a_headline_link(element: HtmlElement, box: HtmlElement) -> bool:
    """The element's own item in `box` (its largest ancestor under the box holding no other element of its kind) holds
    a link of a headline's length outside the element: a teaser's byline; co-authors' elements stand side by side."""
    item = element
    while (parent := item.getparent()) is not None and parent is not box and not _same_marks(parent, element):
        item = parent
    inside = set(element.iter())
    return any(a not in inside and element not in set(a.iterancestors()) and
               len(str(a.text_content()).split()) >= MIN_HEADLINE_LINK_WORDS for a in item.iter("a"))  # fmt: skip
