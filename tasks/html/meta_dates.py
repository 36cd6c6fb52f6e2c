"""Where an HTML page declares its publication date: JSON-LD, <meta> tags (standard and not), <time>.

The tags are those the publishers' CMSs write and htmldate (adbar/htmldate, ``settings.py``:
DATE_ATTRIBUTES) and trafilatura's metadata module look for, kept as data here in order of how
explicit they are. The value is returned as written; :func:`tasks.credits.dates.published_from_meta` reads
it leniently (space or ``T``, no zone, RFC 822).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints
from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.vocab import COMMENT_HINTS, class_words

# <meta> property/name/itemprop values that carry the publication date, most explicit first.
PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
    "article.published", "article_date_original", "publish-date", "publish_date", "publishdate",
    "published-date", "published_date", "published_time", "publication_date", "pub_date", "pubdate",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created",
    "dcterms.created", "dc.date", "dcterms.date", "citation_publication_date", "citation_date",
    "originalpublicationdate", "cxenseparse:recs:publishtime", "article.created", "article:post_date",
    "datecreated", "date_published", "displaydate", "doc_date", "release_date", "rnews:datepublished",
    "content_create_date", "created", "date", "nv:date", "bt:pubdate", "analyticsattributes.articledate",
    "pdate", "ptime", "created-date",
)  # fmt: skip
_PUBLISHED_META = frozenset(PUBLISHED_META)
_RANK = {name: i for i, name in enumerate(PUBLISHED_META)}
_META = etree.XPath("//meta[@content]")
_TIME = etree.XPath("//time[@datetime]")
_LD_SCRIPTS = etree.XPath("//script[@type='application/ld+json']/text()")
# A JSON-LD block too broken to parse may still say when it was published.
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
# schema.org microdata on a shown element: the value is its machine-readable attribute, not its text ("<time
# itemprop="datePublished" content="2017-01-18T23:00:00-0800">January 18, 2017</time>", "<span
# itemprop="datePublished" datetime="…">"), as htmldate reads it.
_MICRODATA = etree.XPath(
    "//*[not(self::meta)][@itemprop='datePublished' or @itemprop='dateCreated'][@content or @datetime]"
)
_ABBR = etree.XPath("//abbr[@title][contains(concat(' ', normalize-space(@class), ' '), ' published ')]")


def _json_ld_dates(objects: list[dict[str, Any]], article: dict[str, Any]) -> list[str]:
    """The article object's dates, then those of other article-typed objects."""
    found: list[str] = []
    for obj in [article, *objects]:
        for field in ("datePublished", "dateCreated", "uploadDate"):
            value = obj.get(field)
            if isinstance(value, str) and value.strip():
                found.append(value.strip())
    return found


def _meta_dates(root: HtmlElement, metas: Iterable[HtmlElement] | None = None) -> list[str]:
    ranked: list[tuple[int, str]] = []
    for element in _META(root) if metas is None else metas:
        content = str(element.get("content", "")).strip()  # read once, not once per attribute
        if not content:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            name = str(element.get(attr, "")).strip().lower()
            if name in _PUBLISHED_META:
                ranked.append((_RANK[name], content))
    return [content for _, content in sorted(ranked, key=lambda r: r[0])]


def _broken_json_ld_date(root: HtmlElement) -> str | None:
    for text in _LD_SCRIPTS(root):
        match = _LD_DATE.search(str(text))
        if match:
            return match.group(1).strip()
    return None


def _microdata_date(root: HtmlElement) -> str | None:
    """The first shown element marked as the publication (or creation) date by microdata, its datetime or content
    attribute; a published date before a created one."""
    marked = sorted(_MICRODATA(root), key=lambda e: e.get("itemprop") != "datePublished")  # stable: page order
    values = (str(e.get("datetime") or e.get("content") or "").strip() for e in marked)
    return next((v for v in values if v), None)


def _in_a_comment(element: HtmlElement) -> bool:
    """Inside a reader comment: an ancestor whose class or id names a comment thread ("comment-body", "comment-list",
    ``id="comments"``; class_hints.csv, kind comment)."""
    return any(
        COMMENT_HINTS.intersection(class_words(f"{a.get('class', '')} {a.get('id', '')}"))
        for a in element.iterancestors()
    )


def _time_date(root: HtmlElement) -> str | None:
    """A <time> marked as the publication date, else the first inside <article>, else (on a page without
    <article>) its only <time>.

    Other <time> elements date the teasers of other articles in lists and sidebars, or comments: a WordPress theme
    sets each comment in an <article class="comment-body"> whose <time> is the comment's, never the story's.
    """
    times = [t for t in _TIME(root) if not _in_a_comment(t)]
    for element in times:
        marks = " ".join(str(element.get(a, "")) for a in ("itemprop", "class", "pubdate", "data-type")).lower()
        if "datepublished" in marks or "publish" in marks or element.get("pubdate") is not None:
            return str(element.get("datetime")).strip() or None
    for element in _ABBR(root):
        return str(element.get("title")).strip() or None
    in_article = [t for t in times if any(a.tag == "article" for a in t.iterancestors())]
    has_article = root.find(".//article") is not None
    chosen = in_article if has_article or len(times) != 1 else times
    return (str(chosen[0].get("datetime")).strip() or None) if chosen else None


# A title attribute holding a whole numeric date ("27.05.2025 18:30", "2025-05-27T18:30"), and the shown text of a
# relative date beside it ("вчера в 18:30", "2 hours ago"): a short text without a year.
_TITLED = etree.XPath("//*[@title][not(self::a)][not(self::abbr)][not(self::img)]")
_TITLE_DATE = re.compile(
    r"^\s*(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)(?:[ T]\d{1,2}:\d\d\S*)?\s*$"
)
_FULL_YEAR = re.compile(r"(?:19|20)\d\d")
MAX_RELATIVE_WORDS = 5


def _titled_relative_date(root: HtmlElement) -> str | None:
    """The whole date in the title attribute of an element that shows it as a relative one: "<span title="27.05.2025
    18:30">вчера в 18:30</span>" (yesterday at 18:30), an old CMS's way of dating the story under its headline; read
    only where nothing more explicit dates the page, as a <time> is; not a comment's."""
    for element in _TITLED(root):
        title = str(element.get("title"))
        if not _TITLE_DATE.match(title) or _in_a_comment(element):
            continue
        shown = element.text_content().strip()
        if shown and len(shown.split()) <= MAX_RELATIVE_WORDS and not _FULL_YEAR.search(shown):
            return title.strip()
    return None


def declared_dates(
    root: HtmlElement,
    objects: list[dict[str, Any]],
    article: dict[str, Any],
    metas: Iterable[HtmlElement] | None = None,
) -> tuple[str, ...]:
    """The publication dates a page declares in its markup, as written, most explicit first, without repeats.

    Several, because CMSs write placeholders ("0001-01-01T00:00:00Z", "") that the reader refuses. `metas`: the
    page's <meta>s with a content attribute (``//meta[@content]``), when the caller has them.
    """
    found = [*_json_ld_dates(objects, article), *_meta_dates(root, metas)]
    # only looked for when nothing more explicit is there
    for fallback in (_broken_json_ld_date, _microdata_date, _time_date, _titled_relative_date):
        if not found:
            found += [value for value in [fallback(root)] if value]
    return tuple(dict.fromkeys(found))
