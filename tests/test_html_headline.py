"""The headline block of an HTML page, on old-style table pages whose <title> names only the site."""

from __future__ import annotations

from schemas import Label
from tasks.html.blocks import Block
from tasks.html.headline import headline_index, is_headline_shaped
from tasks.pipeline_html import HtmlPage, extract_html, page_title
from tests.test_html_pipeline import PARAGRAPHS

MENU = "".join(f'<td><a href="/s{i}">Section {i}</a></td>' for i in range(8))


def _table_page(title: str, above: str) -> str:
    """A 2000s table layout: a menu row, then the story cell: headline, date, paragraphs."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<html><head><title>{title}</title></head><body><table><tr>{MENU}</tr></table>"
        f"<table><tr><td>{above}<div>{paragraphs}</div></td></tr></table></body></html>"
    )


def _page(html: str) -> HtmlPage:
    page = extract_html(html.encode())
    assert isinstance(page, HtmlPage)
    return page


def _title_lines(page: HtmlPage) -> list[str]:
    return [ll.line.text for ll in page.page.segmented.with_label(Label.TITLE)]


def test_the_headline_under_the_menu_is_found_when_title_names_only_the_site() -> None:
    above = "<div class='hd'>Ferry operator cancels winter timetable</div><div>Friday, January 18, 2008</div>"
    page = _page(_table_page("Example Sports Network", above))
    assert _title_lines(page) == ["Ferry operator cancels winter timetable"]
    assert page_title(page.meta, page.page) == "Ferry operator cancels winter timetable"


def test_labels_dates_and_credit_lines_under_the_menu_are_skipped() -> None:
    above = (
        "<div>Text Size</div><div>08/01/2008 11:13</div><div class='byline'>Example Press Agency</div>"
        "<h3>Ferry operator cancels winter timetable</h3>"
    )
    assert _title_lines(_page(_table_page("Example Sports Network", above))) == [
        "Ferry operator cancels winter timetable"
    ]


def test_a_page_without_a_title_tag_gets_its_headline_from_the_page() -> None:
    html = _table_page("", "<h3>Ferry operator cancels winter timetable</h3>").replace("<title></title>", "")
    page = _page(html)
    assert page.meta.title is None
    assert _title_lines(page) == ["Ferry operator cancels winter timetable"]


def _block(index: int, text: str, link_density: float = 0.0, tag: str = "div", hint: str | None = None) -> Block:
    return Block(index, text, tag, f"body/{tag}", 0, False, False, False, False, link_density, hint, ())


def test_headline_shape() -> None:
    assert is_headline_shaped(_block(0, "Ferry operator cancels winter timetable"))
    assert is_headline_shaped(_block(0, "From our writers' mail bags..."))
    assert not is_headline_shaped(_block(0, "Sports"))  # a section label
    assert not is_headline_shaped(_block(0, "The ferry operator cancelled its winter timetable on Friday."))
    assert not is_headline_shaped(_block(0, "Ferry operator cancels winter timetable", link_density=1.0))
    assert not is_headline_shaped(_block(0, "Example Press Agency Wire", hint="byline"))
    assert not is_headline_shaped(_block(0, "08/01/2008 11:13"))
    assert not is_headline_shaped(_block(0, "Home > Headlines > Ferry operator cancels winter timetable"))


def test_without_a_menu_in_sight_nothing_is_guessed() -> None:
    blocks = [_block(i, f"Paragraph number {i} of a long page with many words in it.") for i in range(20)]
    blocks[15] = _block(15, "Ferry operator cancels winter timetable")
    assert headline_index(blocks, 16, None) is None
    blocks[14] = _block(14, "Home | News | Sport", link_density=1.0)
    assert headline_index(blocks, 16, None) == 15


def test_the_block_the_title_starts_with_is_the_headline() -> None:
    blocks = [_block(0, "Home | News | Sport", link_density=1.0), _block(1, "Ferry operator cancels winter timetable")]
    blocks += [_block(2, "By Anna Lee", link_density=1.0), _block(3, "Read comments (4)", link_density=1.0)]
    blocks += [_block(4, "The ferry operator cancelled its winter timetable on Friday, citing falling demand.")]
    title = "Ferry Operator Cancels Winter Timetable (from The Example Gazette)"
    assert headline_index(blocks, 4, title) == 1
    assert headline_index(blocks, 4, "Ferry fares rise (from The Example Gazette)") is None


def test_a_one_or_two_word_title_loses_to_the_headline_under_the_menu() -> None:
    blocks = [_block(0, "Example Post"), _block(1, "Home | News | Sport", link_density=1.0)]
    blocks += [_block(2, "Ferry operator cancels winter timetable")]
    blocks += [_block(3, "The ferry operator cancelled its winter timetable on Friday, citing falling demand.")]
    assert headline_index(blocks, 3, "Example Post") == 2
    assert headline_index(blocks[:2] + blocks[3:], 2, "Example Post") == 0  # nothing better: the site's block
