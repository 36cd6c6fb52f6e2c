"""Session 37's study of the outlets cited in the article's paragraphs and the picture credits in the text on real
pages (issue 13). What stayed: a known outlet that confirmed a fact or has the story ("…, Variety confirmed.", "TMZ
has confirmed"), a known outlet's own investigation or analysis and the piece written for it ("an investigation by
ProPublica found", "In an op-ed for The Washington Post"), and the first of two known outlets joined by "and" before
the reporting verb ("CNN and Fox News reported"). What was measured and left is pinned as behaviour kept. The lines
are written for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.body_citations import in_body_citations
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.vocabulary import reporting_phrases


def _cited(text: str) -> list[tuple[str, str | None]]:
    return [(f.kind.value, f.name) for f in in_body_citations(text, 1, load_gazetteer())]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The couple split in March, Variety confirmed.", "Variety"),
        ("The couple split in March, TMZ has confirmed.", "TMZ"),
        ("The couple split in March, E! News has confirmed.", "E! News"),
        ("The couple split in March, The Verge confirmed.", "The Verge"),
        ("Gawker has the story: the couple split in March after a long year.", "Gawker"),
    ],
)
def test_a_known_outlet_that_confirmed_is_cited(text: str, name: str) -> None:
    assert ("source", name) in _cited(text)


@pytest.mark.parametrize(
    "text",
    [
        "The plant will close in March, the company confirmed.",
        "The plant will close in March, Apple confirmed.",  # a firm confirms for itself: only known outlets
        "The plant will close in March, Ann Lee confirmed.",
    ],
)
def test_confirmed_after_another_name_cites_nothing(text: str) -> None:
    assert not [c for c in _cited(text) if c[0] == "source"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Water bills doubled in five years, an investigation by ProPublica found.", "ProPublica"),
        ("An analysis by The Washington Post found that water bills doubled in five years.", "The Washington Post"),
        ("In an op-ed for The Washington Post, the mayor said the bills would fall next year.", "The Washington Post"),
        ("In an essay for The New Yorker, the author recalls the winter the river froze.", "The New Yorker"),
    ],
)
def test_a_known_outlets_investigation_or_piece_is_cited(text: str, name: str) -> None:
    assert ("source", name) in _cited(text)


def test_a_piece_for_an_unknown_name_cites_nothing() -> None:
    assert _cited("In an essay for Dropbox, the designer recalls the winter the office moved.") == []


def test_a_column_once_written_is_a_career_not_a_citation() -> None:
    # the studied blind32 lines: "who once wrote a column for the Western Mail" names the writer's past job; only the
    # piece cited with "in" ("In a column for …, she argues") cites the outlet
    assert _cited("The councillor, who once wrote a column for the Western Mail, declined to comment on Tuesday.") == []
    assert ("source", "Western Mail") in _cited(
        "In a column for the Western Mail, the councillor argues for a new bridge."
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The senator resigned on Monday, CNN and Fox News reported.", ["CNN", "Fox News"]),
        (
            "The senator resigned on Monday, NBC News and The Wall Street Journal first reported.",
            ["NBC News", "The Wall Street Journal"],
        ),
        (
            "The senator resigned on Monday, the Boston Globe and the New York Times reported.",
            ["Boston Globe", "New York Times"],
        ),
    ],
)
def test_two_known_outlets_before_the_verb_are_both_cited(text: str, names: list[str]) -> None:
    assert [n for k, n in _cited(text) if k == "source"] == names


def test_a_pair_needs_two_known_outlets() -> None:
    # "Smith and Fox News reported": a person and an outlet; only the gazetteer's outlet is cited, as before
    assert _cited("The senator resigned on Monday, Ann Smith and Fox News reported.") == [("source", "Fox News")]


def test_the_rows_are_data() -> None:
    phrases = reporting_phrases()
    assert {"confirmed", "has confirmed", "has the story"} <= set(phrases.after_known)
    assert {"an investigation by", "in an op-ed for"} <= set(phrases.before_known)


def test_a_list_of_a_chains_papers_still_cites_none() -> None:
    # session 36 withdrew lists of three or more outlets with no reporting verb; the pair needs the verb after it
    assert _cited("The chain owns the Harbour Post, the Denver Post, the Miami Herald and 30 other papers.") == []
