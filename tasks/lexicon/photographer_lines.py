"""A picture cue and a photographer's name with no colon between them, the whole line ("Foto Marco Rossi", "Photo Jean
Dupont"): read where a line opens with its cue (:func:`tasks.lexicon.credit_lines.parse_credit_line`), which else
wants a separator after a picture cue (a menu's "Video Games Behind The Screen", "Font Size" open with one too). The
same noun and a supplier's acronym in capitals, the whole line, credit the agency or office ("Photo ANBP", "Foto
TASR"), whether or not the gazetteer knows it.
"""

from __future__ import annotations

from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.spans import looks_like_person
from tasks.lexicon.vocabulary import name_word_role, name_words, section_words

MIN_PHOTOGRAPHER_WORDS, MAX_PHOTOGRAPHER_WORDS = 2, 3
# A supplier's acronym after the bare noun: this many capitals (two are the nameless "DR", droits réservés).
MIN_ACRONYM, MAX_ACRONYM = 3, 6


def photographer_alone(cue: str, rest: str) -> bool:
    """ "Foto Marco Rossi", "Photo Jean Dupont": the noun "photo" (``bare_photo_cue``) and a person's name of two or
    three title-case words, all the rest of the line (the picture credit of many European papers); a menu's or
    heading's words after it ("Photo Gallery Archive") hold a section, job, outlet or descriptor word, which no name
    does. Not the generic credit words ("Credit", "Courtesy", "Image"): with them a real check half lost precision."""
    words = rest.split()
    if not MIN_PHOTOGRAPHER_WORDS <= len(words) <= MAX_PHOTOGRAPHER_WORDS:
        return False
    if cue.casefold() not in name_word_role("bare_photo_cue"):
        return False
    labels = section_words() | load_byline_words().jobs | name_words().outlet_words | name_words().descriptors
    return looks_like_person(words, name_words()) and not any(w.casefold() in labels for w in words)


def supplier_acronym_alone(cue: str, rest: str) -> bool:
    """ "Photo ANBP", "Foto TASR": the noun "photo" (``bare_photo_cue``) and one word in capitals, an agency's or an
    office's acronym, all the rest of the line; not a section's or a job's word set in capitals ("Photo NEWS")."""
    word = rest.strip()
    if not MIN_ACRONYM <= len(word) <= MAX_ACRONYM or not word.isalpha() or not word.isupper():
        return False
    if cue.casefold() not in name_word_role("bare_photo_cue"):
        return False
    return word.casefold() not in section_words() | load_byline_words().jobs | name_words().descriptors
