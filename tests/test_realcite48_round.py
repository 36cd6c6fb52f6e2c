"""Session 48's study of the real pages' attributions (issue 13, helper s48-realcite). The desk credit ("Redazione
ANSA": an agency's or a paper's newsroom word, maybe its article, and a known wire, maybe the city it filed from) had
two readers with different guards, one for the line read as a credit and one for it read as a wire line; one reader
(`desk_wires.desk_and_wire`) now serves both, so the two readings can no longer part. The lines are written for the
tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.agency_credits import agency_alone
from tasks.lexicon.desk_wires import desk_and_wire
from tasks.lexicon.wire_citations import wire_line_citations


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("Redazione ANSA", "ANSA"),
        ("Redakcja / PAP", "PAP"),
        ("Redaktion APA/red", "APA"),  # the desk's code after the wire's slash
        ("La Redazione ANSA", "ANSA"),  # the desk word with its article
        ("Redazione ANSA ROMA", "ANSA"),  # the city the wire filed from
        ("Redacción EFE Madrid", "EFE"),
    ],
)
def test_desk_credit_is_read_alike_as_a_credit_and_as_a_wire_line(line: str, agency: str) -> None:
    credit = agency_alone(line)
    wires = wire_line_citations(line, load_gazetteer())
    assert credit is not None and credit.name == agency
    assert [c.canonical_id for c in wires] == [load_gazetteer().agency_of_name(agency, cued=True)]


@pytest.mark.parametrize("line", ["Redazione Web", "Redazione Roma", "La Redazione", "أخبار قنا"])
def test_desk_word_before_no_wire_or_in_a_caseless_script_names_no_one(line: str) -> None:
    """ "Redazione Roma" is the desk and its city; "أخبار قنا" (Qena's news) a section's heading, in a script without
    letter case, whose city an agency's acronym spells."""
    assert desk_and_wire(line, load_gazetteer()) is None
    assert agency_alone(line) is None
    assert wire_line_citations(line, load_gazetteer()) == []
