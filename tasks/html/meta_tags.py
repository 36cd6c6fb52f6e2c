"""A page's <meta> tags read once: the first non-empty content of each property and each name, and the writer's.

Names are matched as written: reading them without case ("<meta name="Author">") or every writer's tag (one
<meta name="author"> per writer) cost a never-studied set of real pages precision in session 26.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

# <meta> names and properties that credit the article's writer, most common first: ours, then the ones trafilatura's
# metadata module reads (METANAME_AUTHOR; "twitter:creator" is a handle, left out there too). Not its OG_AUTHOR
# ("og:article:author"): Korean portals fill it with the source paper and its section ("한빛일보 | 네이처").
# Last, "byline" (<meta name="byline" content="Ann Lee, Staff Writer">): newspaper CMSs' name for the byline the page
# prints, which newspaper3k's author reader asks for beside "author", "byl" and "dc.creator" (session 40, real pages).
AUTHOR_METAS = (
    "author", "article:author", "byl", "dc.creator", "authors", "dc:creator",
    "dcterms.creator", "dc.creator.aut", "dcterms.creator.aut", "citation_author", "parsely-author",
    "sailthru.author", "shareaholic:article_author_name", "rbauthors", "atc-metaauthor", "dcsext.author", "creator",
    "byline",
)  # fmt: skip


@dataclass(frozen=True)
class MetaTags:
    """The first non-empty content of each <meta property=...> and of each <meta name=...>, in page order: one pass
    over the page's <meta>s, where a search per name read them all a dozen times a page."""

    by_property: dict[str, str]
    by_name: dict[str, str]
    # <meta itemprop=...> (schema.org microdata in the head: "<meta itemprop="author" content="Ann Lee">")
    by_itemprop: dict[str, str]


def meta_tags(root: HtmlElement, metas: Iterable[HtmlElement] | None = None) -> MetaTags:
    """The page's <meta> contents by property and by name (the first non-empty one of each wins); `metas`: the page's
    <meta>s, when the caller has them (:func:`tasks.html.page_tags.page_tags`)."""
    by_property: dict[str, str] = {}
    by_name: dict[str, str] = {}
    by_itemprop: dict[str, str] = {}
    for element in root.iter("meta") if metas is None else metas:
        content = str(element.get("content", "")).strip()
        if not content:
            continue
        prop, name = element.get("property"), element.get("name")
        if prop is not None:
            by_property.setdefault(prop, content)
        if name is not None:
            by_name.setdefault(name, content)
        if (itemprop := element.get("itemprop")) is not None:
            by_itemprop.setdefault(_AUTHOR_ITEM_NAME if _names_the_author_item(element) else itemprop, content)
    return MetaTags(by_property, by_name, by_itemprop)


# The key under which `by_itemprop` keeps the name property of a microdata author item.
_AUTHOR_ITEM_NAME = "author name"


def _names_the_author_item(element: HtmlElement) -> bool:
    """A microdata name given in a <meta> inside the author item ("<div itemprop="author" itemscope
    itemtype="https://schema.org/Person"><meta itemprop="name" content="Ann Lee"></div>"), not inside an item nested
    in it (its organisation's)."""
    if element.get("itemprop") != "name":
        return False
    item = next((a for a in element.iterancestors() if a.get("itemscope") is not None), None)
    return item is not None and item.get("itemprop") == "author"


def meta_content(tags: MetaTags, *names: str) -> str | None:
    """The first name's content, from <meta property=name>, else <meta name=name>; then the next name's."""
    for name in names:
        content = tags.by_property.get(name) or tags.by_name.get(name)
        if content:
            return content
    return None


def meta_authors(tags: MetaTags) -> list[str]:
    """The content of the first author name or property the page has (``AUTHOR_METAS``), else of a microdata
    ``<meta itemprop="author">`` (trafilatura's metadata module reads it too: CMSs that mark the article with
    schema.org microdata rather than JSON-LD write the writer so), or of the name <meta> of a microdata author item, as
    a list of one."""
    value = meta_content(tags, *AUTHOR_METAS) or tags.by_itemprop.get("author")
    value = value or tags.by_itemprop.get(_AUTHOR_ITEM_NAME)
    return [value] if value else []
