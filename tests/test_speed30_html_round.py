"""Session 30's HTML-path speed cuts hold the output (issue 15, docs/speed.md): the metadata's elements and the page's
element count found by one walk (tasks/html/page_tags.py) instead of nine searches; the byline pre-filter as a walk that
yields as it goes; the publication-date <meta>s' content read once; a caption without a cue asked its bracket tests
only when it holds a closing bracket. Each is held to the code it replaced, on invented pages and texts."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints
from lxml import html as lxml_html
from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

import tasks.pipeline_html as pipeline_html
from tasks.html.byline_element import _BYLINE_SUBSTRINGS, _byline_candidates, byline_text
from tasks.html.meta import page_meta
from tasks.html.meta_dates import _PUBLISHED_META, _RANK, _meta_dates
from tasks.html.page_tags import document_elements, page_tags
from tasks.lexicon import captions
from tasks.lexicon.bracketed_credits import bracketed_cue_after
from tasks.lexicon.captions import holds_photo_credit
from tasks.pipeline_html import HtmlFailure, HtmlPage, extract_html

PAGES = [
    "<html lang='de'><head><title>Der Hafen - Harrow Gazette</title><title>second</title>"
    "<meta property='og:title' content='Der Hafen'><meta name='date' content=''>"
    "<meta name='pubdate' content=' 2024-05-01 '>"
    "<meta itemprop='headline' content='Marked in the head'><link rel='canonical' href='https://example.org/a'>"
    "<link rel='stylesheet' href='/s.css'><script type='application/ld+json'>{\"@type\": \"NewsArticle\"}</script>"
    "<script type='text/javascript'>var a;</script></head><body><header><h1>Harrow Gazette</h1></header>"
    "<article><h2 class='kicker'>Energie</h2><h1 itemprop='headline'>Der Hafen am Morgen</h1><h3>Eins</h3>"
    "<p class='article__author'>Von Anna Berg</p><p>Text <a rel='author' href='/a'>Anna</a>.</p><!-- a comment -->"
    "<div itemprop='headline'>Also marked</div><h2>Zwei</h2></article><footer><h3>Mehr</h3></footer></body></html>",
    # text after </html>: the parser sets a second <html> beside the root, which the document's searches read
    "<!-- before --><html><head><meta name='author' content='Ann Lee'></head><body><h2>Head</h2><p>x</p></body></html>"
    "<h1>After the end</h1><meta name='publish-date' content='2024-01-02'><span itemprop='headline'>H</span>"
    "<div id='byline'>By Ann Lee</div><p class='author-box'>y</p>",
    "<html><body><p>No markup of note.</p></body></html>",
]  # fmt: skip

_OLD_BYLINE = etree.XPath("//*[@rel='author' or @itemprop='author' or @id='author' or @id='byline' or @class]")


def _root(markup: str) -> HtmlElement:
    return lxml_html.document_fromstring(markup)


@pytest.mark.parametrize("markup", PAGES)
def test_page_tags_are_what_the_nine_searches_found(markup: str) -> None:
    root = _root(markup)
    found = page_tags(root)
    assert found.metas == list(root.iter("meta"))
    assert found.ld_scripts == list(root.iterfind(".//script[@type='application/ld+json']"))
    assert found.canonicals == list(root.iterfind(".//link[@rel='canonical']"))
    assert found.title is root.find(".//title") or (found.title is None and root.find(".//title") is None)
    assert found.headings == root.xpath("//h1 | //h2 | //h3")
    assert found.of_level("h2") == root.xpath("//h2")
    assert found.headlines == root.xpath("//*[@itemprop='headline'] | //h1")
    assert found.dated_metas == root.xpath("//meta[@content]")
    assert found.elements == int(root.xpath("count(//*)"))
    assert list(document_elements(root)) == root.xpath("//*")


def test_the_second_html_is_read_where_the_document_is() -> None:
    root = _root(PAGES[1])
    assert [e.tag for e in root.itersiblings()] == ["html"]
    found = page_tags(root)
    assert [e.text for e in found.headings] == ["Head", "After the end"]
    assert [e.text for e in found.headlines] == ["After the end", "H"]
    assert found.metas == list(root.iter("meta")) and len(found.dated_metas) == 2
    assert page_meta(root).published == "2024-01-02"


@pytest.mark.parametrize("markup", PAGES)
def test_page_meta_with_the_tags_given_is_page_meta(markup: str) -> None:
    assert page_meta(_root(markup)) == page_meta(_root(markup), page_tags(_root(markup)))


def _old_candidates(root: HtmlElement) -> list[HtmlElement]:
    return [
        e for e in _OLD_BYLINE(root)
        if e.get("rel") == "author" or e.get("itemprop") == "author" or e.get("id") in ("author", "byline")
        or _BYLINE_SUBSTRINGS.search(e.get("class") or "")
    ]  # fmt: skip


@pytest.mark.parametrize("markup", PAGES)
def test_byline_candidates_walked_are_the_xpaths(markup: str) -> None:
    root = _root(markup)
    assert list(_byline_candidates(root)) == _old_candidates(root)


def test_byline_candidates_of_a_page_part_are_its_documents() -> None:
    root = _root(PAGES[0])
    part = root.find(".//article")
    assert list(_byline_candidates(part)) == _old_candidates(part) == _old_candidates(root)  # `//*` reads the document
    assert byline_text(root) == "Anna Berg"
    assert byline_text(_root(PAGES[1])) == "Ann Lee"


def _old_meta_dates(root: HtmlElement) -> list[str]:
    ranked: list[tuple[int, str]] = []
    for element in root.xpath("//meta[@content]"):
        for attr in ("property", "name", "itemprop", "http-equiv"):
            name = str(element.get(attr, "")).strip().lower()
            content = str(element.get("content", "")).strip()
            if name in _PUBLISHED_META and content:
                ranked.append((_RANK[name], content))
    return [content for _, content in sorted(ranked, key=lambda r: r[0])]


def test_meta_dates_read_once_are_the_same() -> None:
    root = _root(
        "<html><head><meta name='date' content=''><meta property='article:published_time' name='pubdate' content='B'>"
        "<meta name=' PubDate ' content=' A '><meta itemprop='datePublished' http-equiv='date' content='C'>"
        "<meta name='pubdate'><meta name='other' content='D'></head><body><p>x</p></body></html>"
    )
    assert _meta_dates(root) == _meta_dates(root, page_tags(root).dated_metas) == _old_meta_dates(root)
    assert _meta_dates(root) == ["B", "C", "B", "A", "C"]
    for markup in PAGES:
        assert _meta_dates(_root(markup), page_tags(_root(markup)).dated_metas) == _old_meta_dates(_root(markup))


def test_the_size_check_counts_every_element(monkeypatch: pytest.MonkeyPatch) -> None:
    data = PAGES[1].encode()
    assert isinstance(extract_html(data), HtmlPage)
    monkeypatch.setattr(pipeline_html, "MAX_HTML_ELEMENTS", 5)
    refused = extract_html(data)
    assert isinstance(refused, HtmlFailure) and refused.stage == "parse"
    assert refused.message.startswith(f"{int(_root(PAGES[1]).xpath('count(//*)')):,} elements")


def _old_holds_photo_credit(text: str) -> bool:
    """The code before the bracket pre-test (tasks/lexicon/captions.py at session 30's start)."""
    match = captions._CAPTION_CREDIT_CUE.search(text)
    if match is None:
        text = captions._DAY_AFTER_BRACKET.sub("", text)
        return bracketed_cue_after(text) is not None or captions._CUE_ALONE_BRACKET.search(text) is not None
    return holds_photo_credit(text)  # the path after a cue is unchanged


CAPTIONS = [
    "Der Hafen am Morgen.", "首相官邸（山田太郎撮影）", "…通行。（記者陳怡君攝）113年5月12日", "[연합뉴스 자료사진]",
    "港口。（資料圖片）", "Le port (foto d'archivio)", "The harbour [file]", "】", ")", "",
    "The harbour. Photo: Anna Berg", "(கோப்புப் படம்)", "Ein Bild ］", "port 】 2024",
]  # fmt: skip


@pytest.mark.parametrize("text", CAPTIONS)
def test_captions_without_a_cue_answer_as_before(text: str) -> None:
    assert holds_photo_credit(text) == _old_holds_photo_credit(text)


_PIECES = [*"ab 。.,:()（）[]［］【】攝撮影資料圖片자료사진12年月日", "山田", "記者", "Foto: "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20))
def test_generated_captions_answer_as_before(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert holds_photo_credit(text) == _old_holds_photo_credit(text)
    if not re.search(r"[)）\]］】]", text) and captions._CAPTION_CREDIT_CUE.search(text) is None:
        assert not holds_photo_credit(text)
