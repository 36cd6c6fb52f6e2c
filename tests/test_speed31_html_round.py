"""Session 31's HTML-path speed cuts hold the output (issue 15, docs/speed.md): the page's links found under its one
<body> by lxml's own loop, their addresses read once for both the linked host and the home links (three reads of
each link's href and a whole-page XPath before), and an absolute link's host cut at the first "/", "?" or "#" by one
scan. Each is held to the code it replaced, on invented pages and generated addresses."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints
from lxml import html as lxml_html
from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html import site_names
from tasks.html.meta import page_meta
from tasks.html.page_tags import page_tags
from tasks.html.site_names import home_link_names, link_hrefs, linked_host, page_links

_OLD_LINKS = etree.XPath("//body//a[@href]")

PAGES = [
    "<html><head><link rel='canonical' href='https://harbour.example/news/1'></head><body>"
    "<header><a href='/'>Harbour Post</a><a href='https://www.harbour.example/'><img alt='Harbour Post logo'></a>"
    "<a>no address</a><a href=''>empty</a><a href=' /index.html '>Home</a></header>"
    "<p>Text <a href='https://harbour.example/a'>one</a> <a href='https://harbour.example/b?x=1#c'>two</a>"
    " <a href='HTTPS://User@Harbour.Example:8080/'>three</a> <A HREF='/sport/'>Sport</A></p>"
    "<svg><a href='#icon'>icon</a></svg><footer><a href='/'>Harbour Post</a></footer></body></html>",
    # text after </html>: the parser sets a second <html> beside the root, whose links the XPath reads too
    "<html><body><a href='/'>Site</a></body></html><a href='http://other.example/'>After</a><p>x</p>",
    "<html><head><a href='/in-head'>in the head</a></head><body><p>No links.</p></body></html>",
    "<html><body><div><a href='http://a.example/'>a</a><a href='http://a.example/x'>b</a>"
    "<a href='http://a.example/y'>c</a><a href='javascript:void(0)'>d</a></div></body></html>",
    "<p>No html or body written: the parser adds them</p><a href='/'>Home</a>",
]  # fmt: skip


def _root(markup: str) -> HtmlElement:
    return lxml_html.document_fromstring(markup)


@pytest.mark.parametrize("markup", PAGES)
def test_the_links_and_their_addresses_are_what_the_xpath_found(markup: str) -> None:
    root = _root(markup)
    old = list(_OLD_LINKS(root))
    for bodies in (page_tags(root).bodies, None):
        links, hrefs = link_hrefs(root, bodies)
        assert links == old
        assert hrefs == [a.get("href", "") for a in old]
    assert page_links(root, page_tags(root).bodies) == page_links(root) == old


def test_a_second_html_gives_no_bodies_and_the_xpath_reads_its_links() -> None:
    root = _root(PAGES[1])
    assert page_tags(root).bodies is None
    assert [a.text for a in link_hrefs(root, None)[0]] == [a.text for a in _OLD_LINKS(root)]


def test_two_bodies_are_read_by_the_xpath() -> None:
    root = _root("<html><body><a href='/'>one</a></body></html>")
    extra = etree.SubElement(root, "body")
    etree.SubElement(extra, "a", href="/two").text = "two"
    bodies = page_tags(root).bodies
    assert bodies is not None and len(bodies) == 2
    assert link_hrefs(root, bodies)[0] == list(_OLD_LINKS(root))


@pytest.mark.parametrize("markup", PAGES)
def test_the_readers_given_the_addresses_answer_as_before(markup: str) -> None:
    root = _root(markup)
    links, hrefs = link_hrefs(root, page_tags(root).bodies)
    assert linked_host(root, links, hrefs) == linked_host(root, links) == linked_host(root)
    for url in (None, "https://harbour.example/news/1", "http://a.example/"):
        given = home_link_names(root, url, links, hrefs)
        assert given == home_link_names(root, url, links) == home_link_names(root, url)


def test_the_site_names_of_a_page_are_read_as_before() -> None:
    meta = page_meta(_root(PAGES[0]))
    assert meta.canonical_url == "https://harbour.example/news/1"
    assert "Harbour Post" in meta.names_of_site


def _old_host_and_rest(lowered: str) -> tuple[str, str]:
    rest = lowered.split("://", 1)[1]
    cut = min((i for i in (rest.find("/"), rest.find("?"), rest.find("#")) if i >= 0), default=len(rest))
    return rest[:cut].rsplit("@", 1)[-1].split(":", 1)[0].removeprefix("www."), rest[cut:]


HOSTS = ["http://www.example.org/news/", "https://example.org", "https://example.org?x=1/y", "https://a.b#frag/x",
         "http://user:pw@www.host.example:8080/p?q#f", "https://", "http://?", "http://@/", "https://www./",
         "http://例え.jp/パス", "http://a.example//b", "https://a.example#?/"]  # fmt: skip


@pytest.mark.parametrize("href", HOSTS)
def test_a_host_is_cut_as_before(href: str) -> None:
    assert site_names._host_and_rest(href) == _old_host_and_rest(href)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="ab.w:@/?#x1 ", max_size=24))
def test_generated_hosts_are_cut_as_before(tail: str) -> None:
    for scheme in ("http://", "https://"):
        assert site_names._host_and_rest(scheme + tail) == _old_host_and_rest(scheme + tail)
