"""Session 20's fixes after studying the real pages' attribution errors (tests/data/real_attributions/trainable2.json
and eval_only_study.json): the wire's passive with the quote's verb before the outlet ("was quoted as saying by"), and
a paragraph closing in a bracket opened by a source cue. The lines are written for the tests, not taken from the
pages.
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tests.role_records import AGENCY, SOURCE, role_records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "quoted as saying by" and "quoted as telling" before the outlet, as "quoted by"
        (
            "The coach will leave in June, the club's director was quoted as saying by Kicker magazine.",
            [(SOURCE, "Kicker")],
        ),
        ("The talks had failed, the minister was quoted as telling the BBC on Monday.", [(SOURCE, "BBC")]),
        # a person after the same words is no source
        ("The talks had failed, the minister was quoted as saying by his spokesman.", []),
    ],
)
def test_quoted_as_saying_by(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("body", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paragraph closing in a bracket opened by a source cue and its colon credits the name there
        ("Spanish 7.2%, German 5.1%, Japanese 4.9% (Source: Internet World Stats)", [(SOURCE, "Internet World Stats")]),
        ("Exports fell by a tenth in the first quarter (source: Reuters).", [(AGENCY, "Reuters")]),
        # the sentence's words in the bracket are no name; a photo cue's bracket is no source
        ("The road stays closed until May (Source: the council's website)", []),
        ("The road stays closed until May (Photo: Jane Roe)", []),
    ],
)
def test_a_closing_source_bracket(text: str, expected: list[tuple[AttributionKind, str | None]]) -> None:
    assert role_records("body", text) == expected
