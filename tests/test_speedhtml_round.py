"""Session 21, HTML speed: cuts that must leave every output as it was (invented pages, not eval pages)."""

from __future__ import annotations

from lxml.html import HtmlElement  # type: ignore[import-untyped]

from tasks.html.meta import _meta, meta_tags, page_meta
from tasks.read.html_decode import ParsedHtml, parse_html


def _root(markup: str) -> HtmlElement:
    parsed = parse_html(markup.encode("utf-8"))
    assert isinstance(parsed, ParsedHtml)
    return parsed.root


def test_every_element_is_an_html_element_form_controls_too() -> None:
    root = _root("<html><body><form action='/s'><label>Q</label><input name='q'><select><option>a</option>"
                 "</select><textarea>t</textarea></form><p>Text <b>here</b>.</p></body></html>")  # fmt: skip
    assert all(type(e) is HtmlElement for e in root.iter())
    assert root.find(".//p").text_content() == "Text here."


def test_meta_tags_first_non_empty_content_wins() -> None:
    root = _root(
        "<html><head><meta property='og:title' content='  '><meta property='og:title' content=' First '>"
        "<meta property='og:title' content='Second'><meta name='og:title' content='By name'>"
        "<meta name='author' content='Ana Lima'><meta content='no key'></head><body><p>x</p></body></html>"
    )
    tags = meta_tags(root)
    assert _meta(tags, "og:title") == "First"  # a property before a name of the same value
    assert _meta(tags, "author") == "Ana Lima"
    assert _meta(tags, "missing", "author") == "Ana Lima"  # names in order, the first that has a content
    assert _meta(tags, "missing") is None


def test_meta_name_stands_in_when_the_property_has_no_content() -> None:
    root = _root("<html><head><meta property='og:site_name' content=''><meta name='og:site_name' content='Gazette'>"
                 "<meta name='application-name' content='App'></head><body><p>x</p></body></html>")  # fmt: skip
    assert _meta(meta_tags(root), "og:site_name", "application-name") == "Gazette"
    assert page_meta(root).site_name == "Gazette"
