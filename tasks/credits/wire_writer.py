"""The wire copy's byline that names the agency first, a dash and then its writer, alone on its line over the text
("STT–Anni Korhonen", "NTB – Ola Nordmann": the Nordic regional papers' credit of the national agency's copy, written
by the agency's reporter). Both are credited: the agency the story came from and the person who wrote it."""

from __future__ import annotations

import re
from collections.abc import Container

from schemas import AttributionKind
from tasks.credits.credit_records import Found, normalize_name
from tasks.credits.name_lines import looks_like_name_line
from tasks.lexicon.agencies import Gazetteer

# The agency's short name in capitals, a dash (spaced or not), and a name of two capitalised words (a first and a last
# name; three title-case words are as often a headline's: "EFE–Madrid Derby Ends").
_WIRE_WRITER = re.compile(
    r"^\s*(?P<agency>[^\W\d_][^\W_]{1,9})\s?[–—-]\s?(?P<name>[^\W\d_][\w'’-]*[^\W\d_] [^\W\d_][\w'’-]*[^\W\d_])\s*$"
)


def wire_then_writer(text: str, line: int, gazetteer: Gazetteer, lower: Container[str]) -> list[Found]:
    """The agency and its writer of a line "AGENCY–First Last"; nothing unless the agency, in capitals, is a known
    one and the rest is a person's name alone (`lower`: the words the page writes in lower case, a heading's)."""
    match = _WIRE_WRITER.match(text)
    if match is None or not match.group("agency").isupper():
        return []
    agency, name = match.group("agency"), match.group("name")
    canonical = gazetteer.agency_of_name(agency, cued=True)
    if canonical is None or gazetteer.agency_of_name(name, cued=True) or any(w.isupper() for w in name.split()):
        return []
    if not looks_like_name_line(name, gazetteer, lower):
        return []
    evidence = text.strip()
    return [
        Found(AttributionKind.AGENCY, agency, normalize_name(agency), canonical, line, match.start("agency"),
              match.end("agency"), False, evidence),
        Found(AttributionKind.AUTHOR, name, normalize_name(name), None, line, match.start("name"), match.end("name"),
              False, evidence),
    ]  # fmt: skip
