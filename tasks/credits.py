"""Recognise credit lines ("источник: commonspace.eu", "Photo: Reuters", "By Jane Doe")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from schemas import AttributionKind
from tasks.vocab import AUTHOR_CUES, PHOTO_CUES, SOURCE_CUES

# A credit line is short; longer lines are prose that happens to start with a cue word.
MAX_CREDIT_WORDS = 20
# Without a separator after the cue ("Фото с сайта x.by", "By Jane Doe") the line must be shorter.
MAX_CREDIT_WORDS_NO_SEPARATOR = 8
# A credited name is a few words at most; longer remainders are captions, not names.
MAX_NAME_WORDS = 4

DOMAIN = re.compile(r"\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\b", re.IGNORECASE)
_SEPARATOR = re.compile(r"^\s*[:：—–|/-]\s*")
_LINKING = re.compile(r"^(?:с сайта|from|by|von|de|du|del|da|od|от|з сайту|из|з)\s+", re.IGNORECASE)


def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"^[\W_]*({alternatives})(?=[\W_]|$)", re.IGNORECASE)


# Photo cues go first: "Автор на снимката" (author of the photo) is a photo credit.
_CUES: tuple[tuple[AttributionKind, re.Pattern[str]], ...] = (
    (AttributionKind.PHOTO, _cue_pattern(PHOTO_CUES)),
    (AttributionKind.SOURCE, _cue_pattern(SOURCE_CUES)),
    (AttributionKind.AUTHOR, _cue_pattern(AUTHOR_CUES)),
)


@dataclass(frozen=True)
class CreditLine:
    """A line whose purpose is to credit someone, and whom it names."""

    kind: AttributionKind
    cue: str
    name: str | None
    name_start: int
    name_end: int


def _looks_like_name(text: str) -> bool:
    """A few capitalised words (or a domain): a credited name rather than a caption."""
    words = text.split()
    if not words or len(words) > MAX_NAME_WORDS:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or not w[:1].isalpha() for w in words)


def credited_name(rest: str, kind: AttributionKind) -> tuple[str | None, int, int]:
    """The name a credit names within `rest`, with its span; (None, 0, 0) for a caption."""
    domain = DOMAIN.search(rest)
    if domain:
        return domain.group(0), domain.start(), domain.end()
    candidate = re.split(r"\s*[(,;]", rest, maxsplit=1)[0].strip(" .")
    if kind is AttributionKind.PHOTO and not _looks_like_name(candidate):
        return None, 0, 0
    if not candidate or len(candidate.split()) > MAX_NAME_WORDS:
        return None, 0, 0
    start = rest.find(candidate)
    return candidate, start, start + len(candidate)


def parse_credit_line(text: str) -> CreditLine | None:
    """The credit a line makes, or None if the line is not a credit line."""
    stripped = text.strip()
    n_words = len(stripped.split())
    if n_words > MAX_CREDIT_WORDS:
        return None
    for kind, pattern in _CUES:
        match = pattern.match(stripped)
        if not match:
            continue
        offset = match.end() + len(stripped[match.end() :]) - len(stripped[match.end() :].lstrip())
        separator = _SEPARATOR.match(stripped[offset:])
        if separator:
            offset += separator.end()
        elif n_words > MAX_CREDIT_WORDS_NO_SEPARATOR:
            return None
        linking = _LINKING.match(stripped[offset:])
        if linking:
            offset += linking.end()
        rest = stripped[offset:]
        if not rest.strip():
            return None
        if not separator and not linking and not (rest[:1].isupper() or DOMAIN.search(rest)):
            return None  # "by the way", "photo shoot": a cue word starting ordinary text
        name, start, end = credited_name(rest, kind)
        lead = len(text) - len(text.lstrip())
        return CreditLine(kind, match.group(1), name, lead + offset + start, lead + offset + end)
    return None
