"""The records of a page with the facts a learned check reads, and near misses the rules do not keep.

Used by bench/attribution_check.py (the experiment). A candidate is a record the rules produce (`origin` "rules") or
one a looser reading of a line near the article finds that the rules did not keep (`origin` a near-miss step): every
line around the article read as a credit line, every body paragraph read as the article's first and last.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass

from schemas import AttributionKind, Label
from tasks.credits.attribution import Found, chrome_byline, extract_attributions, in_body_citations
from tasks.credits.attribution_lines import attribution_line_attributions
from tasks.credits.bylines import split_byline
from tasks.credits.credit_records import normalize_name
from tasks.credits.signed_lines import caption_agencies, signed_below
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.credit_base import DOMAIN
from tasks.text.segment import Segmented

KINDS = tuple(str(k) for k in AttributionKind)
LABELS = tuple(str(label) for label in Label)
ORIGINS = ("rules", "head", "inside", "tail", "paragraph", "span")
SPAN_LINE_WORDS = 6
# Lines around the article a near miss may come from.
HEAD_WINDOW = 8
TAIL_WINDOW = 4
SHORT_LINE_WORDS = 6


@dataclass(frozen=True)
class Candidate:
    found: Found
    origin: str
    features: dict[str, float]


def _key(f: Found) -> tuple[str, int, str | None]:
    return (str(f.kind), f.line, f.name_normalized)


def near_misses(segmented: Segmented, gazetteer: Gazetteer) -> list[tuple[Found, str]]:
    """Records a looser reading finds: lines above the article and under it read as credit lines, every body
    paragraph as both the article's first and last."""
    lines = segmented.lines
    body = [i for i, ll in enumerate(lines) if ll.verdict.label == Label.BODY]
    if not body:
        return []
    first, last = body[0], body[-1]
    out: list[tuple[Found, str]] = []
    for i, ll in enumerate(lines):
        text, number, label = ll.line.text, ll.line.number, ll.verdict.label
        if label == Label.BODY:
            out += [(f, "paragraph") for f in in_body_citations(text, number, gazetteer, True, True)]
        else:  # any other line, read as a credit line, a byline, a signature or a caption
            origin = "head" if i < first else "inside" if i < last else "tail"
            found = (
                attribution_line_attributions(text, number, gazetteer, before_body=True)
                or chrome_byline(text, number, gazetteer)
                or signed_below(text, number, gazetteer)
                or caption_agencies(text, number, gazetteer)
            )
            out += [(f, origin) for f in found]
    out += _name_spans(segmented, gazetteer, first, last)
    return [(f, o) for f, o in out if f.name]


def _name_spans(segmented: Segmented, gazetteer: Gazetteer, first: int, last: int) -> list[tuple[Found, str]]:
    """Looser still: every short line from above the article to under it split into names ("Julio Muñoz / EFE",
    "JAVIER SOLANO", "(Ansa)"); an agency is an agency record, a person an author above the article and a photo
    credit inside it or under it."""
    out: list[tuple[Found, str]] = []
    for i in range(max(0, first - HEAD_WINDOW), min(len(segmented.lines), last + TAIL_WINDOW + 1)):
        ll = segmented.lines[i]
        text = ll.line.text
        if len(text.split()) > SPAN_LINE_WORDS or any(ch.isdigit() for ch in text):
            continue
        bare = text.replace("(", " ").replace(")", " ")
        for c in split_byline(bare, 0, gazetteer):
            person = AttributionKind.AUTHOR if i < first else AttributionKind.PHOTO
            kind = AttributionKind.AGENCY if c.canonical_id else person
            number, evidence = ll.line.number, text.strip()
            f = Found(kind, c.name, normalize_name(c.name), c.canonical_id, number, c.start, c.end, False, evidence)
            out.append((f, "span"))
    return out


