"""Two caption tails the wire-style reader of :mod:`tasks.lexicon.caption_credits` leaves.

A caption's credit after its last sentence in the byline block above the text, read only where the credit itself
says it is a picture's: its photographer and two suppliers ("… the capital. Fethi Belaid/AFP/Getty Images") or a
file word ("… Austria. Leonhard Foeger / Reuters file"). A bare "Ann Lee/Reuters" after a sentence there may be the
standfirst's byline (so read, the never-studied dumps_ml16 lost precision, 0.836 -> 0.827, session 16; the two
marks asked here cost it nothing, session 32).

A caption with no full stop before its credit ("The Moulin Rouge cabaret in Paris Benoit Tessier/Reuters"): the two
words before the slash and the known agencies after it, wherever the wire-style credit is read."""

from __future__ import annotations

import re
from functools import cache

from tasks.credits.credit_records import Found, credit_line_attributions
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.caption_credits import caption_tail_credit, credit_parts
from tasks.lexicon.caption_words import caption_credit_words, spaced_alternation

# A photographer and two suppliers: no byline is written so.
MIN_SUPPLIED_PARTS = 3


@cache
def _file_word() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{spaced_alternation(caption_credit_words('file'))})\W*$", re.IGNORECASE)


def marked_caption_tail(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    """The records of a caption's credit after its last sentence that names three or closes on a file word."""
    pictured = caption_tail_credit(text)
    if pictured is None or pictured.cued_tail:
        return []
    found = [f for f in credit_line_attributions(pictured.text, number, gazetteer, pictured.credit) if f.name]
    return found if len(found) >= MIN_SUPPLIED_PARTS or _file_word().search(pictured.text) else []


# The agencies after the slash take this many characters at most (the pattern's two parts of 40).
TAIL_CHARS = 90
# A caption's last two capitalised words before a slash and the agencies after it, no sentence's end between: "The
# Moulin Rouge cabaret in Paris Benoit Tessier/Reuters".
_UNSTOPPED_TAIL = re.compile(
    r"\S\s+(?P<name>[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s*/\s*(?P<rest>[^/]{2,40}(?:/[^/]{2,40})?)$"
)


def unstopped_caption_tail(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    """The photographer and agencies closing a caption written with no full stop before them: the last two words
    before the slash are the photographer (most are two words), every part after it a known agency."""
    if "/" not in text[-TAIL_CHARS:]:
        return []  # most lines: no slash near their end (asked first: the pattern is tried from every position)
    match = _UNSTOPPED_TAIL.search(text.rstrip())
    if match is None or match.group("name").isupper():
        return []
    parts = [p.strip() for p in match.group("rest").split("/")]
    if not all(gazetteer.agency_of_name(p, cued=True) for p in parts):
        return []
    padded = " " * match.start("name") + text[match.start("name") :]  # offsets kept
    credit = credit_parts(padded)
    return [f for f in credit_line_attributions(padded, number, gazetteer, credit) if f.name] if credit else []
