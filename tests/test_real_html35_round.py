"""Session 35, the HTML path's authors on real pages (helper s35-real-html, issue 13): the byline elements the DOM walk
never read as bylines. `bench/author_misses.py` and a count of the class strings around the missed names (check
halves, counts only: no name, no page) put 15 of 193 missed authors under Blogger's posts box, `<div class="widget
Blog" id="Blog1">`, whose "widget" made every post's "Posted by" element another article's, and 11 in a class glued onto
"byline" that no separator splits ("nodebyline"). Invented pages, not eval pages; the real-page scores are pinned in
tests/test_real_authors.py."""

from __future__ import annotations

from lxml import html as lxml_html  # type: ignore[import-untyped]

from tasks.html.byline_element import byline_text, is_byline_element
from tests.test_heldout4_round import _process
from tests.test_real_html34_round import BODY

HEAD = "<title>Town Notes: Bridge plan delayed again</title>"


def _blogger(byline: str, box: str = "widget Blog") -> str:
    return (
        "<div id='header'><h1><a href='/'>Town Notes</a></h1></div><div class='main'>"
        f"<div class='{box}' id='Blog1'><div class='post hentry'>"
        "<h3 class='post-title entry-title'>Bridge plan delayed again</h3>"
        f"<div class='post-body entry-content'>{BODY}</div><div class='post-footer'><p class='post-footer-line'>"
        f"<span class='post-author vcard'>Posted by <span class='fn'>{byline}</span></span> at 10:12 AM</p></div>"
        "</div></div></div>"
    )


def test_a_blogger_posts_box_is_no_gadget() -> None:
    # one word: read only from a byline element, which the posts box's "widget" hid
    assert _process(HEAD, _blogger("Kevin"))[2] == ["Kevin"]
    assert _process(HEAD, _blogger("Kevin Drum"))[2] == ["Kevin Drum"]
    root = lxml_html.fromstring(_blogger("Kevin"))
    assert byline_text(root) == "Posted by Kevin"


def test_a_sidebar_gadget_stays_elsewhere() -> None:
    # another gadget of the layout ("widget Profile", "widget PopularPosts"): its author element is not the post's
    for box in ("widget Profile", "widget PopularPosts", "widget"):
        root = lxml_html.fromstring(_blogger("Kevin", box))
        assert not is_byline_element(root.find_class("post-author")[0]), box
        assert _process(HEAD, _blogger("Kevin", box))[2] == [], box


def test_a_posts_box_byline_with_a_comma_stays_unread() -> None:
    # "Posted by Ann Lee, guest blogger, Acme Widgets": the posting account with its role and outlet
    page = _blogger("Ann Lee</span>, guest blogger, Acme Widgets<span>")
    root = lxml_html.fromstring(page)
    assert not is_byline_element(root.find_class("post-author")[0])


def _node(byline_class: str, byline: str) -> str:
    return (
        "<div class='node'><h1>Bridge plan delayed again</h1>"
        f"<div class='{byline_class}'>By <strong><a href='/user/7'>{byline}</a></strong></div>"
        f"<div class='content'>{BODY}</div></div>"
    )


def test_a_word_glued_onto_byline_names_the_byline() -> None:
    for glued in ("nodebyline modfont", "articlebyline", "storybyline"):
        root = lxml_html.fromstring(_node(glued, "Kevin Drum"))
        assert byline_text(root) == "Kevin Drum", glued
    assert _process(HEAD, _node("nodebyline", "Kevin Drum"))[2] == ["Kevin Drum"]
    # a capitalised or camelCase glued class stays unread (session 33: an old page's "Byline" box held its links),
    # and so does a word only ending in the letters ("standby" is no byline's)
    for other in ("FeatureByline", "newsByLine", "xbyline", "standby"):
        root = lxml_html.fromstring(_node(other, "Kevin Drum"))
        assert byline_text(root) is None, other
