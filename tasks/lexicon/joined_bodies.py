"""A body's name holding its own "and": "State House Media and Communications Unit", "Press and Information Office".
In a credit line the "and" there joins no two people or outlets: the words after it close with a unit's noun
(``body_noun`` of ``name_words.csv``: Unit, Office, Department), which no person's or outlet's name does. A paper's
name holding one: "Dumfries and Galloway Standard", two places and the paper's word."""

from __future__ import annotations

import re

from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.vocabulary import name_word_role, name_words

_TOKEN = re.compile(r"\S+")
# "of", "for", "de": the short lower-case words joining a body's name.
MAX_LINK_LETTERS = 3


def joined_body(rest: str) -> tuple[int, int] | None:
    """The span of the body's name when `rest` is one ("State House Media and Communications Unit"): two runs of
    capitalised words joined by a lower-case "and", the second closed by a body noun, the first one word or holding an
    outlet word, an official's or a body noun ("Media", "Press", "Ministry"); None otherwise ("Ann Lee and Tom Hale",
    "Ann Lee and the Press Office": a person before the "and")."""
    tokens = list(_TOKEN.finditer(rest.rstrip(" .")))
    joiners = load_byline_words().joiners
    ands = [i for i, t in enumerate(tokens) if t.group(0) in joiners]
    if len(ands) != 1 or not 0 < ands[0] < len(tokens) - 1:
        return None
    words = [t.group(0) for t in tokens]
    before, after = words[: ands[0]], words[ands[0] + 1 :]
    if not all(w[:1].isupper() or (w.isalpha() and len(w) <= MAX_LINK_LETTERS) for w in before + after):
        return None
    nouns = name_word_role("body_noun")  # Unit, Office, Department
    if not after[0][:1].isupper() or after[-1].casefold() not in nouns:
        return None
    names = name_words()
    # "Cheshire Fire and Rescue Service": a service's field before its "and" (``body_field``) shows a body too
    marks = names.outlet_marks | nouns | name_word_role("body_field")
    bodylike = [w for w in before if w.casefold() in marks or names.is_official(w)]
    if len(before) > 1 and not bodylike:
        return None
    return tokens[0].start(), tokens[-1].end()


# "Dumfries and Galloway Standard", "Kent & Sussex Courier": the English local papers' two places joined by "and"
# before the paper's word; the place before the "and" is one or two words, the name four words or five in all.
_JOINED_PAPER = re.compile(r" (?:and|&) ((?:[A-Z][\w'’-]+ ){1,2})([A-Z][\w-]+)")
MAX_PLACE_WORDS = 2


def joined_paper_end(text: str, run: list[str], end: int) -> int | None:
    """Where the paper's name ends when the run of capitalised words `run` ending at `end` stopped at an "and" inside
    it ("the Dumfries and Galloway Standard"): the words after the "and" close with an outlet word (Standard, Herald,
    Gazette: ``outlet_word``) and none before it is one, nor is the run an outlet's name alone (where "and" joins two
    outlets: "the Financial Times and Daily Telegraph"); else None."""
    match = _JOINED_PAPER.match(text, end)
    if match is None or not 0 < len(run) <= MAX_PLACE_WORDS:
        return None
    marks = name_words().outlet_marks
    last, inner = match.group(2).casefold(), match.group(1).split()
    if last not in name_words().outlet_words or any(w.casefold() in marks for w in [*run, *inner]):
        return None
    return None if load_gazetteer().agency_of_name(" ".join(run), cued=True) else match.end()  # "Reuters and …"
