"""A byline's writer and the wire in a bracket opened by "with" ("Julien Roux (avec AFP)"), above the first paragraph,
where the dateline's reader would take the name for a place's ("PARIS (AFP)"); and the wire alone on its line opened
by "with" in the byline block ("With AAP" under the writers' names)."""

from __future__ import annotations

from tasks.credits.credit_records import Found, agency_found
from tasks.credits.signed_lines import CLOSING_BRACKET, writer_and_wire
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.author_words import without_with_word
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


def wire_with_line(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "With AAP", "avec AFP", "mit dpa" alone on a line of the byline block: the wire whose copy the story draws on,
    under the writers' names (the Australian and French papers' head); a known agency's whole name after the "with",
    nothing else on the line."""
    rest = without_with_word(text.strip())
    if rest == text.strip():
        return []
    canonical = gazetteer.agency_of_name(rest, cued=True)
    if canonical is None:
        return []
    at = text.index(rest)
    return [agency_found(rest, canonical, at, line, text.strip())]
