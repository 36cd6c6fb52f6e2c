"""A caption closed by a photo cue and the photographer's name with nothing between them, after the caption's last
sentence: "… sur le massif, mercredi après-midi. Photo Florian Bastide" (the French regional papers' caption credit,
Le Progrès, Le Dauphiné, Ouest-France), "… am Montag. Foto Anna Berg". Only a person's name of two or three
title-case words counts ("… in 2019. Foto Luca" and "… Photo Gallery" credit no one), or a known agency's one word
after a dash ("… ikan kembung. - Foto Bernama", the Malaysian papers' caption credit).
"""

from __future__ import annotations

import re

from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.credit_names import is_generic
from tasks.lexicon.spans import looks_like_person
from tasks.lexicon.vocabulary import credit_cues, name_words, section_words

# One-word photo cues written without a colon before the name ("Photo", "Foto", "Фото"); abbreviated ones that end in
# a dot ("fot.", "Φωτ.") are the dotted credit's.
_PHOTO_WORDS = "|".join(re.escape(c) for c in credit_cues()["photo"] if " " not in c and not c.endswith("."))
# A dash may part the cue from the caption's last sentence ("… ikan kembung. - Foto Bernama": the Malaysian papers'
# caption credit); the name is then of one word too, if a known agency's.
_SPACED_CREDIT = re.compile(
    rf"[.!?…]\s+(?:[-–—]\s*)?({_PHOTO_WORDS})\s+([^\W\d_][^\s:：|/.,;]*(?:\s+[^\W\d_][^\s:：|/.,;]*){{0,2}})\.?$",
    re.IGNORECASE,
)


def spaced_credit(text: str) -> re.Match[str] | None:
    """The cue (group 1) and the name (group 2) closing the caption, or None."""
    match = _SPACED_CREDIT.search(text)
    if match is None:
        return None
    tokens = match.group(2).split()
    if len(tokens) == 1:  # "… kembung. - Foto Bernama": one word only when an agency the gazetteer knows
        return match if load_gazetteer().agency_of_name(tokens[0], cued=True) else None
    labels = section_words()
    if not looks_like_person(tokens, name_words()) or is_generic(match.group(2)):
        return None
    return None if any(t.casefold() in labels for t in tokens) else match
