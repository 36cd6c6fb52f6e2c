"""HTML pages through the pipeline: blocks, container, labels, captions, broken and extreme pages."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from schemas import AttributionKind, Label, RejectReason, Segment, from_table
from tasks.document import RunContext
from tasks.pipeline import process_file
from tasks.pipeline_html import HtmlFailure, HtmlPage, extract_html

PARAGRAPHS = [
    "The city council voted on Tuesday to expand the tram network, a decision that ends years of debate.",
    "Supporters said the new lines would cut commuting times, while critics warned about the cost, the noise "
    "and the disruption during construction.",
    "The first section, running from the station to the university, is due to open in three years, officials said.",
    "Residents will be able to comment on the plans at a series of public meetings, the council added.",
]
NAV = "<nav><ul>" + "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(12)) + "</ul></nav>"
RELATED = '<div class="related-posts"><h3>Related</h3><ul>' + "".join(
    f'<li><a href="/r{i}">Another story number {i} about something else</a></li>' for i in range(5)
) + "</ul></div>"  # fmt: skip
HEAD = (
    '<meta charset="utf-8"><title>Council backs tram plan | City Times</title>'
    '<meta property="og:site_name" content="City Times"><link rel="canonical" href="https://www.citytimes.example/tram">'
    '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Maria Rossi"}}</script>'
)


def _article_page(extra_body: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    caption = "<figure><img src='a.jpg'><figcaption>The tram depot. Фото: Reuters</figcaption></figure>"
    hidden = '<div style="display: none">Hidden promo text that nobody sees on the page at all.</div>'
    return (
        f"<html lang='en'><head>{HEAD}</head><body>{NAV}<main><article><h1>Council backs tram plan</h1>"
        f"<p class='byline'>By Maria Rossi</p>{caption}{paragraphs}{hidden}<script>var x = 'no';</script>"
        f"<!-- a comment --></article>{RELATED}</main>{extra_body}<footer><p>© 2024 City Times</p></footer>"
        "</body></html>"
    )


def _page(html: str) -> HtmlPage:
    page = extract_html(html.encode())
    assert isinstance(page, HtmlPage)
    return page


def _ctx() -> RunContext:
    return RunContext(run_id="test", now=datetime.now(UTC))


def test_body_is_the_article_and_furniture_is_chrome() -> None:
    page = _page(_article_page())
    body = [ll.line.text for ll in page.page.segmented.with_label(Label.BODY)]
    assert all(p in body for p in PARAGRAPHS)
    text = " ".join(ll.line.text for ll in page.page.segmented.lines)
    assert "Section 3" in text and "Section 3" not in " ".join(body)
    assert "Another story" not in " ".join(body)
    assert "Hidden promo" not in text and "var x" not in text and "a comment" not in text
    titles = page.page.segmented.with_label(Label.TITLE)
    assert [t.line.text for t in titles] == ["Council backs tram plan"]


def test_blocks_carry_structure() -> None:
    page = _page(_article_page())
    by_text = {b.text: b for b in page.page.blocks}
    assert by_text[PARAGRAPHS[0]].tag_path.endswith("main/article/p")
    assert by_text[PARAGRAPHS[0]].in_article and by_text[PARAGRAPHS[0]].link_density == 0.0
    assert by_text["Section 1"].link_density == 1.0 and by_text["Section 1"].in_list
    assert by_text["Section 1"].chrome_hint == "nav"


def test_process_file_writes_the_same_records(tmp_path: Path) -> None:
    path = tmp_path / "tram.html"
    path.write_text(_article_page(), encoding="utf-8")
    result = process_file(str(path), _ctx())
    assert result.reject is None and result.article is not None
    article = result.article
    assert article.title == "Council backs tram plan"
    assert article.site == "citytimes.example"
    assert article.canonical_url == "https://www.citytimes.example/tram"
    assert article.language == "en"
    assert article.paragraphs[: len(PARAGRAPHS)] == PARAGRAPHS or set(PARAGRAPHS) <= set(article.paragraphs)
    assert all(s.tag_path is not None and s.link_density is not None for s in from_table(Segment, result.segments))
    kinds = {(a.kind, a.name) for a in result.attributions}
    assert (AttributionKind.PHOTO, "Reuters") in kinds
    assert (AttributionKind.AUTHOR, "Maria Rossi") in kinds
    assert (AttributionKind.SOURCE, "City Times") in kinds


def test_text_dumps_keep_null_structure(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text("Headline of the story\n\n" + "\n\n".join(PARAGRAPHS), encoding="utf-8")
    result = process_file(str(path), _ctx())
    segments = from_table(Segment, result.segments)
    assert segments and all(s.tag_path is None and s.link_density is None for s in segments)


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("<html><head><title>x</title></head><body></body></html>", RejectReason.EMPTY),
        (f"<html><body>{NAV}{NAV.replace('Section', 'Topic')}</body></html>", RejectReason.NO_ARTICLE),
    ],
    ids=["empty_body", "navigation_only"],
)
def test_pages_without_an_article_are_rejected(tmp_path: Path, html: str, reason: RejectReason) -> None:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    result = process_file(str(path), _ctx())
    assert result.article is None and result.reject is not None
    assert result.reject.reason == reason


def test_broken_markup_still_yields_the_article() -> None:
    broken = _article_page().replace("</p>", "").replace("</article>", "<div><span>").replace("</body>", "")
    broken = "<td><b>" + broken[: len(broken) - 7] + "<p class='x"
    body = " ".join(ll.line.text for ll in _page(broken).page.segmented.with_label(Label.BODY))
    assert PARAGRAPHS[1][:60] in body


def test_garbage_never_raises() -> None:
    for data in (
        b"<",
        b"<html",
        b"\x00\x01\x02<p>",
        b"<html><body><p>" * 3000,
        "<p>\ud800</p>".encode("utf-8", "surrogatepass"),
    ):
        assert isinstance(extract_html(data), HtmlPage | HtmlFailure)


def test_ten_megabyte_page_finishes() -> None:
    filler = "".join(f"<div class='teaser'><a href='/{i}'>Teaser headline number {i}</a></div>" for i in range(150_000))
    html = _article_page(filler)
    assert len(html) > 10_000_000
    started = time.perf_counter()
    outcome = extract_html(html.encode())
    assert time.perf_counter() - started < 30
    if isinstance(outcome, HtmlPage):
        assert PARAGRAPHS[0] in [ll.line.text for ll in outcome.page.segmented.with_label(Label.BODY)]
    else:
        assert outcome.reason == RejectReason.TIMEOUT


def test_time_limit_turns_into_a_reject() -> None:
    filler = "<div><p>word</p></div>" * 50_000
    outcome = extract_html(_article_page(filler).encode(), time_limit=0.0)
    assert isinstance(outcome, HtmlFailure)
    assert outcome.reason == RejectReason.TIMEOUT and "time limit" in outcome.message


def _body_lines(html: str) -> list[str]:
    page = extract_html(html.encode("utf-8"))
    assert isinstance(page, HtmlPage)
    return [ll.line.text for ll in page.page.segmented.with_label(Label.BODY)]


def test_an_article_split_over_repeated_sections_is_read_whole() -> None:
    part = "The council voted on Tuesday, after a long debate, to fund the new bridge, its members said. " * 3
    sections = "".join(
        f"<section class='part'><div class='wrap'><div class='text part-{n}'><p>{n}: {part}</p><p>{part}</p>"
        f"<p>{part}</p></div></div></section>"
        for n in range(3)
    )
    html = f"<html><body><nav><a href='/'>Home</a></nav><article><div>{sections}</div></article></body></html>"
    body = _body_lines(html)
    assert all(any(line.startswith(f"{n}: ") for line in body) for n in range(3))


def test_a_page_of_short_lines_without_links_is_its_own_article() -> None:
    html = "<html><body><a href='javascript:'><p>abc</p><p>def</p>ghi</a></body></html>"
    assert _body_lines(html) == ["abc", "def", "ghi"]


def test_html_authors_are_one_record_per_person_without_the_publisher() -> None:
    from tasks.credits.attribution import Found
    from tasks.credits.meta_authors import page_authors
    from tasks.html.meta import PageMeta
    from tasks.pipeline_html import without_publisher_authors

    meta = PageMeta(author_sources=(("Anna Lee and Tom Berg, Staff Writers",),), site_name="City Times", language="en")
    assert page_authors(meta) == ["Anna Lee", "Tom Berg"]

    def author(name: str) -> Found:
        return Found(AttributionKind.AUTHOR, name, name.casefold(), None, 1, 0, len(name), False, name)

    kept = without_publisher_authors(meta, [author("Anna Lee and Tom Berg"), author("CITY TIMES"), author("Sam Patel")])
    assert [f.name for f in kept] == ["Sam Patel"]


def test_a_news_agency_is_not_an_author() -> None:
    from tasks.html.meta import PageMeta
    from tasks.pipeline_html import page_authors

    meta = PageMeta(author_sources=(("By The Associated Press",),), language="en")
    assert page_authors(meta) == []
