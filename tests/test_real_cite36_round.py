"""Session 36's study of the outlets cited in the article's paragraphs and the picture credits in the text on real
pages (issue 13). What stayed: a name the gazetteer does not know, written in capitals alone after "according to"
("according to the CDC", "according to IHS"), is an office, a firm or a poll house cited for its figures, no source
(the real check halves, totals by shape only: 9 such records found, none right). What was tried and withdrawn is
pinned as behaviour kept. The lines are written for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.body_citations import in_body_citations
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.vocabulary import name_word_role


def _cited(text: str) -> list[tuple[str, str | None]]:
    return [(f.kind.value, f.name) for f in in_body_citations(text, 1, load_gazetteer())]


@pytest.mark.parametrize(
    "text",
    [
        "Vehicle sales fell 5 percent last year, according to IHS, a research firm.",
        "Deaths on the roads rose for the third year, according to NHTSA data released on Monday.",
        "The storm was the strongest in a decade, according to the NWS.",
        "Home prices rose 4 percent in May, according to the NAR.",
    ],
)
def test_an_unknown_acronym_after_according_to_is_no_source(text: str) -> None:
    assert not [c for c in _cited(text) if c[0] == "source"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The budget was approved on Monday, according to the BBC.", "BBC"),  # the outlets in capitals are known
        ("The budget was approved on Monday, according to CNN.", "CNN"),
        ("The budget was approved on Monday, according to WRAL.", "WRAL"),  # a US call sign is an outlet's mark
        ("The budget was approved on Monday, according to the Harbour Gazette.", "Harbour Gazette"),
        ("The budget was approved on Monday, according to Politico.", "Politico"),
        # a broadcaster's initials close the acronym (Broadcasting Corporation, System, TV): an outlet the gazetteer
        # may lack (the studied dumps_ml35 cites "According to ZNBC")
        ("The mine will reopen in June, according to ZNBC.", "ZNBC"),
        ("The mine will reopen in June, according to KBC.", "KBC"),
        ("The mine will reopen in June, according to ABC.", "ABC"),
    ],
)
def test_according_to_an_outlet_still_cites_it(text: str, name: str) -> None:
    assert ("source", name) in _cited(text)


def test_the_cue_and_the_initials_are_data() -> None:
    assert "according to" in name_word_role("acronym_institution_cue")
    assert {"bc", "bs", "tv"} <= name_word_role("broadcaster_initials")


def test_an_acronym_after_another_cue_is_read_as_before() -> None:
    # only "according to" also cites offices and firms for their figures; "told" needs an outlet's marks already
    assert _cited("The mayor told KQED that the budget was approved.") == [("source", "KQED")]


def test_an_unknown_one_word_name_after_according_to_is_still_cited() -> None:
    # tried this session and withdrawn: "according to" before an unknown name with no article and no outlet's marks
    # ("according to Pew", "according to InfoNation") needing them, as after "told", removed 3 extras on the studied
    # files and raised the precision of nine check halves, but lost a record on the thirteenth (0.600 / 0.722 -> 0.590
    # / 0.719): an outlet without an article the gazetteer lacks is cited so too
    assert ("source", "Pew") in _cited("Most adults read the news online, according to Pew.")


def test_a_list_of_known_outlets_cites_none_by_itself() -> None:
    # tried and withdrawn: three or more gazetteer outlets joined by commas and "and" cited each ("picked up by CNN,
    # Fox News and the BBC"); on the studied trainable the lists were a chain's papers ("which owns the Orange County
    # Register, Denver Post, San Jose Mercury News and …"), 10 extras, no record found
    assert _cited("The chain owns the Harbour Post, the Denver Post, the Miami Herald and 30 other papers.") == []
