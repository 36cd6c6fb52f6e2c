"""Checks shared by the tests of the HTML views: well-formed, self-contained, nothing fetched."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements that never have an end tag (HTML living standard, "void elements").
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# An address a browser would fetch: in a URL attribute's value, or in CSS url(...).
REMOTE = re.compile(r"^\s*(?:https?:)?//", re.IGNORECASE)
CSS_URL = re.compile(r"url\(\s*[\"']?\s*(?:https?:)?//", re.IGNORECASE)
URL_ATTRIBUTES = {"src", "href", "xlink:href", "srcset", "action", "poster", "data", "background"}
FETCHING_TAGS = {"script", "link", "iframe", "object", "embed", "img", "video", "audio", "source", "base"}


class TagTree(HTMLParser):
    """Parses a document and records every problem: unclosed, stray or misnested tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.tags: set[str] = set()
        self.remote: list[str] = []  # addresses the document would fetch

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_startendtag(tag, attrs)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        for name, value in attrs:
            if value and ((name in URL_ATTRIBUTES and REMOTE.search(value)) or CSS_URL.search(value)):
                self.remote.append(f"<{tag} {name}={value!r}>")

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] == "style" and CSS_URL.search(data):
            self.remote.append(f"<style> {CSS_URL.search(data)}")

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()


def check_self_contained(html: str) -> None:
    """Assert the document parses with balanced tags and would fetch nothing when opened."""
    tree = TagTree()
    tree.feed(html)
    tree.close()
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert tree.problems == [], tree.problems[:5]
    assert tree.stack == [], f"unclosed: {tree.stack}"
    assert tree.remote == [], tree.remote[:5]
    assert not tree.tags & FETCHING_TAGS, tree.tags & FETCHING_TAGS
    assert "@import" not in html
