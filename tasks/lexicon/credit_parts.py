"""The parts of a caption's closing credit: "Укрінформ / Олександр Клименко", "TASR - Jaroslav Novák", "Jan Novák, ČTK":
an agency and a photographer, each side credited (a known agency, or a name of a few capitalised words).
"""

from __future__ import annotations

import re

from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.credit_base import looks_like_name
from tasks.lexicon.vocabulary import name_words

# The agency and the photographer parted by a slash or a spaced dash.
CREDIT_PARTS = re.compile(r"\s*/\s*|\s+[-–—]\s+")


def agency_and_photographer(text: str) -> bool:
    """ "Укрінформ / Олександр Клименко", "TASR - Jaroslav Novák": two parts or more, each credited; or the
    photographer, a comma and a known agency ("Abdul-Rahman Issahaku, GNA", "Jan Novák, ČTK")."""
    parts = CREDIT_PARTS.split(text)
    if len(parts) > 1 and all(is_credited_part(part.strip()) for part in parts):
        return True
    person, comma, agency = text.rpartition(",")
    return bool(comma) and looks_like_name(person.strip()) and _is_agency(agency.strip())


def _is_agency(part: str) -> bool:
    return bool(part) and bool(load_gazetteer().agency_of_name(part, cued=True))


def is_credited_part(part: str) -> bool:
    """One side of "Agency / Photographer": a known agency, or a name of a few capitalised words."""
    return bool(part) and (bool(load_gazetteer().agency_of_name(part, cued=True)) or looks_like_photographer(part))


def looks_like_photographer(text: str) -> bool:
    """Capitalised words, maybe with a name particle inside ("Agustinho da Costa", "Pieter van Wyk"): a photographer's
    name at a caption's end beside the agency ("Foto: Agustinho da Costa/Lusa") or alone after the cue where the name
    grammar reads nothing; the particle neither opens nor closes it. (Taken also where the grammar reads the name,
    it lowered the never-studied dumps_ml16's precision: left.)"""
    words = text.split()
    particles = load_byline_words().particles
    inner = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w in particles)]
    return looks_like_name(" ".join(inner))


def particled_person(name: str) -> bool:
    """A given name, a particle and a surname ("Marelize van Zyl", "Jan de Wet"), no official's word first: a person
    after a caption's cue. (Four words too, "Jean de la Fontaine", cost the never-studied dumps_ml16's page precision
    a record, though they raised its body F1 and dumps_ml68's records found: narrowed, session 43.)"""
    words = name.split()
    return len(words) == 3 and not name_words().is_official(words[0]) and looks_like_photographer(name)
