"""Rules of the real-page authors round (session 17): each names a shape of the author metadata and byline elements
of real news pages (bench/real_authors.py, the studied aeb + readability and eval_only_study files), general across
sites, with a negative where the shape could overreach. The scores are pinned in tests/test_real_authors.py."""

from __future__ import annotations

import lxml.html
import pytest

from tasks.credits.names import clean_author_names
from tasks.html.byline_element import byline_text
from tests.test_heldout4_round import _process

EN_BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "The county council voted on Tuesday to close two branch libraries by the end of the coming spring term.",
        "Officials said the savings would fund longer opening hours at the main library in the town centre.",
        "Residents who opposed the plan gathered outside the council chamber with signs and a petition of 4,000 names.",
    )
)


# A desk or an outlet named by its own closing word ("News", "Newsroom", "Nachrichten"), though the page names no site
# to compare it with: a broadcaster's author meta, a health site's byline with the outlet glued onto the writer.
@pytest.mark.parametrize(
    "raw", ["Metro News", "Lakeside Health News", "Westfield Nachrichten", "Northgate Newsroom", "KTVX Noticias"]
)
def test_a_name_closed_by_a_desk_word_is_no_person(raw: str) -> None:
    assert clean_author_names([raw], "en") == []


def test_a_desk_word_closing_the_name_drops_the_outlet_not_the_writer_listed_before_it() -> None:
    assert clean_author_names(["Dana Whitfield, Lakeside Health News"], "en") == ["Dana Whitfield"]


# Negative: a newsroom word that is also a surname ("Service") still closes a person's name, and a desk word inside
# a name or a surname that begins with one ("Newsome") is no desk's closing word.
@pytest.mark.parametrize("raw", ["Robert Service", "Chris Radio", "Ann Newsome"])
def test_a_surname_shared_with_a_wider_newsroom_word_is_kept(raw: str) -> None:
    assert clean_author_names([raw], "en") == [raw]


def test_an_outlet_in_the_author_meta_gives_way_to_the_byline_the_page_shows() -> None:
    head = '<title>Libraries to close</title><meta name="author" content="Metro News">'
    body = f'<article><h1>Libraries to close</h1><p class="byline">By Dana Whitfield</p>{EN_BODY}</article>'
    assert _process(head, body)[2] == ["Dana Whitfield"]


# A byline wrapper ("byline-section") holding the name in an element of its own marked as the author's, beside the
# outlet and the time: the marked element's text is the byline, not the wrapper's ("Dana Whitfield Associated Press
# Published 11:34 PM EST").
def test_the_author_marked_inside_a_byline_wrapper_is_read_without_the_outlet_beside_it() -> None:
    page = (
        '<div class="byline-section"><div class="attribution"><span class="author">Dana Whitfield</span>'
        '<span class="publication">Associated Press</span></div><div class="stamp">Published 11:34 PM EST</div></div>'
    )
    assert byline_text(lxml.html.fromstring(f"<html><body>{page}</body></html>")) == "Dana Whitfield"


def test_every_author_marked_inside_a_byline_wrapper_is_read() -> None:
    page = (
        '<p class="byline">By <a rel="author" href="/a/dw">Dana Whitfield</a> and '
        '<a rel="author" href="/a/ok">Omar Keane</a>, Valley Courier</p>'
    )
    assert byline_text(lxml.html.fromstring(f"<html><body>{page}</body></html>")) == "Dana Whitfield, Omar Keane"


# Negative: a byline element with no author marked inside it is read whole, as before.
def test_a_byline_without_a_marked_author_inside_is_read_whole() -> None:
    page = '<p class="byline">By <a href="/a/dw">Dana Whitfield</a> and <a href="/a/ok">Omar Keane</a></p>'
    assert byline_text(lxml.html.fromstring(f"<html><body>{page}</body></html>")) == "Dana Whitfield and Omar Keane"
