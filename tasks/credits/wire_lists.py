"""A byline-block line that lists the wires and sites the story came from, parted by commas ("ČTK, iDNES.cz",
"AFP, Reuters"): one record each, as a single agency alone there is the wire that wrote the story. Or the wire and
the place it filed from after a bar ("EFE | Madrid")."""

from __future__ import annotations

import dataclasses
import re

from schemas import AttributionKind
from tasks.credits.byline_block import byline_agency
from tasks.credits.credit_records import Found, agency_found, credit_line_attributions, normalize_name
from tasks.credits.role_tails import is_label_word
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.credit_base import DOMAIN
from tasks.lexicon.outlets import is_known_outlet

# A list of wires in the byline block names this many at most ("dpa, AFP, Reuters, AP").
MAX_LISTED_WIRES = 4
_PART = re.compile(r"[^,]+")


def listed_wires(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """Agencies and site addresses parted by commas and nothing else, one agency at least (two addresses alone are as
    often a page's links): an agency record for each agency (a site an agency owns too), a source for each other
    site. Nothing when any part is something else ("AFP, Paris": a place)."""
    parts = [(m.group(0).strip(), m.start() + len(m.group(0)) - len(m.group(0).lstrip())) for m in _PART.finditer(text)]
    if not 2 <= len(parts) <= MAX_LISTED_WIRES or text.count(",") != len(parts) - 1:
        return []
    found = []
    for name, at in parts:
        agency = byline_agency(name, gazetteer, title_case=True)
        if agency is None and not DOMAIN.fullmatch(name):
            return []
        kind = AttributionKind.AGENCY if agency else AttributionKind.SOURCE
        found.append(Found(kind, name, normalize_name(name), agency, line, at, at + len(name), False, text.strip()))
    return found if any(f.kind is AttributionKind.AGENCY for f in found) else []


def agency_and_place(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "EFE | Madrid", "Europa Press | San Sebastián": a known agency, a bar and the place the story was filed from,
    the byline the Spanish papers give wire copy (as "Redacción | Madrid" for their desk's, "Ana Ruiz | Madrid" for a
    writer's): the agency's record alone; the place is no outlet and no person. The place is one to four title-case
    words (particles inside), no label, outlet or agency ("EFE | El País" names an outlet)."""
    head, bar, place = text.partition("|")
    name, place = head.strip(), place.strip(" .")
    canonical = gazetteer.agency_of_name(name, cued=True) if bar and name else None
    if canonical is None or not _is_place(place) or is_known_outlet(place) or gazetteer.find(place):
        return []
    at = text.index(name)
    return [agency_found(name, canonical, at, line, text.strip())]


MAX_PLACE_WORDS = 4


def _is_place(place: str) -> bool:
    words = place.split()
    particles = load_byline_words().particles
    inner = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w in particles)]
    return (
        0 < len(words) <= MAX_PLACE_WORDS
        and all(w[:1].isupper() and w[1:].islower() and w.replace("-", "").isalpha() for w in inner)
        and not any(is_label_word(w) for w in inner)
    )


# "AGERPRES/(A - autor: Ana Dinu, editor: Mihai Popescu)": the agency, a slash, and in brackets the desk's code and the
# copy's roles, the Romanian wire's sign-off under every story it files (and under the papers' copies of them).
_AGENCY_BRACKET_SIGNOFF = re.compile(
    r"^\s*(?P<agency>[^\W\d_][\w-]{1,20})\s*/\s*\((?:[A-Z]{1,4}\s*[-–—]\s*)?(?P<roles>[^()]+)\)\s*$"
)


def agency_bracket_signoff(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    """The agency and the author of an "AGENCY/(code - author: …, editor: …)" sign-off (the editor is no author)."""
    match = _AGENCY_BRACKET_SIGNOFF.match(text)
    canonical = gazetteer.agency_of_name(match.group("agency"), cued=True) if match else None
    if match is None or canonical is None:
        return []
    name, at = match.group("agency"), match.start("agency")
    agency = agency_found(name, canonical, at, number, text.strip())
    roles = " " * match.start("roles") + match.group("roles")
    authors = [f for f in credit_line_attributions(roles, number, gazetteer) if f.kind is AttributionKind.AUTHOR]
    return [agency, *(dataclasses.replace(f, evidence=text.strip()) for f in authors if f.name)]
