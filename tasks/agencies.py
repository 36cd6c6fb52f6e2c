"""The news-agency gazetteer: names across languages and scripts, with stable ids (data in CSV)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Short all-caps names (ТАСС, AP, APA) are matched case-sensitively so that common words don't fire.
CASE_SENSITIVE_MAX_LEN = 6


@dataclass(frozen=True)
class AgencyMatch:
    """An agency named in a text."""

    canonical_id: str
    name: str
    start: int
    end: int


@dataclass(frozen=True)
class Gazetteer:
    """Agency names compiled for matching, and agency domains for lookup."""

    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    domains: dict[str, str]

    def find(self, text: str) -> list[AgencyMatch]:
        """Agencies named in the text, longest name first where names overlap."""
        found: list[AgencyMatch] = []
        taken: list[tuple[int, int]] = []
        for canonical_id, pattern in self.patterns:
            for m in pattern.finditer(text):
                if any(m.start() < end and start < m.end() for start, end in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.append(AgencyMatch(canonical_id, m.group(0), m.start(), m.end()))
        return sorted(found, key=lambda a: a.start)

    def agency_of_domain(self, domain: str) -> str | None:
        """Canonical id of the agency a domain belongs to (interfax.kz → interfax)."""
        host = domain.lower().removeprefix("www.")
        while host:
            if host in self.domains:
                return self.domains[host]
            _, _, host = host.partition(".")
        return None


def _name_pattern(name: str) -> re.Pattern[str]:
    flags = 0 if (len(name) <= CASE_SENSITIVE_MAX_LEN and name.upper() == name) else re.IGNORECASE
    return re.compile(rf"(?<![\w.@/-]){re.escape(name)}(?![\w-]|\.\w)", flags)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Read tasks/data/agencies.csv: id, names (|-separated), domains (|-separated)."""
    text = resources.files("tasks").joinpath("data/agencies.csv").read_text(encoding="utf-8")
    entries: list[tuple[str, str]] = []
    domains: dict[str, str] = {}
    for row in csv.DictReader(text.splitlines()):
        entries.extend((row["id"], n.strip()) for n in row["names"].split("|") if n.strip())
        domains.update({d.strip().lower(): row["id"] for d in row["domains"].split("|") if d.strip()})
    entries.sort(key=lambda e: len(e[1]), reverse=True)
    return Gazetteer(tuple((cid, _name_pattern(name)) for cid, name in entries), domains)
