"""Closing pointers: the lines under a story that invite the reader to follow a social account or a web address.

Wire desks and news sites close a story with a line that sends the reader elsewhere: "Follow @DeskName on Twitter.",
"Reach the reporters on Twitter at http://twitter.com/… and http://twitter.com/…", "More AP NBA: https://apnews.com/NBA
and https://twitter.com/AP_Sports". They sit in the article's element after its last paragraph, so the container
keeps them; the benchmarks' golds leave them out. A line is such a pointer when it is short, holds an address (a URL,
a bare domain with a path, an @handle or an e-mail) and opens with an invitation (pointer_cues.csv). Only the lines
that close the body go: an address inside the text ("… posted on Twitter: pic.twitter.com/…") is the story's own.
An address alone ("twitter.com/name", "name@paper.com") or a contact line with no invitation ("Travel: travel@… or
202…") stays: a person's contact under a text is kept by some golds (dragnet's, on one page of 700; CleanEval's keeps
signatures) and left out by others (aeb's).
"""

from __future__ import annotations

import re

from schemas import ChromeKind, Label
from tasks.html.blocks import Block
from tasks.html.closing_stamps import is_closing_stamp
from tasks.lexicon.vocabulary import read_rows, split_cell
from tasks.text.verdicts import Verdict

# Longer lines say more than where to go ("Follow @Deals on Twitter to keep up … Prices are subject to change").
POINTER_MAX_WORDS = 16
_CUES = tuple(w for row in read_rows("pointer_cues.csv") for w in split_cell(row["words"]))
_ADDRESS = re.compile(
    r"^(?:mailto:|https?://|www\.|@\w|[\w.+-]+@[\w-]+\.\w|(?:[\w-]+\.)+[a-z]{2,}/\S)", re.IGNORECASE
)  # fmt: skip
_POINTER = Verdict(
    Label.CHROME, ChromeKind.BOILERPLATE, "closing_pointer",
    "a closing line pointing the reader to a social account or a web address ('Follow @… on Twitter')", 0.75,
)  # fmt: skip
_STAMP = Verdict(
    Label.CHROME, ChromeKind.COUNTER, "closing_stamp",
    "a closing line dating the page ('This page was last updated 23 March 1999', 'Published 3 March 2024')", 0.75,
)  # fmt: skip


def is_pointer(text: str) -> bool:
    """A short line that sends the reader to an address, opened by an invitation ("Follow", "Reach", "More AP")."""
    words = text.split()
    if not words or len(words) > POINTER_MAX_WORDS:
        return False
    if not any(_ADDRESS.match(w.strip("()<>[],;")) for w in words):
        return False
    opening = " ".join(words[:2]).casefold()
    return any(opening == c or opening.startswith(c + " ") for c in _CUES)


def without_closing_pointers(blocks: list[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """The verdicts with the pointer lines and the date stamps (`tasks.html.closing_stamps`) that close the body made
    furniture: both stand under the last paragraph, in either order."""
    out = list(verdicts)
    for i in range(len(blocks) - 1, -1, -1):
        if out[i].label != Label.BODY:
            continue
        if is_pointer(blocks[i].text):
            out[i] = _POINTER
        elif is_closing_stamp(blocks[i].text):
            out[i] = _STAMP
        else:
            break
    return out
