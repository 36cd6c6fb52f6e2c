"""An article's head and the runs of prose under it: the pieces the main-text rules share.

A head is a dateline or a byline right above an article's first paragraph; comment entries carry
one too (their stamp lines). A run of prose is weighed as the region search weighs it.
"""

from __future__ import annotations

from tasks.text.region import PageView


def run_weight(weights: list[float], first: int, last: int) -> float:
    """The prose weight of lines first..last (what the region search counts for them)."""
    return sum(max(w, 0.0) for w in weights[first : last + 1])


def ended_before(view: PageView, region: tuple[int, int], stop: int) -> tuple[int, int]:
    """The region ended at its last text line above index `stop` (unchanged when there is none)."""
    last = max((i for i in range(region[0], stop) if view.is_text(i)), default=None)
    return region if last is None else (region[0], last)


def run_from(weights: list[float], first: int, stop: int) -> tuple[int, int]:
    """The run of lines from `first` (before `stop`) with the largest sum: an article read from its top."""
    best, best_sum, total = first, weights[first], 0.0
    for i in range(first, stop):
        total += weights[i]
        if total > best_sum:
            best, best_sum = i, total
    return first, best


def is_article_head(view: PageView, i: int) -> bool:
    """A dateline or byline: a short line with a date in it, or a credit line ("by Bill Jones")."""
    verdict, feat = view.verdicts[i], view.features[i]
    if verdict is not None and verdict.reason_code == "credit_line":
        return True
    return feat.has_date and feat.n_words <= view.rules.article_head_max_words


def is_under_head(view: PageView, start: int) -> bool:
    """A dateline or byline sits right above line `start` (a headline's date, an author's name)."""
    return any(is_article_head(view, i) for i in range(max(0, start - view.rules.article_head_window), start))


def first_text_below(view: PageView, head: int, last: int) -> int | None:
    """The first text line below a head line, with at most a few short lines between; None past `last`."""
    for i in range(head + 1, min(head + 2 + view.rules.headed_run_max_gap, last + 1)):
        if view.is_text(i):
            return i
        if view.prose[i]:
            return None
    return None
