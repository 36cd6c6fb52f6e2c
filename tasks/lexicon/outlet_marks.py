"""Whether a name next to a reporting phrase is an outlet's: the marks it carries (quotes, a domain, a known agency
or outlet, an outlet word, a descriptor or article), and the one shape that says it is not (a place after an
official body: "Le parquet de Lyon a indiqué"). Used by :mod:`tasks.lexicon.citations`.
"""

from __future__ import annotations

import re

from tasks.lexicon.date_vocabulary import date_lead_words
from tasks.lexicon.outlets import LOWER_ARTICLE, is_known_outlet, known_outlets
from tasks.lexicon.spans import NameSpan
from tasks.lexicon.vocabulary import NameWords, name_words


def marked_as_outlet(text: str, span: NameSpan, canonical_id: str | None, cue: tuple[int, int]) -> bool:
    """The name is quoted, a domain or a known agency, or a descriptor or article stands between it and the
    cue or right before it ("издание «…»", "portal Nova.rs", "der „Spiegel“", "Sözcü gazetesinin"); a name of a
    script without capitals read with its descriptor or outlet word ("described": "മനോരമ ന്യൂസ് ആണ്")."""
    if span.how in ("quoted", "domain", "described") or canonical_id or is_known_outlet(text[span.start : span.end]):
        return True  # the gazetteer's outlets too ("Seneweb moo siiwal …": outlets.csv)
    between = text[cue[1] : span.start] if cue[1] <= span.start else text[span.end : cue[0]]
    before = text[: span.start].split()
    words = name_words()
    marks = words.descriptors | words.articles
    return bool(between.strip(" «»„“”\"'")) or bool(before and before[-1].casefold().strip("«»„“”\"'") in marks)


_HYPHEN_OR_SPACE = re.compile(r"[\s-]+")


