"""A correspondent's byline naming the place reported from ("Aus Brüssel berichtet Markus Lange"): the cues are
templates (``author_place`` in ``credit_cues.csv``), one of the readers of :mod:`tasks.lexicon.credit_lines`."""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.lexicon.byline_tails import without_closing_date
from tasks.lexicon.credit_base import CreditLine
from tasks.lexicon.credit_names import credited_name, is_bare_name
from tasks.lexicon.vocabulary import credit_cues

# Without a separator after the cue ("Фото с сайта x.by", "By Jane Doe") the line must be shorter.
MAX_CREDIT_WORDS_NO_SEPARATOR = 8
_FIRST_WORD = re.compile(r"[\W_]*([^\W\d_]+)")
# A place in a correspondent's byline: one to three words, the first capitalised (checked by the name after it).
_PLACE = r"[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,2}?"
_PLACE_CUE = re.compile(
    r"^[\W_]*("
    + "|".join(re.escape(c).replace(r"\*", _PLACE) for c in credit_cues().get("author_place", ()))
    + r")[\s,:]+",
    re.IGNORECASE,
)
_PLACE_FIRST_WORDS = frozenset(
    w.group(1) for cue in credit_cues().get("author_place", ()) if (w := _FIRST_WORD.match(cue))
)


def place_byline(text: str) -> CreditLine | None:
    """A correspondent's byline naming the place reported from ("Aus Brüssel berichtet Markus Lange", "De notre
    correspondant à Bruxelles, Pierre Martin"): the cues are templates (``author_place`` in ``credit_cues.csv``)."""
    first = _FIRST_WORD.match(text)
    if first is None or first.group(1).casefold() not in _PLACE_FIRST_WORDS:
        return None
    stripped = text.strip()
    match = _PLACE_CUE.match(stripped)
    if match is None:
        return None
    if not is_bare_name(stripped[match.end() :]):
        # "Posted in News by Ann Lee on March 3, 2011 · 4 Comments": the template's date and links after the name
        stripped = without_closing_date(stripped)[0].rstrip()
    rest = stripped[match.end() :]
    if len(stripped.split()) > MAX_CREDIT_WORDS_NO_SEPARATOR + 4 or not rest or not is_bare_name(rest):
        return None
    name, start, end = credited_name(rest, AttributionKind.AUTHOR)
    lead = len(text) - len(text.lstrip()) + match.end()
    return CreditLine(AttributionKind.AUTHOR, match.group(1), name, lead + start, lead + end, lead)
