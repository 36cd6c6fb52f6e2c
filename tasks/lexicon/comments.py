"""Headings that open a page's comment section ("53 Comments", "Leave a Reply", "Комментарии").

The words are data (``data/comment_headings.csv``: per language, with where they came from,
mostly the WordPress core translations every blog and many news sites render). A heading is a
short line: the whole line is a cue once counts and punctuation are gone ("Comments (33)"), or it
opens with a cue of two or more words ("Leave a Reply to Anna", "5 thoughts on “…”").
"""

from __future__ import annotations

import re
from functools import lru_cache

from tasks.lexicon.vocabulary import read_rows, split_cell

# A heading is short; longer lines that mention comments are sentences about them.
MAX_HEADING_WORDS = 8
# Digits, brackets and punctuation around a cue: "(33)", "53", ":", "»".
_NOISE = re.compile(r"[\d\W_]+", re.UNICODE)


@lru_cache(maxsize=1)
def comment_headings() -> frozenset[str]:
    """Every language's comment-section headings, case-folded."""
    rows = read_rows("comment_headings.csv")
    return frozenset(_words_only(w) for row in rows for w in split_cell(row["headings"]))


@lru_cache(maxsize=1)
def _opening_cues() -> tuple[str, ...]:
    """Cues of several words, which may open a longer heading."""
    return tuple(sorted((c + " " for c in comment_headings() if " " in c), key=len, reverse=True))


def _words_only(text: str) -> str:
    return " ".join(_NOISE.sub(" ", text.casefold().replace("'", "").replace("’", "")).split())


def is_comment_heading(text: str) -> bool:
    """The line is the heading of a comment section (or its count, or its form's title)."""
    words = _words_only(text)
    if not words or len(words.split()) > MAX_HEADING_WORDS:
        return False
    cues = comment_headings()
    if words in cues:
        return True
    return (words + " ").startswith(_opening_cues())