def is_known_outlet_named(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] is a known outlet's, or is one with the sentence's lower-case "the" before it
    ("writes the Guardian": the gazetteer lists "The Guardian" as written, the name grammar leaves the "the" out)."""
    if is_known_outlet(text[start:end]):
        return True
    lead = start - len(LOWER_ARTICLE)
    hits = known_outlets().find_all(text[lead:end]) if lead >= 0 else []
    return any(h.start == len(LOWER_ARTICLE) and h.end == end - lead for h in hits)


# A US broadcaster's call sign, its channel or band maybe after it ("told WRAL", "KHOU 11", "WSB-TV"): four capitals
# opening with K or W (the US prefixes for broadcast stations; Wikipedia: "Call signs in the United
# States"); no person's name is so written, and the three-letter forms (WHO, WTO, KGB) are left out. Also a network's
# local station by its channel ("told NBC 4", "CBS2", "ABC7": the affiliates' own brands, Wikipedia: "List of
# television stations in the United States")
US_CALL_SIGN = re.compile(r"[KW][A-Z]{3}(?:-(?:TV|DT|FM|AM|LP|CD))?(?: \d{1,2})?|(?:ABC|NBC|CBS|FOX|Fox|CW) ?\d{1,2}")


def named_as_outlet(text: str, span: NameSpan, name: str, canonical_id: str | None) -> bool:
    """The name is an outlet's by its own marks: quoted, a domain, a known agency, an outlet word in it
    ("Radio Free Europe", "Berliner Zeitung"), a descriptor opening it ("Canal Sur") or right before it ("der
    Zeitung „Bild“")."""
    if (
        span.how in ("quoted", "domain")
        or canonical_id
        or is_known_outlet_named(text, span.start, span.end)
        or US_CALL_SIGN.fullmatch(name)
    ):
        return True
    if " " not in name and name.strip(".,").casefold() in date_lead_words():
        return False  # "in an interview on Sunday with …": the day, though "Sunday" names papers ("Mail on Sunday")
    words = name_words()
    # a US paper's name joining two papers' words by a hyphen ("Times-Union", "Clarion-Ledger"): each is a word
    if any(w.strip(".,«»„“”\"'").casefold() in words.outlet_words for w in _HYPHEN_OR_SPACE.split(name)):
        return True
    if len(name.split()) > 1 and name.split()[0].casefold() in words.descriptors:
        return True  # "Радиои Озодӣ", "Canal Sur": the kind of outlet opening its capitalised name
    if words.closes_with_outlet_word(name.split()[-1].strip(".,«»„“”\"'")):
        return True  # "Fyens Stiftstidende", "Aftenposten": a paper's word closing the compound of its name
    before = [w.casefold().strip("«»„“”\"'") for w in text[: span.start].split()[-2:]]
    return any(w in words.descriptors for w in before)


def of_an_institution(text: str, start: int) -> bool:
    """The name follows an official body and its "of" ("Le parquet de Lyon"), maybe an article between ("La préfète
    de la Gironde") or an adjective in lower case before the "of" ("El fiscal general de Sinaloa", "Le procureur
    général de Lyon"): a place, not who reported."""
    before = text[:start].split()[-4:]
    words = name_words()

    def linked(body: str, link: str) -> bool:
        return link.casefold() in words.institution_links and words.is_official(body)

    def qualified(body: str, adjective: str, link: str) -> bool:
        return adjective.isalpha() and adjective.islower() and linked(body, link)

    articled = len(before) >= 3 and before[-1].casefold() in words.articles
    return (
        _after_a_body(before[-1:], words)
        or _after_a_bodys_field(before[-2:], words)
        or (len(before) >= 2 and linked(*before[-2:]))
        or (articled and linked(*before[-3:-1]))
        or (len(before) >= 3 and qualified(*before[-3:]))
        or (articled and len(before) == 4 and qualified(*before[:3]))
        or _ends_an_institutions_name(text[:start].split()[-MAX_INSTITUTION_WORDS:])
    )


def _after_a_body(last: list[str], words: NameWords) -> bool:
    """The word right before the name is an official body's in lower case ("В администрации Анадыря сообщили", "на
    заседании городской думы Анадыря сообщил"): in a language with cases the place's genitive follows the body with
    no "of", and is no more a source than "Le parquet de Lyon"'s place."""
    word = last[0].strip("«»„“”\"'") if last else ""
    return word[:1].islower() and words.is_official(word) and word.casefold() not in words.descriptors


# A Cyrillic word in lower case: a body's field in the genitive ("промышленности", "образования").
_CYRILLIC_LOWER = re.compile(r"^[а-яёіїєґўјљњћџ]+$")


def _after_a_bodys_field(last: list[str], words: NameWords) -> bool:
    """The two words before the name are an official body's and its field in the genitive ("Министерство
    промышленности Башкортостана сообщило", "Управление образования Стерлитамака"): with no "of", the place's genitive
    closes the body's name and is no source, as after the body alone (:func:`_after_a_body`)."""
    if len(last) != 2 or not _CYRILLIC_LOWER.match(last[1]):
        return False
    body = last[0].strip("«»„“”\"'")
    return body[:1].isupper() and words.is_official(body) and last[1] not in words.descriptors


def qualifies_an_official(text: str, end: int) -> bool:
    """The name is followed by an official's word in lower case ("kertoo Etelä-Pohjanmaan poliisi", "Helsingin
    kaupungin poliisi"): the Finnish, Estonian and Hungarian genitive or adjective of a place before the body it
    qualifies, which is who reported; the name itself is no source."""
    after = text[end:].split(maxsplit=1)
    word = after[0].strip(".,;:!?»“”\"'") if after else ""
    words = name_words()
    # the tail of an official's compound ("poliisi" of "Helsingin poliisilaitos") stands alone here
    return bool(word) and word[:1].islower() and (words.is_official(word) or word.casefold() in words.official_tails)


# An official body's name before the cited name has at most this many words ("Bundesamt für Seeschifffahrt und").
MAX_INSTITUTION_WORDS = 6


def _ends_an_institutions_name(before: list[str]) -> bool:
    """ "Das Bundesamt für Seeschifffahrt und Hydrographie meldet", "le ministère de l'Économie et des Finances a
    indiqué": the name closes an official body's longer name, read back from it over capitalised words, links ("für",
    "de") and "and" to the official word, which a link follows."""
    words = name_words()
    joins = words.institution_links | words.conjunctions | words.articles
    linked = False
    for word in reversed(before):
        folded = word.casefold()
        if linked and words.is_official(word.rpartition("'")[2] or word):
            return True
        if folded in joins and word.islower():
            linked = linked or folded in words.institution_links
        elif not word[:1].isupper() and not word.rpartition("'")[2][:1].isupper():
            return False
    return False
