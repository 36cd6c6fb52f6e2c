"""The site's name from the link to its home page, and titles that lose it."""

from __future__ import annotations

from lxml import html  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.meta import page_meta
from tasks.html.site_names import home_link_names

MASTHEAD = (
    "<a href='/'><img src='logo.png' alt='Harrow Gazette'></a> <a href='https://hg24.example/'>Start</a>"
    "<a href='https://partner.example/'>Partner Weekly</a> <a href='/sport/'>Sport</a>"
)


def _root(head: str, body: str) -> html.HtmlElement:
    return html.document_fromstring(f"<html><head>{head}</head><body>{body}<p>text</p></body></html>")


def test_home_links_name_the_site_but_sister_sites_and_sections_do_not() -> None:
    root = _root("", MASTHEAD)
    assert home_link_names(root, "https://www.hg24.example/news/1") == ["Harrow Gazette", "Start"]
    assert home_link_names(_root("", "<a href='/'>Home</a><a href='/index.html'>Startseite</a>"), None) == []
    assert home_link_names(root, None) == ["Harrow Gazette"]


def test_a_home_link_may_spell_the_host_in_capitals_and_only_the_first_few_count() -> None:
    capitals = "<a href='https://WWW.HG24.Example/'>Harrow Gazette</a>"
    assert home_link_names(_root("", capitals), "https://www.hg24.example/news/1") == ["Harrow Gazette"]
    many = "".join(f"<a href='/'>Name {chr(65 + i)}</a>" for i in range(8))
    assert home_link_names(_root("", many), None) == [f"Name {chr(65 + i)}" for i in range(5)]


def test_a_title_loses_the_site_name_its_logo_shows() -> None:
    head = (
        "<meta property='og:title' content='Ferry fares rise again - Harrow Gazette'>"
        "<link rel='canonical' href='https://www.hg24.example/news/1'>"
    )
    assert page_meta(_root(head, MASTHEAD)).title == "Ferry fares rise again"
    assert page_meta(_root(head, "<a href='/sport/'>Sport</a>")).title == "Ferry fares rise again - Harrow Gazette"
