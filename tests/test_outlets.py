"""Known outlets (outlets.csv) and the outlet a speaker talks to."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from schemas import AttributionKind
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.citations import reporting_citations
from tasks.lexicon.outlets import addressed_outlet_spans, is_known_outlet

DATA = Path(__file__).resolve().parent.parent / "tasks" / "lexicon" / "data"


def test_the_outlet_gazetteer_is_large_and_no_name_is_an_agencys() -> None:
    rows = list(csv.DictReader((DATA / "outlets.csv").open(encoding="utf-8")))
    assert len(rows) >= 300
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["country"] for r in rows}) >= 60
    agencies = {n.casefold() for r in csv.DictReader((DATA / "agencies.csv").open(encoding="utf-8"))
                for n in (r["names"] + "|" + r["cue_names"]).split("|") if n}  # fmt: skip
    names = [n.casefold() for r in rows for n in r["names"].split("|")]
    assert all(names) and not agencies & set(names)
    assert all(r["source"] for r in rows)


@pytest.mark.parametrize(("name", "known"), [("BBC", True), ("Блиц", True), ("Cadena SER", True), ("Mail", False)])
def test_known_outlets(name: str, known: bool) -> None:
    assert is_known_outlet(name) is known


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("„Нико нас није обавестио“, изјавио је један од радника за Блиц.", "Блиц"),
        ("« Nous n'avons rien vu venir », a confié une habitante à France Bleu.", "France Bleu"),
        ("«Δεν υπάρχει λόγος ανησυχίας», δήλωσε ο δήμαρχος στην ΕΡΤ.", "ΕΡΤ"),
        # Not spoken to: worked at, wrote about, or a comma between the verb and the outlet.
        ("Elle a travaillé dix ans à France Bleu.", None),
        ("We told you last week about a Washington Post magazine article.", None),
        ('"It is a test," said Jim Pinkerton, contributor to FOX News Watch.', None),
    ],
)
def test_the_outlet_a_speaker_talks_to(text: str, name: str | None) -> None:
    spans = addressed_outlet_spans(text)
    assert [text[s.start : s.end] for s in spans] == ([name] if name else [])


def test_a_known_outlet_is_marked_enough_for_told() -> None:
    found = reporting_citations("The minister told the BBC that talks would resume.", load_gazetteer())
    assert [(c.kind, c.name) for c in found] == [(AttributionKind.SOURCE, "BBC")]
