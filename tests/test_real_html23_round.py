"""Rules of the session-23 real-page HTML metadata round (bench/real_authors.py, studied files only): each names a
shape of real pages, general across sites, with a negative where the shape could overreach. Every page below was
written for this test.
"""

from __future__ import annotations

import json

from lxml import html as lxml_html  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.meta import page_meta
from tasks.html.site_names import linked_host
from tests.test_heldout4_round import BODY, _process


def _ld(author: object, publisher: str | None = None) -> str:
    article: dict[str, object] = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Seeds",
                                  "author": author}  # fmt: skip
    if publisher:
        article["publisher"] = {"@type": "Organization", "name": publisher}
    return f'<script type="application/ld+json">{json.dumps(article)}</script>'


_CANONICAL = '<link rel="canonical" href="https://www.seedplan.example/seeds/">'
# a one-person site: its owner's photo links home, under her name
_OWNER_LINK = '<a href="/"><img src="ann.jpg" alt="Margit Olander"></a><a href="/">Seed Plan Studio</a>'


def test_a_person_the_json_ld_credits_is_no_site_name_for_linking_home() -> None:
    head = _CANONICAL + _ld({"@type": "Person", "name": "Margit Olander"}, "Seed Plan Studio")
    _, _, authors = _process(head, _OWNER_LINK + "<h1>Seeds</h1>" + BODY)
    assert authors == ["Margit Olander"]


def test_without_a_declared_site_name_the_home_link_still_names_the_site() -> None:
    # no og:site_name, no publisher: the name linking home is the site's, even when JSON-LD types it as a person
    head = _CANONICAL + _ld({"@type": "Person", "name": "Margit Olander"})
    meta = page_meta(lxml_html.fromstring(f"<html><head>{head}</head><body>{_OWNER_LINK}<h1>Seeds</h1></body></html>"))
    assert "Margit Olander" in meta.names_of_site


def test_an_untyped_author_string_keeps_the_home_link_a_site_name() -> None:
    head = _CANONICAL + _ld("Seed Plan Studio", "Seed Plan Studio")
    meta = page_meta(lxml_html.fromstring(f"<html><head>{head}</head><body>{_OWNER_LINK}</body></html>"))
    assert "Seed Plan Studio" in meta.names_of_site


_OLD_MASTHEAD = (
    '<a href="http://www.harbourpost.example"><img src="logo.gif" alt="The Harbour Post"></a>'
    '<a href="http://www.harbourpost.example/news/">News</a><a href="http://www.harbourpost.example/sport/">Sport</a>'
    '<a href="http://ads.example.net/click?x=1">Ad</a>'
)


def test_a_page_without_its_own_url_is_on_the_host_most_of_its_links_go_to() -> None:
    root = lxml_html.fromstring(f"<html><body>{_OLD_MASTHEAD}</body></html>")
    assert linked_host(root) == "harbourpost.example"
    # two links to one host are not enough to call it the page's own
    two = '<a href="http://www.harbourpost.example">Home</a><a href="http://www.harbourpost.example/news/">News</a>'
    assert linked_host(lxml_html.fromstring(f"<html><body>{two}<a href='/sport/'>Sport</a></body></html>")) is None


def test_a_site_name_in_meta_author_is_no_author_on_a_page_without_its_own_url() -> None:
    # an older page: no canonical, no og:url; <meta name=author> holds the name its logo links home under
    _, _, authors = _process('<meta name="author" content="The Harbour Post">', _OLD_MASTHEAD + "<h1>Tide</h1>" + BODY)
    assert authors == []
    # a person in <meta name=author> on the same page stays its author
    _, _, authors = _process('<meta name="author" content="Ilse Brandvold">', _OLD_MASTHEAD + "<h1>Tide</h1>" + BODY)
    assert authors == ["Ilse Brandvold"]
