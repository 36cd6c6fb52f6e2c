"""Session 28, the HTML path's metadata on real pages (helper s28-real-html): a section's label as the first <h1>,
and the writer in a schema.org microdata <meta> of the head. Invented pages, not eval pages; the real-page scores
are pinned in tests/test_real_authors.py and tests/test_meta_quality.py."""

from __future__ import annotations

from datetime import UTC, datetime

from schemas import AttributionKind
from tasks.document import RunContext
from tasks.html.meta import page_meta
from tasks.pipeline_html import process_html
from tasks.read.html_decode import ParsedHtml, parse_html
from tasks.read.raw import RawInput

BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "The harbour board voted on Monday to extend the ferry timetable through the winter months this year.",
        "Captains had asked for the change after a busy summer, and the board agreed after a short debate.",
        "The new timetable starts next week and will be reviewed by the board again in the spring, it said.",
    )
)


def _process(head: str, body: str, lang: str = "en") -> tuple[str | None, list[str]]:
    """(title, authors) of a page made of `head` and `body`."""
    page = f'<html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'
    result = process_html(
        RawInput(path="p.html", data=page.encode()), RunContext(run_id="t", now=datetime(2026, 12, 1, tzinfo=UTC))
    )
    assert result.article is not None
    authors = [a.name for a in result.attributions if a.kind == AttributionKind.AUTHOR and a.name]
    return result.article.title, authors


MENU = "<ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li><li><a href='/sports'>Sports</a></li></ul>"
HEADLINE = "Ferry timetable extended through the winter"


def test_a_section_label_in_the_first_h1_gives_way_to_the_headline_under_it() -> None:
    # old portal templates: the section's name is the page's only <h1>, the story's headline an <h2> or <h3> under it
    for label in ("Sports", "Entertainment", "Local News"):
        body = f"<div id='header'>{MENU}<h1>{label}</h1></div><div class='story'><h2>{HEADLINE}</h2>{BODY}</div>"
        assert _process("", body)[0] == HEADLINE, label
        table = f"<table><tr><td><h1>{label}</h1></td></tr><tr><td><h3>{HEADLINE}</h3>{BODY}</td></tr></table>"
        assert _process("", table)[0] == HEADLINE, label
    # a headline in the <h1> stays
    assert _process("", f"<div id='header'>{MENU}</div><h1>{HEADLINE}</h1><h2>Sports</h2>{BODY}")[0] == HEADLINE


def test_a_section_label_stays_without_a_headline_shown_under_it() -> None:
    assert _process("", f"<h1>Nachrichten</h1>{BODY}", lang="de")[0] == "Nachrichten"


def _meta_of(markup: str) -> list[tuple[str, ...]]:
    parsed = parse_html(markup.encode("utf-8"))
    assert isinstance(parsed, ParsedHtml)
    return list(page_meta(parsed.root).author_sources)


def test_the_writer_in_a_microdata_meta_of_the_head() -> None:
    head = '<meta itemprop="author" content="Maren Kjeldsen">'
    assert _meta_of(f"<html><head>{head}</head><body>{BODY}</body></html>") == [("Maren Kjeldsen",)]
    # <meta name=author> comes first when both are written
    both = f'<meta name="author" content="Ola Brekke">{head}'
    assert _meta_of(f"<html><head>{both}</head><body>{BODY}</body></html>") == [("Ola Brekke",)]
    _, authors = _process(head, BODY, lang="no")
    assert authors == ["Maren Kjeldsen"]
