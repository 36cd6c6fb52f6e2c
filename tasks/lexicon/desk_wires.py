"""The paper's or the agency's own desk named with the wire on a line of its own: "Redacción / EFE", "La rédaction
avec AFP", "Redazione ANSA", "Redazione ANSA ROMA" (ansa.it signs every story so: the agency's desk and the city it
filed from). One reader, `desk_and_wire`, serves the line read as a credit (`agency_credits.agency_alone`) and as a
wire line (`wire_citations.wire_line_citations`)."""

from __future__ import annotations

from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.place_words import is_filing_place
from tasks.lexicon.vocabulary import name_words
from tasks.lexicon.word_classes import is_caseless

# The desk's words before the wire: its newsroom word, maybe with an article ("La Redazione").
MAX_DESK_WORDS = 2
# What may part the desk's word from the wire it names ("Redakcja / PAP", "Redazione: ANSA").
_DESK_SEPARATORS = "/|-–—:, "


def is_desk(name: str) -> bool:
    """The paper's own desk, maybe with its article or "of the" ("Redacción", "La rédaction", "Da Redação,", "The
    newsroom"): a newsroom word last, only articles and particles before it; no one else's name."""
    words = name.strip(" .,;:").casefold().split()
    lead = name_words().articles | load_byline_words().particles
    return bool(words) and words[-1] in load_author_words().newsroom and all(w in lead for w in words[:-1])


def without_desk_code(name: str) -> str:
    """ "APA/red" -> "APA": the desk's code after the agency's slash (the Austrian and Swiss papers' "APA/red": the
    newsroom edited the wire's copy) is no part of the agency's name."""
    agency, slash, code = name.rpartition("/")
    return (
        agency.strip()
        if slash and agency.strip() and code.strip().casefold() in load_author_words().desk_codes
        else name
    )


def desk_and_wire(text: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """ "Redazione ANSA", "Redakcja / PAP", "Redaktion dpa", "La Redazione ANSA MILANO", "Redaktion APA/red": the
    desk's words (a newsroom word of `author_noise.tsv`, maybe its article) and the known agency's whole name after
    them, maybe past a separator, maybe with the city filed from (`filing_places.csv`) or the desk's code last: (desk,
    agency); else None. A desk before anything else ("Redazione Roma", "Redazione Web") names no wire.

    The wire must be written in a script with letter case (`is_caseless`, which counts Georgian, written in lower-case
    Mkhedruli, as caseless): in one without, a news word before a name is as often a section's heading ("أخبار قنا",
    Qena's news: dumps_ml65 lost precision)."""
    words = text.split()
    for size in range(1, MAX_DESK_WORDS + 1):
        if len(words) <= size or not is_desk(" ".join(words[:size])):
            continue
        rest = " ".join(words[size:]).lstrip(_DESK_SEPARATORS)
        if not rest or is_caseless(rest):
            continue
        last = rest.rpartition(" ")
        for wire in (rest, last[0] if last[0] and is_filing_place(last[2]) else "", without_desk_code(rest)):
            if wire and gazetteer.agency_of_name(wire, cued=True) is not None:
                return " ".join(words[:size]), wire
    return None


def desk_then_wire(text: str, gazetteer: Gazetteer) -> list[str]:
    """The line's desk and wire parts (`desk_and_wire`), else [text]."""
    parts = desk_and_wire(text, gazetteer)
    return list(parts) if parts else [text]
