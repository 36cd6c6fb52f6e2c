"""Phrases of site furniture that reads like prose (copyright notices, newsletter and cookie prompts, follow-us lines,
blog engines' post footers), from ``tasks/lexicon/data/boilerplate_phrases.csv``, found in a case-folded line."""

from __future__ import annotations

import re
from functools import lru_cache

from tasks.lexicon.automaton import PhraseAutomaton
from tasks.lexicon.vocabulary import by_length, read_rows, split_cell


@lru_cache(maxsize=1)
def _boilerplate_phrases() -> tuple[str, ...]:
    return by_length({w for row in read_rows("boilerplate_phrases.csv") for w in split_cell(row["words"])})


@lru_cache(maxsize=1)
def boilerplate_pattern() -> re.Pattern[str]:
    """One alternation of every language's furniture phrases, to search in a case-folded line. A bare
    alternation of literals is scanned fast; word boundaries are checked on a match (is_boilerplate):
    with ``\\b`` in the pattern the scan was ten times slower."""
    return re.compile("|".join(re.escape(p) for p in _boilerplate_phrases()))


@lru_cache(maxsize=1)
def _boilerplate_automaton() -> PhraseAutomaton[str]:
    """The same phrases in one Aho-Corasick automaton: whether any occurs at all (inside words too) is one
    pass in C, a quarter of the regex search's cost, and only about 1 line in 70 holds one."""
    return PhraseAutomaton((phrase, phrase) for phrase in _boilerplate_phrases())


def _ascii_word_char(text: str, at: int) -> bool:
    return 0 <= at < len(text) and text[at].isascii() and text[at].isalnum()


def _boilerplate_spans(folded: str) -> list[tuple[int, int]]:
    """The spans ``boilerplate_pattern().finditer`` matches, read from the automaton's occurrences: leftmost first,
    there the longest phrase written exactly so (the alternation is longest first), none overlapping the last.
    The 389-way alternation scanned a line holding a phrase in about 60 µs; this costs one automaton pass."""
    longest: dict[int, int] = {}
    for start, end, phrases in _boilerplate_automaton().occurrences(folded):
        if end > longest.get(start, -1) and folded[start:end] in phrases:
            longest[start] = end
    spans, taken_until = [], 0
    for start in sorted(longest):
        if start >= taken_until:
            spans.append((start, longest[start]))
            taken_until = longest[start]
    return spans


def is_boilerplate(folded: str) -> bool:
    """A furniture phrase in the case-folded line; one that starts or ends with an ASCII letter or digit
    only as a whole word there ("copyright" is not "copyrighted"; "版权所有" has no word boundary in
    running Chinese)."""
    for start, end in _boilerplate_spans(folded):
        head_ok = not (_ascii_word_char(folded, start) and _ascii_word_char(folded, start - 1))
        tail_ok = not (_ascii_word_char(folded, end - 1) and _ascii_word_char(folded, end))
        if head_ok and tail_ok:
            return True
    return False


def opens_with_boilerplate(folded: str) -> bool:
    """The case-folded line starts with a furniture phrase, as a whole word ('this entry was posted on ...')."""
    match = boilerplate_pattern().match(folded)
    return match is not None and not (
        _ascii_word_char(folded, match.end() - 1) and _ascii_word_char(folded, match.end())
    )
