"""A byline's writer and the wire in a bracket opened by "with" ("Julien Roux (avec AFP)"), above the first paragraph,
where the dateline's reader would take the name for a place's ("PARIS (AFP)"); and the wire alone on its line opened
by "with" in the byline block ("With AAP" under the writers' names)."""

from __future__ import annotations

import re
from functools import cache

from tasks.credits.credit_records import Found, agency_found
from tasks.credits.signed_lines import CLOSING_BRACKET, writer_and_wire
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.author_words import load_author_words, without_with_word
from tasks.lexicon.vocabulary import name_words


def writer_with_wire(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "Julien Roux (avec AFP)": the writer, and the wire whose copy the story draws on in a bracket opened by "with"
    (:func:`tasks.credits.signed_lines.writer_and_wire` reads them); nothing unless a person's name stands before the
    bracket."""
    closing = CLOSING_BRACKET.search(text)
    if closing is None or without_with_word(closing.group(1)) == closing.group(1):
        return []
    if text.split(maxsplit=1)[0].casefold() in name_words().place_openings:
        return []  # "New York (with AP)": a place's name, the dateline's
    return writer_and_wire(text, line, gazetteer)


def wire_with_line(text: str, line: int, gazetteer: Gazetteer, under_byline: bool = False) -> list[Found]:
    """ "With AAP", "avec AFP", "mit dpa" alone on a line of the byline block: the wire whose copy the story draws on,
    under the writers' names (the Australian and French papers' head); under the text too, where the wires may be
    several, parted by commas and any language's "and", maybe in brackets ("Avec AFP et Reuters", "(Mit dpa und
    AFP)", the French and German papers' sign-off). Known agencies' whole names after the "with", nothing else.
    `under_byline`: the line right under a cued byline, whose second line any language's "and" opens as well ("Oleh
    Nurul Zakaria" over "dan Bernama", "By Jane Roe" over "and AAP": the byline wrapped, the wire its last writer)."""
    bare = text.strip()
    bare = bare[1:-1].strip() if bare[:1] == "(" and bare[-1:] == ")" else bare
    rest = without_with_word(bare)
    if rest == bare and under_byline:
        first, _, after = bare.partition(" ")
        rest = after.strip() if after and first in load_author_words().every_and else bare
    if rest == bare:
        return []
    found: list[Found] = []
    at = text.index(rest)
    for part in _wire_parts().split(rest):
        canonical = gazetteer.agency_of_name(part, cued=True) if part else None
        if canonical is None:
            return []
        at = text.index(part, at)
        found.append(agency_found(part, canonical, at, line, text.strip()))
        at += len(part)
    return found


@cache
def _wire_parts() -> re.Pattern[str]:
    """Between the wires of a "with" line: a comma, or a lower-case "and" of any language (and_words.tsv); built at
    first use, not when the module is imported."""
    ands = sorted(map(re.escape, load_author_words().every_and), key=len, reverse=True)
    return re.compile(r"\s*,\s*|\s+(?:" + "|".join(ands) + r")\s+")
