"""What a list inside the article container is: the article's own list, a box of links, or teasers.

Readability's conditional cleaning judges a list by its totals (link text over all text). Two shapes it
gets wrong: a list of plain items a few of which are linked (a recipe's ingredients, books each under its
link) is the article's, and a list of items that each carry a heading and a date, with no links to speak
of, is a listing of other articles (headline, summary, date), not the article.
"""

from __future__ import annotations

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.blocks import NodeInfo
from tasks.html.scoring import link_density
from tasks.text.title import is_dateline

# A list item is a link when more than this share of its text is link text. An item that says something of its own
# after its link (a deal's price and shipping, a link roundup's comment: "<a>Calling all germs</a> – do you really want
# to know …") is text; at 0.5 such posts, whose links are most of each item, were cut whole as link boxes (session 28:
# dragnet 0.93740 -> 0.93855, aeb 0.98489 -> 0.98492, the other public sets unchanged).
LINKED_ITEM_DENSITY = 0.8
# A list of at least this many items, this share of them holding a heading and a date, is a list of teasers.
TEASER_MIN_ITEMS = 3
TEASER_HEADED_SHARE = 0.5
TEASER_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def linked_item_share(element: HtmlElement, info: dict[HtmlElement, NodeInfo]) -> float:
    """Share of a list's items that are mostly link text (1.0 for an element that is not a list)."""
    if element.tag not in ("ul", "ol"):
        return 1.0
    items = [info[child] for child in element if child.tag == "li" and child in info and info[child].text_chars]
    if not items:
        return 1.0
    return sum(link_density(item) > LINKED_ITEM_DENSITY for item in items) / len(items)


def is_teaser_list(element: HtmlElement) -> bool:
    """A list whose items each carry a heading (a headline, a summary, a date): teasers of other articles."""
    if element.tag not in ("ul", "ol"):
        return False
    items = [child for child in element if child.tag == "li"]
    if len(items) < TEASER_MIN_ITEMS:
        return False
    teasers = sum(1 for item in items if _is_headed(item) and _is_dated(item))
    return teasers >= TEASER_HEADED_SHARE * len(items)


def _is_headed(item: HtmlElement) -> bool:
    return any(isinstance(e.tag, str) and e.tag in TEASER_HEADINGS for e in item.iter())


def _is_dated(item: HtmlElement) -> bool:
    """An element of the item is a date alone ('2012-11-09', 'Nov. 7, 2012', <time>)."""
    for element in item.iter():
        if element.tag == "time":
            return True
        if not isinstance(element.tag, str) or element.tag in TEASER_HEADINGS or len(element):
            continue
        text = element.text_content().strip()
        if text and is_dateline(text, None):
            return True
    return False


# A teaser card is a headline and a sentence or two.
CARD_MAX_WORDS = 60


def is_teaser_card(element: HtmlElement) -> bool:
    """An <article> inside another whose headline links elsewhere, with a few words beside it ("<article
    class="inline-card"><div>Read also</div><h3><a href=…>Headline</a></h3><p>One sentence.</p></article>" between the
    paragraphs): another article's teaser. A live blog's posts, nested <article>s too, head their entries without a
    link."""
    if element.tag != "article" or not any(a.tag == "article" for a in element.iterancestors()):
        return False
    heading = next((e for e in element.iter() if isinstance(e.tag, str) and e.tag in TEASER_HEADINGS), None)
    if heading is None or heading.find(".//a[@href]") is None:
        return False
    return len(element.text_content().split()) <= CARD_MAX_WORDS
