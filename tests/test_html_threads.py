"""Reader-comment threads are never the article container, however much prose they hold."""

from __future__ import annotations

import pytest

from schemas import ChromeKind, Label
from tasks.pipeline_html import HtmlPage, extract_html
from tests.test_html_pipeline import PARAGRAPHS

# A thread longer than the article, with commas: readability's score alone would pick it.
LONG_COMMENTS = [
    f"Comment {i}: I have lived here for years, and honestly, the trams, the buses and the bikes all need money, "
    f"but the council, as usual, chose the most expensive option, again, without asking us first, {i} times."
    for i in range(8)
]


def _lines(html: str) -> dict[str, tuple[str, str | None]]:
    page = extract_html(html.encode())
    assert isinstance(page, HtmlPage)
    return {ll.line.text: (ll.verdict.label, ll.verdict.kind) for ll in page.page.segmented.lines}


def _page(thread: str) -> str:
    # The article is one paragraph split by <br>s, as some blog engines write it.
    article = "<br><br>".join(PARAGRAPHS)
    return f"<html><body><h1>Tram lines approved</h1><div><p>{article}</p></div><div>{thread}</div></body></html>"


def _comments(opening: str = "") -> str:
    entries = "".join(f"<div class='Normal'>{c}<br>Posted by Reader {i}</div>" for i, c in enumerate(LONG_COMMENTS))
    return opening + entries


@pytest.mark.parametrize(
    "thread",
    [
        f"<div id='comments'>{_comments()}</div>",  # named by its id, most of the page's text
        f"<div class='post'>{_comments('<h3>COMMENTS</h3>')}</div>",  # a content class, opened by the heading
        f"<div>{_comments('<h3>12 Comments</h3>')}</div>",
    ],
)
def test_a_long_thread_is_not_chosen_over_the_article(thread: str) -> None:
    lines = _lines(_page(thread))
    assert all(lines[p][0] == Label.BODY for p in PARAGRAPHS)
    assert all(lines[c][0] == Label.CHROME for c in LONG_COMMENTS)


def test_a_thread_inside_the_article_container_is_cut_as_comments() -> None:
    article = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    thread = f"<div id='comments'>{_comments()}</div>"
    html = f"<html><body><div class='entry'><h1>Tram</h1>{article}{thread}</div></body></html>"
    lines = _lines(html)
    assert all(lines[p][0] == Label.BODY for p in PARAGRAPHS)
    assert {lines[c] for c in LONG_COMMENTS} == {(Label.CHROME, ChromeKind.COMMENTS)}


def test_a_wrapper_named_comments_that_holds_the_headline_is_not_a_thread() -> None:
    # <div class="comments-open"> around the whole story is a page-state class, not a thread.
    article = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    lines = _lines(f"<html><body><div class='comments-open'><h1>Tram</h1>{article}</div></body></html>")
    assert all(lines[p][0] == Label.BODY for p in PARAGRAPHS)


def test_a_comment_subheading_among_the_articles_sections_keeps_the_article_going() -> None:
    # "Comment" is also a section name: followed by more sections of the article, it is one of them.
    more = "The transport minister welcomed the vote and promised national funds for a second line next year."
    intro = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:3])
    html = (
        f"<html><body><div class='entry'><h1>Tram</h1>{intro}<h3>Comment</h3><p>{PARAGRAPHS[3]}</p>"
        f"<h3>Briefing</h3><p>{more}</p></div></body></html>"
    )
    lines = _lines(html)
    assert all(lines[p][0] == Label.BODY for p in [*PARAGRAPHS, more])
