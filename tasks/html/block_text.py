"""A block's text: the text gathered between two block boundaries, normalised, and whether a page needs ftfy.

Both run for every block of every HTML page, so both avoid the costly steps where they cannot change
the result: ftfy's check reads only what it can react to, and ASCII text skips Unicode normalisation.
"""

from __future__ import annotations

import re

from tasks.read.decode import normalize_text

# Mojibake comes from decoding a whole page with the wrong charset, so it shows from the start:
# ftfy's badness check (a costly regex) reads this many characters of the page's text...
REPAIR_SAMPLE_CHARS = 20_000
# ...and of those only the non-ASCII runs with a few characters either side (mojibake is made of
# non-ASCII characters; pure ASCII text has nothing for ftfy to fix but entities and escapes).
_NON_ASCII_CONTEXT = re.compile(r".{0,3}[^\x00-\x7f]+.{0,3}", re.DOTALL)
_ENTITY_LIKE = re.compile(r"&#?\w{1,10};?")
# C0 controls and DEL, which normalize_text drops (tasks/read/decode.py); the rest of what it does to
# ASCII text (\r, \t, \v, \f to spaces) is whitespace that a block's text collapses anyway.
_ASCII_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def repair_sample(text: str) -> str:
    """What ftfy's checks need to see of a text: its non-ASCII runs in context, its entities and escapes."""
    parts = _NON_ASCII_CONTEXT.findall(text) if not text.isascii() else []
    parts += _ENTITY_LIKE.findall(text) if "&" in text else []
    return "\n".join(parts) + ("\x1b" if "\x1b" in text else "")


def block_text(joined: str, repair: bool) -> str:
    """The text gathered between two block boundaries, normalised, its whitespace collapsed to single spaces.

    ASCII text that needs no repair takes a short cut with the same result: NFC and the invisible
    characters concern only non-ASCII text (str.split splits where the regex \\s+ matches).
    """
    if not repair and joined.isascii():
        return " ".join(_ASCII_CONTROLS.sub("", joined).split())
    return " ".join(normalize_text(joined, repair=repair).split())
