"""Page metadata from JSON-LD, OpenGraph, <meta> and markup."""

from __future__ import annotations

from lxml import html  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.meta import domain_of, page_meta

JSON_LD = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Ignored"},
  {"@type": "NewsArticle", "headline": "Ld headline", "datePublished": "2024-03-01T10:00:00Z",
   "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "Ivan Petrov"}],
   "publisher": {"@type": "Organization", "name": "Daily Example"}}]}</script>"""


def _root(head: str, body: str = "<p>text</p>", lang: str = "en") -> html.HtmlElement:
    return html.document_fromstring(f'<html lang="{lang}"><head>{head}</head><body>{body}</body></html>')


def test_json_ld_author_publisher_date() -> None:
    meta = page_meta(_root(JSON_LD))
    assert meta.author_sources[0] == ("Jane Doe", "Ivan Petrov")
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
    assert (meta.title, meta.site_name, meta.author_sources) == ("Og headline", "Example News", (("John Smith",),))
    assert meta.canonical_url == "https://www.example.com/a/1"
    assert domain_of(meta.canonical_url) == "example.com"
    assert meta.published == "2023-05-06"
    assert meta.language == "pt"


def test_title_tag_loses_site_suffix_and_markup_fills_in() -> None:
    body = '<p class="byline">By Anna Lee</p><time datetime="2022-01-02">2 Jan</time><p>text</p>'
    meta = page_meta(_root("<title>Storm hits the coast | Example News</title>", body))
    assert meta.title == "Storm hits the coast"
    assert (meta.author_sources, meta.byline_element()) == ((), "Anna Lee")
    assert meta.title_is_tag
    assert meta.published == "2022-01-02"


def test_broken_json_ld_is_skipped() -> None:
    meta = page_meta(_root('<script type="application/ld+json">{"@type": "NewsArticle", </script><title>T</title>'))
    assert meta.author_sources == ()
    assert meta.title == "T"


def test_og_title_loses_the_site_name_known_from_the_domain() -> None:
    head = '<meta property="og:title" content="Merz will mehr Geld - WELT"><link rel="canonical" href="https://www.welt.de/a">'
    assert page_meta(_root(head)).title == "Merz will mehr Geld"


def test_json_ld_date_and_publisher_and_nonstandard_meta_date() -> None:
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-04-01 15:25:00", '
    ld += '"publisher": {"@type": "Organization", "name": "Stern"}, "author": "STERN.de"}</script>'
    meta = page_meta(_root(ld))
    assert (meta.published, meta.publisher, meta.author_sources) == ("2025-04-01 15:25:00", "Stern", (("STERN.de",),))
    assert page_meta(_root('<meta name="parsely-pub-date" content="2024-02-03T08:00:00Z">')).published is not None


def test_article_json_ld_date_beats_meta_and_time() -> None:
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2020-01-02"}</script>'
    body = '<time datetime="2019-05-05">old</time>'
    assert page_meta(_root(ld + '<meta name="date" content="2018-01-01">', body)).published == "2020-01-02"


def test_a_title_shown_bare_elsewhere_loses_its_decoration() -> None:
    head = '<meta property="og:title" content="Proteste halten an | RM | 28.04.2023">'
    assert page_meta(_root(head, "<h1>Proteste halten an</h1><p>text</p>")).title == "Proteste halten an"
    logo = '<meta property="og:title" content="WELT - Merz will mehr Geld für die Bahn">'
    assert page_meta(_root(logo, "<h1>WELT</h1><p>text</p>")).title == "WELT - Merz will mehr Geld für die Bahn"


def test_json_ld_in_comment_markers_or_with_trailing_commas_is_read() -> None:
    ld = '<script type="application/ld+json"><!-- {"@type": "NewsArticle", "headline": "Ld title",'
    ld += ' "datePublished": "2024-05-06T07:00:00",} --></script>'
    meta = page_meta(_root(ld))
    assert (meta.title, meta.published) == ("Ld title", "2024-05-06T07:00:00")


def test_a_broken_json_ld_block_still_gives_its_date() -> None:
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-05-06", "x": }</script>'
    assert page_meta(_root(ld)).published == "2024-05-06"


def test_a_section_label_h1_loses_to_the_heading_title_shows() -> None:
    body = "<h1>Kid's Corner</h1><h1>Ferry fares rise again</h1><h2>More travel</h2><p>text</p>"
    meta = page_meta(_root("<title>Ferry fares rise again - Travel - Example Times</title>", body))
    assert meta.title == "Ferry fares rise again"
    assert not meta.title_is_tag
    headline_in_h2 = "<h1>Example Times</h1><h2>Search</h2><h2>Ferry fares rise again</h2><p>text</p>"
    assert page_meta(_root("<title>Example Times | Ferry fares rise again</title>", headline_in_h2)).title == (
        "Ferry fares rise again"
    )


def test_an_unconfirmed_label_h1_loses_to_the_title_the_page_shows() -> None:
    body = "<h1>Top Listings</h1><div><b>Ferry fares rise again</b></div><p>text</p>"
    meta = page_meta(_root("<title>Example Times - Ferry fares rise again</title>", body))
    assert (meta.title, meta.title_is_tag) == ("Ferry fares rise again", True)
    logo = "<a href='/'>Example Times</a><h1>Ferry fares rise again</h1><p>text</p>"
    assert page_meta(_root("<title>Example Times</title>", logo)).title == "Ferry fares rise again"


def test_the_title_part_the_page_shows_beats_a_longer_site_description() -> None:
    head = "<title>Ferry fares rise | Example Sports News, Fixtures, Results and Match Reports</title>"
    body = "<div><a href='/'>Example</a></div><div>Ferry fares rise</div><p>text</p>"
    assert page_meta(_root(head, body)).title == "Ferry fares rise"


def test_the_byline_element_is_the_last_author_source_even_when_meta_has_a_value() -> None:
    head = '<meta name="author" content="Redazione">'
    body = '<p class="byline">By Jordan Doe and Priya Raman</p><p>text</p>'
    meta = page_meta(_root(head, body))
    assert (meta.author_sources, meta.byline_element()) == ((("Redazione",),), "Jordan Doe and Priya Raman")


def test_a_desk_in_meta_gives_way_to_the_people_of_the_byline_element() -> None:
    from tasks.pipeline_html import page_authors

    head = '<meta name="author" content="Redazione">'
    body = '<p class="byline">di Marco Rossi e Giulia Bianchi</p><p>text</p>'
    assert page_authors(page_meta(_root(head, body, lang="it"))) == ["Marco Rossi", "Giulia Bianchi"]
