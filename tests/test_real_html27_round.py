"""Rules of the session-27 real-page HTML metadata round (issue 13: authors on real pages). Every page below was
written for this test.
"""

from __future__ import annotations

from tasks.credits.name_checks import is_plausible_name
from tasks.credits.names import clean_author_names
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


def test_the_name_before_a_place_or_an_outlet_after_it() -> None:
    cases = {
        "By Maren Holt in Bergen": ["Maren Holt"],
        "Maren Holt for The Tidewater Post": ["Maren Holt"],
        "Jonas Wirth aus Kassel und Lea Brandt aus Fulda": ["Jonas Wirth", "Lea Brandt"],
        "Tomás Vidal desde Quito": ["Tomás Vidal"],
        "Saskia van Dam in Utrecht": ["Saskia van Dam"],
    }
    for raw, names in cases.items():
        assert clean_author_names([raw], "de" if "und" in raw else "en") == names, raw
    # one word before the preposition is no name, and a lower-case word before it is a sentence
    assert clean_author_names(["Posted in Local News"], "en") == []
    assert clean_author_names(["Maren said in Bergen"], "en") == []


def test_an_author_value_with_the_place_after_the_name() -> None:
    # the whole value was no name before (its lower-case "in"), and the page credited no one
    _, _, authors = _process('<meta name="author" content="Maren Holt in Bergen">', HEADLINE + BODY + "</article>")
    assert authors == ["Maren Holt"]
    # a visible byline so written gives the same one writer
    byline = '<p class="byline">By Maren Holt in Bergen</p>'
    assert _process("", HEADLINE + byline + BODY + "</article>")[2] == ["Maren Holt"]


def test_a_media_group_before_the_site_is_no_writer() -> None:
    # the regional group's name, then the site it writes for: an outlet, not a second writer (the place cut above
    # turned it into one until "media" closed an outlet's name)
    assert clean_author_names(["Maren Holt | Tidewater Valley Media for TVnews.example"], "en") == ["Maren Holt"]
