"""The words of the place a byline closes with, after its preposition ("By Ann Lee in St. George's", "Par Anne Roux, à
Mende (Lozère)"): capitalised words, an abbreviation's dot ("St.", "Mt."), an apostrophe or a hyphen inside them
("Port-au-Prince"), and the region in brackets after the town (the French département, the Spanish and Italian
province: "Utrera (Sevilla)", "Ardea (Roma)"). Kept apart from :mod:`tasks.lexicon.credit_names`, which reads them."""

from __future__ import annotations

import re
from functools import cache

from tasks.lexicon.vocabulary import read_rows, split_cell

# One word of a place's name: letters joined by an apostrophe or hyphen ("George's", "Port-au-Prince"), or an
# abbreviation of up to three letters and its dot ("St.", "Ste.", "Mt.", "Ft.").
_PLACE_WORD = re.compile(r"[^\W\d_]{1,3}\.|[^\W\d_]+(?:['’-][^\W\d_]+)*")
# The region in brackets closing the place: one or two words, the first capitalised ("(Lozère)", "(Seine-Maritime)",
# "(Val d'Oise)").
_REGION = re.compile(r"\s+\((?=[^\W\d_])[^\W\d_][^\W\d_'’-]*(?:\s[^\W\d_][^\W\d_'’-]*)?\)\s*\.?\s*$")


def is_place_word(word: str) -> bool:
    """A capitalised word that may stand in a place's name."""
    return word[:1].isupper() and _PLACE_WORD.fullmatch(word) is not None


def without_region(text: str) -> str:
    """The text without the region in brackets closing it ("… à Mende (Lozère)" → "… à Mende"), else as it is; the
    region's first word capitalised."""
    match = _REGION.search(text)
    if match is None or not match.group(0).lstrip()[1:2].isupper():
        return text
    return text[: match.start()]


def is_filing_place(words: str) -> bool:
    """A city a byline opens with before its colon in a script without capitals, where nothing but a list tells the
    place from a label ("وجدة: محمد الزياني", not "الكلمات الدالة: …", the tags): ``filing_places.csv``."""
    return words.strip().casefold() in _filing_places()  # the list is case-folded: "İzmir", "İZMİR"


@cache
def _filing_places() -> frozenset[str]:
    return frozenset(p for row in read_rows("filing_places.csv") for p in split_cell(row["places"]))
