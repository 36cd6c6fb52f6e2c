"""Many phrases found in one pass over a text: an Aho-Corasick automaton (ahocorasick-rs; pyahocorasick's trie
for prefix tests).

The gazetteer's 1,000 agency names and the reporting phrases of 45 languages are each matched
by one automaton over the lower-cased text instead of one regular expression per name or
group, so the cost grows with the text, not with the vocabulary (issue 15).

Word boundaries are checked after matching: a phrase must not start or end inside a word,
except in scripts written without spaces (Chinese, Japanese, Korean particles attach to
names: "연합뉴스에 따르면"), and an Arabic, Persian or Hebrew phrase may follow a one-letter
prefix ("وذكرت" is "و" + "ذكرت").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import ahocorasick
import ahocorasick_rs

T = TypeVar("T")
_UNSPACED = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# Southeast Asian scripts (Thai, Lao, Burmese, Khmer) write no spaces between words either: a phrase or name there
# may touch the next word ("สำนักข่าวไทยรายงานว่า"). Kept apart from _UNSPACED, which also splits titles into
# characters for their comparison (tasks.html.titles), a use these alphabetic scripts do not share.
_UNSPACED_WORDS = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)
_RTL_PREFIXES = frozenset("وفلبكהובלמש")


def fold(text: str) -> str:
    """Lower-cased text of the same length, so offsets carry over; the Greek final sigma is the sigma, as case-folding
    writes it (the vocabularies' cells are case-folded: "πληροφορίες της" is kept as "πληροφορίεσ τησ")."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered.replace("ς", "σ") if "ς" in lowered else lowered


# The apostrophe's typographic forms: a phrase written with one matches text written with another (the Uzbek
# "ko‘ra" and "koʻra" are "ko'ra", the Malagasy "nataon’ny" is "nataon'ny", the French "d’après" is "d'après").
_APOSTROPHES = str.maketrans("’‘ʻʼ´", "'" * 5)


def same_apostrophes(folded: str) -> str:
    """The folded text with its apostrophes in one form, the same length (looked for first: translating a text costs
    fifteen times lowering it)."""
    if folded.isascii() or not any(a in folded for a in "’‘ʻʼ´"):
        return folded
    return folded.translate(_APOSTROPHES)


def is_unspaced(char: str) -> bool:
    """A character of a script written without spaces between words."""
    return bool(_UNSPACED.match(char))


def count_unspaced(text: str) -> int:
    """How many characters of the text belong to scripts written without spaces (one regex pass)."""
    return 0 if text.isascii() else len(_UNSPACED_WORDS.findall(text))


# The first character of _UNSPACED_WORDS' blocks (Thai): a character below it is none of theirs, said without a regex
# call (the boundary checks ask of most hits' neighbours, nearly all Latin or Cyrillic letters).
_FIRST_UNSPACED = "\u0e00"


def _unspaced_word(char: str) -> bool:
    return char >= _FIRST_UNSPACED and bool(_UNSPACED_WORDS.match(char))


def _left_ok(text: str, start: int) -> bool:
    if start == 0 or not text[start - 1].isalnum() or _unspaced_word(text[start]) or _unspaced_word(text[start - 1]):
        return True
    return text[start - 1] in _RTL_PREFIXES and (start == 1 or not text[start - 2].isalnum())


def _right_ok(text: str, end: int) -> bool:
    return end >= len(text) or not text[end].isalnum() or _unspaced_word(text[end - 1]) or _unspaced_word(text[end])


@dataclass(frozen=True)
class Hit(Generic[T]):
    """One phrase found in a text, with what it was stored with."""

    start: int
    end: int
    value: T


class ScanGroup:
    """Automata that scan the same texts one after another, served by one scan of the union of their phrases.

    An article's paragraph is scanned by the closing notes' cues, the agency gazetteer, the reporting phrases, the
    outlet descriptors and the known outlets in turn (up to seven scans of one text, most of each the scanner's fixed
    cost of taking the text in: 40 % of a pass's 206,000 scans are of the text the scan before read); the group scans
    a folded text once for all of their phrases, every occurrence overlapping, and keeps the last text's occurrences,
    so that the next member asking of the same text filters them instead of scanning again. Exact: an overlapping
    scan reports every occurrence of every phrase, so the union's occurrences of one member's phrases are that
    member's own scan's (in the union's order, by end: `find_all` sorts its hits, and `occurrences`' one grouped
    caller, `described_spans`, keeps their ends as a set). Members join as they are built; the union is rebuilt
    then, its phrases in the order they joined, so a phrase keeps its index and a member's indexes only grow."""

    def __init__(self) -> None:
        self._members: list[PhraseAutomaton[Any]] = []
        self._scanner: ahocorasick_rs.AhoCorasick | None = None
        self._last: tuple[str, list[tuple[int, int, int]]] = ("", [])

    def join(self, member: PhraseAutomaton[Any]) -> None:
        self._members.append(member)
        self._scanner = None
        self._last = ("", [])

    def _build(self) -> ahocorasick_rs.AhoCorasick:
        keys = list(dict.fromkeys(key for member in self._members for key in member.keys))
        index = {key: i for i, key in enumerate(keys)}
        for member in self._members:
            own = [-1] * len(keys)
            for i, key in enumerate(member.keys):
                own[index[key]] = i
            member.own_of_union = own
        self._scanner = ahocorasick_rs.AhoCorasick(keys)
        return self._scanner

    def matches(self, folded: str) -> list[tuple[int, int, int]]:
        """(union index, start, end) of every occurrence of every member's phrases in the folded text."""
        last_text, last_matches = self._last
        if folded == last_text:
            return last_matches
        scanner = self._scanner or self._build()
        matches = scanner.find_matches_as_indexes(folded, overlapping=True)
        self._last = (folded, matches)
        return matches


# The paragraph readers' automata (closing notes' cues, agencies, reporting phrases, descriptors, known outlets).
PARAGRAPH_SCANS = ScanGroup()


class PhraseAutomaton(Generic[T]):
    """Lower-cased phrases, each with a list of values, matched in one pass."""

    def __init__(
        self, phrases: Iterable[tuple[str, T]], apostrophes: bool = False, group: ScanGroup | None = None
    ) -> None:
        """`apostrophes`: phrases and texts are matched with their apostrophes in one form (``same_apostrophes``).
        `group`: texts are scanned by the group's one scan for all its members (:class:`ScanGroup`)."""
        self._apostrophes = apostrophes
        values_of: dict[str, list[T]] = {}
        for phrase, value in phrases:
            key = same_apostrophes(fold(phrase)) if apostrophes else fold(phrase)
            if key.strip():
                values_of.setdefault(key, []).append(value)
        self._values = list(values_of.values())  # by the phrase's index in the scanner's patterns
        self.keys = list(values_of)
        self.own_of_union: list[int] = []  # this automaton's index of each of its group's phrases, -1 for another's
        self._group = group if values_of else None
        # Scans with ahocorasick-rs (Rust): every occurrence of 1,000 names in a 230-character line in 6 µs, where
        # pyahocorasick's iteration took 22; pyahocorasick's trie stays for its prefix test (`opens_a_phrase`).
        self._scanner = ahocorasick_rs.AhoCorasick(list(values_of)) if values_of else None
        self._prefixes = ahocorasick.Automaton()
        for key in values_of:
            self._prefixes.add_word(key, len(key))
        if self._group is not None:
            self._group.join(self)

    def _matches(self, folded: str) -> list[tuple[int, int, int]]:
        """(phrase index, start, end) of every occurrence in a folded text, inside words and overlapping too."""
        if self._scanner is None or not folded:
            return []
        if self._group is None:
            return self._scanner.find_matches_as_indexes(folded, overlapping=True)
        matches = self._group.matches(folded)  # first, as in `_holds`
        own = self.own_of_union
        return [(i, start, end) for u, start, end in matches if (i := own[u]) >= 0]

    def _holds(self, folded: str) -> bool:
        """Whether some phrase occurs in a folded text, inside words too (alone, one scan that stops at the first; in a
        group, the group's scan)."""
        if self._scanner is None or not folded:
            return False
        if self._group is None:
            return bool(self._scanner.find_matches_as_indexes(folded, overlapping=False))
        matches = self._group.matches(folded)  # first: a member's first scan builds the union and its indexes
        own = self.own_of_union
        return any(own[u] >= 0 for u, _start, _end in matches)

    def opens_a_phrase(self, text: str) -> bool:
        """Whether some phrase starts with `text` (folded): a dictionary test before a scan of a short line."""
        return self._scanner is not None and bool(self._prefixes.match(fold(text)))

    def occurs_in(self, text: str) -> bool:
        """Whether any phrase occurs anywhere in the text, inside words too: a cheap test before a costly scan."""
        return self._holds(fold(text))

    def holds_a_phrase(self, text: str) -> bool:
        """Whether some phrase occurs in the text, inside words too, folded as `find_all` folds it: where none does,
        `find_all` finds nothing in the text nor in any part of it (folding is per character, so a part's fold is
        that part of the text's fold)."""
        folded = same_apostrophes(fold(text)) if self._apostrophes else fold(text)
        return self._holds(folded)

    def occurrences(self, folded: str) -> list[tuple[int, int, list[T]]]:
        """Every occurrence (start, end, values) in an already folded text, inside words and overlapping too."""
        values = self._values
        return [(start, end, values[index]) for index, start, end in self._matches(folded)]

    def find_all(self, text: str, right_boundary: bool = True) -> list[Hit[list[T]]]:
        """Every occurrence at word boundaries (overlaps included), by start then longest first."""
        if self._scanner is None or not text:
            return []
        folded = same_apostrophes(fold(text)) if self._apostrophes else fold(text)
        matches = self._matches(folded)
        if not matches:
            return []
        values = self._values
        hits = [
            Hit(start, end, values[index]) for index, start, end in matches
            if _left_ok(text, start) and (not right_boundary or _right_ok(text, end))
        ]  # fmt: skip
        return sorted(hits, key=lambda h: (h.start, h.start - h.end)) if len(hits) > 1 else hits

    def find(self, text: str, right_boundary: bool = True) -> list[Hit[list[T]]]:
        """Occurrences without overlaps: leftmost, then longest."""
        kept: list[Hit[list[T]]] = []
        taken_until = -1
        for hit in self.find_all(text, right_boundary):
            if hit.start >= taken_until:
                kept.append(hit)
                taken_until = hit.end
        return kept
