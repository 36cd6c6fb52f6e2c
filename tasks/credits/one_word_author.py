"""A one-word author the page's markup names twice: JSON-LD types it as a person and the byline element shows it.

A one-word author value is a site, a desk, a section or a handle as often as a person ("Tagesblick", "jdadmin",
"vortex", "Editorial"), so :mod:`tasks.credits.name_checks` takes none; a blogger who signs with the first name alone
("written by Regan", ``{"@type": "Person", "name": "Regan"}``) is then lost. Two sources agreeing on the word, one of
them typing it as a person, make it a name: it must be written as one (a capital, then lower-case letters only: no
handle), and be no interface, desk, job or site account word ("Admin") and not the site's name.
"""

from __future__ import annotations

from tasks.credits.name_checks import name_key
from tasks.lexicon.author_words import load_author_words

MIN_ONE_WORD_NAME = 3


def one_word_person(persons: tuple[str, ...], byline: str | None, publishers: frozenset[str]) -> list[str]:
    """The JSON-LD person's one-word name when the byline element's text is that word, else nothing."""
    words = load_author_words()
    shown = " ".join((byline or "").split()).casefold()
    # "written by Regan": the byline's prefix, longest first
    shown = next((shown[len(p) :].strip() for p in words.prefixes if shown.startswith(f"{p} ")), shown)
    common = words.interface | words.newsroom | words.job | words.accounts
    for person in persons:
        name = person.strip()
        if name.casefold() != shown or not _written_as_a_name(name):
            continue
        if name.casefold() not in common and name_key(name) not in publishers:
            return [name]
    return []


def _written_as_a_name(word: str) -> bool:
    return len(word) >= MIN_ONE_WORD_NAME and word.isalpha() and word[0].isupper() and word[1:].islower()
