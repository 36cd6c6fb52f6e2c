"""Session 30, the HTML path's metadata on real pages (helper s30-real-html): the byline element's bureau city after
the writer's name ("By Peter Sayer Paris | Monday …"), which the text's byline reader already cut, and a preposition
opening a "name" a cue word happened to precede ("Text Without Notes", a link's label), and a name line under the
standfirst vouched for by the contributor's note closing the text ("David Kerr" … "David Kerr is vice president of …"),
and a minus sign typed for the dash after a byline's cue ("ရေးသားသူ − နန်းဆုမွန်").
Invented pages and lines, not eval pages; the real-page scores are pinned in tests/test_real_authors.py."""

from __future__ import annotations

from tasks.credits.author_parts import city_tail_start
from tasks.credits.name_checks import is_plausible_name
from tasks.credits.names import clean_author_names
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.credit_lines import parse_credit_line
from tests.test_heldout4_round import BODY, _process

HEADLINE = "<article><h1>Council backs the tram plan</h1>"


def test_the_byline_elements_bureau_city_is_no_part_of_the_name() -> None:
    byline = '<div class="author">By Maren Holt Berlin | Monday, 14 January, 2008</div>'
    assert _process("", HEADLINE + byline + BODY + "</article>")[2] == ["Maren Holt"]
    assert city_tail_start("Maren Holt Berlin") == len("Maren Holt")
    assert city_tail_start("Maren Holt Mexico City") == len("Maren Holt")
    # a two-word name keeps its last word, a city's name or not ("Tom Paris"); no city, the whole name
    assert city_tail_start("Tom Paris") == len("Tom Paris")
    assert city_tail_start("Maren Holt Jensen") == len("Maren Holt Jensen")


def test_a_preposition_opens_no_name() -> None:
    words = load_author_words()
    for phrase in ("Without Notes", "Between Friends", "Beyond Borders", "Ohne Worte"):
        assert not is_plausible_name(phrase, words, frozenset()), phrase
    for name in ("Will Hardy", "May Jensen", "Van Morrison", "Sin Ji-won"):
        assert is_plausible_name(name, words, frozenset()), name
    # a link's label after the cue word "text" credits no one; the cue before a name still credits the writer
    links = '<p><a href="/a">Text Without Notes</a><br><a href="/b">Melville Web Links</a></p>'
    assert _process("", HEADLINE + BODY + links + "</article>")[2] == []
    assert _process("", HEADLINE + BODY + "<p>Text: Anna Lee</p></article>")[2] == ["Anna Lee"]


def test_a_name_under_the_standfirst_vouched_for_by_the_closing_bio() -> None:
    standfirst = "<p>A sales force with mobile tools keeps the maker ahead of its rivals, and costs are falling.</p>"
    bio = "<p>Maren Holt is vice president of Example Systems, a maker of handheld software.</p>"
    page = HEADLINE + standfirst + "<p>Maren Holt</p>" + BODY + bio + "</article>"
    assert _process("", page)[2] == ["Maren Holt"]
    # no bio, or a bio of someone else: a name alone there is a heading or a person the article is about
    assert _process("", HEADLINE + standfirst + "<p>Maren Holt</p>" + BODY + "</article>")[2] == []
    other = "<p>Jonas Berg is vice president of Example Systems, a maker of handheld software.</p>"
    assert _process("", HEADLINE + standfirst + "<p>Maren Holt</p>" + BODY + other + "</article>")[2] == []


def test_a_minus_sign_after_the_cue_is_a_dash() -> None:
    # U+2212 (and the figure dash, the horizontal bar) where a dash parts the cue from the name
    assert clean_author_names(["ရေးသားသူ − ခင်မာလေး"], "my") == ["ခင်မာလေး"]
    assert clean_author_names(["By − Maren Holt"], "en") == ["Maren Holt"]
    line = parse_credit_line("Author ― Maren Holt")
    assert line is not None and line.name == "Maren Holt"
    writer = '<p class="writer">ရေးသားသူ − ခင်မာလေး</p>'
    assert _process("", HEADLINE + writer + BODY + "</article>", lang="my")[2] == ["ခင်မာလေး"]
