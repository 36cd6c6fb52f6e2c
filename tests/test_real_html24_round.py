"""Rules of the session-24 real-page HTML metadata round (bench/real_authors.py, studied files only): each names a
shape of real pages, general across sites, with a negative where the shape could overreach. Every page below was
written for this test.
"""

from __future__ import annotations

import json

from lxml import html as lxml_html  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.credits.editor_names import shown_only_as_editor
from tasks.credits.name_checks import is_plausible_name
from tasks.credits.one_word_author import one_word_person
from tasks.html.byline_element import byline_text
from tasks.lexicon.author_words import load_author_words
from tests.test_heldout4_round import BODY, _process


def _byline(body: str) -> str | None:
    return byline_text(lxml_html.fromstring(f"<html><body>{body}</body></html>"))


def test_an_element_whose_id_is_author_is_the_byline() -> None:
    # an old template's one author slot, "<div id="author">", as trafilatura's author xpaths read it too
    page = '<div id="title"><b>Orchard Soils</b></div><div id="author">Hedda Lindqvist</div>' + BODY
    assert _byline(page) == "Hedda Lindqvist"
    _, _, authors = _process("", page)
    assert authors == ["Hedda Lindqvist"]


def test_an_id_that_only_holds_the_word_is_no_byline() -> None:
    # the whole id must be the word: "author-bio" or "authors-list" are other slots
    assert _byline('<div id="author-bio">Hedda Lindqvist</div>' + BODY) is None


def test_an_institution_closing_a_name_is_no_person() -> None:
    words = load_author_words()
    bodies = ("Nordic Space Agency", "Tallgrass Prairie Foundation", "Harbour Lane Publishing", "Orchard Developers")
    for body in bodies:
        assert not is_plausible_name(body, words, frozenset()), body
    assert is_plausible_name("Hedda Lindqvist", words, frozenset())


def test_a_press_release_byline_naming_an_agency_credits_no_author() -> None:
    link = '<a href="https://nsa.example">Nordic Space Agency</a>'
    page = f'<h1>Mars habitats</h1><div class="article-byline">by {link}</div>'
    _, _, authors = _process("", page + BODY)
    assert authors == []


def test_the_author_meta_naming_the_pages_editor_is_no_author() -> None:
    # a Chinese CMS puts the story's editor in <meta name=author>; the info bar names the writer and the editor apart
    head = '<meta name="author" content="周明远">'
    bar = "<h1>宇航员在太空中的生活</h1><p>来源：科学网 作者：林晓 责任编辑：周明远</p>"
    first = "宇航员在国际空间站上每天工作十二个小时，并且需要锻炼两个小时以保持肌肉力量。"
    second = "科学家认为，长期的太空飞行会影响人的骨骼和视力，因此需要更多的研究。"
    text = f"<p>{first * 2}</p><p>{second * 2}</p>"
    _, _, authors = _process(head, bar + text, lang="zh")
    assert "周明远" not in authors


def test_an_editor_cue_needs_a_colon_or_a_phrase() -> None:
    assert shown_only_as_editor("Ann Vel", ["Editor: Ann Vel"])
    assert shown_only_as_editor("Ann Vel", ["(Edited by Ann Vel)"])
    assert shown_only_as_editor("周明远", ["[责任编辑:周明远]"])
    # a byline opening with the writer's own job title; a name shown as a writer too; a name the page never shows
    assert not shown_only_as_editor("Ann Vel", ["By Senior Editor Ann Vel"])
    assert not shown_only_as_editor("Ann Vel", ["Editor: Ann Vel", "By Ann Vel"])
    assert not shown_only_as_editor("Ann Vel", ["By Bo Dunn"])


def _ld_person(name: str) -> str:
    article = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": "Orchard Soils",
               "author": {"@type": "Person", "name": name}}  # fmt: skip
    return f'<script type="application/ld+json">{json.dumps(article)}</script>'


def _one_word_page(name: str, shown: str) -> list[str]:
    byline = f'<span class="author vcard">written by <a href="/author/x/">{shown}</a></span>'
    return _process(_ld_person(name), f"<h1>Orchard Soils</h1>{byline}" + BODY)[2]


def test_a_one_word_person_the_byline_shows_is_the_author() -> None:
    # a blogger signing with her first name: JSON-LD types it as a person, the byline element shows it
    assert _one_word_page("Hedda", "Hedda") == ["Hedda"]


def test_a_one_word_author_needs_both_sources_and_a_names_spelling() -> None:
    assert _one_word_page("Hedda", "Orchard team") == []  # the byline shows another text
    # a handle the byline links reads as the writer since session 38 (the real pages' labellers credit it:
    # tests/test_realhtml38_round.py); one holding an account word stays the site's account
    assert _one_word_page("hedda99", "hedda99") == ["hedda99"]
    assert _one_word_page("orchardadmin", "orchardadmin") == []
    assert _one_word_page("Admin", "Admin") == []  # a site's account
    assert one_word_person(("Hedda",), "Hedda", frozenset({"hedda"})) == []  # the site's own name
    assert one_word_person(("Hedda",), None, frozenset()) == []


def test_a_one_word_agency_typed_as_a_person_is_no_author() -> None:
    assert _one_word_page("Reuters", "Reuters") == []
