"""Rules of the session-27 real-page HTML metadata round (issue 13: authors on real pages). Every page below was
written for this test.
"""

from __future__ import annotations

from tasks.credits.name_checks import is_plausible_name
from tasks.lexicon.author_words import load_author_words
from tests.test_heldout4_round import BODY, _process

HEADLINE = "<article><h1>Council backs the tram plan</h1>"


def test_a_withheld_writer_is_no_author() -> None:
    # a post signed "Anonymous Reader" in its byline and in <meta name=author>: no one is credited
    byline = '<p class="byline">by Anonymous Reader</p>'
    _, _, authors = _process('<meta name="author" content="Anonymous Reader">', HEADLINE + byline + BODY + "</article>")
    assert authors == []
    words = load_author_words()
    for name in ("Unknown Author", "Autor Unbekannt", "Anónimo Lector", "ANONYMOUS"):
        assert not is_plausible_name(name, words, frozenset()), name


def test_a_named_writer_beside_the_words_is_kept() -> None:
    _, _, authors = _process('<meta name="author" content="Maren Holt">', HEADLINE + BODY + "</article>")
    assert authors == ["Maren Holt"]
    # a surname that only starts like the words is a name ("Anonymo" is no word of the list)
    assert is_plausible_name("Lena Anonymo", load_author_words(), frozenset())
