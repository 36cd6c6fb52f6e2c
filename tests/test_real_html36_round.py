"""Session 36, the HTML path's authors on real pages (helper s36-real-html, issue 13): where the missed authors stand,
counted on the check halves by shape only (`bench/author_misses.py`, its new `where:` counts: no name, no page).
Two general classes kept: a personal blog's byline element showing the writer's name that is the site's name too
(the publisher test dropped it from every source), and a genre noun before "written by" opening the byline line
("Article written by Ann Lee."), which no cue read. Invented pages, not eval pages; the real-page scores are pinned
in tests/test_real_authors.py."""

from __future__ import annotations

from tasks.credits.one_word_author import site_owner_byline
from tests.test_heldout4_round import _process
from tests.test_real_html34_round import BODY


def _blog(site: str, byline: str) -> tuple[str, str]:
    head = f"<title>Bridge plan delayed again | {site}</title><meta property='og:site_name' content='{site}'>"
    body = (
        f"<div id='header'><a href='/'>{site}</a></div><div class='post'>"
        f"<h2 class='post-title'>Bridge plan delayed again</h2><div class='post-body'>{BODY}</div>"
        f"<div class='post-footer'><span class='author vcard'>{byline}</span></div></div>"
    )
    return head, body


def test_a_personal_blogs_byline_names_its_owner() -> None:
    assert _process(*_blog("Kevin Drum", "Kevin Drum"))[2] == ["Kevin Drum"]
    assert _process(*_blog("Kevin Drum", "Posted by Kevin Drum"))[2] == ["Kevin Drum"]
    assert _process(*_blog("Ann Lee Berg", "Ann Lee Berg"))[2] == ["Ann Lee Berg"]


def test_the_site_owner_byline_is_a_persons_name_only() -> None:
    keys = frozenset({"kevindrum", "towndaily", "admin"})
    assert site_owner_byline("By Kevin Drum", "en", keys) == ["Kevin Drum"]
    # not the site's name (another rule's), an outlet word, one word, a handle, an account word, more than a name
    assert site_owner_byline("Ann Lee", "en", keys) == []
    assert site_owner_byline("Town Daily", "en", keys) == []
    assert site_owner_byline("Admin", "en", keys) == []
    assert site_owner_byline("kevin drum", "en", keys) == []
    assert site_owner_byline("Kevin Drum, Springfield", "en", keys) == []
    assert site_owner_byline(None, "en", keys) == []
    assert _process(*_blog("Town Daily", "Town Daily"))[2] == []


def _post(line: str, foot: bool) -> tuple[str, str]:
    head = "<title>Bridge plan delayed again | Town Notes</title>"
    credit = f"<p>{line}</p>"
    inner = f"{BODY}{credit}" if foot else f"{credit}{BODY}"
    return head, f"<div class='post'><h2>Bridge plan delayed again</h2><div class='post-body'>{inner}</div></div>"


def test_a_genre_noun_before_written_by_opens_the_byline() -> None:
    for line in ("Article written by Kevin Drum.", "Post written by Kevin Drum", "This post was written by Kevin Drum.",
                 "Column written by staff writer Kevin Drum"):  # fmt: skip
        for foot in (False, True):
            assert _process(*_post(line, foot))[2] == ["Kevin Drum"], (line, foot)
    # a sentence that only mentions writing stays unread
    assert _process(*_post("The song was written by Kevin Drum in 1999 for the town band.", True))[2] == []
