"""Session 44, the HTML path's authors on real pages (helper s44-realhtml, issue 13).

A magazine's "Words:" credit beside its "Photos:" ("Words: Ann Lee / Pictures: Tom Hale") is the writer's, the colon
form of "Words by" (only before a colon: "Words matter" opens a sentence).

The real-page scores are pinned in tests/test_real_authors.py."""

from __future__ import annotations

from tests.test_heldout4_round import _process
from tests.test_real_html41_round import HEAD, PARAGRAPHS  # the same invented council story


def _authors(byline: str, lang: str = "en") -> list[str]:
    body = (
        "<div id='header'><a href='/'>Springfield Gazette</a> <a href='/news'>News</a></div>"
        f"<div class='story'><h1>Council approves new city budget</h1>{byline}{PARAGRAPHS}</div>"
        "<div id='footer'>Copyright 2011 Springfield Gazette</div>"
    )
    return _process(HEAD, body, lang)[2]


def test_a_magazines_words_credit_before_its_colon_names_the_writer() -> None:
    assert _authors("<p>Words: Ann Lee / Pictures: Tom Hale</p>") == ["Ann Lee"]
    assert _authors("<p>Words: Ann Lee</p>") == ["Ann Lee"]
    assert _authors("<p>Words: 1,200</p>") == []  # a count's label, no one
