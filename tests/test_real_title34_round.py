"""Session 34's headline study on real pages (issue 13: "title exactly right"), l3s's even half studied page by page,
its odd half scored as totals only. The misses that were no annotation noise were counted by shape: on pages without
og:title, a block of the page's furniture under the menu taken for the headline (a form's text, a story's tools), and
<title>'s headline taken for the site's name. The pages below are written for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from schemas import Label
from tasks.html.blocks import Block
from tasks.html.headline import is_headline_shaped
from tasks.pipeline_html import HtmlPage, extract_html, page_title
from tests.test_html_pipeline import PARAGRAPHS

HEADLINE = "Ferry operator cancels winter timetable"
MENU = "".join(f'<td><a href="/s{i}">Section {i}</a></td>' for i in range(8))


def _table_page(title: str, above: str, wrap: str = "") -> HtmlPage:
    """A 2000s table layout: a menu row, then the story cell: what is above the headline, the headline, paragraphs;
    `wrap`: an element around the whole body (ASP.NET's page-wide <form>)."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    head = f"<head><title>{title}</title></head>" if title else "<head></head>"
    body = (
        f"<table><tr>{MENU}</tr></table><table><tr><td>{above}<div class='hd'>{HEADLINE}</div>"
        f"<div>{paragraphs}</div></td></tr></table>"
    )
    if wrap:
        body = f"<{wrap}>{body}</{wrap}>"
    page = extract_html(f"<html>{head}<body>{body}</body></html>".encode())
    assert isinstance(page, HtmlPage)
    return page


def _block(text: str, path: str) -> Block:
    return Block(0, text, path.rsplit("/", 1)[-1], path, 0, False, False, False, False, 0.0, None, ())


@pytest.mark.parametrize(
    "above",
    [
        "<form action='/search'><div>this site the web</div><input name='q'></form>",  # a search box's choices
        "<form action='/go'><div><div>CHOOSE A SPORT</div></div><select><option>Golf</option></select></form>",
        "<div>Share this story!</div>",
        "<div>MAIL THIS STORY</div><div>PRINT FRIENDLY</div>",
        "<div>E-mail this to a friend</div>",
    ],
)
def test_a_form_or_a_storys_tools_under_the_menu_is_not_the_headline(above: str) -> None:
    page = _table_page("", above)
    assert [ll.line.text for ll in page.page.segmented.with_label(Label.TITLE)] == [HEADLINE]
    assert page_title(page.meta, page.page) == HEADLINE


def test_a_page_wide_form_does_not_hide_the_headline() -> None:
    """ASP.NET wraps the whole page in one <form runat=server>: only a form a few steps up the block is furniture."""
    page = _table_page("", "", wrap="form")
    assert page_title(page.meta, page.page) == HEADLINE
    assert is_headline_shaped(_block(HEADLINE, "form/table/tr/td/table/div"))  # the form five steps up
    assert not is_headline_shaped(_block("Choose a sport", "body/table/tr/td/form/div"))
    assert not is_headline_shaped(_block("this site the web", "div/div/div/div/form/div"))


def test_titles_headline_shown_above_the_text_is_not_the_sites_name() -> None:
    """<title> "Headline / Site": its first part is the headline, not the site's name, so the headline line the page
    shows (a link to the story itself) is not a logo to be replaced by a longer block holding the headline's words
    (a copyright line ending with it)."""
    above = f"<div><a href='/story'>{HEADLINE}</a></div>"
    copyright_line = f"<div>© 2007 Harbour / {HEADLINE}</div>"
    page = _table_page(f"{HEADLINE} / Online News @ TheHarbour", above + copyright_line)
    assert page_title(page.meta, page.page) == HEADLINE
