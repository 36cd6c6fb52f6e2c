"""Photo credits with no cue before the name.

- "Håkon Berg (foto)", "Ola Nordmann (video)": the name, then its cue in brackets. The Norwegian and Danish papers
  list the photographer under the writer in the byline block so; the bracket tells the name is credited for the
  pictures, not the text.
- "Kari Nordmann (tekst) og Ola Hansen (foto)": two or more names, each with its role's cue in brackets, joined by
  "and" or a comma: the writer's and the photographer's credits in one line (session 47).
- "… à Lyon, le 2 mai 2024. JULIEN FAURE POUR « LE MONDE »": a caption closed by the photographer in capitals and
  "for" the outlet that commissioned the picture (``commissioned_for`` in name_words.csv); after a picture cue, the
  photographer's name ends before such an outlet ("Photograph: Ann Lee for the Guardian", session 24).
"""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.credit_base import CreditLine, looks_like_name
from tasks.lexicon.digits import has_digit
from tasks.lexicon.vocabulary import credit_cues, name_word_role, name_words, visual_cues

_CUES = sorted(visual_cues(), key=len, reverse=True)
_NAME_THEN_CUE = re.compile(r"^\s*(\S[^()]{1,60}?)\s*\(\s*(" + "|".join(map(re.escape, _CUES)) + r")\s*\)\s*$", re.I)


def name_then_bracketed_cue(text: str) -> CreditLine | None:
    """ "Håkon Berg (foto)": the name, then a photo or video cue alone in brackets; None for any other line."""
    if not text.rstrip().endswith(")"):
        return None
    match = _NAME_THEN_CUE.match(text)
    if match is None or not looks_like_name(match.group(1)) or has_digit(match.group(1)):
        return None
    cue = match.group(2)
    kind = AttributionKind.VIDEO if cue.casefold() in credit_cues()["video"] else AttributionKind.PHOTO
    start, end = match.span(1)
    return CreditLine(kind, cue, match.group(1), start, end, start, end)


# A name and its role's cue in brackets, one part of a line listing several.
_NAMED_ROLE = re.compile(r"\s*([^()]{2,60}?)\s*\(\s*([^\W\d_]{3,20})\s*\)")
# An author cue in brackets is a noun of four letters at least ("tekst", "text", "texto"), no "by" or "di".
MIN_BRACKETED_AUTHOR_CUE = 4


def bracketed_roles(text: str) -> list[tuple[AttributionKind, str, int]]:
    """ "Kari Nordmann (tekst) og Ola Hansen (foto)", "Anna Schmidt (Text), Max Müller (Fotos)": each name with its
    role's cue in brackets (a text cue for the writer, a photo or video cue for the photographer), two or more joined
    by "and", "&" or a comma, the whole line so: (kind, name, start) of each, else []."""
    if text.count("(") < 2 or not text.rstrip().endswith(")"):
        return []
    found: list[tuple[AttributionKind, str, int]] = []
    at = 0
    while at < len(text.rstrip()):
        match = _NAMED_ROLE.match(text, at)
        if match is None:
            return []
        name, kind = match.group(1), _bracketed_kind(match.group(2))
        if found:  # the joint before a later name: a comma, "&" or one "and"
            joint, _, rest = name.partition(" ") if name[:1] not in ",&/" else (name[0], "", name[1:])
            if joint.strip(",&/") and joint.casefold() not in load_author_words().every_and:
                return []
            name = rest.strip()
        if kind is None or not 2 <= len(name.split()) <= 4 or not looks_like_name(name) or has_digit(name):
            return []
        found.append((kind, name, text.index(name, match.start(1))))
        at = match.end()
    return found if len(found) >= 2 else []


def _bracketed_kind(cue: str) -> AttributionKind | None:
    folded, cues = cue.casefold(), credit_cues()
    if folded in cues["video"]:
        return AttributionKind.VIDEO
    if folded in cues["photo"] or folded in visual_cues():
        return AttributionKind.PHOTO
    author = len(folded) >= MIN_BRACKETED_AUTHOR_CUE and folded in cues["author"]
    return AttributionKind.AUTHOR if author else None


# After the caption's last sentence: two to four words in capitals, "for", the outlet quoted or in capitals.
_FOR = "|".join(sorted(map(re.escape, {w.upper() for w in name_word_role("commissioned_for")}), key=len, reverse=True))
_COMMISSIONED = re.compile(
    r"[.!?…]\s+((?:[^\W\d_][^\W\d_'’-]*[\s-]){1,3}?[^\W\d_][^\W\d_'’-]*)\s+(" + _FOR + r")\s+"
    r"(?:«\s*[^«»]{2,60}»|[^\W\d_][^a-z]{1,60})\s*$"
)


def commissioned_photographer(text: str) -> CreditLine | None:
    """ "… JULIEN FAURE POUR « LE MONDE »": the photographer in capitals, then "for" and the outlet; None else."""
    stripped = text.rstrip()
    if not stripped.endswith(("»", *"ABCDEFGHIJKLMNOPQRSTUVWXYZ")) or ". " not in stripped:
        return None  # most lines: no outlet quoted or in capitals at the end
    match = _COMMISSIONED.search(stripped)
    if match is None or not match.group(1).isupper():
        return None
    start, end = match.span(1)
    return CreditLine(AttributionKind.PHOTO, match.group(2), match.group(1), start, end, start, end)


# After a picture cue's name: "for", maybe an article, the outlet in capitalised words ("Photograph: Ann Lee for the
# Guardian", "Foto: Ana Ruiz para El País").
_FOR_OUTLET = re.compile(
    r"\s+(?:" + "|".join(sorted(map(re.escape, name_word_role("commissioned_for")), key=len, reverse=True)) + r")\s+"
    r"(?:(?:" + "|".join(sorted(map(re.escape, name_words().articles), key=len, reverse=True)) + r")\s+)?"
    r"[^\W\d_][\w'’&.-]*(?:\s+[^\W\d_][\w'’&.-]*){0,4}$"
)


def commissioned_name_end(candidate: str) -> int | None:
    """Where the photographer's name ends before "for" the outlet that commissioned the picture ("Ann Lee for the
    Guardian" → 7), the outlet's words capitalised and no agency's; None if the candidate does not end so."""
    match = _FOR_OUTLET.search(candidate)
    if match is None or match.start() == 0:
        return None
    named = [w for w in match.group(0).split()[1:] if w.casefold() not in name_words().articles]
    if not named or not all(w[:1].isupper() for w in named) or load_gazetteer().find(" ".join(named), cued=True):
        return None  # "Ann Lee for Reuters": the agency supplied the picture, its own record (the other readers')
    name = candidate[: match.start()]
    return match.start() if len(name.split()) >= 2 and looks_like_name(name) else None  # a person's full name
