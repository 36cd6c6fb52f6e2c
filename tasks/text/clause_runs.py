"""A post told line by line in Chinese or Japanese, a space for a comma: its lines weighed as the prose they are.

Chinese and Japanese write no space between words, so a space between two of their letters is a pause: bloggers
and caption writers put one where a comma or a full stop would stand ("一波波接續性 低溫寒流報到 已將…"), and a
photo post tells its story one such line under each picture, none ending in "。". No line of it reads as prose
(no sentence end, under `long_prose_words`), so the region search weighed every one as a short line and the post lost
to a sidebar of teasers cut off with "…". A run of such lines, most with a clause space, right under the post's own
dateline or byline, is that post: a teaser list holds headlines that seldom pause twice and sits under a list's
heading, not under a dateline (readability's pixnet; tests/data/wholepage45).
"""

from __future__ import annotations

import regex

from tasks.text.heads import is_under_head
from tasks.text.region import PageView, prose_weight

# Letters of the scripts written without spaces between words whose writers pause with a space (Han, kana).
_PAUSED_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA"})
# A space between two such letters (a full-width space too: `key` collapsed it to one).
_CLAUSE_SPACE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}] [\p{Han}\p{Hiragana}\p{Katakana}]")
# A year with its sign after it ("2026年4月2日", "2026년 3월 4일"): the line features read no date there (the sign is a
# letter to `\b`). Read here only, for the post's head: the same reading in the line features moved two never-studied
# dump sets, one down (session 45).
_SIGNED_YEAR = regex.compile(r"(?<![\w])(?:19|20)\d\d\s?[年년]")


def _run_line(view: PageView, i: int) -> bool:
    """Line i could be a line of such a post: no rule's, in a paused script, a sentence's length, not cut off."""
    feat = view.features[i]
    return (
        view.verdicts[i] is None
        and feat.script in _PAUSED_SCRIPTS
        and feat.n_words >= view.rules.min_prose_words
        and not feat.ends_ellipsis
    )


def _runs(view: PageView) -> list[tuple[int, int]]:
    """The runs (first, end exclusive) of such lines, each of `clause_run_min_lines` lines at least."""
    runs, n, first = [], len(view.features), None
    for i in range(n + 1):
        if i < n and _run_line(view, i):
            first = i if first is None else first
            continue
        if first is not None and i - first >= view.rules.clause_run_min_lines:
            runs.append((first, i))
        first = None
    return runs


def _paused(view: PageView, first: int, end: int) -> bool:
    """Most lines of the run pause with a space between two letters."""
    spaced = sum(1 for i in range(first, end) if _CLAUSE_SPACE.search(view.features[i].key))
    return 2 * spaced > end - first


def _under_dateline(view: PageView, start: int) -> bool:
    """A dateline or a byline stands right above line `start`, a year with its sign after it counted as a date."""
    if is_under_head(view, start):
        return True
    window = range(max(0, start - view.rules.article_head_window), start)
    return any(
        view.features[i].n_words <= view.rules.article_head_max_words and _SIGNED_YEAR.search(view.features[i].key)
        for i in window
    )


def with_clause_runs_weighed(view: PageView, weights: list[float]) -> list[float]:
    """The weights with a post's runs of such lines weighed as prose, when the first run of the page that pauses
    stands right under a dateline or a byline (the post's own head); the runs below it are the same post's, told the
    same way, whether or not most of their lines pause (readability's pixnet: 0.618 with only the pausing runs)."""
    runs = _runs(view)
    opening = next((k for k, run in enumerate(runs) if _paused(view, *run)), None)
    if opening is None or not _under_dateline(view, runs[opening][0]):
        return weights
    runs = runs[opening:]
    weighed = list(weights)
    for first, end in runs:
        weighed[first:end] = [prose_weight(view.features[i], None, True, view.rules) for i in range(first, end)]
    return weighed
