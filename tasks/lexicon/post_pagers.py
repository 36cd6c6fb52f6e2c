"""A post's pager: the line of previous/next links a blog engine prints under a post ("Newer Post Older Post Home",
"« Previous Post | Next Post »"), from ``tasks/lexicon/data/post_pagers.csv``. The whole line, once its marks are
gone, is one of the listed forms; a sentence naming "the previous post" is not."""

from __future__ import annotations

import re
from functools import lru_cache

from tasks.lexicon.vocabulary import read_rows, split_cell

# Everything but letters and spaces: the arrows, guillemets, bars and exclamation marks around the links.
_MARKS = re.compile(r"[^\w\s]|[\d_]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _pagers() -> frozenset[str]:
    return frozenset(w for row in read_rows("post_pagers.csv") for w in split_cell(row["words"]))


def is_post_pager(text: str) -> bool:
    """The line is a post's pager and nothing else ("Newer Post Older Post Home", "← Previous post! Next post! →")."""
    if len(text) > 80:
        return False
    words = _SPACES.sub(" ", _MARKS.sub(" ", text.casefold())).strip()
    return words in _pagers()
