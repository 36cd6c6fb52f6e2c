"""Page metadata from an HTML page's head and markup: title, author, site, canonical URL, date, language.

Each field is taken from the most explicit source first: schema.org JSON-LD, then OpenGraph and
<meta> tags, then the markup itself (<h1>, <title>, byline elements, <time>). Must run before
:func:`tasks.html_blocks.clean_tree`, which drops <head> and <script>.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints
from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

# JSON-LD types that describe the article itself (not the site, a breadcrumb or a video).
ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "blogposting", "reportagenews", "analysisnewsarticle", "opinionnewsarticle",
     "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle", "techarticle", "webpage", "report",
     "liveblogposting", "socialmediaposting", "posting"}
)  # fmt: skip
# Separators between a headline and the site's name in <title>: "Headline | Site", "Headline - Site".
_TITLE_SEPARATORS = re.compile(r"\s+[|–—\-:·•»]\s+|\s+::\s+")
# Byline elements: rel/itemprop/class words that name the author.
_BYLINE = etree.XPath(
    "//*[@rel='author' or @itemprop='author' or contains(concat(' ', normalize-space(@class), ' '), ' byline ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' author ')]"
)
_BY_PREFIX = re.compile(r"^(?:by|von|par|por|di|door|автор[:\s]|av)\s+", re.IGNORECASE)
# A byline longer than this is a bio paragraph, not a name.
MAX_BYLINE_CHARS = 80
_LANG = re.compile(r"^[A-Za-z]{2,3}")


@dataclass(frozen=True)
class PageMeta:
    """What a page says about itself, outside its article text."""

    title: str | None = None
    author: str | None = None
    site_name: str | None = None
    canonical_url: str | None = None
    published: str | None = None  # as written by the page (ISO 8601 in practice)
    language: str | None = None  # primary subtag of <html lang>


def _meta(root: HtmlElement, *names: str) -> str | None:
    for name in names:
        for element in root.iterfind(f".//meta[@property='{name}']"):
            if element.get("content", "").strip():
                return str(element.get("content")).strip()
        for element in root.iterfind(f".//meta[@name='{name}']"):
            if element.get("content", "").strip():
                return str(element.get("content")).strip()
    return None


def _json_objects(value: Any) -> list[dict[str, Any]]:
    """Every JSON object in a JSON-LD document: top level, lists and @graph members."""
    if isinstance(value, list):
        return [o for item in value for o in _json_objects(item)]
    if isinstance(value, dict):
        return [value, *_json_objects(value.get("@graph", []))]
    return []


def json_ld_objects(root: HtmlElement) -> list[dict[str, Any]]:
    """Parsed schema.org objects of the page; malformed blocks are skipped."""
    found: list[dict[str, Any]] = []
    for script in root.iterfind(".//script[@type='application/ld+json']"):
        try:
            found.extend(_json_objects(json.loads(script.text or "", strict=False)))
        except (ValueError, RecursionError):
            continue
    return found


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type", [])
    return {str(k).lower() for k in (kind if isinstance(kind, list) else [kind])}


def _name(value: Any) -> str | None:
    """A person or organisation's name from a JSON-LD value: a string, an object or a list of them."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) if names else None
    return None


def _article_object(objects: list[dict[str, Any]]) -> dict[str, Any]:
    return next((o for o in objects if _types(o) & ARTICLE_TYPES and "webpage" not in _types(o)), None) or next(
        (o for o in objects if _types(o) & ARTICLE_TYPES), {}
    )


def strip_site_suffix(title: str, site: str | None) -> str:
    """The headline part of a <title>: 'Headline | Site' → 'Headline'."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title.strip()
    site_key = (site or "").casefold()
    kept = [p for p in parts if p.strip() and p.casefold().strip() != site_key]
    if len(kept) < len(parts):
        return " - ".join(kept).strip() or title.strip()
    # Without a known site name, the longest part is the headline.
    return max(parts, key=len).strip()


def _clean_title(title: str | None, site: str | None, from_title_tag: bool) -> str | None:
    if not title:
        return None
    if from_title_tag:
        return strip_site_suffix(title, site)
    parts = _TITLE_SEPARATORS.split(title)
    if site and len(parts) > 1 and parts[-1].casefold().strip() == site.casefold():
        return strip_site_suffix(title, site)
    return title.strip()


def _byline(root: HtmlElement) -> str | None:
    for element in _BYLINE(root):
        if element.tag in ("meta", "link", "script"):
            continue
        text = " ".join(element.text_content().split())
        text = _BY_PREFIX.sub("", text)
        if 0 < len(text) <= MAX_BYLINE_CHARS:
            return text
    return None


def _first_text(root: HtmlElement, path: str) -> str | None:
    element = root.find(path)
    if element is None:
        return None
    text = " ".join(element.text_content().split())
    return text or None


def _published(root: HtmlElement, article: dict[str, Any]) -> str | None:
    value = article.get("datePublished") or _meta(root, "article:published_time", "datePublished", "date", "pubdate")
    if isinstance(value, str) and value.strip():
        return value.strip()
    for element in root.iterfind(".//time[@datetime]"):
        return str(element.get("datetime")).strip() or None
    return None


def _canonical(root: HtmlElement) -> str | None:
    for element in root.iterfind(".//link[@rel='canonical']"):
        href = str(element.get("href", "")).strip()
        if href.startswith(("http://", "https://")):
            return href
    url = _meta(root, "og:url")
    return url if url and url.startswith(("http://", "https://")) else None


def _language(root: HtmlElement) -> str | None:
    match = _LANG.match(root.get("lang", "") or root.get("xml:lang", "") or "")
    return match.group(0).lower() if match else None


def domain_of(url: str | None) -> str | None:
    """Host of a URL without www.: 'https://www.example.com/a' → 'example.com'."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def page_meta(root: HtmlElement) -> PageMeta:
    """Metadata of a parsed page (call before the page is cleaned)."""
    article = _article_object(json_ld_objects(root))
    publisher = article.get("publisher")
    site = _meta(root, "og:site_name", "application-name") or _name(publisher)
    headline = article.get("headline") if isinstance(article.get("headline"), str) else None
    explicit = _meta(root, "og:title", "twitter:title") or headline or _first_text(root, ".//h1")
    # Only <title> carries the site's name by convention; elsewhere only a part naming the site goes.
    title_tag = _first_text(root, ".//title")
    raw_title = explicit or title_tag
    author = _name(article.get("author")) or _meta(root, "author", "article:author", "byl") or _byline(root)
    if author and author.startswith(("http://", "https://")):
        author = _byline(root)
    return PageMeta(
        title=_clean_title(raw_title, site, from_title_tag=explicit is None),
        author=author,
        site_name=site,
        canonical_url=_canonical(root),
        published=_published(root, article),
        language=_language(root),
    )
