"""The news-agency gazetteer: names across languages and scripts, with stable ids (data in CSV).

``tasks/data/agencies.csv`` has one row per agency: ``id`` (stable, snake_case), ``names`` and
``domains`` (``|``-separated), and ``cue_names``: names that are also common words ("Спутник" is a
satellite, "Antara" means "between") and so count only after a reporting cue or inside quotes.
Site names from domains are reduced to the registered domain with tldextract's bundled public
suffix snapshot (never fetched), so ``www.Kazpravda.kz`` and ``kazpravda.kz`` are one source.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import tldextract

from tasks.vocab import REPORTING_CUES

# Short names (ТАСС, AP, APA, Kyodo, UzA) are matched case-sensitively so that common words don't fire;
# only names written in lower case ("dpa") match in any case.
CASE_SENSITIVE_MAX_LEN = 6
# How far before a cue-only name (in characters) a reporting cue ("сообщает", "according to") may stand.
CUE_WINDOW = 40
_CUE = re.compile("|".join(re.escape(c) for c in sorted(REPORTING_CUES, key=len, reverse=True)), re.IGNORECASE)
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")
_OPEN_QUOTES = "«\"'„“”‘’"


@dataclass(frozen=True)
class AgencyMatch:
    """An agency named in a text."""

    canonical_id: str
    name: str
    start: int
    end: int


@dataclass(frozen=True)
class NamePattern:
    """One agency name compiled for matching; `needs_cue` names are also common words."""

    canonical_id: str
    pattern: re.Pattern[str]
    needs_cue: bool = False


def has_cue_before(text: str, start: int, window: int = CUE_WINDOW) -> bool:
    """A reporting cue ("сообщает", "according to") ends within `window` characters before `start`."""
    return _CUE.search(text[max(0, start - window) : start]) is not None


def _is_quoted(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] in _OPEN_QUOTES


@dataclass(frozen=True)
class Gazetteer:
    """Agency names compiled for matching, and agency domains for lookup."""

    patterns: tuple[NamePattern, ...]
    domains: dict[str, str]

    def find(self, text: str) -> list[AgencyMatch]:
        """Agencies named in the text, longest name first where names overlap."""
        found: list[AgencyMatch] = []
        taken: list[tuple[int, int]] = []
        for entry in self.patterns:
            for m in entry.pattern.finditer(text):
                if any(m.start() < end and start < m.end() for start, end in taken):
                    continue
                if entry.needs_cue and not (has_cue_before(text, m.start()) or _is_quoted(text, m.start())):
                    continue
                taken.append((m.start(), m.end()))
                found.append(AgencyMatch(entry.canonical_id, m.group(0), m.start(), m.end()))
        return sorted(found, key=lambda a: a.start)

    def agency_of_domain(self, domain: str) -> str | None:
        """Canonical id of the agency a domain belongs to (interfax.kz → interfax)."""
        host = domain.lower().removeprefix("www.")
        while host:
            if host in self.domains:
                return self.domains[host]
            _, _, host = host.partition(".")
        return None

    def agency_of_name(self, name: str) -> str | None:
        """Canonical id when the whole of `name` is an agency's name or domain, else None."""
        by_domain = self.agency_of_domain(name) if "." in name and " " not in name.strip() else None
        if by_domain:
            return by_domain
        matches = [m for m in self.find(name) if m.name == name.strip(" .\"'«»")]
        return matches[0].canonical_id if matches else None


def _name_pattern(name: str) -> re.Pattern[str]:
    flags = 0 if (len(name) <= CASE_SENSITIVE_MAX_LEN and name.lower() != name) else re.IGNORECASE
    if _UNSPACED.fullmatch(name):  # Chinese and Japanese write no spaces: no word boundaries to ask for
        return re.compile(re.escape(name))
    return re.compile(rf"(?<![\w.@/-]){re.escape(name)}(?![\w-]|\.\w)", flags)


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Read tasks/data/agencies.csv: id, names, domains, cue_names (|-separated)."""
    text = resources.files("tasks").joinpath("data/agencies.csv").read_text(encoding="utf-8")
    entries: list[tuple[str, str, bool]] = []
    domains: dict[str, str] = {}
    for row in csv.DictReader(text.splitlines()):
        entries.extend((row["id"], name, False) for name in _split(row["names"]))
        entries.extend((row["id"], name, True) for name in _split(row.get("cue_names")))
        domains.update({d.lower(): row["id"] for d in _split(row["domains"])})
    entries.sort(key=lambda e: len(e[1]), reverse=True)
    return Gazetteer(tuple(NamePattern(cid, _name_pattern(name), cue) for cid, name, cue in entries), domains)


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    # The bundled public-suffix snapshot only: no network fetch, no cache written to disk.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=4096)
def site_name(domain: str) -> str:
    """The registered domain of a host name, lower-cased: www.Kazpravda.kz → kazpravda.kz."""
    host = domain.strip().lower().rstrip(".")
    registered = _extractor()(host).top_domain_under_public_suffix
    return registered or host.removeprefix("www.")
