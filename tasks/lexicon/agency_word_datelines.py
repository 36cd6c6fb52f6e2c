"""An agency the gazetteer does not know, named in a full wire dateline by its language's word for a news agency:
"МАХАЧКАЛА, 14 мая — РИА «Дагестан». …" (the Russian regional wires, "РИА «…»", "ИА «…»": a regional or plain
information agency). The place in capitals, a date with its digits, the dash, the agency's word (``agency_head`` in
name_words.csv) and the name in quotes or in capitals make it the story's agency; a dateline naming a person or a
paper there ("— Иван Петров.") names none."""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.lexicon.citations import Citation
from tasks.lexicon.digits import has_digit
from tasks.lexicon.vocabulary import dateline_patterns, name_word_role

_QUOTES = '«"„“'
# After the agency's word: a name in guillemets or quotes ("«Дагестан»"), or one to three capitalised words.
_NAMED = re.compile(r"[«\"„“][^«»\"„“”]{2,30}[»\"“”]|[^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,2}")


def agency_word_dateline(text: str) -> list[Citation]:
    """The agency of a wire dateline whose name opens with the word for a news agency (see the module), or []."""
    match = dateline_patterns()["place_date_dash_agency"].match(text)
    if match is None or not match.group("place").isupper() or not has_digit(match.group("date")):
        return []
    name = match.group("agency").strip()
    head, _, rest = name.partition(" ")
    named = _NAMED.fullmatch(rest) is not None and (rest[:1] in _QUOTES or rest[:1].isupper())
    if not named or head.casefold() not in name_word_role("agency_head"):
        return []
    at = match.start("agency") + match.group("agency").index(name)
    return [Citation(AttributionKind.AGENCY, name, None, at, at + len(name), "dateline")]


def quoted_agency_dateline(text: str) -> list[Citation]:
    """ "Бишкек, 5-март — «Ала-Тоо Пресс». …": the place, a date with its digits, the dash and a name in quotes alone
    before the first sentence, no agency word before it (``place_date_dash_quoted_agency``): the wire's own name, as
    Kyrgyz and Russian regional agencies write it, known to the gazetteer or not."""
    match = dateline_patterns()["place_date_dash_quoted_agency"].match(text)
    if match is None or not has_digit(match.group("date")):
        return []
    name, at = match.group("agency").strip(), match.start("agency")
    return [Citation(AttributionKind.AGENCY, name, None, at, at + len(name), "dateline")]


def descriptor_named_agency(name: str, at: int) -> list[Citation]:
    """ "سرخس - خبرگزاری شمال‌شرق:": in a place-first wire dateline, a name opened by its language's words for a news
    agency (``agency_descriptor``: the Persian خبرگزاری, the Arabic وكالة أنباء) is the story's agency, known to the
    gazetteer or not, as the Russian "РИА «…»" above is; the name is kept whole, as the dateline writes it."""
    folded = name.casefold()
    opened = any(folded.startswith(f"{word} ") for word in name_word_role("agency_descriptor"))
    return [Citation(AttributionKind.AGENCY, name, None, at, at + len(name), "dateline")] if opened else []
