"""Recognise credit lines ("источник: commonspace.eu", "Photo: Reuters", "By Jane Doe")."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from schemas import AttributionKind
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.vocab import AUTHOR_CUES, PHOTO_CUES, SOURCE_CUES

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
    rest_start: int = 0  # where the text after the cue (and its separator) begins in the line


@dataclass(frozen=True)
class BylineWords:
    """Job titles, words joining two names, and lower-case particles inside names."""

    jobs: frozenset[str]
    joiners: frozenset[str]
    particles: frozenset[str]


@lru_cache(maxsize=1)
def load_byline_words() -> BylineWords:
    """Read tasks/lexicon/data/byline_words.csv: role (job, joiner, particle), words (|-separated)."""
    text = resources.files("tasks.lexicon").joinpath("data/byline_words.csv").read_text(encoding="utf-8")
    roles: dict[str, set[str]] = {"job": set(), "joiner": set(), "particle": set()}
    for row in csv.DictReader(text.splitlines()):
        roles[row["role"]].update(w.strip().casefold() for w in row["words"].split("|") if w.strip())
    return BylineWords(frozenset(roles["job"]), frozenset(roles["joiner"]), frozenset(roles["particle"]))


def is_caseless(word: str) -> bool:
    """Letters of a script without case (Chinese, Arabic, Hebrew, ...)."""
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.upper() == c.lower() for c in letters)


def _looks_like_name(text: str) -> bool:
    """A few capitalised words (or a domain): a credited name rather than a caption."""
    words = text.split()
    if not words or len(words) > MAX_NAME_WORDS:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or not w[:1].isalpha() for w in words)


def _is_bare_name(rest: str) -> bool:
    """After a cue with no separator ("By Jane Doe and John Smith, dpa"), only names may follow.

    Lower-case words may be joining words, name particles or agency names ("dpa"); after a job
    title ("staff writer at ...") anything goes.
    """
    if DOMAIN.search(rest):
        return True
    words = load_byline_words()
    lower_ok = words.joiners | words.particles | {m.name.casefold() for m in load_gazetteer().find(rest)}
    for word in rest.split():
        bare = word.strip("\"'«»„“”‘’.,;:!?()").casefold()
        if bare in words.jobs:
            break
        is_lower = bare[:1].isalpha() and not word.strip("\"'«»„“”‘’(")[:1].isupper() and not is_caseless(bare)
        if is_lower and bare not in lower_ok:
            return False
    return rest[:1].isupper()


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
        if not separator and not linking and not _is_bare_name(rest):
            return None  # "by the way", "By Friday, talks had collapsed": a cue word starting ordinary text
        name, start, end = credited_name(rest, kind)
        lead = len(text) - len(text.lstrip())
        return CreditLine(kind, match.group(1), name, lead + offset + start, lead + offset + end, lead + offset)
    return None
