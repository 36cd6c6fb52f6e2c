"""Session 39's study of the outlets cited in the article's paragraphs on real pages (issue 13, helper s39-realcite).
What stayed: the day or issue an edition is named by, in the possessive, between the reporting phrase and the outlet
("in the pages of yesterday's Evening Standard", "a report in Monday's Daily Herald"), which hid the outlet or went
into its name; and a phrase's closing common word written with its capital as the first word of a known outlet
("according to a New York Times report": the row's "according to a new"). The lines are written for the tests, not
taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.body_citations import in_body_citations
from tasks.lexicon.agencies import load_gazetteer


def _sources(text: str) -> list[str | None]:
    return [f.name for f in in_body_citations(text, 1, load_gazetteer()) if f.kind.value in ("source", "agency")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a lower-case day hid the outlet from the phrase
        ("Happily she turns up in the pages of yesterday's Riverside Standard, with a new column.", ["Riverside Standard"]),
        ("The mayor told this week's Riverside Herald that the bridge will close.", ["Riverside Herald"]),
        # a capitalised one went into the outlet's name
        ("The bridge will close, according to a report in Monday's Riverside Herald.", ["Riverside Herald"]),
        ("The bridge will close, according to a report in Sunday’s New York Times.", ["New York Times"]),
        ("The mayor told Sunday's Times that the bridge will close.", ["Times"]),
    ],
)  # fmt: skip
def test_the_editions_day_is_no_part_of_the_outlet(text: str, names: list[str]) -> None:
    assert _sources(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # the day's own poll or statement: no outlet named (the name grammar took the day for one)
        "The bridge will close, according to Monday's poll of the town's voters.",
        "The bridge will close, according to Friday's statement by the council.",
    ],
)
def test_a_days_poll_names_no_outlet(text: str) -> None:
    assert _sources(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The bridge will close, according to a New York Times report.", "New York Times"),
        ("According to a New York Post report, the bridge will close.", "New York Post"),
        ("The bridge will close, according to a New Scientist article.", "New Scientist"),
    ],
)
def test_a_known_outlet_opened_by_the_phrases_adjective(text: str, name: str) -> None:
    assert _sources(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The bridge will close, according to a new report by the council.",
        "The bridge will close, according to a New Riverside Partnership report.",  # no known outlet after "New"
    ],
)
def test_the_phrases_adjective_before_no_outlet_cites_none(text: str) -> None:
    assert _sources(text) == []
