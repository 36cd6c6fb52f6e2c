"""Closing pitches: the line under a story that invites the reader to subscribe, with the form or teasers under it.

News sites and blogs close a story with a pitch for their newsletter, channel, feed or magazine: "Get the latest
updates right in your inbox. Subscribe to NJ.com's newsletters.", "Subscribe to the … YouTube Channel for all of the
latest videos, reviews, and more!", "To subscribe online to … magazine, please click here.", "Abonnieren Sie unseren
Newsletter". It stands in the article's element after the last paragraph, so the container keeps it; the benchmarks'
golds leave it out (it sells the site, it is no sentence of the text). A line is such a pitch when it is short and one
of its sentences opens with an invitation to subscribe (pitch_cues.csv); it goes when it is one of the body's last
lines, and the short or link lines under it (the sign-up form's labels, the channel's teaser links) go with it. A
sentence of the text that opens with the words higher up ("Subscribe to the view that …" between paragraphs) stays, as
does a pitch above a paragraph of more than a few words (the text goes on under it).
"""

from __future__ import annotations

import re

from schemas import ChromeKind, Label
from tasks.html.blocks import Block
from tasks.lexicon.vocabulary import read_rows, split_cell
from tasks.text.verdicts import Verdict

# Longer lines say more than a pitch ("Subscribe to … for $4 a month: the deal includes …" is a deals page's text).
PITCH_MAX_WORDS = 20
# The pitch stands among this many of the body's last lines (the form's labels or teasers may stand under it).
PITCH_WINDOW = 3
# A line under the pitch of more words than this, and not mostly link text (a teaser), is the text going on: the pitch
# is then left alone.
UNDER_PITCH_MAX_WORDS = 12
UNDER_PITCH_LINK_DENSITY = 0.5
_CUES = tuple(w for row in read_rows("pitch_cues.csv") for w in split_cell(row["words"]))
# A sentence's start: the line's start, or after a sentence's end and spaces.
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?…])\s+)(?=\S)")
_PITCH = Verdict(
    Label.CHROME, ChromeKind.BOILERPLATE, "closing_pitch",
    "a closing line inviting the reader to subscribe ('Subscribe to our newsletter'), or the form under it", 0.75,
)  # fmt: skip


def is_pitch(text: str) -> bool:
    """A short line one of whose sentences opens with an invitation to subscribe ("Subscribe to", "Abonnez-vous")."""
    if not text.strip() or len(text.split()) > PITCH_MAX_WORDS:
        return False
    folded = text.casefold()
    for start in _SENTENCE_START.finditer(folded):
        opening = folded[start.end() :]
        if any(opening.startswith(cue) and not opening[len(cue) : len(cue) + 1].isalnum() for cue in _CUES):
            return True
    return False


def _goes_on(block: Block) -> bool:
    return len(block.text.split()) > UNDER_PITCH_MAX_WORDS and block.link_density < UNDER_PITCH_LINK_DENSITY


def without_closing_pitches(blocks: list[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """The verdicts with a pitch among the body's last lines made furniture, and the short body lines under it."""
    body = [i for i, v in enumerate(verdicts) if v.label == Label.BODY]
    for k in range(len(body) - 1, max(len(body) - 1 - PITCH_WINDOW, 0), -1):
        under = body[k + 1 :]
        if any(_goes_on(blocks[i]) for i in under):
            break
        if is_pitch(blocks[body[k]].text):
            out = list(verdicts)
            for i in (body[k], *under):
                out[i] = _PITCH
            return out
    return verdicts
