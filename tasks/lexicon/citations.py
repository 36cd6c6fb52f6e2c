"""Sources a paragraph cites: after reporting phrases, in wire datelines and in sign-offs.

- "…, передает Радио Свобода." / "Sözcü gazetesinin haberine göre …": a reporting phrase
  (``tasks/lexicon/data/reporting.csv``) and the name the span grammar takes next to it;
- "LONDON, March 3 (Reuters) - …": the agency of a dateline opening the first paragraph;
- "… (dpa/AFP)": the agencies of a sign-off closing the last paragraph;
- "Дневник - БТА", "Le Monde avec AFP": a short line naming an outlet and the agency it took the story from.

A name that is a known agency becomes an ``agency`` citation with its canonical id; any other
name a ``source`` with the name as written. Datelines and sign-offs only take known agencies
(and names an outlet descriptor introduces): a bracketed abbreviation at the end of a sentence is
more often "(NATO)" than an agency.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from schemas import AttributionKind
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.automaton import PhraseAutomaton, count_unspaced
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.outlet_clauses import arabic_described_spans, as_clause_spans, listed_after, outlet_first_spans
from tasks.lexicon.outlet_marks import marked_as_outlet, named_as_outlet, of_an_institution
from tasks.lexicon.outlet_mentions import described_spans, is_capitalised_descriptor, quoted_clause_spans
from tasks.lexicon.outlets import (
    addressed_outlet_spans,
    is_known_outlet,
    known_outlet_at,
    own_article_start,
    without_attached_prefixes,
)
from tasks.lexicon.people import PageSurnames, is_person_or_company
from tasks.lexicon.spans import NameSpan, is_domain, is_namey, name_after
from tasks.lexicon.spans_before import name_before
from tasks.lexicon.vocabulary import dateline_patterns, name_words, reporting_phrases

# A sentence citing a source has a few words at least.
MIN_CITING_WORDS = 4
# A wire line ("Дневник - БТА") is a few words.
MAX_WIRE_LINE_WORDS = 8
_PARTS = re.compile(r"\s*(?:/|,|;|\s[-–—|]\s|\s(?:and|und|et|y|i|и|і|e|ve|og|och|en)\s)\s*")
# The end of a sentence, before the next word ("… u ponedeljak. N1 - Beta").
_SENTENCE_END = re.compile(r"[.!?…][»”\"')]?\s+(?=[^\W_])")
_SIGNOFF_LEAD = re.compile(
    r"^(?:avec|with|mit|con|com|по материалам|с|з|za|sa|według|nach|via|source|quelle|fuente|fonte|источник|джерело)"
    r"\s*:?\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Citation:
    """A source named inside a paragraph: where, and how it was recognised."""

    kind: AttributionKind
    name: str
    canonical_id: str | None
    start: int
    end: int
    how: str  # reporting, descriptor, descriptor_after, quoted_clause, dateline, signoff, wire_line


@lru_cache(maxsize=1)
def _phrases() -> PhraseAutomaton[str]:
    phrases = reporting_phrases()
    return PhraseAutomaton(
        [*((p, "before") for p in phrases.before), *((p, "after") for p in phrases.after),
         *((p, "after_final") for p in phrases.after_final), *((p, "before_quoted") for p in phrases.before_quoted),
         *((p, "after_quoted") for p in phrases.after_quoted), *((p, "before_outlet") for p in phrases.before_outlet)]
    )  # fmt: skip


def _ends_clause(text: str, end: int) -> bool:
    """After "X reported": the clause ends (".", ",", "that", "on Monday"), no object follows."""
    rest = text[end:].lstrip()
    if not rest or not rest[0].isalnum():
        return True
    word = rest.split(maxsplit=1)[0].strip(".,;:").casefold()
    return word in name_words().clause_ends


def _is_title_word(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return text[start].isupper() and bool(before) and before[-1] not in ".!?:;\"'«»„“”"


def _after_quote(text: str, start: int) -> bool:
    """'…,” Abernathy reported': the name after a closing quote is the person quoted, not an outlet."""
    before = text[:start].rstrip()
    return before.endswith((",”", ',"', "”,", '",', "»,", ",»", "',", ",'", ",’", "’,"))


_NAME_EDGES = " \t[]()"


def _citation(text: str, span: NameSpan, how: str, gazetteer: Gazetteer) -> Citation:
    raw = text[span.start : span.end]
    name = raw.strip(_NAME_EDGES)  # "« Le Monde »": French quotes keep a space inside; "[Via Collider ]"
    start = span.start + len(raw) - len(raw.lstrip(_NAME_EDGES))
    first, _, rest = name.partition(" ")
    # "das Stadtportal Hafenstadt Online", "Telegram-канал Shot": the noun is no name part (a hyphenated one never is)
    hyphenated = "-" in first and first.casefold() in name_words().descriptors
    if rest and span.how != "quoted" and (is_capitalised_descriptor(first.casefold()) or hyphenated):
        name, start = rest, start + len(first) + 1
    start = own_article_start(text, start, start + len(name))
    name = text[start : span.end].strip(_NAME_EDGES) if start < span.start else name
    canonical = gazetteer.agency_of_name(name, cued=True)
    kind = AttributionKind.AGENCY if canonical else AttributionKind.SOURCE
    return Citation(kind, name, canonical, start, start + len(name), how)


def reporting_citations(
    text: str, gazetteer: Gazetteer, surnames: Callable[[], frozenset[str]] = frozenset
) -> list[Citation]:
    """Names a reporting phrase introduces ("сообщает «Газета»") or follows ("Ylen mukaan").

    People and companies are cited, not sources: `surnames` gives the surnames of the people the rest
    of the page names (the paragraph's own are added), so that "according to Smith" is no source; see
    :mod:`tasks.lexicon.people`."""
    found: list[Citation] = []
    words = len(text.split(maxsplit=MIN_CITING_WORDS))  # enough to know there are that many
    if words < MIN_CITING_WORDS and words + count_unspaced(text) // 2 < MIN_CITING_WORDS:
        return found  # "Conflicting reports": a heading, not a sentence that cites
    own = PageSurnames([text])
    text = without_attached_prefixes(text)  # "ב-ynet"
    for hit in _phrases().find(text):
        if _is_title_word(text, hit.start):
            continue  # "BMJ Case Reports": a capitalised cue mid-sentence is part of a name
        span, needs_marks = _span_of(text, hit.start, hit.end, frozenset(hit.value))
        listed = (
            listed_after(text, hit.end, lambda n: bool(gazetteer.agency_of_name(n, cued=True) or is_known_outlet(n)))
            if "before" in hit.value
            else []
        )
        if listed:  # "За матеріалами Reuters та The Guardian": a list of outlets, each cited
            found += [_citation(text, s, "reporting", gazetteer) for s in listed]
            continue
        if span is None or any(c.start < span.end and span.start < c.end for c in found):
            continue
        citation = _citation(text, span, "reporting", gazetteer)
        if hit.value == ["before_outlet"]:
            if not named_as_outlet(text, span, citation.name, citation.canonical_id):
                continue  # "told the Senate", "gegenüber dem Vorjahr": spoken to, or compared with, no outlet
        elif needs_marks and not marked_as_outlet(text, span, citation.canonical_id, (hit.start, hit.end)):
            continue  # "рассказал Петров": a verb that also introduces people needs an outlet's marks
        if not citation.canonical_id and of_an_institution(text, span.start):
            continue  # "Le parquet de Lyon a indiqué": the place an official body belongs to, not a source
        known = citation.canonical_id or span.how == "domain"
        if known or not is_person_or_company(text, *_bounds(span), lambda: surnames() | own()):
            found.append(citation)
    for span, how in _shaped_spans(text):
        if any(c.start < span.end and span.start < c.end for c in found):
            continue
        citation = _citation(text, span, how, gazetteer)
        known = citation.canonical_id or span.how in ("domain", "known_outlet")
        if known or not is_person_or_company(text, *_bounds(span), lambda: surnames() | own()):
            found.append(citation)
    return found


def _shaped_spans(text: str) -> list[tuple[NameSpan, str]]:
    """Outlets found by the clause's shape, whatever the verb (:mod:`outlet_mentions`, :mod:`outlet_clauses`)."""
    return [*described_spans(text), *quoted_clause_spans(text), *as_clause_spans(text), *outlet_first_spans(text),
            *arabic_described_spans(text), *((span, "addressed") for span in addressed_outlet_spans(text))]  # fmt: skip


def _span_of(text: str, start: int, end: int, sides: frozenset[str]) -> tuple[NameSpan | None, bool]:
    """The name a reporting phrase at text[start:end] introduces or follows, and whether it must be marked as
    an outlet (the phrase is only listed for quoted or described names: ``before_quoted``, ``after_quoted``)."""
    if sides & {"before", "before_quoted", "before_outlet"}:
        span = name_after(text, end) or known_outlet_at(text, end)
        if span is not None:
            return span, "before" not in sides
    plain_after = "after" in sides or ("after_final" in sides and _ends_clause(text, end))
    if plain_after or "after_quoted" in sides:
        span = name_before(text, start)
        if span is not None and not _after_quote(text, span.start):
            return span, not plain_after
    return None, False


def _bounds(span: NameSpan) -> tuple[int, int]:
    return span.start, span.end


# Sign-offs write agencies' acronyms in lower case ("jj/ack (dpa, afp, rtr)"): a code this long at most.
MAX_SIGNOFF_CODE = 4


def _agencies_in(group: str, offset: int, gazetteer: Gazetteer, how: str) -> list[Citation]:
    """Known agencies (or descriptor-introduced names) among the parts of "dpa/AFP", "Avec AFP"."""
    lead = _SIGNOFF_LEAD.match(group)
    start = lead.end() if lead else 0
    found: list[Citation] = []
    for part in _PARTS.split(group[start:]):
        name = part.strip(" .")
        if not name:
            continue
        at = offset + group.index(name, start)
        canonical = gazetteer.agency_of_name(name, cued=True)
        if canonical is None and name.isalpha() and name.islower():
            # "(dpa, afp)": codes in lower case; "/ritzau/": Danish wire copy signs its agency's name so
            written = name.upper() if len(name) <= MAX_SIGNOFF_CODE else name.capitalize()
            canonical = gazetteer.agency_of_name(written, cued=True)
        if canonical:
            found.append(Citation(AttributionKind.AGENCY, name, canonical, at, at + len(name), how))
        elif how == "signoff" and is_known_outlet(name):  # "… до краја године. (Политика)": the outlet signs
            found.append(Citation(AttributionKind.SOURCE, name, None, at, at + len(name), how))
        elif name.split()[0].casefold() in name_words().descriptors and len(name.split()) <= 3:
            span = name_after(name, 0)
            if span is not None:
                found.append(Citation(AttributionKind.SOURCE, name[span.start : span.end], None,
                                      at + span.start, at + span.end, how))  # fmt: skip
    return found


def dateline_citations(text: str, gazetteer: Gazetteer) -> list[Citation]:
    """The agency of a dateline opening a first paragraph ("BERLIN (dpa) - …", "Agencia X / Madrid, 3 mar -")."""
    patterns = ("place_date_agency", "place_date_slash_agency", "agency_place_date", "place_date_dot_agency",
                "place_agency_bracket")  # fmt: skip
    for name in patterns:
        match = dateline_patterns()[name].match(text)
        if match:
            found = _agencies_in(match.group("agency"), match.start("agency"), gazetteer, "dateline")
            if found:
                return found
    match = dateline_patterns()["place_domain"].match(text)  # "JAKARTA, KOMPAS.com - …": the site's own dateline
    if match and is_domain(match.group("agency")):
        canonical = gazetteer.agency_of_domain(match.group("agency"))
        kind = AttributionKind.AGENCY if canonical else AttributionKind.SOURCE
        return [
            Citation(kind, match.group("agency"), canonical, match.start("agency"), match.end("agency"), "dateline")
        ]
    return []


def signoff_citations(text: str, gazetteer: Gazetteer) -> list[Citation]:
    """Agencies of a sign-off closing a last paragraph ("… (dpa/AFP)", "… (Avec AFP)", "… /ANSA/", "… – AA")."""
    for name in ("signoff", "signoff_slash", "signoff_dash"):  # "(dpa/AFP)", "/ANSA/", "– AA"
        match = dateline_patterns()[name].search(text)
        if match is not None:
            return _agencies_in(match.group("agency"), match.start("agency"), gazetteer, "signoff")
    return []


def _is_whole_name(text: str) -> bool:
    span = name_after(text, 0)
    return span is not None and span.start == 0 and span.end == len(text) and is_namey(text)


def wire_line_citations(text: str, gazetteer: Gazetteer) -> list[Citation]:
    """ "Outlet - Agency" on a line of its own: the outlet as a source, the agency as an agency."""
    if len(text.split()) > MAX_WIRE_LINE_WORDS:
        return []
    parts = re.split(r"\s[-–—|/]\s", text)
    if len(parts) == 1:
        parts = _with_parts(text)
    if len(parts) == 1:
        return []
    found: list[Citation] = []
    position = 0
    for part in parts:
        name = part.strip(" .")
        at = text.index(name, position) if name else position
        position = at + len(name)
        canonical = gazetteer.agency_of_name(name, cued=True) if name else None
        if canonical:
            found.append(Citation(AttributionKind.AGENCY, name, canonical, at, at + len(name), "wire_line"))
        elif name and len(name.split()) <= 3 and _is_whole_name(name):
            found.append(Citation(AttributionKind.SOURCE, name, None, at, at + len(name), "wire_line"))
        else:
            return []
    return found if any(c.kind is AttributionKind.AGENCY for c in found) else []


def _with_parts(text: str) -> list[str]:
    """ "Le Monde avec AFP", "Der Standard mit APA": an outlet of two words or more (one capitalised word is as
    often "Interview with AFP") and the agency it wrote the story with, joined by a lower-case "with"."""
    parts = _with_separator().split(text)
    if len(parts) != 2 or len(parts[0].split()) < 2 or not parts[0][:1].isupper():
        return [text]
    return parts


@lru_cache(maxsize=1)
def _with_separator() -> re.Pattern[str]:
    words = sorted(load_author_words().with_words, key=len, reverse=True)
    return re.compile(r"\s(?:" + "|".join(re.escape(w) for w in words) + r")\s")


def last_sentence_start(text: str) -> int | None:
    """Where the paragraph's last sentence starts, after the end of the one before it; None for one sentence."""
    ends = list(_SENTENCE_END.finditer(text))
    return ends[-1].end() if ends else None


def wire_tail_citations(text: str, gazetteer: Gazetteer) -> list[Citation]:
    """ "… nastavljena u ponedeljak. N1 - Beta": a wire line the page ran into the last paragraph, after
    its last sentence (the same test as a wire line of its own). Only with a dash: "… Jaafar ASHTIYEH / AFP"
    and "… Photo / Reuters" end a caption with its photo credit."""
    tail = last_sentence_start(text)
    if tail is None:
        return []
    if re.search(r"[/|]", text[tail:]) or parse_credit_line(text[tail:]) is not None:
        return []
    return [dataclasses.replace(c, start=c.start + tail, end=c.end + tail)
            for c in wire_line_citations(text[tail:], gazetteer)]  # fmt: skip
