"""Session 34, the HTML path's authors on real pages (helper s34-real-html, issue 13): a blog's byline element showing
one word, the first name or pen name its writer posts under ("Posted by <span class="author vcard"><a class="fn">
Kevin</a></span>"). `bench/author_misses.py` counted the check halves' missed authors by shape (counts only): the
largest class, 35 of 212, was a byline element holding the name alone, dropped because one word is no name. Invented
pages and lines, not eval pages; the real-page scores are pinned in tests/test_real_authors.py."""

from __future__ import annotations

from tasks.credits.one_word_author import one_word_signer
from tests.test_heldout4_round import _process

P = "The town council met on Tuesday to discuss the old bridge, closed since the spring floods, and its repair."
BODY = "".join(f"<p>{P} Sentence {i} of the post adds more about the plan and its costs.</p>" for i in range(6))


def _blog(byline: str, title: str = "Bridge plan delayed again | Town Notes") -> str:
    return (
        f"<html lang='en'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<div id='header'><a href='/'>Town Notes</a></div><div class='post'>"
        f"<h2 class='post-title'>Bridge plan delayed again</h2><div class='post-body'>{BODY}</div>"
        f"<div class='post-footer'>{byline}</div></div></body></html>"
    )


def _authors(page: str) -> list[str]:
    _, _, rest = page.partition("<head>")
    head_part, _, body = rest.partition("</head>")
    return _process(head_part.replace("<meta charset='utf-8'>", ""), body.removeprefix("<body>"))[2]


BLOGGER = "<span class='post-author vcard'>Posted by <span class='fn'>{}</span></span> at 10:12 AM"
WORDPRESS = "<span class='byline'>by <span class='author vcard'><a class='url fn n' href='/a/'>{}</a></span></span>"


def test_a_byline_elements_one_word_is_its_writer() -> None:
    assert _authors(_blog(BLOGGER.format("Kevin"))) == ["Kevin"]
    assert _authors(_blog(WORDPRESS.format("Mish"))) == ["Mish"]
    assert one_word_signer("by Regan", frozenset(), frozenset()) == ["Regan"]


def test_no_account_handle_month_or_site_word() -> None:
    for word in ("admin", "Admin", "Guest", "Гость", "Gast", "kevin", "KEVIN", "Staff", "March", "k2000"):
        assert one_word_signer(word, frozenset(), frozenset()) == [], word
    # the site's own account: a word of its name that its domain opens with ("Vortex" on vortexcannon.org)
    assert one_word_signer("Vortex", frozenset(), frozenset({"vortex"})) == []
    page = _blog(WORDPRESS.format("Vortex"), "About bugs – Vortex Cannon Entertainment").replace(
        "<title>", "<link rel='canonical' href='https://vortexcannon.org/about-bugs/'><title>"
    )
    assert _authors(page) == []
    # a known agency or outlet is a source, not a writer
    assert _authors(_blog(WORDPRESS.format("Reuters"))) == []
    # two words are read as before, one word beside them is not taken alone
    assert _authors(_blog(WORDPRESS.format("Kevin Drum"))) == ["Kevin Drum"]
