"""A credit line whose cue was an icon: only the separator is left before the name (": Reuters", "— Kazinform")."""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.credit_base import DOMAIN, CreditLine
from tasks.lexicon.credit_tails import MAX_BARE_CREDIT_WORDS
from tasks.lexicon.spans import name_after

_BARE_SEPARATOR = re.compile(r"^\s*[:：—–]\s*(?=\S)")


def separator_only(text: str) -> CreditLine | None:
    """ ": Reuters", "— Kyiv Independent": a source credit whose cue was an icon; a known agency, a domain or a quoted
    or capitalised name of two words or more, and nothing else. After a dash a known agency signs the story ("—
    Kazinform"): an agency credit."""
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
    if not (agency or DOMAIN.fullmatch(name)) and (span.how != "quoted" and len(name.split()) < 2):
        return None
    cue = text[separator.start() : separator.end()].strip()
    # "— BERNAMA", "– Reuters": a dash before a known agency alone is its sign-off, the agency the story came from
    kind = (
        AttributionKind.AGENCY if agency and cue in _DASHES and not DOMAIN.fullmatch(name) else AttributionKind.SOURCE
    )
    return CreditLine(kind, cue, name, span.start, span.end, separator.end())


_DASHES = frozenset("—–")
