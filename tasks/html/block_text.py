"""A block's text: the text gathered between two block boundaries, normalised.

It runs for every block of every HTML page, so ASCII text that needs no repair skips Unicode
normalisation, where it cannot change the result.
"""

from __future__ import annotations

import re

from tasks.read.decode import normalize_text

# Mojibake comes from decoding a whole page with the wrong charset, so it shows from the start: whether
# a page needs ftfy is read from this many characters of its text (tasks.read.decode.needs_repair reads
# only what ftfy's check can react to).
REPAIR_SAMPLE_CHARS = 20_000
# C0 controls and DEL, which normalize_text drops (tasks/read/decode.py); the rest of what it does to
# ASCII text (\r, \t, \v, \f to spaces) is whitespace that a block's text collapses anyway.
_ASCII_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def block_text(joined: str, repair: bool) -> str:
    """The text gathered between two block boundaries, normalised, its whitespace collapsed to single spaces.

    ASCII text that needs no repair takes a short cut with the same result: NFC and the invisible
    characters concern only non-ASCII text (str.split splits where the regex \\s+ matches).
    """
    if not repair and joined.isascii():
        return " ".join(_ASCII_CONTROLS.sub("", joined).split())
    return " ".join(normalize_text(joined, repair=repair).split())
