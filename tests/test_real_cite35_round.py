"""Session 35's study of the outlets cited in the article's paragraphs on real pages (issue 13), the largest class of
the real check halves' misses (source on body lines, 205 of 344 missed at the start). What stayed: the outlet spoken
to in the present tense and in a conversation ("tells Us Weekly", "spoke to CNN"), in an interview or an email
whatever words stand before the noun ("in an exclusive interview with Sky News", "in an email to Politico"), the
passive reporting verbs before a known outlet ("reported by The Guardian", "first published by Axios"), a US
station's call sign or channel brand as an outlet's mark ("told WRAL", "told NBC 4"), a weekday is no outlet though
"Sunday" names papers, and well-known English outlets the gazetteer lacked. The lines are written for the tests, not
taken from the pages.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tasks.credits.body_citations import in_body_citations
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.outlets import is_known_outlet

DATA = Path(__file__).resolve().parent.parent / "tasks" / "lexicon" / "data"


def _cited(text: str) -> list[tuple[str, str | None]]:
    return [(f.kind.value, f.name) for f in in_body_citations(text, 1, load_gazetteer())]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the present tense and the verbs of a conversation, as "told" and "speaking to"
        ("A source close to the singer tells Us Weekly that the tour is over.", "Us Weekly"),
        ("The singer tells Rolling Stone that the tour is over.", "Rolling Stone"),
        ("The mayor spoke to CNN about the budget on Monday.", "CNN"),
        ("The singer revealed to Access Hollywood that the tour is over.", "Access Hollywood"),
        # an interview or an email, whatever words stand before the noun
        ("In an exclusive interview with Sky News, the mayor said the budget was approved.", "Sky News"),
        ("The mayor said in a phone interview with the Harbour Gazette that it passed.", "Harbour Gazette"),
        ("The mayor said during an interview with CNBC that the budget was approved.", "CNBC"),
        ("The mayor gave an interview to the Financial Times on Monday.", "Financial Times"),
        ("The mayor wrote in an email to Politico that the budget was approved.", "Politico"),
        # the passive of the reporting verbs before a known outlet
        ("The budget deal was reported by The Guardian on Monday.", "The Guardian"),
        ("The report, first published by Axios, said the budget was approved.", "Axios"),
        # a US station by its call sign or its network's channel brand
        ("The mayor told WRAL that the budget was approved on Monday.", "WRAL"),
        ("The budget was approved, the mayor told NBC 4.", "NBC 4"),
        # outlets the gazetteer lacked
        ("The singer told Teen Vogue that the tour was over.", "Teen Vogue"),
        ("The claim was false, according to Snopes.", "Snopes"),  # a fact-checker; satire sites left out
        ("The minister told The Telegraph that the budget was approved.", "The Telegraph"),
    ],
)
def test_an_outlet_cited_in_a_paragraph(text: str, name: str) -> None:
    assert ("source", name) in _cited(text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor spoke to the council about the budget on Monday.",  # spoken to, no outlet's marks
        "The mayor said in an interview with John Harbour that the budget was approved.",  # a person interviewing
        "The mayor wrote in an email to staff that the budget was approved.",
        "The novel was published by Penguin in 2019, the author said.",  # "published by" before no known outlet
        "The findings were reported in 2019 by the council.",
        "The mayor told WHO officials that the budget was approved.",  # three capitals: no call sign
        "The mayor said in an interview on Sunday that the budget was approved.",  # "Sunday" names papers, not here
    ],
)
def test_the_frames_cite_nothing_without_an_outlet(text: str) -> None:
    assert _cited(text) == []


def test_common_words_count_only_as_the_outlets_write_them() -> None:
    assert is_known_outlet("Foreign Policy") and not is_known_outlet("foreign policy")
    assert is_known_outlet("The Week") and not is_known_outlet("the week")
    assert is_known_outlet("Science") and not is_known_outlet("science")


def test_the_added_rows_say_where_they_come_from() -> None:
    rows = [r for r in csv.DictReader((DATA / "outlets.csv").open(encoding="utf-8")) if "session 35" in r["source"]]
    assert len(rows) >= 60
    assert all("Wikipedia" in r["source"] and r["country"] and r["kind"] for r in rows)


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("The senator said on CNN that the budget was approved.", [("source", "CNN")]),
        ("Appearing on Fox News, the mayor said the budget was approved.", [("source", "Fox News")]),
        ("The senator said on Monday that the budget was approved.", []),  # only a known outlet after "said on"
        ("The senator said on Twitter that the budget was approved.", []),
    ],
)
def test_the_broadcaster_a_speaker_said_it_on(text: str, cited: list[tuple[str, str]]) -> None:
    assert _cited(text) == cited


def test_a_known_outlet_owning_the_anchor_spoken_to_is_not_read() -> None:
    # tried this session and withdrawn: "told CNN's Jake Tapper" read as CNN found one record on the ninth half but
    # cost the sixth and eighteenth halves precision (0.797 -> 0.791, 0.875 -> 0.865), and on the studied trainable2
    # it read the page's own outlet ("told MSNBC's Richard Wolffe" on MSNBC's page): the labels take a staffer's
    # outlet for the employer, as sessions 31 and 34 found for "Wired's Spencer Ackerman" and "ESPN's Adam Schefter"
    assert _cited("The mayor told CNN's Jake Tapper that the budget was approved.") == []
