"""Extract attributions: credit lines, and agencies and sources cited inside body paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from schemas import AttributionKind, Label
from tasks.agencies import Gazetteer, load_gazetteer
from tasks.credits import DOMAIN, parse_credit_line
from tasks.segment import Segmented
from tasks.vocab import REPORTING_CUES

# How far before a name (in characters) a reporting cue ("сообщает", "according to") may stand.
CUE_WINDOW = 40
# Characters of context kept on each side of an in-body citation as evidence.
EVIDENCE_CONTEXT = 60
_CUE = re.compile("|".join(re.escape(c) for c in sorted(REPORTING_CUES, key=len, reverse=True)), re.IGNORECASE)


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
    """Case-folded name; domains lose their www. prefix."""
    folded = " ".join(name.casefold().split())
    return folded.removeprefix("www.") if DOMAIN.fullmatch(folded) else folded


def _evidence(text: str, start: int, end: int) -> str:
    left = max(0, start - EVIDENCE_CONTEXT)
    return text[left : end + EVIDENCE_CONTEXT].strip()


def _has_cue_before(text: str, start: int) -> bool:
    return _CUE.search(text[max(0, start - CUE_WINDOW) : start]) is not None


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
        if agency is None and not _has_cue_before(text, m.start()):
            continue
        kind = AttributionKind.AGENCY if agency else AttributionKind.SOURCE
        found.append(
            Found(kind, m.group(0), normalize_name(m.group(0)), agency, line, m.start(), m.end(), True,
                  _evidence(text, m.start(), m.end()))
        )  # fmt: skip
    return sorted(found, key=lambda f: f.char_start)


def credit_line_attribution(text: str, line: int, gazetteer: Gazetteer) -> Found | None:
    """The attribution a credit line ("источник: commonspace.eu") makes."""
    credit = parse_credit_line(text)
    if credit is None:
        return None
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
            credit = credit_line_attribution(text, number, gazetteer)
            if credit is not None:
                found.append(credit)
        elif label == Label.BODY:
            found.extend(in_body_citations(text, number, gazetteer))
    return found


def site_of(found: list[Found]) -> str | None:
    """The publishing site: the first source credited by a domain, if any."""
    for f in found:
        if f.kind == AttributionKind.SOURCE and f.name_normalized and DOMAIN.fullmatch(f.name_normalized):
            return f.name_normalized
    return None
