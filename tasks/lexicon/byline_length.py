"""How long the names after a byline's cue may run when no separator follows the cue ("By Pieter van der Merwe and
Jan de la Rey in Cape Town"), and the one longer line let through: names that end right before the template's date,
however many links follow it ("By Erin Cho March 18 at 3:57 PM Follow @erin")."""

from __future__ import annotations

from functools import lru_cache

from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.byline_tails import names_before_a_date, picture_tail_start, placed_title
from tasks.lexicon.byline_words import is_job_word, load_byline_words
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


# How far after a comma the job word of the writer's title may stand ("Senior Staff Writer", "Software Engineer").
ROLE_JOB_WORD_REACH = 3


def without_role_tail(words: list[str]) -> list[str]:
    """The words up to the comma before the writer's job title ("Posted by Ann Lee, Software Engineer on Google Play",
    "By Ann Lee, Staff Writer at the Daily Planet"): where the team or outlet the title names goes on, the byline's
    names are over (the names' own rules still read them). A picture credit after the names ("…, with photos by Rui
    Alves") is no more of them either."""
    if (pictured := picture_tail_start(" ".join(words))) is not None:
        words = " ".join(words)[:pictured].split()
    for i, word in enumerate(words[:-1]):
        named = i >= 2 and word[:1].isupper() and words[i - 1][:1].isupper()  # two name words: "By Tuesday," is none
        tail = words[i + 1 :]
        if named and word.endswith(",") and (_role_and_team(tail) or _employer(tail) or placed_title(tail)):
            return words[: i + 1]
    return words


# An employer named after the writers' comma, in capitalised words only ("Local Democracy Reporting Service").
MIN_EMPLOYER_WORDS, MAX_EMPLOYER_WORDS = 3, 5


def _employer(tail: list[str]) -> bool:
    """ "By Ann Lee and Tom Hale, Local Democracy Reporting Service": three to five capitalised words closing the line
    after the writers' comma, no comma among them, are the body they write for, not more names to measure."""
    capitalised = all(w[:1].isupper() and w.isalpha() for w in tail)
    return capitalised and MIN_EMPLOYER_WORDS <= len(tail) <= MAX_EMPLOYER_WORDS


# The short lower-case words between a job title and the team or outlet it names ("on", "at the", "for").
MAX_ROLE_LINK_LETTERS = 3


def _role_and_team(tail: list[str]) -> bool:
    """A capitalised job title, maybe followed by the team or outlet it names in capitalised words and short linking
    words ("Software Engineer on Google Play"), no sentence ("President Biden had signed the order")."""
    job = next((j for j, w in enumerate(tail[:ROLE_JOB_WORD_REACH]) if is_job_word(w.strip(","))), None)
    if job is None or not all(w[:1].isupper() for w in tail[: job + 1]):
        return False
    return all(w[:1].isupper() or (w.isalpha() and len(w) <= MAX_ROLE_LINK_LETTERS) for w in tail[job + 1 :])


def too_long_for_names(words: list[str]) -> bool:
    """More words than a byline's names and place, with no separator after the cue: a sentence, mostly."""
    return counted_words(without_role_tail(words)) > MAX_CREDIT_WORDS_NO_SEPARATOR


def names_fit_before_a_date(rest: str) -> bool:
    """A byline's rest after its cue whose names, short enough, end right before the template's date."""
    end = names_before_a_date(rest)
    return end is not None and not too_long_for_names(rest[:end].split())
