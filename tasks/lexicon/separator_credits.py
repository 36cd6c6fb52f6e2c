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
    """ ": Reuters", "— Kazinform": a source credit whose cue was an icon; a known agency, a domain or a quoted
    or capitalised name of two words or more, and nothing else."""
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
    known = load_gazetteer().agency_of_name(name, cued=True) or DOMAIN.fullmatch(name)
    if not known and (span.how != "quoted" and len(name.split()) < 2):
        return None
    return CreditLine(AttributionKind.SOURCE, text[separator.start() : separator.end()].strip(), name,
                      span.start, span.end, separator.end())  # fmt: skip
