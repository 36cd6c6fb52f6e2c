"""Session 45, the HTML path's authors on real pages (helper s45-realhtml, issue 13).

A correspondent's byline with no cue and no date, the writer's name and the place filed from parted by a bar, a
dash, a slash or a comma ("Ana López | Madrid", "Marco Rossi - Roma", "Ayşe Yılmaz / İstanbul", "Ann Lee, London"), as
the Spanish, Italian, Portuguese and Turkish papers and wire correspondents set it over the text: where the page's
markup left it a paragraph of the article (no byline class), it was read by no rule, the text's head reading a cued
or dated byline, or a name and its writing job, only. The place vouches for the name as the job title does.

The real-page scores are pinned in tests/test_real_authors.py."""

from __future__ import annotations

from tests.test_heldout4_round import _process
from tests.test_real_html41_round import HEAD, PARAGRAPHS


def _authors(byline: str, lang: str = "en", paragraphs: str = PARAGRAPHS) -> list[str]:
    body = (
        "<div id='header'><a href='/'>Springfield Gazette</a> <a href='/news'>News</a></div>"
        f"<div class='story'><h1>Council approves new city budget</h1><p>{byline}</p>{paragraphs}</div>"
        "<div id='footer'>Copyright 2011 Springfield Gazette</div>"
    )
    return _process(HEAD, body, lang)[2]


def test_a_correspondents_name_and_the_place_filed_from_over_the_text_is_the_byline() -> None:
    for byline, lang, name in (
        ("Ana López | Madrid", "es", "Ana López"),
        ("Ana López - Sevilla", "es", "Ana López"),
        ("Marco Rossi - Roma", "it", "Marco Rossi"),
        ("Marco Rossi, Milano", "it", "Marco Rossi"),
        ("Ayşe Yılmaz - İstanbul", "tr", "Ayşe Yılmaz"),
        ("Ayşe Yılmaz / İSTANBUL", "tr", "Ayşe Yılmaz"),
        ("Ana Souza | São Paulo", "pt", "Ana Souza"),
        ("Ana Souza, de Brasília", "pt", "Ana Souza"),
        ("Marie Dupont, à Lyon", "fr", "Marie Dupont"),
        ("Anna Schmidt, Berlin", "de", "Anna Schmidt"),
        ("Ann Lee | London", "en", "Ann Lee"),
    ):
        assert _authors(byline, lang) == [name], byline


def test_a_heading_or_a_person_the_text_names_is_no_placed_byline() -> None:
    for heading in ("Breaking News | London", "Live Updates - Kyiv", "Home | News | Europe", "World News, Europe"):
        assert _authors(heading) == [], heading
    # the story's subject and where the story is: the text names her
    named = PARAGRAPHS.replace("The mayor is", "Ann Lee, the mayor, is")
    assert _authors("Ann Lee | Springfield", paragraphs=named) == []


def test_a_match_reports_fixture_line_is_no_placed_byline() -> None:
    # "Home side - Visitors" over a match report: the first club's name is a capitalised pair like a person's, the
    # second a city, but the report names the club by one of its words
    report = (
        "<p>Bayern gewann am Samstagabend vor ausverkauftem Haus mit zwei zu eins gegen den Rivalen aus dem "
        "Ruhrgebiet, "
        "beide Tore fielen erst in der zweiten Halbzeit nach einer torlosen ersten Hälfte.</p>"
        "<p>Die Gastgeber hatten mehr Ballbesitz und mehr Chancen als die Gäste aus dem Westen.</p>"
    )
    assert _authors("Bayern München - Dortmund", "de", report) == []
