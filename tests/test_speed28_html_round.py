"""Session 28's HTML-path speed cuts hold the output: the walk drops whitespace that opens a block on pages ftfy
does not repair, and the page's links are found once for both site-name readers (docs/speed.md)."""

from __future__ import annotations

import sys
import unicodedata

from lxml import html as lxml_html  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.blocks import page_blocks
from tasks.html.site_names import home_link_names, linked_host, page_links


def test_no_space_composes_with_what_follows() -> None:
    """What makes dropping a block's opening whitespace exact: NFC composes no whitespace character with the
    character after it (the only canonical decompositions that start with one are singletons, U+2000 and U+2001)."""
    spaces = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    pairs = [
        c
        for c in range(sys.maxunicode + 1)
        if (d := unicodedata.decomposition(chr(c))) and not d.startswith("<") and len(d.split()) > 1
        and chr(int(d.split()[0], 16)) in spaces
    ]  # fmt: skip
    assert pairs == []


def _texts(markup: str) -> list[tuple[str, str, float]]:
    blocks, _ = page_blocks(lxml_html.document_fromstring(markup))
    return [(b.text, b.tag_path, b.link_density) for b in blocks]


def test_opening_whitespace_changes_no_block() -> None:
    spaced = (
        "<html><body>\n  <div>\n\t <p>\n   Erste Zeile <a href='/x'> mit Link</a>\u00a0und\u2000mehr</p>\n"
        "  <p>\u2000\u00a0 e\u0301t\u00e9 <b> fort</b></p>\n <ul>\n <li>\n <a href='/y'>Menü</a></li></ul>\n"
        "  </div>\n</body></html>"
    )
    tight = (
        "<html><body><div><p>Erste Zeile <a href='/x'> mit Link</a>\u00a0und\u2000mehr</p>"
        "<p>e\u0301t\u00e9 <b> fort</b></p><ul><li><a href='/y'>Menü</a></li></ul></div></body></html>"
    )
    assert _texts(spaced) == _texts(tight)
    assert [t for t, _, _ in _texts(spaced)] == ["Erste Zeile mit Link und mehr", "\u00e9t\u00e9 fort", "Menü"]


def test_links_given_or_found_alike() -> None:
    markup = (
        "<html><body><a href='https://www.harbour.example/'>Harbour Post</a>"
        "<a href='https://harbour.example/a'>A</a><a href='https://harbour.example/b'>B</a>"
        "<a href='/'><img alt='Harbour Post logo'></a><a>no address</a></body></html>"
    )
    root = lxml_html.document_fromstring(markup)
    links = page_links(root)
    assert len(links) == 4
    assert linked_host(root, links) == linked_host(root) == "harbour.example"
    url = "http://harbour.example/"
    assert home_link_names(root, url, links) == home_link_names(root, url) == ["Harbour Post", "Harbour Post logo"]
