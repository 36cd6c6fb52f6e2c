"""A forum poster's profile fields: the join date and the post count every forum engine prints beside each post
("Joined: Mon Mar 07, 2005", "Posts: 2,783"; "Registriert: 12.03.2009", "Beiträge: 517"; "Зарегистрирован: …",
"Сообщения: …"), from ``tasks/lexicon/data/poster_fields.csv`` (role ``joined``, ``posts`` or ``place``, by language).

A field is the label, its colon and a value holding a digit, the whole line; the label alone says little ("Posts:"
may head a list, "Registered: 1998" close a company's fact box), so the rule that reads fields
(:func:`tasks.text.rules.poster_field`) asks for the other role's field beside it, as the profile block prints them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tasks.lexicon.vocabulary import read_rows, split_cell

# The label, its colon (a space before it in French, a full-width one in Chinese and Japanese) and a value.
_FIELD = re.compile(r"^\s*([^:：]{1,30}?)\s*[:：]\s*(\S.*)$")
_DIGIT = re.compile(r"\d")
# A value is short: a date with its clock time, a count ("Posts: 2,783", "Joined: Mon Mar 07, 2005 3:21 pm").
MAX_VALUE_CHARS = 40
# The poster's place ("Location: Leeds", "Wohnort: Baunatal"), printed in the same block: a field only beside both the
# join date and the post count (tasks.text.rules.poster_field), since "Location: Berlin" closes many a fact box.
PLACE = "place"


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    """Each case-folded label with its role."""
    return {w: row["role"] for row in read_rows("poster_fields.csv") for w in split_cell(row["words"])}


@lru_cache(maxsize=1)
def _first_chars() -> frozenset[str]:
    """The labels' first letters: most lines open with none of them, and skip the pattern."""
    return frozenset(label[0] for label in _labels())


def poster_field_role(text: str) -> str | None:
    """ "joined", "posts" or "place" when the line is one profile field with its value, else None."""
    stripped = text.strip()
    if not stripped or stripped[0].casefold() not in _first_chars() or len(stripped) > 30 + 2 + MAX_VALUE_CHARS:
        return None
    if ":" not in stripped[:32] and "：" not in stripped[:32]:
        return None
    match = _FIELD.match(stripped)
    if match is None or len(match.group(2)) > MAX_VALUE_CHARS:
        return None
    role = _labels().get(match.group(1).casefold())
    # a place is a name ("Wohnort: Baunatal"); a join date or a post count holds a digit
    return role if role == PLACE or _DIGIT.search(match.group(2)) else None
