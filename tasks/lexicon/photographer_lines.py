"""A picture cue and a photographer's name with no colon between them, the whole line ("Foto Marco Rossi", "Foto Jan
Novák"): read by :func:`tasks.lexicon.credit_names.links_cue_to_name`, which else wants a separator after a cue
opening a line (a menu's "Video Games Behind The Screen", "Font Size" open with one too).
"""

from __future__ import annotations

from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.spans import looks_like_person
from tasks.lexicon.vocabulary import name_word_role, name_words, section_words

MIN_PHOTOGRAPHER_WORDS, MAX_PHOTOGRAPHER_WORDS = 2, 3


def photographer_alone(cue: str, rest: str) -> bool:
    """ "Foto Marco Rossi": the word "foto" (``bare_photo_cue``: the Italian, Dutch, Spanish, Portuguese, Slavic and
    Nordic papers' credit under a picture) and a person's name of two or three title-case words, all the rest of the
    line; a menu's or heading's words after it ("Foto Galleria Archivio") hold a section, job, outlet or descriptor
    word, which no name does. Not the English "Photo", "Credit", "Courtesy": on the real pages a line so opened
    before two title-case words was no credit the labels count (a check half's precision 0.863 -> 0.856)."""
    words = rest.split()
    if not MIN_PHOTOGRAPHER_WORDS <= len(words) <= MAX_PHOTOGRAPHER_WORDS:
        return False
    if cue.casefold() not in name_word_role("bare_photo_cue"):
        return False
    labels = section_words() | load_byline_words().jobs | name_words().outlet_words | name_words().descriptors
    return looks_like_person(words, name_words()) and not any(w.casefold() in labels for w in words)
