"""Extract attributions: credit lines, and agencies and sources cited inside body paragraphs."""

from __future__ import annotations

from dataclasses import dataclass

from schemas import AttributionKind, Label
from tasks.credits.bylines import split_byline
from tasks.lexicon.agencies import Gazetteer, has_cue_before, load_gazetteer, site_name
from tasks.lexicon.credit_lines import DOMAIN, CreditLine, parse_credit_line
from tasks.text.segment import Segmented

# Characters of context kept on each side of an in-body citation as evidence.
EVIDENCE_CONTEXT = 60


@dataclass(frozen=True)
class Found:
    """An attribution found in a page, before it becomes a record."""

    kind: AttributionKind
    name: str | None
    name_normalized: str | None
    canonical_id: str | None
    line: int
    char_start: int
    char_end: int
    in_body: bool
    evidence: str


def normalize_name(name: str) -> str:
    """Case-folded name; a domain becomes its registered domain (www.Kazpravda.kz → kazpravda.kz)."""
    folded = " ".join(name.casefold().split())
    return site_name(folded) if DOMAIN.fullmatch(folded) else folded


def _evidence(text: str, start: int, end: int) -> str:
    left = max(0, start - EVIDENCE_CONTEXT)
    return text[left : end + EVIDENCE_CONTEXT].strip()


def in_body_citations(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """Agencies named in a paragraph, and sites it cites as sources ("передает Kazpravda.kz")."""
    found = [
        Found(AttributionKind.AGENCY, m.name, normalize_name(m.name), m.canonical_id, line,
              m.start, m.end, True, _evidence(text, m.start, m.end))
        for m in gazetteer.find(text)
    ]  # fmt: skip
    taken = [(f.char_start, f.char_end) for f in found]
    for m in DOMAIN.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in taken) or "@" in text[max(0, m.start() - 1) : m.start()]:
            continue
        agency = gazetteer.agency_of_domain(m.group(0))
        if agency is None and not has_cue_before(text, m.start()):
            continue
        kind = AttributionKind.AGENCY if agency else AttributionKind.SOURCE
        found.append(
            Found(kind, m.group(0), normalize_name(m.group(0)), agency, line, m.start(), m.end(), True,
                  _evidence(text, m.start(), m.end()))
        )  # fmt: skip
    return sorted(found, key=lambda f: f.char_start)


def credit_line_attributions(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """The attributions a credit line makes: one per person or agency a byline names, else one."""
    credit = parse_credit_line(text)
    if credit is None:
        return []
    if credit.kind in (AttributionKind.AUTHOR, AttributionKind.PHOTO):
        named = split_byline(text, credit.rest_start, gazetteer)
        if named:
            return [
                Found(credit.kind, c.name, normalize_name(c.name), c.canonical_id, line, c.start, c.end, False,
                      text.strip())
                for c in named
            ]  # fmt: skip
        credit = CreditLine(credit.kind, credit.cue, None, 0, 0, credit.rest_start)  # a caption, no name
    return [_single_credit(credit, text, line, gazetteer)]


def _single_credit(credit: CreditLine, text: str, line: int, gazetteer: Gazetteer) -> Found:
    canonical = None
    if credit.name:
        canonical = gazetteer.agency_of_domain(credit.name) if DOMAIN.fullmatch(credit.name) else None
        matches = gazetteer.find(credit.name)
        canonical = canonical or (matches[0].canonical_id if matches else None)
    normalized = normalize_name(credit.name) if credit.name else None
    return Found(credit.kind, credit.name, normalized, canonical, line, credit.name_start, credit.name_end,
                 False, text.strip())  # fmt: skip


def extract_attributions(segmented: Segmented, gazetteer: Gazetteer | None = None) -> list[Found]:
    """Every attribution of a segmented page, in line order."""
    gazetteer = gazetteer or load_gazetteer()
    found: list[Found] = []
    for ll in segmented.lines:
        label, text, number = ll.verdict.label, ll.line.text, ll.line.number
        if label == Label.ATTRIBUTION:
            found.extend(credit_line_attributions(text, number, gazetteer))
        elif label == Label.BODY:
            found.extend(in_body_citations(text, number, gazetteer))
    return found


def site_of(found: list[Found]) -> str | None:
    """The publishing site: the first source credited by a domain, if any."""
    for f in found:
        if f.kind == AttributionKind.SOURCE and f.name_normalized and DOMAIN.fullmatch(f.name_normalized):
            return f.name_normalized
    return None