def page_candidates(segmented: Segmented, gazetteer: Gazetteer, with_near_misses: bool = True) -> list[Candidate]:
    """The rules' records, then the near misses none of them already holds, each with its features."""
    ruled = extract_attributions(segmented, gazetteer)
    pairs = [(f, "rules") for f in ruled]
    if with_near_misses:
        seen = {_key(f) for f in ruled}
        for f, origin in near_misses(segmented, gazetteer):
            if _key(f) not in seen:
                seen.add(_key(f))
                pairs.append((f, origin))
    return _with_features(segmented, pairs)


_CAPITAL = re.compile(r"[^\W\d_]")


def _short_run(words: list[int], i: int) -> int:
    """Length of the run of short lines (teaser and related lists) the line is in, 0 if it is long."""
    if words[i] > SHORT_LINE_WORDS:
        return 0
    lo = i
    while lo > 0 and words[lo - 1] <= SHORT_LINE_WORDS:
        lo -= 1
    hi = i
    while hi + 1 < len(words) and words[hi + 1] <= SHORT_LINE_WORDS:
        hi += 1
    return hi - lo + 1


def _with_features(segmented: Segmented, pairs: list[tuple[Found, str]]) -> list[Candidate]:
    lines = segmented.lines
    index = {ll.line.number: i for i, ll in enumerate(lines)}
    labels = [ll.verdict.label for ll in lines]
    body = [i for i, label in enumerate(labels) if label == Label.BODY]
    title = next((i for i, label in enumerate(labels) if label == Label.TITLE), -1)
    first, last = (body[0], body[-1]) if body else (0, 0)
    words = [len(ll.line.text.split()) for ll in lines]
    page_text = "\n".join(ll.line.text for ll in lines).casefold()
    per_line = Counter(f.line for f, _ in pairs)
    per_line_rules = Counter(f.line for f, o in pairs if o == "rules")
    per_name = Counter(f.name_normalized for f, _ in pairs)
    out = []
    for f, origin in pairs:
        i = index.get(f.line, 0)
        ll = lines[i]
        text = ll.line.text
        name = f.name or ""
        letters = _CAPITAL.findall(name)
        position = 0 if title >= 0 and i < title else 1 if i < first else 2 if i <= last else 3
        feats: dict[str, float] = {f"kind={k}": float(str(f.kind) == k) for k in KINDS}
        feats |= {f"origin={o}": float(origin == o) for o in ORIGINS}
        feats |= {f"label={lb}": float(str(labels[i]) == lb) for lb in LABELS}
        feats |= {
            "in_body": float(f.in_body),
            "evidence_is_line": float(f.evidence.strip() == text.strip()),
            "position": float(position),
            "title_found": float(title >= 0),
            "to_first": float(i - first),
            "to_last": float(i - last),
            "to_title": float(i - title) if title >= 0 else 99.0,
            "line_words": float(words[i]),
            "line_chars": float(len(text)),
            "name_words": float(len(name.split())),
            "name_chars": float(len(name)),
            "name_start_share": f.char_start / max(1, len(text)),
            "name_end_share": f.char_end / max(1, len(text)),
            "capital_share": sum(c.isupper() for c in letters) / max(1, len(letters)),
            "all_capitals": float(bool(letters) and all(c.isupper() for c in letters)),
            "has_digit": float(any(c.isdigit() for c in name)),
            "is_domain": float(bool(DOMAIN.fullmatch(name.casefold()))),
            "known_agency": float(f.canonical_id is not None),
            "line_records": float(per_line[f.line]),
            "line_rule_records": float(per_line_rules[f.line]),
            "name_records": float(per_name[f.name_normalized]),
            "name_on_page": float(page_text.count(name.casefold())) if name else 0.0,
            "short_run": float(_short_run(words, i)),
            "body_lines": float(len(body)),
            "page_lines": float(len(lines)),
            "verdict_score": float(ll.verdict.score),
            "sentence_end": float(text.rstrip().endswith((".", "!", "?", "…", "。", "।", "۔"))),
            "colon_in_line": float(":" in text or "：" in text),
            "bracketed": float("(" in text[max(0, f.char_start - 2) : f.char_start]),
        }
        out.append(Candidate(dataclasses.replace(f), origin, feats))
    return out
