"""Page metadata from JSON-LD, OpenGraph, <meta> and markup."""

from __future__ import annotations

from lxml import html  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.meta import domain_of, page_meta, strip_site_suffix

JSON_LD = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Ignored"},
  {"@type": "NewsArticle", "headline": "Ld headline", "datePublished": "2024-03-01T10:00:00Z",
   "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "Ivan Petrov"}],
   "publisher": {"@type": "Organization", "name": "Daily Example"}}]}</script>"""


def _root(head: str, body: str = "<p>text</p>", lang: str = "en") -> html.HtmlElement:
    return html.document_fromstring(f'<html lang="{lang}"><head>{head}</head><body>{body}</body></html>')


def test_json_ld_author_publisher_date() -> None:
    meta = page_meta(_root(JSON_LD))
    assert meta.author == "Jane Doe, Ivan Petrov"
    assert meta.site_name == "Daily Example"
    assert meta.published == "2024-03-01T10:00:00Z"
    assert meta.title == "Ld headline"


def test_og_and_meta_tags() -> None:
    head = (
        '<meta property="og:title" content="Og headline"><meta property="og:site_name" content="Example News">'
        '<meta name="author" content="John Smith"><link rel="canonical" href="https://www.example.com/a/1">'
        '<meta property="article:published_time" content="2023-05-06">'
    )
    meta = page_meta(_root(head, lang="pt-BR"))
    assert (meta.title, meta.site_name, meta.author) == ("Og headline", "Example News", "John Smith")
    assert meta.canonical_url == "https://www.example.com/a/1"
    assert domain_of(meta.canonical_url) == "example.com"
    assert meta.published == "2023-05-06"
    assert meta.language == "pt"


def test_title_tag_loses_site_suffix_and_markup_fills_in() -> None:
    body = '<p class="byline">By Anna Lee</p><time datetime="2022-01-02">2 Jan</time><p>text</p>'
    meta = page_meta(_root("<title>Storm hits the coast | Example News</title>", body))
    assert meta.title == "Storm hits the coast"
    assert meta.author == "Anna Lee"
    assert meta.published == "2022-01-02"


def test_strip_site_suffix() -> None:
    assert strip_site_suffix("Site - A long headline about things", "Site") == "A long headline about things"
    assert strip_site_suffix("A long headline about things — Paper", None) == "A long headline about things"
    assert strip_site_suffix("No separator here", None) == "No separator here"


def test_broken_json_ld_is_skipped() -> None:
    meta = page_meta(_root('<script type="application/ld+json">{"@type": "NewsArticle", </script><title>T</title>'))
    assert meta.author is None
    assert meta.title == "T"
