"""The news-agency gazetteer: names across languages and scripts, with stable ids (data in CSV).

``tasks/lexicon/data/agencies.csv`` has one row per agency: ``id`` (stable, snake_case), ``names`` and
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
from urllib.parse import urlsplit

import tldextract

from tasks.lexicon.vocab import REPORTING_CUES

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
class NameEntry:
    """One agency name; `needs_cue` names are also common words."""

    canonical_id: str
    needs_cue: bool = False


@dataclass(frozen=True)
class NameGroup:
    """Agency names compiled into one alternation, longest first, with a lookup from matched text.

    One pass of one pattern per group replaces one pass per name: with a hundred agencies the
    per-name scans were the pipeline's hottest spot.
    """

    pattern: re.Pattern[str]
    entries: dict[str, NameEntry]  # keyed by the name, case-folded where the group ignores case
    folds_case: bool

    def entry(self, matched: str) -> NameEntry:
        return self.entries[matched.casefold() if self.folds_case else matched]


def has_cue_before(text: str, start: int, window: int = CUE_WINDOW) -> bool:
    """A reporting cue ("сообщает", "according to") ends within `window` characters before `start`."""
    return _CUE.search(text[max(0, start - window) : start]) is not None


def _is_quoted(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] in _OPEN_QUOTES


@dataclass(frozen=True)
class Gazetteer:
    """Agency names compiled for matching, and agency domains for lookup."""

    groups: tuple[NameGroup, ...]
    domains: dict[str, str]

    def find(self, text: str) -> list[AgencyMatch]:
        """Agencies named in the text, longest name first where names overlap."""
        candidates = [
            (m.start(), m.end(), group.entry(m.group(0)), m.group(0))
            for group in self.groups
            for m in group.pattern.finditer(text)
        ]
        candidates.sort(key=lambda c: (c[0], c[0] - c[1]))
        found: list[AgencyMatch] = []
        taken_until = -1
        for start, end, entry, name in candidates:
            if start < taken_until:
                continue
            if entry.needs_cue and not (has_cue_before(text, start) or _is_quoted(text, start)):
                continue
            taken_until = end
            found.append(AgencyMatch(entry.canonical_id, name, start, end))
        return found

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


def _group_of(name: str) -> str:
    if _UNSPACED.fullmatch(name):  # Chinese and Japanese write no spaces: no word boundaries to ask for
        return "unspaced"
    return "exact" if (len(name) <= CASE_SENSITIVE_MAX_LEN and name.lower() != name) else "folded"


def _compile_group(kind: str, entries: list[tuple[str, str, bool]]) -> NameGroup:
    names = sorted({name for _, name, _ in entries}, key=len, reverse=True)
    alternation = "|".join(re.escape(n) for n in names)
    if kind == "unspaced":
        pattern = re.compile(alternation)
    else:
        flags = re.IGNORECASE if kind == "folded" else 0
        pattern = re.compile(rf"(?<![\w.@/-])(?:{alternation})(?![\w-]|\.\w)", flags)
    folds = kind == "folded"
    lookup: dict[str, NameEntry] = {}
    for cid, name, cue in entries:  # longest names were sorted first; the first id for a name wins
        lookup.setdefault(name.casefold() if folds else name, NameEntry(cid, cue))
    return NameGroup(pattern, lookup, folds)


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Read tasks/lexicon/data/agencies.csv: id, names, domains, cue_names (|-separated)."""
    text = resources.files("tasks.lexicon").joinpath("data/agencies.csv").read_text(encoding="utf-8")
    entries: list[tuple[str, str, bool]] = []
    domains: dict[str, str] = {}
    for row in csv.DictReader(text.splitlines()):
        entries.extend((row["id"], name, False) for name in _split(row["names"]))
        entries.extend((row["id"], name, True) for name in _split(row.get("cue_names")))
        domains.update({d.lower(): row["id"] for d in _split(row["domains"])})
    entries.sort(key=lambda e: len(e[1]), reverse=True)
    by_group: dict[str, list[tuple[str, str, bool]]] = {}
    for entry in entries:
        by_group.setdefault(_group_of(entry[1]), []).append(entry)
    return Gazetteer(tuple(_compile_group(kind, group) for kind, group in sorted(by_group.items())), domains)


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


def site_of_url(url: str | None) -> str | None:
    """The registered domain of a URL's host (https://www.bbc.co.uk/news → bbc.co.uk); None without a host."""
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:  # a malformed URL ("http://[::1") names no site
        return None
    return site_name(host) if host else None
