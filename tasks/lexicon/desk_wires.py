"""The paper's or the agency's own desk named with the wire on a line of its own: "Redacción / EFE", "La rédaction
avec AFP", "Redazione ANSA", "Redazione ANSA ROMA" (ansa.it signs every story so: the agency's desk and the city it
filed from)."""

from __future__ import annotations

from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.place_words import is_filing_place
from tasks.lexicon.vocabulary import name_words

# The desk's words before the wire: its newsroom word, maybe with an article ("La Redazione").
MAX_DESK_WORDS = 2


def is_desk(name: str) -> bool:
    """The paper's own desk, maybe with its article or "of the" ("Redacción", "La rédaction", "Da Redação,", "The
    newsroom"): a newsroom word last, only articles and particles before it; no one else's name."""
    words = name.strip(" .,;:").casefold().split()
    lead = name_words().articles | load_byline_words().particles
    return bool(words) and words[-1] in load_author_words().newsroom and all(w in lead for w in words[:-1])


def desk_then_wire(text: str, gazetteer: Gazetteer) -> list[str]:
    """ "Redazione ANSA", "Redaktion dpa", "Redazione ANSA MILANO": a desk's word and a known agency's whole name, no
    separator between them, maybe the city filed from last (`filing_places.csv`): the line's desk and wire parts;
    else [text]. A desk before anything else ("Redazione Roma", "Redazione Web") names no wire."""
    words = text.split()
    for size in range(1, MAX_DESK_WORDS + 1):
        if len(words) <= size or not is_desk(" ".join(words[:size])):
            continue
        rest = words[size:]
        for wire in (rest, rest[:-1] if len(rest) > 1 and is_filing_place(rest[-1]) else []):
            # the wire in a script with letter case: in one without, a news word before a name is as
            # often a section's heading ("أخبار قنا", Qena's news; dumps_ml65 lost precision)
            if (
                wire
                and wire[0][:1].lower() != wire[0][:1].upper()
                and gazetteer.agency_of_name(" ".join(wire), cued=True) is not None
            ):
                return [" ".join(words[:size]), " ".join(wire)]
    return [text]
