"""Session 44, the HTML path's authors on real pages (helper s44-realhtml, issue 13).

A byline closed by its date with the clock time written first, "By Ann Lee Updated 10:32 AM EST, Thu March 3, 2011",
"By Ann Lee, 10:32 AM EST, March 3, 2011", "By Ann Lee PUBLISHED: 10:32 EST, 3 March 2011 | UPDATED: …" (the US cable
sites' and British tabloids' templates): the date's start was found at its day, the time, its zone and the label
before it were left to the names, and no writer was read. A clock time with its own words (half of the day, zone)
right before the date is the date's now, and the label before it too. Read so, a byline whose first writer's title
carries its beat ("By Aroha Ngata, Local Democracy Reporter and Tom Whitcombe") gave the beat as a name ("Local
Democracy"): a beat closing the words before a job word is the title's ("Ann Lee Education Correspondent").

A magazine's "Words:" credit beside its "Photos:" ("Words: Ann Lee / Pictures: Tom Hale") is the writer's, the colon
form of "Words by" (only before a colon: "Words matter" opens a sentence).

The real-page scores are pinned in tests/test_real_authors.py."""

from __future__ import annotations

from tasks.credits.bylines import split_byline
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.date_text import date_tail_start
from tests.test_heldout4_round import _process
from tests.test_real_html41_round import HEAD, PARAGRAPHS  # the same invented council story


def _authors(byline: str, lang: str = "en") -> list[str]:
    body = (
        "<div id='header'><a href='/'>Springfield Gazette</a> <a href='/news'>News</a></div>"
        f"<div class='story'><h1>Council approves new city budget</h1>{byline}{PARAGRAPHS}</div>"
        "<div id='footer'>Copyright 2011 Springfield Gazette</div>"
    )
    return _process(HEAD, body, lang)[2]


def test_a_clock_time_written_before_the_bylines_date_is_no_part_of_the_names() -> None:
    for byline in (
        "By Ann Lee Updated 10:32 AM EST, Thu March 3, 2011",
        "By Ann Lee, 10:32 AM EST, March 3, 2011",
        "By Ann Lee, CNN updated 10:32 a.m. EST, Thu March 3, 2011",
        "By Ann Lee PUBLISHED: 10:32 EST, 3 March 2011 | UPDATED: 11:00 EST, 3 March 2011",
        "By Ann Lee Last Updated: 10:32 AM, March 3, 2011",
    ):
        assert _authors(f"<p>{byline}</p>") == ["Ann Lee"], byline


def test_a_clock_time_with_words_no_clocks_stays_before_the_date() -> None:
    # a name after the time is no clock word: the date starts at its day, the time stays with the words before it
    text = "Ann Lee 10:32 Tom Hale March 3, 2011"
    assert text[: date_tail_start(text)] == "Ann Lee 10:32 Tom Hale "


def test_a_beat_before_the_job_word_is_the_titles_not_the_names() -> None:
    gazetteer = load_gazetteer()
    for line, names in (
        ("By Ann Lee, Local Democracy Reporter and Tom Hale", ["Ann Lee", "Tom Hale"]),
        ("By Ann Lee Education Correspondent", ["Ann Lee"]),
        ("By Ann Lee, Staff Writer", ["Ann Lee"]),
    ):
        assert [c.name for c in split_byline(line, 3, gazetteer)] == names, line
    byline = "<p>By Ann Lee, Local Democracy Reporter and Tom Hale Published 1:05am, 1 July 2025</p>"
    assert _authors(byline) == ["Ann Lee", "Tom Hale"]


def test_a_magazines_words_credit_before_its_colon_names_the_writer() -> None:
    assert _authors("<p>Words: Ann Lee / Pictures: Tom Hale</p>") == ["Ann Lee"]
    assert _authors("<p>Words: Ann Lee</p>") == ["Ann Lee"]
    assert _authors("<p>Words: 1,200</p>") == []  # a count's label, no one
