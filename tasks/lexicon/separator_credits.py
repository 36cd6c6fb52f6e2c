"""A credit line whose cue was an icon: only the separator is left before the name (": Reuters", "— Kazinform")."""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.credit_base import DOMAIN, CreditLine
from tasks.lexicon.credit_tails import MAX_BARE_CREDIT_WORDS
from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.spans import looks_like_person, name_after
from tasks.lexicon.vocabulary import name_words

_BARE_SEPARATOR = re.compile(r"^\s*[:：—–]\s*(?=\S)")
# One capitalised word closed by a number, the shape of an online outlet's brand ("News24", "Netwerk24", "Nova24").
_DIGIT_BRAND = re.compile(r"[^\W\d_][^\W\d_]{2,}\d{1,3}")


def separator_only(text: str) -> CreditLine | None:
    """ ": Reuters", "— Kyiv Independent": a source credit whose cue was an icon; a known agency, a domain, a known
    outlet or one word of an online outlet's shape ("– Netwerk24"), or a quoted or capitalised name of two words or
    more, and nothing else. After a dash a known agency signs the story ("— Kazinform"): an agency credit."""
    separator = _BARE_SEPARATOR.match(text)
    if separator is None:
        return None
    rest = text[separator.end() :].rstrip()
    words = rest.split()
    if not words or len(words) > MAX_BARE_CREDIT_WORDS or rest[-1:] in '!?…»"':
        return None
    span = name_after(text, separator.end())
    if span is None or text[span.end :].strip(" .\"'»“”"):
        return None
    name = text[span.start : span.end]
    agency = load_gazetteer().agency_of_name(name, cued=True)
    # "– Netwerk24", "— BBC": one word that is an outlet's, by the gazetteer or by its shape
    outlet = is_known_outlet(name) or (_DIGIT_BRAND.fullmatch(name) and name[0].isupper())
    if not (agency or outlet or DOMAIN.fullmatch(name)) and (span.how != "quoted" and len(name.split()) < 2):
        return None
    if not (agency or outlet) and span.how != "quoted" and _person_with_particle(name.split()):
        return None  # "— Jan van Dijk": a writer's signature (the span reader takes a particle for an outlet's word)
    cue = text[separator.start() : separator.end()].strip()
    # "— BERNAMA", "– Reuters": a dash before a known agency alone is its sign-off, the agency the story came from
    signoff = agency and cue in SIGNOFF_DASHES and not DOMAIN.fullmatch(name)
    kind = AttributionKind.AGENCY if signoff else AttributionKind.SOURCE
    return CreditLine(kind, cue, name, span.start, span.end, separator.end())


def _person_with_particle(words: list[str]) -> bool:
    """A person's name with a lower-case particle inside ("Jan van Dijk", "Ahmed bin Salem")."""
    particles = load_byline_words().particles
    inner = any(w in particles for w in words[1:-1])
    return inner and looks_like_person(words, name_words(), particles)


# The dashes a wire's or outlet's sign-off opens with ("— BERNAMA", "– Netwerk24").
SIGNOFF_DASHES = frozenset("—–")
