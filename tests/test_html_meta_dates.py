"""Declared publication dates: JSON-LD, standard and non-standard <meta> tags, <time>."""

from __future__ import annotations

from lxml import html  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.meta_dates import PUBLISHED_META, declared_dates


def _root(head: str, body: str = "<p>text</p>") -> html.HtmlElement:
    return html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def test_article_json_ld_first() -> None:
    root = _root('<meta property="article:published_time" content="2020-01-01">')
    assert declared_dates(root, [], {"datePublished": "2021-02-03 10:00:00"})[0] == "2021-02-03 10:00:00"


def test_non_standard_meta_tags_in_order_of_explicitness() -> None:
    root = _root('<meta name="date" content="2019-01-01"><meta name="parsely-pub-date" content="2021-05-06">')
    assert declared_dates(root, [], {})[0] == "2021-05-06"
    assert "sailthru.date" in PUBLISHED_META and "dc.date.issued" in PUBLISHED_META


def test_itemprop_time_beats_sidebar_times() -> None:
    body = '<aside><time datetime="2020-01-01">x</time></aside>'
    body += '<p><time itemprop="datePublished" datetime="2021-01-02">y</time></p>'
    assert declared_dates(_root("", body), [], {})[0] == "2021-01-02"


def test_sidebar_times_alone_date_nothing() -> None:
    body = '<aside><time datetime="2020-01-01">a</time><time datetime="2020-01-02">b</time></aside>'
    assert declared_dates(_root("", body), [], {}) == ()
    article = '<article><time datetime="2021-03-04">c</time></article>'
    assert declared_dates(_root("", body + article), [], {})[0] == "2021-03-04"


def test_placeholders_are_kept_as_candidates_for_the_reader_to_refuse() -> None:
    root = _root('<meta property="article:published_time" content="2021-05-06">')
    assert declared_dates(root, [], {"datePublished": "0001-01-01T00:00:00Z"}) == ("0001-01-01T00:00:00Z", "2021-05-06")


def test_a_comment_time_outside_the_article_dates_nothing() -> None:
    body = "<article><p>text</p></article><section><time datetime='2025-03-02'>2 March</time></section>"
    assert declared_dates(_root("", body), [], {}) == ()
    assert declared_dates(_root("", "<div><time datetime='2025-03-02'>x</time></div>"), [], {}) == ("2025-03-02",)
