"""The second opinion: trafilatura relabels a page only when the article we found is short and theirs differs."""

from __future__ import annotations

from schemas import Label
from tasks.html.second_opinion import SHORT_ARTICLE_CHARS, extract_elsewhere, with_second_opinion
from tasks.pipeline_html import HtmlPage, extract_html
from tasks.text.words import bag_f1
from tests.test_html_pipeline import PARAGRAPHS

BIO = "Jane Roe is the founder of the Example Blog, a writer, a runner, and a mother of three, living in Ohio."
# A post made of linked one-liners (a link round-up): readability-style scoring counts none of it as prose.
POST = [f"Item {i}: a linked note about scaling databases, caches and queues in production" for i in range(6)]


def _page() -> HtmlPage:
    items = "".join(f"<li><a href='/x{i}'>{t}</a></li>" for i, t in enumerate(POST))
    html = f"<html><body><h1>Hot links</h1><ul>{items}</ul><div class='about'><p>{BIO}</p></div></body></html>"
    page = extract_html(html.encode())
    assert isinstance(page, HtmlPage)
    return page


def _labels(page: HtmlPage) -> dict[str, tuple[str, str]]:
    return {ll.line.text: (ll.verdict.label, ll.verdict.reason_code) for ll in page.page.segmented.lines}


def test_a_longer_disagreeing_extraction_relabels_a_short_article() -> None:
    page = _page()
    revised = with_second_opinion(page.page, b"", extract=lambda _html: "\n".join(POST))
    labels = {ll.line.text: (ll.verdict.label, ll.verdict.reason_code) for ll in revised.segmented.lines}
    assert all(labels[t] == (Label.BODY, "second_opinion") for t in POST)
    assert labels[BIO][0] != Label.BODY
    assert labels["Hot links"] == _labels(page)["Hot links"]  # the headline's verdict is crisp: it stays
    assert all(
        "trafilatura" in ll.verdict.reason
        for ll in revised.segmented.lines
        if ll.verdict.reason_code == "second_opinion"
    )


def test_an_agreeing_or_shorter_extraction_changes_nothing() -> None:
    page = _page()
    ours = "\n".join(ll.line.text for ll in page.page.segmented.lines if ll.verdict.label == Label.BODY)
    assert with_second_opinion(page.page, b"", extract=lambda _html: ours + " and one more word") == page.page
    assert with_second_opinion(page.page, b"", extract=lambda _html: "") == page.page


def test_a_long_article_is_not_second_guessed() -> None:
    article = "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 3)
    page = extract_html(f"<html><body><h1>Tram</h1><div>{article}</div></body></html>".encode())
    assert isinstance(page, HtmlPage)
    body = sum(len(ll.line.text) for ll in page.page.segmented.lines if ll.verdict.label == Label.BODY)
    assert body >= SHORT_ARTICLE_CHARS

    def never(_html: bytes | str) -> str:
        raise AssertionError("the extractor ran on a long article")

    assert with_second_opinion(page.page, b"", extract=never) == page.page


def test_the_agreement_of_two_extractions_is_their_bag_of_words_f1() -> None:
    assert bag_f1("a b c d", "A b c d") == 1.0
    assert bag_f1("a b", "c d") == 0.0
    assert bag_f1("a b c d", "a b") == 2 * 2 / 6


def test_trafilatura_extracts_the_article_of_a_plain_page() -> None:
    article = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    text = extract_elsewhere(f"<html><body><article><h1>Tram</h1>{article}</article></body></html>")
    assert PARAGRAPHS[0] in text
