"""Extract attributions: credit lines, and agencies and sources cited inside body paragraphs."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from schemas import AttributionKind, Label
from tasks.credits.bare_bylines import bare_byline, listed_names, person_cue_byline
from tasks.credits.byline_block import (
    byline_agency,
    byline_block_lines,
    byline_block_names,
    byline_slot_lines,
    dated_byline_start,
)
from tasks.credits.bylines import split_byline
from tasks.credits.credit_records import (
    Found,
    agency_in_body,
    credit_line_attributions,
    evidence_around,
    normalize_name,
)
from tasks.credits.name_lines import (
    has_label_word,
    looks_like_name_line,
    name_before_role,
    without_contact,
    without_label_tail,
)
from tasks.credits.reporters import closing_reporters, opening_reporters, signoff_line, slash_agency
from tasks.lexicon.agencies import Gazetteer, has_cue_before, has_public_suffix, load_gazetteer
from tasks.lexicon.citations import MIN_CITING_WORDS, Citation, reporting_citations, source_line_citations
from tasks.lexicon.credit_base import DOMAIN
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.next_credit import next_credit_at
from tasks.lexicon.people import PageSurnames
from tasks.lexicon.wire_citations import (
    dateline_citations,
    last_sentence_start,
    signoff_citations,
    wire_line_citations,
    wire_tail_citations,
)
from tasks.text.segment import Segmented

__all__ = [
    "Found", "attribution_line_attributions", "bare_byline", "chrome_byline", "credit_line_attributions",
    "extract_attributions", "in_body_citations", "normalize_name", "site_of", "wire_line_found",
]  # fmt: skip

# Every host name DOMAIN finds ends in a dot and two letters or more (its top-level domain): a paragraph
# without one (35 in 36) needs no DOMAIN scan, which tries a host name at every word (40 times the cost).
_DOT_LETTERS = re.compile(r"\.[a-z]{2}", re.IGNORECASE)
_SENTENCE_ENDS = ("!", "?", ".", "…")
# What follows a blog's dated byline on its line: a comment count, its link, a separator.
_COUNT_OR_LINK = re.compile(r"\s*(?:[·|•(]|\b\d+\b)")
# A cue of one or two words and its colon.
_COLON_CUE = re.compile(r"\s*[^\W\d_]+(?:\s[^\W\d_]+)?\s*[:：]")


def in_body_citations(
    text: str, line: int, gazetteer: Gazetteer, first: bool = False, last: bool = False,
    surnames: Callable[[], frozenset[str]] = frozenset,
) -> list[Found]:  # fmt: skip
    """Agencies named in a paragraph, and the sources it cites ("передает Kazpravda.kz", "selon Le Monde").

    `first` and `last` say the paragraph opens or closes the article: only there do a wire dateline
    ("BERLIN (dpa) -") and a sign-off ("(dpa/AFP)") count. `surnames` are the people the page names
    ("Mark Smith"): "according to Smith" cites a person, not a source.
    """
    credited = _bracketed_credit(text, line, gazetteer) or (_closing_byline(text, line, gazetteer) if last else [])
    # "Aminata Diallo et Moussa Ndiaye" as the last paragraph: the article signed by its reporters, joined by "and"
    # (one name alone there is as often a heading: "Leave a Reply"; a line ending in "!" or "?" is a teaser)
    signed = last and not text.rstrip().endswith(_SENTENCE_ENDS)
    credited = credited or (listed_names(text, line, gazetteer) if signed else [])
    if credited:
        return credited
    found = _named_in_body(text, line, gazetteer)
    citations = reporting_citations(text, gazetteer, surnames)
    if first:
        found += opening_reporters(text, line, gazetteer) or _dateline_byline(text, line, gazetteer)
        citations += dateline_citations(text, gazetteer)
    if last:
        tail = last_sentence_start(text)
        closing = (
            _source_tail(text, line, gazetteer, tail or 0),
            _closing_byline(text, line, gazetteer, tail) if tail else [],
            closing_reporters(text, line, gazetteer),
        )
        for extra in closing:  # each kept where nothing found before it stands
            found += [f for f in extra if not _overlaps(found, f.char_start, f.char_end)]
        citations += signoff_citations(text, gazetteer) + wire_line_citations(text, gazetteer)
        citations += source_line_citations(text, gazetteer) if len(text.split()) < MIN_CITING_WORDS else []
        citations += wire_tail_citations(text, gazetteer)
    for citation in citations:
        if _overlaps(found, citation.start, citation.end) or _same_agency(found, citation.canonical_id):
            continue
        found.append(_found_of(citation, text, line))
    return sorted(found, key=lambda f: f.char_start)


def _bracketed_credit(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "(Reporting by Mark Bennett and Laura Kim)", "(Фото: ТАСС)": a paragraph that is only a credit in
    brackets is a credit line, whatever the segmenter called it."""
    stripped = text.strip()
    if not (stripped.startswith("(") and stripped.endswith(")") and stripped.count("(") == 1):
        return []
    closing = text.rindex(")")
    unbracketed = f"{text[:closing]} {text[closing + 1 :]}"  # offsets kept; the bracket is no part of a name
    found = credit_line_attributions(unbracketed, line, gazetteer)
    if stripped[1:].lstrip().startswith("©") and ":" not in stripped:
        # "(©NTB)" under a paragraph: the wire's copyright on the text it wrote, no picture's (a photo cue says so)
        found = [dataclasses.replace(f, kind=AttributionKind.AGENCY) if f.canonical_id else f for f in found]
    # a caption names no one
    return [dataclasses.replace(agency_in_body(f, gazetteer), evidence=stripped) for f in found if f.name]


