"""Which credit cues a line's first word can open: the cue lists of :mod:`tasks.lexicon.credit_lines` split by their
first word, so that a line opened by "Posted" tries the few cues that start with "posted", not the 1,246 of every kind
in four alternations (issue 15: expensive work only where it can change the answer).

A cue matches a line case-insensitively after the marks before it (``^[\\W_]*``). Where it does, the cue's first word
(its first run of letters, as `FIRST_WORD` reads it) lies on the line's first word letter for letter, and each letter
of the line is one that `re`'s case-insensitive match takes for the cue's. `cue_key` gives such letters one key: case
folding, and the four letters `re` pairs with an ASCII letter that folding does not (the dotted and dotless Turkish i,
the long s) folded onto it first; so a line's first word and every cue it can open share a key.
tests/test_speed46_round.py holds every letter of the cue vocabulary to that, and to the letters and non-letters
around it being read alike, over every code point `re` matches them with.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Generic, TypeVar

# A line's first word (a run of letters after marks); the readers' gate reads it too.
FIRST_WORD = re.compile(r"[\W_]*([^\W\d_]+)")
# The letters `re.IGNORECASE` equates with an ASCII letter whose case folding is another: "İ" and "ı" with "i",
# "ſ" with "s" (the Kelvin sign folds to "k" already).
_KEY_FIXES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
# The one mark `re.IGNORECASE` equates with a letter: the Greek ypogegrammeni with iota. Beside a line's first word, it
# may stand for a cue's letter the word then lacks: such a line tries every cue.
EQUATED_MARKS = re.compile("\u0345")


def cue_key(word: str) -> str:
    """The key a cue's first word and the line's first word it can match share (one letter's key at a time)."""
    return word.translate(_KEY_FIXES).casefold()


def opening_pattern(cues: Iterable[str]) -> re.Pattern[str]:
    """Some cue opens the text after its marks, whatever follows it: what a cue's full pattern needs of any text the
    line begins with (the date closing a byline is cut off the line's end before that pattern is asked)."""
    ordered = sorted(cues, key=len, reverse=True)
    return re.compile(r"^[\W_]*(?:" + "|".join(re.escape(c) for c in ordered) + ")", re.IGNORECASE)


K = TypeVar("K")
Kinded = tuple[tuple[K, re.Pattern[str]], ...]


class CueOpenings(Generic[K]):
    """The cues of each kind (`kind_cues`, their full patterns `full`) by the first word that opens them."""

    def __init__(
        self,
        kind_cues: Mapping[K, tuple[str, ...]],
        pattern_of: Callable[[tuple[str, ...]], re.Pattern[str]],
        attached_prefixes: frozenset[str],
        full: Kinded[K],
    ) -> None:
        self.first_words = frozenset(
            w.group(1) for cues in kind_cues.values() for c in cues if (w := FIRST_WORD.match(c))
        )
        # A one-word cue that is a prefix written onto the name opens the line with the name in one word ("NguSipho
        # Mkhize": the Zulu "by" on the writer's capital): its first word is the cue and the name's first.
        self.attached = tuple(sorted(self.first_words & attached_prefixes, key=len, reverse=True))
        self.attached_keys = tuple(cue_key(c) for c in self.attached)
        self.full = full
        self.by_key = _by_first_word(kind_cues, pattern_of)

    def opened_by(self, word: str, head: str) -> tuple[Kinded[K], re.Pattern[str] | None]:
        """The kinds' patterns of the cues the line's first word may open, and a test of the line those cues need
        before its date is cut off (None: no test); none when the word starts no cue and is no one-word prefix cue
        written onto a name's capital. A word such a prefix may open ("NguSipho") tries every cue (the key is no
        cue's word there), as does a line whose `head` (up to the character after its first word) holds a mark `re`
        equates with a letter."""
        folded = word.casefold()
        # `startswith` of the whole tuple first, in C: a word no attached cue opens (nearly all) skips the generator
        if folded.startswith(self.attached) and any(
            folded.startswith(c) and word[len(c) : len(c) + 1].isupper() and word[len(c) + 1 : len(c) + 2].islower()
            for c in self.attached
        ):
            return self.full, None
        if folded not in self.first_words:
            return (), None
        key = cue_key(word)
        if key.startswith(self.attached_keys) or EQUATED_MARKS.search(head):
            return self.full, None
        return self.by_key.get(key, (self.full, None))


def _by_first_word(
    kind_cues: Mapping[K, tuple[str, ...]], pattern_of: Callable[[tuple[str, ...]], re.Pattern[str]]
) -> dict[str, tuple[Kinded[K], re.Pattern[str]]]:
    """For each first word's key: each kind's pattern of only the cues opened by a word of that key (the kinds in
    their order, the cues in theirs), and the opening test of those cues. A cue with no first word (none today)
    could open a line whatever its first word: it goes with every key."""
    keyed: dict[str, list[str]] = {}
    anywhere: list[str] = []
    for cues in kind_cues.values():
        for cue in cues:
            first = FIRST_WORD.match(cue)
            if first is None:
                anywhere.append(cue)
            else:
                keyed.setdefault(cue_key(first.group(1)), []).append(cue)
    table: dict[str, tuple[Kinded[K], re.Pattern[str]]] = {}
    for key, opened in keyed.items():
        wanted = {*opened, *anywhere}
        kinds = tuple(
            (kind, pattern_of(subset))
            for kind, cues in kind_cues.items()
            if (subset := tuple(c for c in cues if c in wanted))
        )
        table[key] = (kinds, opening_pattern(wanted))
    return table
