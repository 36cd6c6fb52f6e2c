"""An article's head and the runs of prose under it: the pieces the main-text rules share.

A head is a dateline or a byline right above an article's first paragraph; comment entries carry
one too (their stamp lines). A run of prose is weighed as the region search weighs it.
"""

from __future__ import annotations

from schemas import AttributionKind, ChromeKind, Label
from tasks.text.region import PageView
from tasks.text.verdicts import Verdict


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


# A teaser's headline has a few words at least; a byline's role line ("Staff writer") fewer.
TEASER_HEADLINE_MIN_WORDS = 4


def _byline_under_headline(view: PageView, k: int) -> bool:
    """Line k is an author's credit line right under a headline-like line (no rule's, no sentence, a few words)."""
    if not 0 < k < len(view.verdicts):
        return False
    verdict, above = view.verdicts[k], view.features[k - 1]
    return (
        verdict is not None
        and verdict.reason_code == "credit_line"
        and verdict.kind == AttributionKind.AUTHOR
        and view.verdicts[k - 1] is None
        and not view.prose[k - 1]
        and above.n_words >= TEASER_HEADLINE_MIN_WORDS
    )


def teaser_byline(view: PageView, i: int, title: int | None, region: tuple[int, int] | None = None) -> Verdict | None:
    """Line i, above the article's title or below its main text, is a byline in a list of teasers: headline, byline,
    headline, byline (an opinion box's "O interior não precisa de pena" over "Por Manuel Teixeira", and the next
    column so; "Altre opinioni" under a column). The credits of other pages' writers, not the article's; an article's
    co-authors stand under its title, its sign-off right under its last paragraph."""
    above = title is not None and i < title
    below = region is not None and i > region[1]
    if not (above or below) or not _byline_under_headline(view, i):
        return None
    if not (_byline_under_headline(view, i - 2) or _byline_under_headline(view, i + 2)):
        return None
    return Verdict(
        Label.CHROME, ChromeKind.TEASER, "teaser_byline",
        "an author's credit under a headline, outside the article, in a list of such pairs: another page's writer", 0.8,
    )  # fmt: skip
