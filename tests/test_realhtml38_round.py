"""Session 38, the HTML path's authors on real pages (helper s38-realhtml, issue 13). `bench/author_misses.py` over
all 22 check halves (counts only: no name, no page) left byline elements that hold the gold name but whose name the
cleaner drops; the largest kind among them a one-word name in lower case (6) or camelCase (3): a blog's or a forum's
user name ("Posted by jdoe", `<a rel="author" href="/author/jdoe/">jdoe</a>`), which the labellers credit. Kept: the
byline element's one word is read as its writer when written as such a handle and linked (the CMS's link to the
account's page), with the checks a capitalised one word has (no account, desk, job or interface word, no month, outlet
or word of the site) and no account word inside it ("jdadmin"). Invented pages, not eval pages; the real-page scores
are pinned in tests/test_real_authors.py."""

from __future__ import annotations

from tasks.credits.one_word_author import one_word_signer, written_as_a_handle
from tests.test_heldout4_round import _process
from tests.test_real_html34_round import BODY

HEAD = "<title>Bridge plan delayed again | Town Notes</title>"


def _post(byline: str) -> str:
    return (
        "<div id='header'><a href='/'>Town Notes</a></div><div class='post'>"
        "<h2 class='post-title'>Bridge plan delayed again</h2>"
        f"<div class='post-meta'><span class='author'>{byline}</span></div><div class='post-body'>{BODY}</div></div>"
    )


def test_a_byline_element_linking_a_user_name_credits_it() -> None:
    for shown, name in (
        ("Posted by <a href='/author/jdoe/'>jdoe</a>", "jdoe"),
        ("by <a rel='author' href='/u/mk_lee'>mk_lee</a> on March 2, 2025", "mk_lee"),
        ("<a href='/members/riverwatcher'>riverwatcher</a>", "riverwatcher"),
        ("Submitted by: <a href='/user/JaneDoe'>JaneDoe</a>", "JaneDoe"),
    ):
        assert _process(HEAD, _post(shown))[2] == [name], shown


def test_unlinked_accounts_capitals_and_no_one_stay_unread() -> None:
    # unlinked; a site's account (alone or inside the handle); an agency's code in capitals; Blogger's "unknown"; a
    # month; the site's own word
    for shown in ("Posted by jdoe", "by riverwatcher", "Posted by <a href='/u/admin'>admin</a>",
                  "by <a href='/u/jdadmin'>jdadmin</a>", "by <a href='/u/AFP'>AFP</a>",
                  "Posted by <a href='/u/unknown'>unknown</a>", "by <a href='/u/march'>march</a>"):  # fmt: skip
        assert _process(HEAD, _post(shown))[2] == [], shown
    linked = lambda: (("townnotes",), frozenset())  # noqa: E731
    assert one_word_signer("by townnotes", frozenset(), frozenset({"townnotes"}), linked) == []
    assert one_word_signer("by townnotes", frozenset(), frozenset(), linked) == ["townnotes"]


def test_what_a_handle_is() -> None:
    assert [w for w in ("jdoe", "mk_lee", "kd2", "jDoe", "JohnDoe", "anna.berg") if written_as_a_handle(w)] == [
        "jdoe", "mk_lee", "kd2", "jDoe", "JohnDoe", "anna.berg",
    ]  # fmt: skip
    # a name (read as one already), capitals alone, digits, one letter, a trailing mark, two words
    # a script without case ("肖春芳")
    for word in ("Kevin", "NYT", "2019", "x1", "jdoe_", "j", "ann lee", "jdoe@example.org", "肖春芳"):
        assert not written_as_a_handle(word), word


def test_a_thread_of_posts_signed_by_their_accounts_credits_none() -> None:
    # the byline element's tag and class repeated over another account: a forum thread's or a comment list's posters
    reply = "<div class='post'><span class='author'><a href='/u/kd2'>kd2</a></span><p>I agree with the plan.</p></div>"
    thread = _post("<a href='/u/riverwatcher'>riverwatcher</a>") + reply
    assert _process(HEAD, thread)[2] == []
    # the same account signing twice is still the one writer
    again = reply.replace("kd2", "riverwatcher")
    assert _process(HEAD, _post("<a href='/u/riverwatcher'>riverwatcher</a>") + again)[2] == ["riverwatcher"]
