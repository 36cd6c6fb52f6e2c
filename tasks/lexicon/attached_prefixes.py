"""Prefixes some languages write onto a name, with a hyphen or without, blanked so the name stands alone.

Hebrew prepositions before a Latin-script outlet ("ב-ynet"), Zulu and Xhosa possessives ("kwe-SABC News"), the Maltese
article ("it-Times of Malta"); with no hyphen, the Shona prefixes on a proper noun ("neNew Ziana"). The outlet and
citation readers (`tasks/lexicon/citations.py`) and the gazetteer see the name alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tasks.lexicon.vocabulary import name_word_role

# Hebrew prepositions and conjunctions written onto the next word (in, to, from, and, the, as, that); before Latin
# letters or digits with a hyphen ("ב-ynet", "ל-CNN": in ynet, to CNN). Blanked (same length, so offsets hold), the
# name stands alone.
HEBREW_PREFIXES = "בלמוהכש"
_HEBREW_PREFIX = re.compile(rf"(?<![\w-])[{HEBREW_PREFIXES}]-(?=[A-Za-z0-9])")
_HEBREW_PREFIX_HYPHEN = re.compile(rf"[{HEBREW_PREFIXES}]-[A-Za-z0-9]")
_HYPHEN_BEFORE_CAPITAL = re.compile("-[A-Z0-9]")


@lru_cache(maxsize=1)
def _hyphen_prefix() -> re.Pattern[str]:
    """Zulu and Xhosa write a possessive or copulative prefix onto a proper name with a hyphen ("ngokusho kwe-SABC
    News": according to SABC News), lower case before the name's capital (``hyphen_prefix`` in name_words.csv);
    Maltese its article ("Skont it-Times of Malta", ``hyphen_article``), which is no credit cue's last word."""
    attached = name_word_role("hyphen_prefix") | name_word_role("hyphen_article")
    prefixes = "|".join(sorted(attached, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{prefixes})-(?=[A-Z0-9])")


@lru_cache(maxsize=1)
def _glued_prefix() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Shona writes a preposition's prefix onto a proper noun's capital with no hyphen ("neNew Ziana": with New Ziana;
    ``glued_prefix`` in name_words.csv): the pattern that blanks it, and the same without its look-behind, a necessary
    condition searched first (the look-behind makes the full pattern's scan slow; any lower-case letter before a
    capital, "iPhone", "McDonald", let through four times as many lines as a prefix before a capital does)."""
    prefixes = "|".join(sorted(name_word_role("glued_prefix"), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{prefixes})(?=[A-Z])"), re.compile(rf"(?:{prefixes})(?=[A-Z])")


def without_glued_prefixes(text: str) -> str:
    """The text with the Shona prefixes written onto a proper noun blanked out ("Maererano neNew Ziana" → "Maererano
    New Ziana"), offsets kept: the agency's name is then found whole."""
    glued, candidate = _glued_prefix()
    if not candidate.search(text):
        return text
    return glued.sub(lambda m: " " * len(m.group(0)), text)


def without_attached_prefixes(text: str) -> str:
    """The text with Hebrew prefixes attached by a hyphen blanked out ("לפי דיווח ב-ynet" → "לפי דיווח   ynet"),
    and the Nguni ones ("kwe-SABC News" → "    SABC News")."""
    text = without_glued_prefixes(text)
    if "-" not in text:
        return text
    # Both patterns open with a look-behind, which makes their scan slow even where nothing matches: each is run
    # only where its prefix and hyphen can stand before a name at all (a hyphen before a capital or digit).
    if _HEBREW_PREFIX_HYPHEN.search(text):
        text = _HEBREW_PREFIX.sub(lambda m: " " * len(m.group(0)), text)
    if _HYPHEN_BEFORE_CAPITAL.search(text):
        text = _hyphen_prefix().sub(lambda m: " " * len(m.group(0)), text)
    return text
