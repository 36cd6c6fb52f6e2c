"""A cited name read as a news agency by the words around it: its acronym after the words that describe it, the
words for a news agency before it, or its own closing words for one.

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
from tasks.lexicon.vocabulary import name_word_role

# An acronym: two to six capitals, Latin or Cyrillic ("NAN", "KNA", "БТА").
_ACRONYM = re.compile(r"[A-ZÀ-ÞА-ЯЁ]{2,6}")


def appositive_acronym(name: str, gazetteer: Gazetteer) -> str | None:
    """The last word of a cited name of two or more words when it is a known agency's acronym ("Najeriya NAN" →
    "NAN"), else None. Asked only of a name the gazetteer does not know whole."""
    head, _, last = name.rpartition(" ")
    if not head.strip() or _ACRONYM.fullmatch(last) is None:
        return None
    return last if gazetteer.agency_of_name(last, cued=True) is not None else None


def after_agency_word(text: str, start: int, name: str) -> bool:
    """ "informa la agencia de noticias Colpisa", "según consignó la agencia NA": the words for a news agency right
    before the name make it an agency, whether the gazetteer knows it or not; the plain word "agency" only before an
    acronym ("research agency Darpa", "Агенция „Пътна инфраструктура“" are government bodies)."""
    words = [w.casefold() for w in text[:start].rstrip(" «„“\"'").split()[-4:]]
    tails = {" ".join(words[i:]) for i in range(len(words))}
    return bool(tails & name_word_role("agency_descriptor")) or (
        bool(words) and words[-1] in name_word_role("agency_word") and _ACRONYM.fullmatch(name) is not None
    )


def opened_by_agency_word(name: str, gazetteer: Gazetteer) -> tuple[bool, str | None]:
    """ "Con información de la Agencia IP", "selon l'Agence APS", "la Agencia Andes": the word for a news agency
    written as the first word of the name, then an acronym or a known agency's short name, names a news agency, as
    the word in lower case before it does (``after_agency_word``); with the known agency's id when the rest is one."""
    first, _, rest = name.partition(" ")
    if not rest or not first[:1].isupper() or first.casefold() not in name_word_role("agency_word"):
        return False, None
    canonical = gazetteer.agency_of_name(rest, cued=True)
    return canonical is not None or _ACRONYM.fullmatch(rest) is not None, canonical


def ends_with_agency_word(name: str) -> bool:
    """ "Lesotho News Agency", "Xəzər İnformasiya Agentliyi": a name that closes on its language's words for a news
    agency (``agency_tail``, as a dateline reads them) is an agency, known or not."""
    folded = name.casefold().replace("i\u0307", "i")  # the Turkic dotted capital İ folds to "i" and a dot
    return any(folded.endswith(f" {tail}") for tail in name_word_role("agency_tail"))