def _closing_byline(text: str, line: int, gazetteer: Gazetteer, start: int = 0) -> list[Found]:
    """ "Additional reporting by Kwame Boateng in Accra.": a last paragraph that is only an author credit; from
    `start`, its last sentence ("The hearing resumes on Tuesday. Reporting by Priya Menon in Chennai")."""
    part = " " * start + text[start:]  # offsets kept
    return [f for f in _author_credit(part, line, gazetteer) if f.name]


def _dateline_byline(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "Guadalajara, Jalisco, 2 de junio de 2024. Por María Fernanda López y Javier Ruiz Ortega": a first paragraph
    that is a dateline and then the byline, as a sentence of its own."""
    tail = last_sentence_start(text)
    if not tail or len(text[:tail].split()) > MAX_DATELINE_WORDS:
        return []
    return _closing_byline(text, line, gazetteer, tail)


MAX_DATELINE_WORDS = 12


def _source_tail(text: str, line: int, gazetteer: Gazetteer, tail: int) -> list[Found]:
    """ "Джерело: Суспільне", "… in Brüssel. Quelle: Tagesschau": a last paragraph, or its last sentence (from
    `tail`; 0 reads a paragraph of one sentence whole), that is a source credit with its colon (a cue without one,
    "По данным МВД, …", opens an ordinary sentence)."""
    if not _COLON_CUE.match(text, tail):
        return []
    found = credit_line_attributions(" " * tail + text[tail:], line, gazetteer)
    source_kinds = (AttributionKind.SOURCE, AttributionKind.AGENCY)
    named = [f for f in found if f.kind in source_kinds and f.name]
    return [dataclasses.replace(agency_in_body(f, gazetteer), in_body=True) for f in named]


def _overlaps(found: list[Found], start: int, end: int) -> bool:
    return any(f.char_start < end and start < f.char_end for f in found)


def _same_agency(found: list[Found], canonical_id: str | None) -> bool:
    return canonical_id is not None and any(f.canonical_id == canonical_id for f in found)


def _found_of(citation: Citation, text: str, line: int) -> Found:
    return Found(citation.kind, citation.name, normalize_name(citation.name), citation.canonical_id, line,
                 citation.start, citation.end, True, evidence_around(text, citation.start, citation.end))  # fmt: skip


def _named_in_body(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """Agencies the gazetteer knows (one record per agency), and domains cited as sources."""
    found: list[Found] = []
    for agency_match in gazetteer.find(text):
        a = agency_match
        if not _same_agency(found, a.canonical_id):
            found.append(Found(AttributionKind.AGENCY, a.name, normalize_name(a.name), a.canonical_id, line,
                               a.start, a.end, True, evidence_around(text, a.start, a.end)))  # fmt: skip
    taken = [(f.char_start, f.char_end) for f in found]
    for m in DOMAIN.finditer(text) if _DOT_LETTERS.search(text) else ():
        if any(m.start() < e and s < m.end() for s, e in taken) or "@" in text[max(0, m.start() - 1) : m.start()]:
            continue
        if not has_public_suffix(m.group(0)):
            continue  # "Folha de S.Paulo": an abbreviation, not a host name
        agency = gazetteer.agency_of_domain(m.group(0))
        if agency is None and not has_cue_before(text, m.start()):
            continue
        kind = AttributionKind.AGENCY if agency else AttributionKind.SOURCE
        found.append(
            Found(kind, m.group(0), normalize_name(m.group(0)), agency, line, m.start(), m.end(), True,
                  evidence_around(text, m.start(), m.end()))
        )  # fmt: skip
    return sorted(found, key=lambda f: f.char_start)


def attribution_line_attributions(text: str, line: int, gazetteer: Gazetteer, before_body: bool = False) -> list[Found]:
    """What a line labelled attribution credits: a credit line, an "Outlet - Agency" line, or (above the
    first paragraph) a byline that is only a person's name."""
    found = credit_line_attributions(text, line, gazetteer)
    if found:
        return found
    wire = wire_line_found(text, line, gazetteer)
    if wire:
        return wire
    return (person_cue_byline(text, line, gazetteer) or bare_byline(text, line, gazetteer)) if before_body else []


def _author_credit(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """What a line credits when it is an author credit ("Par Claire Fontanel avec AFP"), else nothing."""
    credit = parse_credit_line(text)
    second = next_credit_at(text, 0) if credit is None else None
    if second is not None:  # "Reporting by A in Mumbai; additional reporting by B in London": its first credit
        credit = parse_credit_line(text[: second[0]])
    return credit_line_attributions(text, line, gazetteer) if credit and credit.kind is AttributionKind.AUTHOR else []


def wire_line_found(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "Дневник - БТА": the outlet and the agency it took the story from (a known agency must be named)."""
    wire = wire_line_citations(text, gazetteer)
    return [dataclasses.replace(_found_of(c, text, line), in_body=False, evidence=text.strip()) for c in wire]


def chrome_byline(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """A line labelled chrome that is only a person's name ("Иван Петров"), maybe with the agency after it ("Mari
    Saar, BNS"): the author (and the agency), when the caller has found it in the byline block
    (:func:`tasks.credits.byline_block.byline_block_names`); a wire line there ("Le Monde avec AFP") names the
    outlet and its agency."""
    agency = byline_agency(text, gazetteer)
    if agency is not None:  # "SITA" alone under the headline: the wire wrote the story
        name = text.strip().strip(".")
        at = text.index(name)
        return [
            Found(AttributionKind.AGENCY, name, normalize_name(name), agency, line, at, at + len(name), False, name)
        ]
    credit = parse_credit_line(text)
    start = credit.rest_start if credit is not None and credit.kind is AttributionKind.AUTHOR else 0  # "By Ana Lee"
    if not looks_like_name_line(text[start:], gazetteer):  # after its cue ("Dal nostro inviato Marco Gentile")
        return wire_line_found(text, line, gazetteer)  # "Le Monde avec AFP": the outlet and its agency
    uncontacted = without_contact(text)
    credited = split_byline(uncontacted, start, gazetteer)
    head, has_role = name_before_role(uncontacted)
    if has_role and len(credited) != 1 and not any(c.canonical_id for c in credited[1:]):
        # "अमित कुमार पांडेय, लखनऊ": the place is no second name; "عائشہ نور ملک، اسلام آباد": nor part of the name
        credited = split_byline(head, start, gazetteer)
    people = [c for c in credited if not c.canonical_id and not c.is_domain]
    agencies = [c for c in credited[1:] if c.canonical_id]  # the agency after the name: "Anna Lindqvist/TT"
    if len(people) != 1 or people[0] is not credited[0] or len(people) + len(agencies) != len(credited):
        return []
    if agencies and text[people[0].end : agencies[0].start].strip() not in ("/", ","):
        return []  # "Sporting Life / Eurosport", "Politik - dpa": an outlet's wire line, which spaces its slash
    return [Found(AttributionKind.AGENCY if c.canonical_id else AttributionKind.AUTHOR, c.name, normalize_name(c.name),
                  c.canonical_id, line, c.start, c.end, False, text.strip()) for c in credited]  # fmt: skip


def extract_attributions(segmented: Segmented, gazetteer: Gazetteer | None = None) -> list[Found]:
    """Every attribution of a segmented page, in line order."""
    gazetteer = gazetteer or load_gazetteer()
    body = [ll.line.number for ll in segmented.lines if ll.verdict.label == Label.BODY]
    title = next((ll.line.number for ll in segmented.lines if ll.verdict.label == Label.TITLE), 0)
    # The article starts below its headline: a kicker above it taken for body ("Kommentar") is not its start.
    first = next((n for n in body if n > title), body[0]) if body else 0
    last = body[-1] if body else 0
    after_body = next((ll.line.number for ll in segmented.lines if ll.line.number > last), 0) if body else 0
    bylines = byline_block_names(segmented, first, gazetteer) if body else set()
    block = byline_block_lines(segmented, first) if body else set()
    next_to_body = byline_slot_lines(segmented, first) if body else set()
    surnames = PageSurnames(ll.line.text for ll in segmented.lines if ll.verdict.label == Label.BODY)

    found: list[Found] = []
    for ll in segmented.lines:
        label, text, number = ll.verdict.label, ll.line.text, ll.line.number
        if label == Label.CHROME and number == after_body:
            # "Дневник - БТА" under the last paragraph; or the article signed there: its reporters ("（田中一郎）",
            # "Như Tâm (Theo AFP)"), a byline ("Par Claire Fontanel avec AFP"), a name with its role ("Marc
            # Delpech, correspondant"; a name alone is as often a title-case heading: "Leave a Reply")
            found.extend(
                wire_line_found(text, number, gazetteer)
                or (chrome_byline(text, number, gazetteer) if slash_agency(text, gazetteer) else [])
                or closing_reporters(text, number, gazetteer)
                or _author_credit(text, number, gazetteer) or signoff_line(text, number, gazetteer)
                or (chrome_byline(text, number, gazetteer) if name_before_role(text)[1] else [])
            )  # fmt: skip
        elif label in (Label.CHROME, Label.TITLE) and number in bylines:
            found.extend(chrome_byline(text, number, gazetteer))
        elif label == Label.CHROME and number in block:
            # "Le Monde avec AFP" above the first paragraph; or a byline the page's markup made chrome ("Ein
            # Kommentar von <a>Friederike Haas</a>": a link-dense <div>); a cue that names no one there is a
            # tool's label ("Text Size"), not a credit; an outlet after the name is no author ("Por A | Agencia X")
            head = wire_line_found(text, number, gazetteer) or _author_credit(text, number, gazetteer)
            if not head and (cue := dated_byline_start(text, segmented.language)) is not None:
                # "March 2, 2025 by Alison · 14 comments", "… by Cory Gunther Discuss (0)": up to a count or a link
                byline = _COUNT_OR_LINK.split(text[cue:], maxsplit=1)[0]
                head = _author_credit(" " * cue + without_label_tail(byline), number, gazetteer)
            if not head and number in next_to_body:  # names joined by "and" alone: only right at the text
                head = listed_names(text, number, gazetteer, segmented.language)
            found.extend(
                f for f in head if f.name and not (f.kind == AttributionKind.AUTHOR and has_label_word(f.name))
            )
        elif label == Label.ATTRIBUTION:
            found.extend(attribution_line_attributions(text, number, gazetteer, before_body=number < first))
        elif label == Label.BODY:
            found.extend(in_body_citations(text, number, gazetteer, number == first, number == last, surnames))
    return found


def site_of(found: list[Found]) -> str | None:
    """The publishing site: the first source credited by a domain, if any."""
    for f in found:
        if f.kind == AttributionKind.SOURCE and f.name_normalized and DOMAIN.fullmatch(f.name_normalized):
            return f.name_normalized
    return None
