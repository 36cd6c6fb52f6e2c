"""Known outlets (outlets.csv) and the outlet a speaker talks to."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from schemas import AttributionKind
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.citations import reporting_citations
from tasks.lexicon.outlets import addressed_outlet_spans, is_known_outlet, own_article_start

DATA = Path(__file__).resolve().parent.parent / "tasks" / "lexicon" / "data"


def test_the_outlet_gazetteer_is_large_and_no_name_is_an_agencys() -> None:
    rows = list(csv.DictReader((DATA / "outlets.csv").open(encoding="utf-8")))
    assert len(rows) >= 300
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["country"] for r in rows}) >= 60
    agencies = {n.casefold() for r in csv.DictReader((DATA / "agencies.csv").open(encoding="utf-8"))
                for n in (r["names"] + "|" + r["cue_names"]).split("|") if n}  # fmt: skip
    names = [n.casefold() for r in rows for n in (r["names"] + "|" + r["names_as_written"]).strip("|").split("|")]
    assert all(names) and not agencies & set(names)
    assert all(r["source"] for r in rows)


def test_no_outlet_name_is_listed_twice() -> None:
    rows = list(csv.DictReader((DATA / "outlets.csv").open(encoding="utf-8")))
    folded = [{n.casefold() for n in r["names"].split("|") if n} for r in rows]  # "Yle|YLE": one row's forms
    written = [{n for n in r["names_as_written"].split("|") if n} for r in rows]
    assert sum(map(len, folded)) == len(set().union(*folded)) and sum(map(len, written)) == len(set().union(*written))
    assert not set().union(*folded) & {n.casefold() for n in set().union(*written)}  # matched one way only


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Names that are also common words count only as the gazetteer writes them (names_as_written).
        ("The singer told People that the tour was cancelled.", "People"),
        ("The mayor told people that the tour was cancelled.", None),
        ("The new schedule was confirmed to Variety by the studio.", "Variety"),
        ("The schedule was confirmed to a variety of outlets by the studio.", None),
        ("Two sources close to the producers told Deadline about the casting.", "Deadline"),
        ("The lawyers told the court the deadline had passed.", None),
        ("A spokeswoman told The Atlantic that the report was wrong.", "The Atlantic"),
        ("A fisherman told the Atlantic coast guard about the storm.", None),
        # Widely cited outlets whose words look like a person's or a place's name.
        ("The guitarist told Rolling Stone that the band would tour again.", "Rolling Stone"),
        ("Rolling Stone reported details of the new album on Tuesday.", "Rolling Stone"),
        ("Le ministre a confié au Monde que le texte serait revu.", None),
        ("« C'est fini », a déclaré l'entraîneur à L'Équipe.", "L'Équipe"),
        ("Según El País, el Gobierno aprobará la reforma el martes.", "El País"),
        ("Según el país vecino, la frontera seguirá cerrada.", None),
    ],
)
def test_an_outlet_that_is_a_common_word_counts_only_as_written(text: str, name: str | None) -> None:
    found = reporting_citations(text, load_gazetteer())
    assert [c.name for c in found if c.kind is AttributionKind.SOURCE] == ([name] if name else [])


@pytest.mark.parametrize(
    ("name", "known"),
    [
        ("People", True),
        ("people", False),
        ("PEOPLE", False),
        ("People magazine", True),
        ("The Guardian", True),
        ("the guardian", False),
        ("Ars Technica", True),
        ("ars technica", True),
        ("Argus Leader", True),
    ],
)
def test_names_as_written_are_known_only_so_written(name: str, known: bool) -> None:
    assert is_known_outlet(name) is known


@pytest.mark.parametrize(
    ("name", "known"), [("BBC", True), ("Блиц", True), ("Cadena SER", True), ("Mail", False), ("NTV'ye", False)]
)
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
        # Turkish marks the one spoken to with a case ending; the speech word follows (SOV).
        ("Depremin ardından NTV'ye konuşan jeolog, artçıların süreceğini söyledi.", "NTV"),
        ("Şirket, Habertürk’e verdiği demeçte iddiaları reddetti.", "Habertürk"),
        ("Bakan, NTV'ye yaptığı ziyarette stüdyoyu gezdi.", None),  # a visit, not speech
        ("NTV'nin haberine göre toplantı yarın.", None),  # genitive: the report's owner, another rule's
    ],
)
def test_the_outlet_a_speaker_talks_to(text: str, name: str | None) -> None:
    spans = addressed_outlet_spans(text)
    assert [text[s.start : s.end] for s in spans] == ([name] if name else [])


def test_a_known_outlet_is_marked_enough_for_told() -> None:
    found = reporting_citations("The minister told the BBC that talks would resume.", load_gazetteer())
    assert [(c.kind, c.name) for c in found] == [(AttributionKind.SOURCE, "BBC")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dat meldt de Volkskrant op basis van ingewijden.", "de Volkskrant"),  # the paper's own name has "de"
        ("Así lo ha adelantado la Cadena SER esta mañana.", "Cadena SER"),  # its name has no article
        ("Laut der Spiegel ist der Plan gescheitert.", "Spiegel"),  # "Der Spiegel": capitalised, or not kept
    ],
)
def test_a_lower_case_article_is_kept_only_where_the_outlet_writes_it(text: str, name: str) -> None:
    span = "Volkskrant" if name == "de Volkskrant" else name  # what the name-span grammar takes
    start = text.index(span)
    assert text[own_article_start(text, start, start + len(span)) : start + len(span)] == name
    found = reporting_citations(text, load_gazetteer())
    assert [c.name for c in found] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Words everyone uses cite a name only when the gazetteer knows it (after_known, before_known).
        ("The Boston Herald says investigators are still looking for the driver.", "The Boston Herald"),
        ("Officer Miller says investigators are still looking for the driver.", None),
        # the sentence's lower-case article is no part of the name, as after "obtained by" below (session 18: the
        # real pages' labels write it so; "the Sacramento Bee" before)
        ("The forecast, via the Sacramento Bee, shows two more weeks of rain.", "Sacramento Bee"),
        ("She shared the photos via Dropbox with her lawyers.", None),
        ("Late on Sunday, reports Rolling Stone, the band cancelled the rest of the tour.", "Rolling Stone"),
        ("Acme reports Q3 earnings on Thursday.", None),
        ("CNN reports Biden will visit the border on Friday.", "CNN"),  # the verb's object is no outlet
        # "obtained by", "originally appeared on": a name with an outlet's marks.
        ("The memo, obtained by the Houston Chronicle, lists three options.", "Houston Chronicle"),
        ("This essay originally appeared on Hackaday.", "Hackaday"),
        # The known outlet ending right before the verb, where the name grammar reads a longer run or none.
        (
            "A column in the Boston-based Christian Science Monitor points out that turnout fell.",
            "Christian Science Monitor",
        ),
        ("France 24 notes that the talks resumed on Monday.", "France 24"),
        ("The Denver-based Acme Corp. says sales fell by half.", None),
    ],
)
def test_a_verb_everyone_uses_cites_only_a_known_outlet(text: str, name: str | None) -> None:
    found = reporting_citations(text, load_gazetteer())
    assert [c.name for c in found if c.kind is AttributionKind.SOURCE] == ([name] if name else [])
