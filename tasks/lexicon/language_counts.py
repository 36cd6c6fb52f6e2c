"""py3langid's feature counts, read by numpy over all of a text's bytes at once instead of byte by byte.

py3langid finds its byte n-gram features with an Aho-Corasick automaton compiled to a table, walked one byte at a
time in a Python loop (``py3langid.langid.visit_counts``), each step a lookup in a 39 MB table: a tenth of the HTML
path's CPU. In such an automaton the state after a byte is the longest suffix of the text so far that is a node of
the trie, and no node is deeper than the trie, so the state after byte i depends only on the last `depth` bytes.
Every position's state is then found by `depth` vectorised steps over all positions together, and the counts are
those of the loop, in the same first-seen order (the scores sum in that order: the same probabilities to the bit).
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

# The depth of py3langid 0.4.0's trie (its longest feature, in bytes); tests/test_speedhtml_round.py derives it from
# the model (breadth-first from the start state, about a second), so a new model cannot pass unnoticed.
TRIE_DEPTH = 6


@dataclass(frozen=True)
class Automaton:
    """py3langid's table as arrays: next state at row base + byte, each state's feature (-1: none), trie depth."""

    next_state: NDArray[np.uint32]
    row_base: NDArray[np.int64]
    feature: NDArray[np.int64]
    depth: int = TRIE_DEPTH


def automaton(next_move: array[int], row_base: list[int], output: list[int]) -> Automaton:
    """py3langid's table as arrays (its array('I') of next states read in place)."""
    moves = np.frombuffer(next_move, dtype=np.uint32)
    return Automaton(moves, np.asarray(row_base, dtype=np.int64), np.asarray(output, dtype=np.int64))


def trie_depth(table: Automaton) -> int:
    """How many bytes the deepest state lies from the start state (breadth-first over the whole table)."""
    seen = np.zeros(len(table.row_base), dtype=bool)
    seen[0] = True
    frontier, depth = np.array([0], dtype=np.int64), 0
    while True:
        reached = np.unique(table.next_state[(table.row_base[frontier][:, None] + np.arange(256)).ravel()])
        frontier = reached[~seen[reached]]
        if not len(frontier):
            return depth
        seen[frontier] = True
        depth += 1


def feature_arrays(table: Automaton, data: bytes) -> tuple[NDArray[np.int64], NDArray[np.float32]] | None:
    """The features the automaton meets in `data`, in first-seen order, and how often each (as float32, the type
    py3langid scores counts in); None if none."""
    size = len(data)
    if not size:
        return None
    text = np.frombuffer(data, dtype=np.uint8).astype(np.int64)
    states = np.zeros(size, dtype=np.int64)
    for back in range(min(table.depth, size) - 1, -1, -1):  # the window's oldest byte first; early ones start later
        states[back:] = table.next_state[table.row_base[states[back:]] + text[: size - back]]
    found = table.feature[states]
    found = found[found >= 0]
    if not len(found):
        return None
    features, first, counts = np.unique(found, return_index=True, return_counts=True)
    order = np.argsort(first, kind="stable")
    return features[order], counts[order].astype(np.float32)
