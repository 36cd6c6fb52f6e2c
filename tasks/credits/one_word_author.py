"""A one-word author the page's markup names twice: JSON-LD types it as a person and the byline element shows it.

A one-word author value is a site, a desk, a section or a handle as often as a person ("Tagesblick", "jdadmin",
"vortex", "Editorial"), so :mod:`tasks.credits.name_checks` takes none; a blogger who signs with the first name alone
("written by Regan", ``{"@type": "Person", "name": "Regan"}``) is then lost. Two sources agreeing on the word, one of
them typing it as a person, make it a name: it must be written as one (a capital, then lower-case letters only: no
handle), and be no interface, desk, job or site account word ("Admin") and not the site's name.
"""

from __future__ import annotations

from schemas import AttributionKind
from tasks.credits.credit_records import Found, normalize_name
from tasks.credits.name_checks import name_key
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.date_text import has_month_date
from tasks.lexicon.outlets import is_known_outlet

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


def one_word_byline(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    """ "by Regan September 15, 2014": the head's one cued byline naming one word and dated on its line, a blogger
    who signs with the first name; the word is written as a name and is no interface, desk, job or account word
    ("by admin"), no agency's or outlet's. Else []."""
    credit = parse_credit_line(text)
    if credit is None or credit.kind is not AttributionKind.AUTHOR or credit.name is None or credit.rest_end is None:
        return []  # no date closed the names (`rest_end`): "By Madonna" alone is as often a heading's
    name = credit.name
    words = load_author_words()
    common = words.interface | words.newsroom | words.job | words.accounts
    if not _written_as_a_name(name) or name.casefold() in common or is_known_outlet(name):
        return []
    if gazetteer.agency_of_name(name, cued=True) or not has_month_date(text[credit.rest_end :]):
        return []
    start = credit.name_start
    return [Found(AttributionKind.AUTHOR, name, normalize_name(name), None, number, start, start + len(name), False,
                  text.strip())]  # fmt: skip
