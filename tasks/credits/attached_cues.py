"""A byline whose cue is written onto the writer's first name ("ብሳባ ተስፋይ": the Tigrinya "by", ብ-, is a prefix of the
word after it, as its prepositions are), read as the same line with the cue apart ("ብ ሳባ ተስፋይ") is. Read above the
text, where a bare caseless name is read (:func:`tasks.credits.signed_lines.chrome_byline`), and on a byline's line
(:func:`tasks.credits.attribution_lines.attribution_line_attributions`).
"""

from __future__ import annotations

from tasks.credits.credit_records import Found, author_found
from tasks.credits.name_forms import caseless_surnamed
from tasks.lexicon.vocabulary import name_word_role
from tasks.lexicon.word_classes import is_caseless

MIN_NAME_LETTERS = 2  # the given name left after the prefix: "ብሰ" would leave one syllable
MIN_WORDS, MAX_WORDS = 2, 3  # a caseless name's words (:func:`caseless_surnamed` reads no more)


def attached_cue_byline(text: str, line: int) -> list[Found]:
    """ "ብሳባ ተስፋይ": a line of two or three caseless words, the first opened by a cue its language writes onto the next
    word (``attached_author_cue`` in ``name_words.csv``), the rest a name its surname vouches for (one of the script's
    commonest, :func:`caseless_surnamed`): the name without the cue. Without the surname the prefix is as often the
    preposition of a phrase ("ብሰላም ተዛዚሙ", ended in peace)."""
    cue = next((c for c in name_word_role("attached_author_cue") if text.lstrip().startswith(c)), None)
    words = text.split() if cue is not None else []  # (most lines: no such cue opens them, nothing split)
    if not MIN_WORDS <= len(words) <= MAX_WORDS or cue is None or len(words[0]) - len(cue) < MIN_NAME_LETTERS:
        return []
    first = words[0]
    name_words = [first[len(cue) :], *words[1:]]
    if not all(is_caseless(w) for w in name_words) or not caseless_surnamed(name_words):
        return []
    start = text.index(first) + len(cue)
    return [author_found(text[start:].strip(), start, line, text.strip())]
