"""A writer's name, then the wire it came through, in the byline block: "Ioana Popescu / Agerpres", "Ana Ruiz - EFE",
"Jane Doe — AFP". The name line's tail reads a slash's agency only in capitals ("Anna Lindqvist/TT": after a slash
two title-case words are as often two outlets, "Sporting Life / Eurosport") and no agency after a dash ("Politik -
dpa" is a section's wire line); a known agency's whole name closing the line after either, with a person's name of two
words or more before it, is the writer and the wire, as after a comma or a bar.
"""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.credits.credit_records import Found, agency_found, normalize_name
from tasks.credits.name_lines import looks_like_name_line
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.vocabulary import name_word_role

# The last separator of the line and what follows it: a slash (spaced or not) or a spaced dash.
_WIRE_TAIL = re.compile(r"(?:\s*/\s*|\s[-–—]\s+)(?P<wire>[^/\-–—\s][^/–—]{0,40}?)\s*\.?\s*$")
MIN_WRITER_WORDS = 2


def writer_then_wire(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """The writer and the agency when the line is a person's name, a slash or spaced dash and a known agency's whole
    name of one word (not an outlet's: "Deutsche Welle - dpa"); else nothing."""
    tail = _WIRE_TAIL.search(text)
    if tail is None:
        return []
    wire = tail.group("wire")
    canonical = gazetteer.agency_of_name(wire, cued=True)
    head = text[: tail.start()].strip()
    # one word, a wire's name ("Agerpres", "EFE"); "Jane Doe / Getty Images", "John Smith / Shutterstock" credit a
    # photographer and her library (``photo_agency`` in ``name_words.csv``)
    if canonical is None or " " in wire or wire.casefold() in name_word_role("photo_agency"):
        return []
    if len(head.split()) < MIN_WRITER_WORDS or is_known_outlet(head):
        return []
    if not looks_like_name_line(head, gazetteer):
        return []
    at, evidence = text.index(head), text.strip()
    writer = Found(AttributionKind.AUTHOR, head, normalize_name(head), None, line, at, at + len(head), False, evidence)
    return [writer, agency_found(wire, canonical, tail.start("wire"), line, evidence)]
