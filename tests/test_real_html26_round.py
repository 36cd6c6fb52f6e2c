"""Rules of the session-26 real-page HTML metadata round: where a page declares its writers and its date in markup
that the HTML path did not read (as trafilatura's metadata module and htmldate read it). Every page below was
written for this test.
"""

from __future__ import annotations

import json

from lxml import html as lxml_html  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.meta_tags import meta_authors, meta_tags
from tasks.lexicon.date_text import parse_declared_date
from tests.test_heldout4_round import BODY, _process

HEADLINE = "<article><h1>Council backs the tram plan</h1>"


def _ld(value: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(value)}</script>'


def test_the_author_metas_trafilatura_reads_are_read() -> None:
    for name in ("parsely-author", "sailthru.author", "citation_author", "dcterms.creator"):
        _, _, authors = _process(f'<meta name="{name}" content="Maren Holt">', HEADLINE + BODY + "</article>")
        assert authors == ["Maren Holt"], name
    # OpenGraph's author property is left out: a portal names the source paper there
    root = lxml_html.fromstring('<html><head><meta property="og:article:author" content="Tidal Post | Nature">')
    assert meta_authors(meta_tags(root)) == []


def test_the_first_author_name_wins_over_a_later_one() -> None:
    # the writer in "author", a CMS's account in "creator": the most common name first, its first value only
    root = lxml_html.fromstring(
        '<html><head><meta name="creator" content="webdesk"><meta name="author" content="Maren Holt">'
        '<meta name="author" content="Jonas Wirth"></head></html>'
    )
    assert meta_authors(meta_tags(root)) == ["Maren Holt"]


def test_meta_names_are_matched_as_written() -> None:
    # withdrawn in session 26: "Author" read as "author" cost a never-studied real set precision
    root = lxml_html.fromstring('<html><head><meta name="Author" content="Maren Holt"></head></html>')
    assert meta_authors(meta_tags(root)) == []


def test_a_person_named_in_parts_and_an_article_as_the_pages_main_entity() -> None:
    page = {"@context": "https://schema.org", "@type": "WebPage", "mainEntity": {
        "@type": "NewsArticle", "author": {"@type": "Person", "givenName": "Maren", "familyName": "Holt"}}}  # fmt: skip
    _, _, authors = _process(_ld(page), HEADLINE + BODY + "</article>")
    assert authors == ["Maren Holt"]


def test_a_microdata_date_is_read_from_its_attribute_not_its_text() -> None:
    # the text shows no year: read as text, it was this year's 5 March
    stamp = '<time itemprop="datePublished" content="2024-03-05T10:00:00+01:00">5 March</time>'
    _, day, _ = _process("", HEADLINE + stamp + BODY + "</article>")
    assert day == "2024-03-05"
    stamp = '<span itemprop="datePublished" datetime="2024-03-05T10:00:00+01:00">Tuesday</span>'
    assert _process("", HEADLINE + stamp + BODY + "</article>")[1] == "2024-03-05"


def test_a_declared_date_beats_a_microdata_one() -> None:
    head = '<meta property="article:published_time" content="2024-03-04T10:00:00+01:00">'
    stamp = '<span itemprop="datePublished" content="2024-03-05T10:00:00+01:00">5 March 2024</span>'
    assert _process(head, HEADLINE + stamp + BODY + "</article>")[1] == "2024-03-04"


def test_isos_basic_date_form_in_a_date_tag() -> None:
    assert parse_declared_date("20160729") is not None
    assert _process('<meta name="pdate" content="20240305">', HEADLINE + BODY + "</article>")[1] == "2024-03-05"
    # other bare numbers are still no date: a counter, a month that does not exist, a timestamp
    for value in ("12345678", "20241305", "1709629200"):
        assert parse_declared_date(value) is None, value


def test_a_korean_desk_written_as_one_word_is_no_writer() -> None:
    for desk in ("온라인뉴스팀", "디지털뉴스부", "편집부"):
        _, _, authors = _process(f'<meta name="author" content="{desk}">', HEADLINE + BODY + "</article>", "ko")
        assert authors == [], desk
    # a reporter after the desk, or alone, is kept
    _, _, authors = _process('<meta name="author" content="정치부 김민수 기자">', HEADLINE + BODY + "</article>", "ko")
    assert authors == ["김민수"]
