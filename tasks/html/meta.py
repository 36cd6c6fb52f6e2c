"""Page metadata from an HTML page's head and markup: title, author, site, canonical URL, date, language.

Each field is taken from the most explicit source first: schema.org JSON-LD (read in :mod:`tasks.html.json_ld`),
then OpenGraph and <meta> tags, then the markup itself (<h1>, <title>, byline elements, <time>). Must run before
:func:`tasks.html.blocks.clean_tree`, which drops <head> and <script>.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints
from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.broken_json_ld import broken_json_ld_authors
from tasks.html.byline_element import byline_links, byline_text
from tasks.html.headline_labels import without_edge_label
from tasks.html.json_ld import (
    ARTICLE_TYPES,
    article_object,
    bodies_in,
    json_ld_objects,
    names_in,
    people_in,
    persons_in,
    referenced,
    schema_types,
)
from tasks.html.meta_dates import declared_dates
from tasks.html.meta_tags import MetaTags, meta_authors, meta_tags
from tasks.html.meta_tags import meta_content as _meta
from tasks.html.page_tags import PageTags, page_tags
from tasks.html.site_names import home_link_names, link_hrefs, linked_host
from tasks.html.titles import (
    MIN_SHOWN_HEADLINE_WORDS,
    choose_title,
    confirmed_heading,
    is_begun_by,
    is_site_part,
    repair_title,
    site_keys,
    title_edges,
)
from tasks.html.vocab import KICKER_HINTS

_LINKLESS = etree.XPath("//body//*[not(ancestor-or-self::a) and not(.//a)]")
# A shown text longer than this is a paragraph or a container, never a headline.
MAX_SHOWN_CHARS = 300
# Headings looked at for the one <title> confirms: the headline is near the top of the page.
MAX_HEADINGS = 40
_LANG = re.compile(r"^[A-Za-z]{2,3}")


@dataclass(frozen=True)
class PageMeta:
    """What a page says about itself, outside its article text."""

    title: str | None = None  # the headline, without the site's name, repaired
    # Author values as the page gives them, one per list item (not yet cleaned), per source:
    # JSON-LD, <meta>, byline element.
    author_sources: tuple[tuple[str, ...], ...] = ()
    # The byline element's text, read only when JSON-LD and <meta> name no person (an XPath over the whole page
    # costs about as much as the rest of the metadata): see ``tasks.credits.meta_authors.page_authors``.
    byline_element: Callable[[], str | None] = field(default=lambda: None, compare=False, repr=False)
    # the texts of the links in the byline element (its writer's account page), asked of a one-word handle only,
    # and the other texts of its tag and class on the page (`byline_element.byline_links`)
    byline_links: Callable[[], tuple[tuple[str, ...], frozenset[str]]] = field(
        default=lambda: ((), frozenset()), compare=False, repr=False
    )
    ld_persons: tuple[str, ...] = ()  # the JSON-LD article's authors typed Person ("@type": "Person")
    site_name: str | None = None
    publisher: str | None = None  # the JSON-LD publisher's name
    # Names the site may go by: the texts of its links home (its logo's name) and the edges of its <title>.
    names_of_site: tuple[str, ...] = ()
    title_is_tag: bool = False  # the title came from <title> (no og:title, JSON-LD headline or <h1>)
    canonical_url: str | None = None
    published: str | None = None  # as written by the page (ISO 8601 in practice)
    # Every declared date value, most explicit first: the spine takes the first that reads as a plausible date.
    published_candidates: tuple[str, ...] = ()
    language: str | None = None  # primary subtag of <html lang>
    region: str | None = None  # region subtag of <html lang> or og:locale, lower-cased ("br" of "pt-BR", "pt_BR")


def _headline_text(found: PageTags, keys: frozenset[str], title_tag: str | None) -> tuple[str | None, bool]:
    """(The visible headline, whether it is the headline element): marked itemprop=headline, else the <h1> inside
    <article>, else the first <h1> (a site's logo is often the first <h1> of pages whose headline is marked); an <h1>
    that names the site (the logo) gives way to a later <h1> that <title> shows (themes that set the site's name in
    an <h1> on every page and the post's headline in another) or begins cut short ("Site | Section | Headline" over
    the <h1> "Headline: its second clause"), else to the first <h2>."""
    marked = [e for e in found.headlines if e.tag not in ("meta", "link")]
    ranked = sorted(marked, key=lambda e: (e.get("itemprop") != "headline", not _in_article(e)))  # stable: page order
    texts = [t for t in (without_edge_label(e, _without_kickers(e), title_tag) for e in ranked) if t]
    if not texts:
        # the <h1>s hold no text, a logo's image alone ("<h1 id="user-logo"><a><img alt="영동일보"></a></h1>", NDSoft's
        # Korean papers, the headline in "<h3 class="heading">"): as an <h1> naming the site, a later heading <title>
        # shows is the headline
        shown = (" ".join(_without_kickers(e).split()) for e in found.headings if e.tag != "h1")
        return (confirmed_heading([t for t in shown if t], title_tag) if marked else None), False
    if not is_site_part(texts[0], keys):
        return _past_a_label(texts, title_tag) or texts[0], True
    later = [t for t in texts[1:] if not is_site_part(t, keys)]
    confirmed = confirmed_heading(later, title_tag) if later else None
    confirmed = confirmed or next((t for t in later if title_tag and is_begun_by(t, title_tag)), None)
    return (confirmed, True) if confirmed else (_first_h2(found), False)


def _past_a_label(texts: list[str], title_tag: str | None) -> str | None:
    """A later <h1> that <title> begins, when the first is a section's label of a word or two ("<h1
    class="componentheading">Новости</h1>" over "<h1 class="contentheading">…</h1>" on an old Joomla page)."""
    if not title_tag or len(texts[0].split()) >= MIN_SHOWN_HEADLINE_WORDS:
        return None
    return next((t for t in texts[1:] if is_begun_by(t, title_tag)), None)


def _without_kickers(element: HtmlElement) -> str:
    """The element's text without a kicker inside it ('<h1><span class="dachzeile">Energie</span> Windpark …')."""
    text = str(element.text_content())
    for kicker in (e for e in element.iterdescendants() if _is_kicker(e)):
        text = text.replace(str(kicker.text_content()), " ", 1)
    return text


def _is_kicker(element: HtmlElement) -> bool:
    classes = re.split(r"[\s_\-]+", str(element.get("class", "")).casefold())
    return any(c in KICKER_HINTS for c in classes)


def _first_h2(found: PageTags) -> str | None:
    """The first <h2>: the headline of pages whose <h1> is the site's logo (it wins only where it rewords the
    declared title, see :func:`tasks.html.titles.choose_title`)."""
    for element in found.of_level("h2")[:MAX_HEADINGS]:
        text = " ".join(_without_kickers(element).split())
        if text:
            return text
    return None


def _heading_texts(found: PageTags) -> list[str]:
    """The first <h1>-<h3> texts of the page, in page order."""
    texts = (" ".join(e.text_content().split()) for e in found.headings[:MAX_HEADINGS])
    return [t for t in texts if t]


def _shown_texts(root: HtmlElement) -> frozenset[str]:
    """Whole texts of the <body>'s elements with no link in or around them (a headline's element; not the
    logo, which links home), whitespace collapsed."""
    texts = (" ".join(e.text_content().split()) for e in _LINKLESS(root))
    return frozenset(t for t in texts if 0 < len(t) <= MAX_SHOWN_CHARS)


def _shows(root: HtmlElement) -> Callable[[str], bool]:
    """Whether the page shows a text as an element of its own (the texts are collected on first use)."""
    shown = cache(lambda: _shown_texts(root))
    return lambda text: " ".join(text.split()) in shown()


def _in_article(element: HtmlElement) -> bool:
    return any(a.tag == "article" for a in element.iterancestors())


def _first_text(element: HtmlElement | None) -> str | None:
    if element is None:
        return None
    text = " ".join(element.text_content().split())
    return text or None


def _canonical(found: PageTags, tags: MetaTags) -> str | None:
    for element in found.canonicals:
        href = str(element.get("href", "")).strip()
        if href.startswith(("http://", "https://")):
            return href
    url = _meta(tags, "og:url")
    return url if url and url.startswith(("http://", "https://")) else None


def _language(root: HtmlElement) -> str | None:
    match = _LANG.match(root.get("lang", "") or root.get("xml:lang", "") or "")
    return match.group(0).lower() if match else None


_REGION = re.compile(r"^[A-Za-z]{2,3}[-_]([A-Za-z]{2})(?:$|[-_])")


def _region(root: HtmlElement, tags: MetaTags) -> str | None:
    """The country a page's locale names: "pt-BR" of <html lang>, else "es_MX" of og:locale."""
    for value in (root.get("lang", "") or root.get("xml:lang", ""), _meta(tags, "og:locale") or ""):
        match = _REGION.match(value.strip())
        if match:
            return match.group(1).lower()
    return None


def domain_of(url: str | None) -> str | None:
    """Host of a URL without www.: 'https://www.example.com/a' → 'example.com'."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _author_sources(root: HtmlElement, tags: MetaTags, article: dict[str, Any]) -> tuple[tuple[str, ...], ...]:
    """Author values per source, most explicit first: JSON-LD, <meta>, the byline element.

    URLs (profile links) are not names. Both are kept, and the first that names a person wins
    (``page_authors``): when JSON-LD names only the publisher, the person may still be in <meta name=author>;
    when both hold only the publisher, a desk ("Redazione") or a handle ("@jdoe_news"), the byline the page
    shows ("di Marco Rossi e Giulia Bianchi", ``PageMeta.byline_element``) still names the people.
    """
    in_ld = people_in(article.get("author")) or ([] if article else broken_json_ld_authors(root))
    sources = [in_ld, meta_authors(tags)]
    kept = [tuple(repair_title(a) for a in found if not a.startswith(("http://", "https://"))) for found in sources]
    return tuple(k for k in kept if k)


def _visible_text(root: HtmlElement) -> str:
    """The text the page's <body> shows, whitespace collapsed (not its scripts' or styles')."""
    body = root.find("body")
    shown = body.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]") if body is not None else []
    return " ".join(" ".join(str(t) for t in shown).split())


