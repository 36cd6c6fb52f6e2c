"""The outlet a byline's writers wrote for, closing the byline with no comma before it: "By Ann Lee for MailOnline",
"By Ann Lee and Tom Hale for The Daily Post", "Par Marie Dupont pour Le Monde", "Von Anna Schmidt für die Zeit".

The writer's outlet after a comma ("By Ann Lee, For The Boston Globe") is a role tail (``role_tails``); written on
without one, the byline was one chunk of six words or more, longer than a name, and no writer was read. The "for"
words are data (``outlet_for`` rows of ``name_words.csv``), one language's byline preposition each.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.vocabulary import name_word_role, name_words

# The outlet's name: its article, then up to this many words ("The Sydney Morning Herald", "Daily Mail Australia").
MAX_OUTLET_WORDS = 5
# The writers before "for": at least a name of two words ("Ann Lee"), so "Written for The Post" opens no outlet.
MIN_WRITER_WORDS = 2
_TOKEN = re.compile(r"\S+")


@lru_cache(maxsize=1)
def _for_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in name_word_role("outlet_for"))


@lru_cache(maxsize=1)
def _inner_words() -> frozenset[str]:
    """The lower-case words an outlet's name may hold inside it: the byline's joiners and name particles ("The Globe
    and Mail", "Corriere della Sera") and "of" (as ``without_place``'s "Port of Spain")."""
    words = load_byline_words()
    return words.joiners | words.particles | {"of"}


def _is_outlet(words: list[str]) -> bool:
    """A capitalised name of one to five words ("MailOnline", "Dailymail.com", "the Daily Mail"): its article first,
    its first word capitalised, its other words capitalised or an outlet's inner particle, its last not a particle."""
    articles = name_words().articles | name_words().articles_strip
    if words and words[0].casefold() in articles:
        words = words[1:]
    return (
        1 <= len(words) <= MAX_OUTLET_WORDS
        and all(w[:1].isupper() or w in _inner_words() for w in words)
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
    )


def _place_start(writers: list[re.Match[str]]) -> int:
    """Where the place the writer filed from starts before the outlet, in the title case of a byline written so ("By
    Ann Lee In Paris For MailOnline", "… In New York For …"); else where the writers' words end. (Lower case, "in
    Paris", is ``without_place``'s, which reads the line's end.)"""
    titled = {p.title() for p in load_byline_words().places}
    for size in (1, 2):
        enough = len(writers) > size + MIN_WRITER_WORDS
        if enough and writers[-size - 1].group() in titled and all(w.group()[:1].isupper() for w in writers[-size:]):
            return writers[-size - 1].start()
    return writers[-1].end() if writers else 0


def outlet_for_at(words: list[str]) -> int | None:
    """Where the "for" before the outlet the writers wrote for stands among a byline's words, if the words close
    with such an outlet ("Ann Lee for The Daily Post" → 2)."""
    return next(
        (
            i
            for i in range(MIN_WRITER_WORDS, len(words) - 1)
            if words[i].casefold() in _for_words() and _is_outlet(words[i + 1 :])
        ),
        None,
    )


def before_outlet_for(rest: str) -> str:
    """The byline's names before the outlet they wrote for ("Ann Lee for The Daily Post" → "Ann Lee"); else the rest."""
    words = rest.split(" ")
    at = outlet_for_at(words)
    return rest if at is None else " ".join(words[:at])


def without_outlet_for(rest: str, gazetteer: Gazetteer) -> str:
    """The byline's rest with the outlet its writers wrote for cut off, the "for" blanked (offsets kept); an agency
    there stays as the credit it is ("By Ann Lee for Reuters"). The rest unchanged if it closes with no such outlet."""
    tokens = list(_TOKEN.finditer(rest.rstrip(" .")))
    i = outlet_for_at([t.group() for t in tokens])
    if i is not None:
        blanked = rest[: _place_start(tokens[:i])] + "|" * (tokens[i].end() - _place_start(tokens[:i]))
        outlet = rest[tokens[i].end() :]
        return blanked + (outlet if gazetteer.find(outlet, cued=True) else "")
    return rest
