"""The words of caption_credit_words.csv by role: a picture's file words ("Reuters file"), the agency that passed it
on ("via"), "file photo" alone (``file_picture``), every language; and where a lower-case file word before a credit's
name ends ("Photo archives Le Maine Libre"). Read here, below the credit parsers that use them (credit_tails,
caption_credits, credit_lines), so each reads the one list."""

from __future__ import annotations

import re
from functools import cache

from tasks.lexicon.vocabulary import name_words, read_rows, split_cell


def spaced_alternation(words: tuple[str, ...]) -> str:
    """The words as one regex alternation, in their order, a space in a word matching any run of spaces."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@cache
def caption_credit_words(role: str) -> tuple[str, ...]:
    """The words of a role in caption_credit_words.csv (``file``: the picture is an older one, "Reuters file";
    ``via``: an agency passed it on), every language, longest first."""
    words = {
        w for row in read_rows("caption_credit_words.csv") if row["role"] == role for w in split_cell(row["words"])
    }
    return tuple(sorted(words, key=len, reverse=True))


# A family's credit names one to three of its members' capitalised names beside the family word.
MAX_FAMILY_NAME_WORDS = 3


def is_family_credit(text: str) -> bool:
    """ "Whitlow family", "Familie Müller", "famille Le Goff": a family that handed in its own
    picture, as obituaries and local pages credit one (``family`` in caption_credit_words.csv), the family word last or
    first beside capitalised names; no name by the name grammar, which asks every word capitalised."""
    words = text.split()
    family = set(caption_credit_words("family"))
    if not 2 <= len(words) <= MAX_FAMILY_NAME_WORDS + 1:
        return False
    if words[-1].casefold() in family:
        names = words[:-1]
    elif words[0].casefold() in family:
        names = words[1:]
    else:
        return False
    return all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in names)


@cache
def _file_word() -> re.Pattern[str]:
    return re.compile(rf"(?:{spaced_alternation(caption_credit_words('file'))})\s+(?=[^\W\d_])", re.IGNORECASE)


def file_word_end(rest: str) -> int:
    """Where a lower-case file word before a name ends ("archives Le Maine Libre", "archivo EFE"): French and Spanish
    regional papers credit an older picture so, the cue, the file word, the owner; 0 if the rest opens otherwise (a
    capitalised "Archives …" may be the name itself)."""
    found = _file_word().match(rest)
    return found.end() if found and rest[:1].islower() else 0


def dotted_cue_colon(text: str, cue_end: int) -> str | None:
    """The line with a colon for the space after an abbreviated picture cue whose dot ends it, when an archive's word
    follows ("Fot. archiwum prywatne" read as "Fot.:archiwum prywatne", offsets kept): the Polish "Fot.", Lithuanian
    "Nuotr.", French "Ph." stand for the cue and its colon, and the archive after them names no one, as after a colon
    (the generic words of ``name_words.csv``: "archiwum", "archivo"); None otherwise (a lower-case word there may open
    the caption's sentence)."""
    if not text[:cue_end].endswith(".") or text[cue_end : cue_end + 1] != " ":
        return None
    first = text[cue_end + 1 :].split(maxsplit=1)[:1]
    return f"{text[:cue_end]}:{text[cue_end + 1 :]}" if first and first[0].casefold() in _archive_words() else None


@cache
def _archive_words() -> frozenset[str]:
    return frozenset(w for w in name_words().generic if " " not in w) | set(caption_credit_words("file"))
