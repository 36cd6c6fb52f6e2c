"""A byline after its dateline's place and a bar ("Bamberg · Von Lukas Dörfler · 17.04.2024"): a news site's info bar
names the place reported from, then the author, then the date, each part set apart by a middle dot, bullet or bar.
The place is one to three capitalised words without a digit; the credit after it is read as the line's own would be.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from schemas import AttributionKind
from tasks.lexicon.credit_base import CreditLine

# The place opening an info bar: one to three capitalised words (a hyphen or apostrophe inside), then a bar mark.
_PLACE_THEN_BAR = re.compile(r"^\s*(?=[^\W\d_])[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2}\s*[·•|]\s*(?=\S)")
# The bar marks closing a part, at the line's end once the date after the byline is cut ("… Dörfler ·").
_BAR_MARKS = " ·•|"


def byline_after_place(text: str, read: Callable[[str], CreditLine | None]) -> CreditLine | None:
    """The author credit `read` finds after the place and the bar opening the line, its offsets the line's; else None.
    The place must be capitalised (a section or place name, no sentence's first words: "Sie sagte · Von …" has a
    lower-case word)."""
    place = _PLACE_THEN_BAR.match(text)
    if place is None or any(w[:1].islower() for w in text[: place.end()].split()):
        return None
    credit = read(text[place.end() :].rstrip(_BAR_MARKS))
    if credit is None or credit.kind is not AttributionKind.AUTHOR or not credit.name or not credit.cue:
        return None
    return credit.shifted(place.end())
