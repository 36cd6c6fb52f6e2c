"""The picture's credit written with the cue "Credit" and no colon, on a line of its own under the picture's label or
caption: "Photo" over "Credit Harry Campbell", "… on Monday." over "Credit Doug Mills/The New York Times" (the New
York Times' caption credit; issue 13, the real pages' labels, session 31). Unread, the line was taken for the byline
block's name ("Credit Harry Campbell" as an author).

Only right under a picture's label ("Photo", "Image": ``file_picture`` words and the visual cues) or a caption's
sentence (a line closed by a full stop), and only a line that is the cue and a person's name (two or three
title-case words, :func:`tasks.lexicon.spans.looks_like_person`), maybe with the outlet after a slash: headlines in
title case open with the word too ("Credit Card Rates Rise", "Credit Suisse Cuts Jobs").
"""

from __future__ import annotations

import dataclasses
import re

from tasks.credits.credit_records import Found, credit_line_attributions
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.caption_words import caption_credit_words
from tasks.lexicon.credit_base import looks_like_name
from tasks.lexicon.spans import looks_like_person
from tasks.lexicon.vocabulary import name_words, visual_cues
from tasks.text.segment import Segmented

# The cue as the New York Times writes it, capitalised, then the space the colon would stand in.
_BARE_CREDIT = re.compile(r"^\s*(?:Credit|CREDIT)(?P<space>\s+)(?=\S)")
MAX_PERSON_WORDS = 3
MAX_OUTLET_WORDS = 5


def bare_credit_cue(segmented: Segmented, i: int, gazetteer: Gazetteer) -> list[Found]:
    """The photo records of line `i` when it is "Credit" and a photographer's name under a picture (see the module)."""
    text = segmented.lines[i].line.text
    match = _BARE_CREDIT.match(text)
    if match is None or i == 0 or not _under_a_picture(segmented.lines[i - 1].line.text):
        return []
    person, _, outlet = text[match.end() :].strip().partition("/")
    words = person.split()
    if len(words) > MAX_PERSON_WORDS or not looks_like_person(words, name_words()):
        return []
    if outlet and (len(outlet.split()) > MAX_OUTLET_WORDS or not looks_like_name(outlet.strip())):
        return []
    space = match.start("space")
    colon = f"{text[:space]}:{text[space + 1 :]}"  # the cue's colon in the space: offsets kept
    found = credit_line_attributions(colon, segmented.lines[i].line.number, gazetteer)
    return [dataclasses.replace(f, evidence=text.strip()) for f in found if f.name]


def _under_a_picture(previous: str) -> bool:
    """The line before is a picture's label ("Photo", "Image") or a caption's sentence."""
    label = previous.strip(" .:()[]").casefold()
    return label in visual_cues() or label in caption_credit_words("file_picture") or previous.rstrip().endswith(".")
