"""A wire dateline whose agency the gazetteer does not know, read by its shape alone (:func:`unknown_wire_code`):

- "Soubré, 12 mars 2024 (ALI) – …": the place, a date with its digits, a code in capitals in brackets, the dash;
- "CHARLESTOWN, Nevis (CMC) — …": the place in capitals and its island, state or country after a comma (the
  American wire style, no date), then the code and the dash;
- "ЕКАТЕРИНБУРГ, 11 марта. /Регион-Информ/. …": the Russian and Bulgarian style, the agency between slashes.

A bracket after a place with no date is as often "(NATO)": that place names no agency, unless in capitals and with
its region; even then a code of two letters is as often the state's ("MANAUS (AM) –", "NATAL (RN) -": Brazil's),
and an official body's code ("NATO") or a credit's word ("VIDEO", "FOTOS") is no agency either.
"""

from __future__ import annotations

import re
from functools import lru_cache

from schemas import AttributionKind
from tasks.lexicon.citations import Citation
from tasks.lexicon.digits import has_digit
from tasks.lexicon.vocabulary import credit_cues, dateline_patterns, name_words

# An agency's code in capitals ("ALI", "AIP", "APS"); the bracket closes before the dateline's dash.
_WIRE_CODE = re.compile(r"[A-ZÀ-ÞА-ЯЁ]{2,6}")
_DASH_AFTER_BRACKET = re.compile(r"\)\s*[-–—]\s")
_HYPHENATED_NAME = re.compile(r"[^\W\d_][^\W\d_]+(?:-[^\W\d_][^\W\d_]+)+")
# A place in capitals has this many letters at least ("ROSEAU", "LIMA"; not an initial).
MIN_CAPITAL_PLACE_LETTERS = 3
# An unknown agency's code after a place in capitals has three letters at least ("CMC", "GNA"): two-letter agencies
# are known ones ("AP", "AA"), and a state's code has two ("(AM)", "(RN)").
MIN_CAPITAL_PLACE_CODE = 3


def unknown_wire_code(text: str) -> list[Citation]:
    """The agency of a wire dateline by its shape (see the module), a code the gazetteer need not know."""
    match = dateline_patterns()["place_date_agency"].match(text)
    code = match.group("agency").strip() if match else ""
    wired = match is not None and (_dated(match) or _capital_region(match, code))
    if match and wired and _WIRE_CODE.fullmatch(code) and _DASH_AFTER_BRACKET.match(text, match.end("agency")):
        at = match.start("agency") + match.group("agency").index(code)
        return [Citation(AttributionKind.AGENCY, code, None, at, at + len(code), "dateline")]
    # the agency between slashes: a code or one hyphenated name ("/Регион-Информ/"; two words are as often the
    # reporter's name, "/Мария Петрова/")
    match = dateline_patterns()["place_date_slash_agency"].match(text)
    if match is None or not _dated(match) or not match.group("place").isupper():
        return []
    name = match.group("agency").strip()
    hyphenated = _HYPHENATED_NAME.fullmatch(name) and all(part[:1].isupper() for part in name.split("-"))
    if not (_WIRE_CODE.fullmatch(name) or hyphenated):
        return []
    at = match.start("agency") + match.group("agency").index(name)
    return [Citation(AttributionKind.AGENCY, name, None, at, at + len(name), "dateline")]


def _dated(match: re.Match[str]) -> bool:
    return bool(match.group("date")) and has_digit(match.group("date"))


def _capital_region(match: re.Match[str], code: str) -> bool:
    """ "CHARLESTOWN, Nevis (CMC)": the place in capitals, its region after a comma (no date) and a code that is no
    state's, official body's or credit's."""
    place = match.group("place")
    capitals = place.isupper() and sum(c.isalpha() for c in place) >= MIN_CAPITAL_PLACE_LETTERS
    return capitals and bool(match.group("date")) and not _named_else(code)


@lru_cache(maxsize=1)
def _credit_words() -> frozenset[str]:
    return frozenset(cue for cues in credit_cues().values() for cue in cues)


def _named_else(code: str) -> bool:
    """ "(RN)", "(NATO)", "(VIDEO)": a state's code, an official body's or a credit's cue: no agency's."""
    return len(code) < MIN_CAPITAL_PLACE_CODE or name_words().is_official(code) or code.casefold() in _credit_words()
