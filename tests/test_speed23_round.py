"""Session 23's speed round: phrase scans in Rust, a caption's credit parts read until one fails, one empty table."""

from __future__ import annotations

import pyarrow as pa

from schemas import Segment, arrow_schema
from tasks.document import DocResult, no_segments
from tasks.lexicon.automaton import PhraseAutomaton, fold, same_apostrophes
from tasks.lexicon.caption_credits import MAX_CREDIT_PARTS, _name_parts


def _every_occurrence(phrases: list[str], folded: str) -> list[tuple[int, int, str]]:
    """What the scanner must find, by brute force: every phrase at every position, overlapping and inside words."""
    return sorted(
        (start, start + len(p), p) for p in set(phrases) for start in range(len(folded)) if folded.startswith(p, start)
    )


PHRASES = ["according to", "to", "ria", "news agency", "agency", "новости", "新华社", "社", "d'après"]
TEXTS = [
    "According to Maria Tomas of the Novo News Agency, the agency said",
    "по данным РИА Новости, новости дня",
    "新华社北京电，据新华社报道",
    "D’après l’agence, d'après Maria: toto",
    "",
    "no phrase here at all",
]


def test_occurrences_are_every_overlapping_occurrence_inside_words_too() -> None:
    automaton = PhraseAutomaton((p, p) for p in PHRASES)
    for text in TEXTS:
        folded = fold(text)
        found = sorted((start, end, values[0]) for start, end, values in automaton.occurrences(folded))
        assert found == _every_occurrence([fold(p) for p in PHRASES], folded)


def test_find_all_keeps_word_bounded_hits_by_start_then_longest() -> None:
    automaton = PhraseAutomaton([("news agency", "long"), ("news", "short"), ("agency", "tail"), ("ria", "inside")])
    hits = automaton.find_all("Maria of the News Agency")
    assert [(h.start, h.end, h.value) for h in hits] == [(13, 24, ["long"]), (13, 17, ["short"]), (18, 24, ["tail"])]
    assert automaton.find("Maria of the News Agency")[0].value == ["long"]  # leftmost, then longest


def test_a_phrase_stored_twice_keeps_both_values_in_order() -> None:
    automaton = PhraseAutomaton([("reported", "before"), ("Reported", "after"), ("  ", "blank")])
    assert automaton.find_all("It was reported today")[0].value == ["before", "after"]
    assert automaton.occurrences("  ") == []  # a blank phrase is not stored


def test_apostrophes_match_in_any_form_and_offsets_stay_the_texts() -> None:
    automaton = PhraseAutomaton([("d’après", "cue")], apostrophes=True)
    text = "Il a dit, d'après l’AFP"
    hit = automaton.find_all(text)[0]
    assert same_apostrophes(fold(text[hit.start : hit.end])) == "d'après"


def test_prefix_and_presence_tests() -> None:
    automaton = PhraseAutomaton([("associated press", "ap")])
    assert automaton.opens_a_phrase("Assoc") and not automaton.opens_a_phrase("press")
    assert automaton.occurs_in("the ASSOCIATED PRESSURE group")  # inside words too
    assert not automaton.occurs_in("nothing")
    empty = PhraseAutomaton[str]([])
    assert not empty.opens_a_phrase("a") and not empty.occurs_in("a") and empty.occurrences("a") == []


def test_astral_characters_keep_character_offsets() -> None:
    automaton = PhraseAutomaton([("press", "p")])
    text = "😀😀 press"  # characters outside the Basic Multilingual Plane before the phrase
    assert [(h.start, h.end) for h in automaton.find_all(text)] == [(3, 8)]


def test_name_parts_stop_at_the_first_piece_that_is_no_name() -> None:
    assert _name_parts(["Jane Doe", " AP Photo", ""]) == ["Jane Doe", "AP"]
    assert _name_parts(["the crowd gathered", "Jane Doe"]) is None  # a caption's words
    assert _name_parts(["LUDOVIC MARIN", "AFP"]) == ["LUDOVIC MARIN", "AFP"]  # capitals read in title case
    too_many = ["Ann Lee", "Bo Li", "Cy Young", "Di Ma", "Ed Wu"][: MAX_CREDIT_PARTS + 1]
    assert _name_parts(too_many) is None
    assert _name_parts(too_many[:MAX_CREDIT_PARTS]) == too_many[:MAX_CREDIT_PARTS]


def test_results_start_with_one_shared_empty_segment_table() -> None:
    first, second = DocResult("a.txt", None), DocResult("b.txt", None)
    assert first.segments is second.segments is no_segments()
    assert first.segments.num_rows == 0 and first.segments.schema == arrow_schema(Segment)
    assert isinstance(first.segments, pa.Table)
