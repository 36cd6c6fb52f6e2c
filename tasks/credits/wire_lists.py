"""A byline-block line that lists the wires and sites the story came from, parted by commas ("ČTK, iDNES.cz",
"AFP, Reuters"): one record each, as a single agency alone there is the wire that wrote the story."""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.credits.byline_block import byline_agency
from tasks.credits.credit_records import Found, normalize_name
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.credit_base import DOMAIN

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
