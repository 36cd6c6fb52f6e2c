"""Session 39, the HTML path's authors on real pages (helper s39-realhtml, issue 13). `bench/author_misses.py` and
a count of the misses whose name is one of the site's own names (counts only: no name, no page of a check half) left
one-person sites: a blog or a columnist's own site whose home link or <title> edge is its writer's name ("Jane Doe"),
whose text byline credits that person ("Posted by Jane Doe at 10:30 AM"). The publisher test dropped the byline's name
as the site's. Kept: a text byline's name the publisher test drops is read when written as the owner's
(`written_as_an_owner`: two or three words, each a capital and lower-case letters, or a surname's prefix before its
inner capital, "McArdle", "O'Connor"; no desk, job, account or outlet word, no known outlet), as the byline element's
`site_owner_byline` (session 36) reads it, where the page credits no one else and the line shows more than the name.
Invented pages, not eval pages; the real-page scores are pinned in tests/test_real_authors.py."""

from __future__ import annotations

from tasks.credits.one_word_author import names_the_owner, site_owner_byline, written_as_an_owner
from tests.test_heldout4_round import _process
from tests.test_real_html34_round import BODY


def _site(site: str, byline: str, below: bool = False) -> tuple[str, str]:
    head = f"<title>Bridge plan delayed again | {site}</title>"
    shown = f"<p>{byline}</p>"
    body = (
        f"<div id='header'><a href='/'>{site}</a></div><div class='post'><h2>Bridge plan delayed again</h2>"
        f"{'' if below else shown}<div class='post-body'>{BODY}</div>{shown if below else ''}</div>"
    )
    return head, body


def test_a_text_byline_naming_the_one_person_site_credits_its_owner() -> None:
    for site, byline, below in (
        ("Jane Doe", "Posted by Jane Doe at 10:30 AM", True),
        ("Jane Doe", "by Jane Doe on December 5, 2009", False),
        ("Ann McArdle", "Written by Ann McArdle. Posted on Monday, December 5, 2009", False),
        ("Sean O'Brien", "Posted by Sean O'Brien at 9:15 PM", True),
    ):
        assert _process(*_site(site, byline, below))[2] == [site], byline


def test_a_site_named_as_an_outlet_stays_the_publisher() -> None:
    # an outlet word, a newsroom word, capitals, one word: the site's name, however the byline shows it
    for site in ("Town Daily", "Valley News Desk", "WKRN News", "Townnotes"):
        assert _process(*_site(site, f"By {site}"))[2] == [], site


def test_the_site_name_alone_on_a_line_is_its_masthead() -> None:
    # the owner's name as a line of its own (a masthead, a sidebar's "about" box), no cue: no byline of the post's
    head, body = _site("Jane Doe", "Jane Doe", below=True)
    assert _process(head, body)[2] == []


def test_a_page_crediting_another_writer_keeps_the_site_name_the_publishers() -> None:
    # a guest post, or an outlet named like a person: the site's name beside another writer's byline is the site's
    head, body = _site("Jane Doe", "Posted by Jane Doe at 10:30 AM", below=True)
    body = body.replace("<div class='post-body'>", "<p>By Tom Berg</p><div class='post-body'>")
    assert _process(head, body)[2] == ["Tom Berg"]


def test_what_an_owner_name_is() -> None:
    for name in ("Jane Doe", "Ann McArdle", "Sean O'Brien", "Mary Ann Lee"):
        assert written_as_an_owner(name, "en"), name
    # one word, four words, capitals, camelCase that no surname prefix explains, an outlet word, a lower-case word
    for name in ("Jane", "Anna Maria Lee Berg", "WKRN News", "TechCrunch Daily", "Town Daily", "Jane doe"):
        assert not written_as_an_owner(name, "en"), name
    assert names_the_owner("Jane Doe", "en")
    assert not names_the_owner("Town Daily", "en")
    # the byline element's reading (session 36) takes the surname's inner capital too
    assert site_owner_byline("By Ann McArdle", "en", frozenset({"annmcardle"})) == ["Ann McArdle"]
    assert site_owner_byline("By Ann McArdle", "en", frozenset()) == []
