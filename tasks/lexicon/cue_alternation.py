"""An alternation of many cue words that ``re`` searches quickly ignoring case, with the same matches as the plain one.

``re`` tries an alternation's branches one by one at each place it is asked to; a branch whose first step is a plain
character or set is skipped by one comparison when the text's character differs, but under IGNORECASE the first step
is a case-ignoring literal, and every branch is entered in full. A caption's cue pattern (hundreds of cues, asked at
every space of every block of a page: issue 15) spent most of its time so. Here the cues are grouped by the characters
their first letter matches ignoring case (``re``'s own answer, read off once over every code point): each group's
branch starts with that set written out, case-sensitive, and then tries its cues' rests in their given order. Two
groups never match the same character (when two would, the plain alternation is kept), so at any place only one
group can match and it tries its cues in the order the plain alternation would: the same match, the same groups.
"""

from __future__ import annotations

import itertools
import re

import numpy as np

from tasks.lexicon.automaton import fold

# Each character asked so far: the characters ``re`` matches to it ignoring case.
_CLASSES: dict[str, frozenset[str]] = {}


def _case_classes(firsts: set[str]) -> dict[str, frozenset[str]]:
    """Each character of `firsts` and every character ``re`` matches to it ignoring case (one scan over every code
    point for those not asked before)."""
    if missing := sorted(firsts - _CLASSES.keys()):
        every = np.arange(0x110000, dtype="<u4").tobytes().decode("utf-32-le", "surrogatepass")  # chr of each
        found = set(re.findall("[" + "".join(re.escape(f) for f in missing) + "]", every, re.IGNORECASE))
        _CLASSES.update(
            {f: frozenset(c for c in found if re.fullmatch(re.escape(f), c, re.IGNORECASE)) for f in missing}
        )
    return {f: _CLASSES[f] for f in firsts}


# Groups per run: a place whose character starts no cue of a run skips the run's groups by one test (see below).
GROUPS_PER_RUN = 16


def cue_alternation(cues: tuple[str, ...], run: int = GROUPS_PER_RUN) -> str:
    """The cues as one alternation, to be compiled with IGNORECASE: grouped by their first letter (see above), or as
    a plain alternation when two groups would share a character.

    The groups go in runs of `run`, each behind a lookahead of its groups' first letters: a caption's cues form about
    a hundred groups, and a place that starts no cue (most places) then costs a test per run, not one per group. The
    lookahead holds exactly the run's first letters, so a run it skips could not have matched there; the groups keep
    their order, and no two match the same character: the same match, the same groups (issue 15)."""
    plain = "|".join(re.escape(c) for c in cues)
    if not cues or not all(cues):
        return plain
    classes = _case_classes({c[0] for c in cues})
    groups: dict[frozenset[str], list[str]] = {}
    for cue in cues:
        groups.setdefault(classes[cue[0]], []).append(cue)
    sets = list(groups)
    if any(a & b for i, a in enumerate(sets) for b in sets[i + 1 :]):
        return plain
    branches = [f"(?-i:{_one_of(chars)})(?:{'|'.join(re.escape(c[1:]) for c in members)})"
                for chars, members in groups.items()]  # fmt: skip
    if len(branches) <= run:
        return "|".join(branches)
    return "|".join(
        f"(?=(?-i:{_one_of(frozenset().union(*sets[k : k + run]))}))(?:{'|'.join(branches[k : k + run])})"
        for k in range(0, len(branches), run)
    )


def _one_of(chars: frozenset[str]) -> str:
    escaped = [re.escape(c) for c in sorted(chars)]
    return escaped[0] if len(escaped) == 1 else "[" + "".join(escaped) + "]"


def folded_variants(cues: tuple[str, ...]) -> set[str]:
    """Every form `fold` gives a text that ``re`` matches to one of the cues ignoring case, character by character:
    "source" also as "ſource" ("ſ", the long s, is an "s" to ``re`` but folds to itself), a Turkish "ı" also as "i"
    and "İ". An automaton of these finds a cue in the folded text wherever the cues' IGNORECASE alternation matches
    it (`fold` writes each character alone, its length kept)."""
    classes = _case_classes({ch for cue in cues for ch in cue})  # one scan of the code points for all of them
    variants: set[str] = set()
    for cue in cues:
        forms = [sorted({fold(c) for c in classes[ch]}) for ch in cue]
        variants.update("".join(chars) for chars in itertools.product(*forms))
    return variants
