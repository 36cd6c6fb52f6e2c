"""How long the names after a byline's cue may run when no separator follows the cue ("By Pieter van der Merwe and
Jan de la Rey in Cape Town"), and the one longer line let through: names that end right before the template's date,
however many links follow it ("By Erin Cho March 18 at 3:57 PM Follow @erin")."""

from __future__ import annotations

from functools import lru_cache

from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.byline_tails import names_before_a_date
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.place_bylines import MAX_CREDIT_WORDS_NO_SEPARATOR


@lru_cache(maxsize=1)
def _joining_words() -> frozenset[str]:
    words = load_byline_words()
    return frozenset(w.casefold() for w in words.joiners | words.lower_joiners | load_author_words().with_words)


def counted_words(words: list[str]) -> int:
    """The words a line without a separator after its cue is measured by: a name's lower-case particles ("Pieter van
    der Merwe", "Jan de la Rey"), a lone comma and the words joining writers' names ("By A, with B and C") are no
    words of their own, so two or three names and a place fit."""
    particles, joining = load_byline_words().particles, _joining_words()
    return sum(1 for w in words if w not in particles and w.casefold() not in joining and any(c.isalnum() for c in w))


def too_long_for_names(words: list[str]) -> bool:
    """More words than a byline's names and place, with no separator after the cue: a sentence, mostly."""
    return counted_words(words) > MAX_CREDIT_WORDS_NO_SEPARATOR


def names_fit_before_a_date(rest: str) -> bool:
    """A byline's rest after its cue whose names, short enough, end right before the template's date."""
    end = names_before_a_date(rest)
    return end is not None and not too_long_for_names(rest[:end].split())
