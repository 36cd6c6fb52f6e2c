"""A byline after its dateline's place and a bar ("Bamberg · Von Lukas Dörfler · 17.04.2024"): a news site's info bar
names the place reported from, then the author, then the date, each part set apart by a middle dot, bullet or bar.
The place is one to three capitalised words without a digit; the credit after it is read as the line's own would be.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from schemas import AttributionKind
from tasks.lexicon.credit_base import CreditLine

# The place opening an info bar: one to three capitalised words (a hyphen or apostrophe inside), then a bar mark or a
# spaced dash; a second such part may follow, the paper's or agency's name ("قبلي – صدى الجنوب – من مراسلنا …": the
# Arabic papers' dateline, place – outlet – then their correspondent).
_PART = r"(?=[^\W\d_])[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2}(?:\s*[·•|]\s*|\s+[–—-]\s+)"
# The place alone first ("Bamberg · Von Lukas Dörfler · 17.04.2024": its byline is the second part), then with the
# outlet's part after it.
_PLACE_THEN_BAR = (re.compile(rf"^\s*{_PART}(?=\S)"), re.compile(rf"^\s*{_PART}{_PART}(?=\S)"))
# The bar marks closing a part, at the line's end once the date after the byline is cut ("… Dörfler ·").
_BAR_MARKS = " ·•|"


def byline_after_place(text: str, read: Callable[[str], CreditLine | None]) -> CreditLine | None:
    """The author credit `read` finds after the place (and the outlet) and the bar opening the line, its offsets the
    line's; else None. The parts must be capitalised (a section or place name, no sentence's first words: "Sie sagte ·
    Von …" has a lower-case word)."""
    for pattern in _PLACE_THEN_BAR:
        place = pattern.match(text)
        if place is None or any(w[:1].islower() for w in text[: place.end()].split()):
            continue
        credit = read(text[place.end() :].rstrip(_BAR_MARKS))
        if credit is not None and credit.kind is AttributionKind.AUTHOR and credit.name and credit.cue:
            return credit.shifted(place.end())
    return None
