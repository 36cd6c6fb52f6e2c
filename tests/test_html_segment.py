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


POST_FOOTER = (
    "This entry was posted on Thursday, August 9th, 2012 at 12:04 am and is filed under Robots, Music and Art. "
    "You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, "
    "or trackback from your own site."
)
PROSE_WITH_A_PHRASE = (
    "The court said that copyright in the photographs stayed with the agency, and that the newspaper had paid "
    "for one use only, so the later reprints in the weekend magazine and on its website needed a new licence, "
    "which it had never asked for, the judge wrote in a ruling of forty pages."
)


def test_a_long_post_footer_that_opens_with_a_template_phrase_is_not_body() -> None:
    # A CMS's post footer runs past the text rules' 40-word cap for furniture phrases.
    assert len(POST_FOOTER.split()) > 40
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = f"<html><body><div class='entry'><h1>Tram</h1>{paragraphs}<p>{POST_FOOTER}</p></div></body></html>"
    labels = _labels(html)
    assert all(labels[p] == Label.BODY for p in PARAGRAPHS)
    assert labels[POST_FOOTER] == Label.CHROME


def test_a_long_paragraph_that_only_mentions_a_furniture_phrase_stays_body() -> None:
    assert len(PROSE_WITH_A_PHRASE.split()) > 40
    paragraphs = "".join(f"<p>{p}</p>" for p in [*PARAGRAPHS, PROSE_WITH_A_PHRASE])
    labels = _labels(f"<html><body><div class='entry'><h1>Tram</h1>{paragraphs}</div></body></html>")
    assert labels[PROSE_WITH_A_PHRASE] == Label.BODY


CAPTIONS = [
    "Jamaica's Usain Bolt, right, competes in a men's 200-meter semifinal during the athletics in London. (AP Photo)",
    "Jamaica's Usain Bolt gestures before competing in a men's 200-meter heat during the athletics in London.",
]


def test_blocks_after_a_link_list_heading_below_the_article_are_not_body() -> None:
    # A promo slideshow under the story, its captions in list items: prose, yet not the article.
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    slides = "".join(f"<li><h4> </h4><p>{c}</p></li>" for c in CAPTIONS)
    html = (f"<html><body><div class='entry'><h1>Tram</h1>{paragraphs}<p>Also on HuffPost:</p>"
            f"<div class='holder'><ul class='show'>{slides}</ul></div></div></body></html>")  # fmt: skip
    labels = _labels(html)
    assert all(labels[p] == Label.BODY for p in PARAGRAPHS)
    assert all(labels[c] == Label.CHROME for c in CAPTIONS)


def test_a_related_line_in_the_middle_of_the_article_does_not_end_it() -> None:
    first, rest = PARAGRAPHS[:2], PARAGRAPHS[2:]
    paragraphs = "".join(f"<p>{p}</p>" for p in first) + "<p>Related:</p>" + "".join(f"<p>{p}</p>" for p in rest)
    labels = _labels(f"<html><body><div class='entry'><h1>Tram</h1>{paragraphs}</div></body></html>")
    assert all(labels[p] == Label.BODY for p in PARAGRAPHS)
