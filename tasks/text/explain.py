"""Turn the line model's strongest evidence into words: a learned verdict reads like a rule's."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

# How many features a reason names.
REASON_FEATURES = 3
_NEIGHBOUR = {"-3": "3 lines up", "-2": "2 lines up", "-1": "the line above", "+1": "the line below",
              "+2": "2 lines down", "+3": "3 lines down"}  # fmt: skip


def _words(v: float) -> int:
    return round(math.expm1(v))


def _neighbour(name: str, v: float) -> str:
    what, _, offset = name.rpartition("_")
    where = _NEIGHBOUR.get(offset, offset)
    if v < 0:
        return f"{where} is past the page's edge"
    if what == "prose":
        return f"{where} is {'prose' if v else 'not prose'}"
    if what == "log_words":
        return f"{where} has {_words(v)} words"
    if what == "rule":
        return f"{where} {'is' if v else 'is not'} marked by a single-line rule"
    return f"the rules call {where} {'body' if v else 'not body'}"


def _region(name: str, v: float) -> str:
    which = "the rules' main text" if name.startswith("region") else "the densest run of prose"
    part = name.rpartition("_")[2]
    if part == "inside":
        return f"{'inside' if v else 'outside'} {which}"
    if part == "share":
        return f"{which} spans {v:.0%} of the page"
    return f"{_words(v)} lines {part} {which}" if v else f"not {part} {which}"


_PHRASES: dict[str, Callable[[float], str]] = {
    "log_words": lambda v: f"{_words(v)} words",
    "log_chars": lambda v: f"{_words(v)} characters",
    "ends_sentence": lambda v: "ends like a sentence" if v else "does not end like a sentence",
    "inner_punct_per_word": lambda v: f"{v:.2f} commas/colons a word",
    "script_share": lambda v: f"{v:.0%} of its letters in one script",
    "has_timestamp": lambda v: "has a date and a time" if v else "no timestamp",
    "log_copies": lambda v: f"appears {round(math.exp(v))} times on the page",
    "stopword_share": lambda v: f"{v:.0%} stopwords of the article's language",
    "stopword_ratio": lambda v: f"{v:.1f}× the article's stopword share",
    "prose": lambda v: "reads as prose" if v else "does not read as prose",
    "digit_share": lambda v: f"{v:.0%} digits",
    "starts_upper": lambda v: "starts with a capital" if v else "starts in lower case",
    "ends_colon": lambda v: "ends with a colon" if v else "no final colon",
    "first_in_block": lambda v: "opens its block" if v else "inside a block",
    "local_rule": lambda v: "a single-line rule fired" if v else "no single-line rule fired",
    "rule_body": lambda v: "the rules call it body" if v else "the rules call it not body",
    "position": lambda v: f"at {v:.0%} of the page",
    "log_page_lines": lambda v: f"a page of {_words(v)} lines",
    "nonprose_run": lambda v: f"in a run of {_words(v)} non-prose lines" if v else "prose",
    "cluster_log_words": lambda v: f"in a prose cluster of {_words(v)} words",
    "cluster_share_of_biggest": lambda v: f"its cluster has {v:.0%} of the biggest one's prose",
    "cluster_rank": lambda v: "in the page's biggest prose cluster" if v == 0 else f"in prose cluster no. {v + 1:.0f}",
    "prose_words_before": lambda v: f"{v:.0%} of the page's prose comes before it",
}


def describe(name: str, value: float) -> str:
    """A feature's value in words ("45 words", "the line above is prose")."""
    if name in _PHRASES:
        return _PHRASES[name](value)
    if name.startswith(("prose_density", "rule_density", "mean_log_words")):
        what, half = name.rsplit("_", 1)
        span = 2 * int(half) + 1
        if what == "mean_log_words":
            return f"about {_words(value)} words a line over {span} lines around"
        kind = "prose" if what == "prose_density" else "marked by rules"
        return f"{value:.0%} of the {span} lines around are {kind}"
    if name.startswith(("region_", "densest_")):
        return _region(name, value)
    return _neighbour(name, value)


def strongest_evidence(
    contributions: NDArray[np.float64], row: NDArray[np.float32], names: list[str], body: bool
) -> str:
    """The features that pushed hardest towards the chosen label, in words, joined by '; '."""
    push = contributions[: len(names)] * (1 if body else -1)
    order = np.argsort(-push)[:REASON_FEATURES]
    return "; ".join(describe(names[k], float(row[k])) for k in order if push[k] > 0)
