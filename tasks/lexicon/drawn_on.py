"""The article before the outlets a contributors' note names ("With files from the Associated Press and the Toronto
Star", "With reporting from the Marshall Islands Journal and RNZ Pacific"): the notes of ``author_drawn_on`` in
credit_cues.csv name the copy a story drew on, and English names a paper with its article, a person never. The
byline readers take names in capitals only, so the article is blanked (offsets kept) and the names it stood before
are the outlets' (:func:`tasks.credits.author_parts.drawn_on_outlets`).
"""

from __future__ import annotations

import re

from tasks.lexicon.vocabulary import credit_cues

# The English article in lower case opening a capitalised name.
_ARTICLE = re.compile(r"\bthe\s+(?=[^\W\d_])")
# What a listed name follows: a comma or "and" ("in the Hague" is a place's article).
_LISTED_AFTER = (",", " and", "&")


def drawn_on_articles(text: str, start: int, cue: str) -> tuple[str, frozenset[int]]:
    """The note from `start` on with each lower-case "the" before a name blanked, and where those names start; the
    text as it is, and no starts, when `cue` opens no note of the copy drawn on."""
    if "the " not in text[start:] or cue.casefold() not in credit_cues().get("author_drawn_on", ()):
        return text, frozenset()
    hits = [h for h in _ARTICLE.finditer(text, start) if _opens_a_name(text, start, h.start())]
    for hit in reversed(hits):
        text = text[: hit.start()] + " " * (hit.end() - hit.start()) + text[hit.end() :]
    return text, frozenset(hit.end() for hit in hits)


def _opens_a_name(text: str, start: int, at: int) -> bool:
    """The article right after the cue, or after a comma or "and" of the list."""
    before = text[start:at].rstrip()
    return not before or before.endswith(_LISTED_AFTER)
