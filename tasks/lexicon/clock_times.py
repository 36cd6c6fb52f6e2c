"""Clock times written in pieces, put back together before a date line is read or its words are counted."""

from __future__ import annotations

import re

H_TIME = re.compile(r"\b(\d{1,2}) ?h ?(\d{2})\b")  # "10h20", "23 h 47": French and Portuguese clock times
# A clock time with a space after its colon ("১০: ৩০", "10: 30"): a CMS's template or a typist's, read as one time.
_SPACED_COLON_TIME = re.compile(r"(?<![\d:])(\d{1,2}):\s(\d{2})(?![\d:])")


def compact_clock(text: str) -> str:
    """ "à 23 h 47" → "à 23h47": a Quebec and French clock time counted as one word, as it is one; "১০: ৩০" →
    "১০:৩০" too."""
    text = H_TIME.sub(r"\1h\2", text) if " h " in text else text
    return _SPACED_COLON_TIME.sub(r"\1:\2", text) if ": " in text else text
