"""A news agency's acronym after the words that describe it, inside one cited name span.

"Kamfanin dillancin labarai na Najeriya NAN ya ruwaito" (the news agency of Nigeria, NAN, reported), "the
state agency Kenya KNA reported": many languages name a national agency by its country, then its acronym, with no
comma between. The name-span grammar reads the capitalised run before the verb whole ("Najeriya NAN"), which no
gazetteer knows; when the run's last word is a known agency's acronym the words before it only describe it, and the
citation is the agency (the English "Nigeria NAN reported" opening a sentence was read so already, its first word
dropped as a sentence's).
"""

from __future__ import annotations

import re

from tasks.lexicon.agencies import Gazetteer

# An acronym: two to six capitals, Latin or Cyrillic ("NAN", "KNA", "БТА").
_ACRONYM = re.compile(r"[A-ZÀ-ÞА-ЯЁ]{2,6}")


def appositive_acronym(name: str, gazetteer: Gazetteer) -> str | None:
    """The last word of a cited name of two or more words when it is a known agency's acronym ("Najeriya NAN" →
    "NAN"), else None. Asked only of a name the gazetteer does not know whole."""
    head, _, last = name.rpartition(" ")
    if not head.strip() or _ACRONYM.fullmatch(last) is None:
        return None
    return last if gazetteer.agency_of_name(last, cued=True) is not None else None
