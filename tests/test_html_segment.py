"""Block labels of an HTML page: the comments section after the article is not the article."""

from __future__ import annotations

import pytest

from schemas import Label
from tasks.pipeline_html import HtmlPage, extract_html
from tests.test_html_pipeline import PARAGRAPHS

COMMENTS = [
    "What a great decision, I have waited for this tram for twenty years and I am very happy about it.",
    "I disagree with the council completely, the money should have gone to buses and to the schools instead.",
]


def _labels(html: str) -> dict[str, str]:
    page = extract_html(html.encode())
    assert isinstance(page, HtmlPage)
    return {ll.line.text: ll.verdict.label for ll in page.page.segmented.lines}


def _blog(heading: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    comments = "".join(f"<p>{c}</p><p>Posted by: Reader {i} at 12:0{i} PM</p>" for i, c in enumerate(COMMENTS))
    return f"<html><body><div class='entry'><h1>Tram</h1>{paragraphs}<h2>{heading}</h2>{comments}</div></body></html>"


@pytest.mark.parametrize("heading", ["Comments", "12 Comments", "Leave a Reply", "Kommentare (4)"])
def test_blocks_after_a_comments_heading_are_not_body(heading: str) -> None:
    labels = _labels(_blog(heading))
    assert all(labels[p] == Label.BODY for p in PARAGRAPHS)
    assert all(labels[c] == Label.CHROME for c in COMMENTS)


def test_a_subheading_that_is_not_about_comments_keeps_the_article_going() -> None:
    labels = _labels(_blog("What the residents said about the plan"))
    assert all(labels[c] == Label.BODY for c in COMMENTS)


def test_the_comments_cut_names_its_heading() -> None:
    page = extract_html(_blog("Comments").encode())
    assert isinstance(page, HtmlPage)
    reasons = {ll.verdict.reason_code: ll.verdict.reason for ll in page.page.segmented.lines}
    assert "Comments" in reasons["comments_section"]


def test_a_comment_count_under_the_headline_does_not_cut_the_article() -> None:
    # "102 Comments posted" by the headline links to the thread; the article follows it.
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = f"<html><body><div class='entry'><h1>Tram</h1><p>102 Comments posted</p>{paragraphs}</div></body></html>"
    labels = _labels(html)
    assert all(labels[p] == Label.BODY for p in PARAGRAPHS)


def test_a_teasers_byline_below_the_article_credits_that_story_not_this_one() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = (
        "<html><body><article><h1>The last blacksmith in Millbrook</h1><div class='author'>By Mark Ellison</div>"
        f"{paragraphs}</article><aside class='sidebar'><h3>Latest</h3><ul>"
        "<li><a href='/news/bridge'>Bridge repairs to start in June</a><br><small>By Carol Finch</small></li>"
        "</ul></aside></body></html>"
    )
    assert _labels(page)["By Carol Finch"] == Label.CHROME