def _owners_apart(home_names: tuple[str, ...], article: dict[str, Any], site: str | None) -> tuple[str, ...]:
    """The home links' names less the article's author that JSON-LD types as a person, when the site declares a
    name of its own ("BIG Brand System"): a one-person site links home from its owner's photo or name ("Pamela
    Wilson"), who still wrote the article. Without a declared name the link's name stays the site's."""
    if not site:
        return home_names
    people = {" ".join(n.split()).casefold() for n in persons_in(article.get("author"))}
    people.discard(" ".join(site.split()).casefold())
    return tuple(n for n in home_names if n.casefold() not in people)


def page_meta(root: HtmlElement, found: PageTags | None = None) -> PageMeta:
    """Metadata of a parsed page (call before the page is cleaned); `found`: its ``page_tags``, when the caller has
    them."""
    # one walk for the elements below, where eight searches of the page read them
    found = found if found is not None else page_tags(root)
    objects = json_ld_objects(root, found.ld_scripts)
    tags = meta_tags(root, found.metas)
    article = article_object(objects)
    if "author" in article:  # the author as a reference to the @graph's person node: its name, when the page shows it
        visible = cache(lambda: _visible_text(root))
        author = referenced(article["author"], objects, lambda name: " ".join(name.split()) in visible())
        article = {**article, "author": author}
    publisher = next(iter(names_in(article.get("publisher"))), None)
    site = _meta(tags, "og:site_name", "application-name") or publisher
    site = repair_title(site) if site else None
    canonical = _canonical(found, tags)
    links, hrefs = link_hrefs(root, found.bodies)  # the page's links found and their addresses read once for both
    own = canonical or (f"http://{host}/" if (host := linked_host(root, links, hrefs)) else None)
    home_names = tuple(home_link_names(root, own, links, hrefs))
    keys = site_keys([site, publisher, *home_names], canonical)
    headline = article.get("headline") if isinstance(article.get("headline"), str) else None
    declared = [_meta(tags, "og:title"), _meta(tags, "twitter:title"), headline]
    title_tag = _first_text(found.title)
    shown, is_h1 = _headline_text(found, keys, title_tag)
    title, title_is_tag = choose_title(declared, title_tag, keys, shown, _heading_texts(found), _shows(root), is_h1)
    article_like = [o for o in objects if schema_types(o) & ARTICLE_TYPES]
    dates = declared_dates(root, article_like, article, found.dated_metas)
    return PageMeta(
        title=title,
        author_sources=_author_sources(root, tags, article),
        byline_element=cache(lambda: byline_text(root)),
        byline_links=lambda: byline_links(root),
        ld_persons=tuple(persons_in(article.get("author"))),
        site_name=site,
        publisher=publisher,
        # an organisation as the article's author ("Telugu Velugu Desk"): the site's desk, named as the site may be
        # in <meta name=author> ("Telugu Velugu", the site's name in Latin letters beside its own script's)
        names_of_site=_owners_apart(home_names, article, site)
        + title_edges(title_tag)
        + tuple(bodies_in(article.get("author"))),
        title_is_tag=title_is_tag,
        canonical_url=canonical,
        published=next(iter(dates), None),
        published_candidates=dates,
        language=_language(root),
        region=_region(root, tags),
    )
