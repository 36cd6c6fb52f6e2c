"""Site template memory: lines that recur across pages of one site are its furniture.

Every page contributes the fingerprints of its distinct lines (the normalised text, and its
shape with digits blanked so "Views: 1084" and "Views: 87" match) to a per-site count. A line
seen on many other pages of the same site is chrome, whatever it looks like on one page.
The memory persists under ``<output>/_state/templates/`` so tomorrow's run knows the site.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from schemas.arrow import to_table
from schemas.state import TemplateEntry
from tasks.lexicon.credit_base import DOMAIN
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.site_domains import site_of_url
from tasks.read.decode import Decoded, decode_bytes
from tasks.read.fs import resolve
from tasks.read.html_decode import is_html_input
from tasks.read.limits import DEFAULT_TIME_LIMIT_SECONDS, MAX_TEXT_LINES, DocumentTimeout, TimeLimit
from tasks.read.raw import ReadError
from tasks.read.reader import RecordReader
from tasks.read.records import JsonlFields, is_warc, parse_ref
from tasks.text.features import normalize_for_match
from tasks.text.lines import Line, split_lines
from tasks.text.rules import SiteEvidence

logger = logging.getLogger(__name__)

# Fingerprint 0 is reserved for the per-site page count.
PAGE_COUNT = 0
# Bound on the memory: the most frequent fingerprints kept per site.
MAX_FINGERPRINTS_PER_SITE = 20_000
TEMPLATE_FILE = "templates.parquet"
_DIGITS = re.compile(r"\d+")


def fingerprint(text: str) -> int:
    """A signed 64-bit hash of a string (fits Arrow int64), never 0."""
    value = int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big", signed=True)
    return value or 1


def line_fingerprints(text: str) -> tuple[int, int]:
    """(exact, shape) fingerprints of a line: shape ignores the numbers in it."""
    key = normalize_for_match(text)
    return fingerprint("t:" + key), fingerprint("s:" + _DIGITS.sub("0", key))


def page_fingerprints(lines: list[Line]) -> set[int]:
    """Distinct fingerprints of a page's lines."""
    found: set[int] = set()
    for line in lines:
        found.update(line_fingerprints(line.text))
    return found


def guess_site(path: str, lines: list[Line]) -> str:
    """The page's site: a domain-like folder in its path, else a source credit's domain, else ''."""
    for part in reversed(PurePath(path).parts[:-1]):
        if DOMAIN.fullmatch(part):
            return part.lower().removeprefix("www.")
    for line in lines:
        credit = parse_credit_line(line.text)
        if credit is not None and credit.kind == "source" and credit.name and DOMAIN.fullmatch(credit.name):
            return credit.name.lower().removeprefix("www.")
    return ""


@dataclass
class TemplateMemory:
    """Per site: on how many pages each line fingerprint appeared."""

    counts: dict[str, Counter[int]] = field(default_factory=dict)

    def observe(self, site: str, fingerprints: set[int]) -> None:
        counter = self.counts.setdefault(site, Counter())
        counter.update(fingerprints)
        counter[PAGE_COUNT] += 1

    def pages(self, site: str) -> int:
        return self.counts.get(site, Counter())[PAGE_COUNT]

    def view(self, site: str, own: set[int]) -> TemplateView:
        """What the memory says about one page, its own contribution taken out."""
        return TemplateView(site, self.counts.get(site, Counter()), own)


@dataclass(frozen=True)
class TemplateView:
    """The memory as one page sees it: counts over the *other* pages of its site."""

    site: str
    counts: Counter[int]
    own: set[int]

    def other_pages(self, fp: int) -> int:
        return self.counts[fp] - (1 if fp in self.own else 0)

    @property
    def site_pages(self) -> int:
        return self.counts[PAGE_COUNT] - (1 if self.own else 0)

    def hits(self, lines: list[Line]) -> list[int]:
        """For each line, on how many other pages of the site it (or its shape) appeared."""
        return [max(self.other_pages(fp) for fp in line_fingerprints(line.text)) for line in lines]


def load_memory(state_dir: Path | str) -> TemplateMemory:
    """The memory saved by earlier runs; empty when there is none. state_dir may be a URI."""
    loc = resolve(state_dir)
    memory = TemplateMemory()
    if not loc.exists(TEMPLATE_FILE):
        return memory
    table = loc.read_table(loc.path(TEMPLATE_FILE), columns=["site", "fingerprint", "pages"])
    for site, fp, pages in zip(*(table.column(c).to_pylist() for c in ("site", "fingerprint", "pages")), strict=True):
        memory.counts.setdefault(site, Counter())[fp] = pages
    return memory


def save_memory(state_dir: Path | str, memory: TemplateMemory, run_id: str) -> int:
    """Write the memory atomically, keeping the most frequent fingerprints per site; rows written."""
    entries: list[TemplateEntry] = []
    for site, counter in sorted(memory.counts.items()):
        kept = counter.most_common(MAX_FINGERPRINTS_PER_SITE + 1)
        entries.extend(TemplateEntry(site=site, fingerprint=fp, pages=n, last_run=run_id) for fp, n in kept if n > 0)
    loc = resolve(state_dir)
    loc.makedirs()
    loc.write_table(to_table(TemplateEntry, entries), loc.path(TEMPLATE_FILE))  # atomic: temp file, rename
    return len(entries)


def site_evidence(memory: TemplateMemory, path: str, lines: list[Line], site: str | None = None) -> SiteEvidence:
    """The template memory's evidence about one page, for the segmenter; `site` when its URL names it."""
    view = memory.view(site or guess_site(path, lines), page_fingerprints(lines))
    return SiteEvidence(view.site, view.site_pages, view.hits(lines))


def learn_page(memory: TemplateMemory, path: str, text: str, site: str | None = None) -> None:
    """Add one page's lines to the memory of its site (`site` when its URL names it)."""
    lines = split_lines(text)
    memory.observe(site or guess_site(path, lines), page_fingerprints(lines))


def learn_files(
    memory: TemplateMemory, paths: list[str], max_bytes: int, fields: JsonlFields | None = None
) -> int:  # fmt: skip
    """Learn the template of every readable text dump among paths (or archive records); returns pages learnt.

    HTML pages are left to their DOM signals: their text is not laid out line by line. A page that
    raises, runs over the time limit or the line budget is skipped (logged): learning is a hint,
    and the page meets the same limits, as a reject, when it is processed.
    """
    learnt = 0
    with RecordReader(max_bytes, fields) as reader:
        for path in paths:
            ref = parse_ref(path)
            if ref is not None and is_warc(ref.archive):  # WARC pages are HTML responses: not read for nothing
                continue
            limit = TimeLimit(DEFAULT_TIME_LIMIT_SECONDS)
            try:
                with limit:
                    learnt += learn_record(memory, reader, path)
            except DocumentTimeout:
                limit.cancel()
                logger.warning("template learning skipped %s: over the %g s limit", path, DEFAULT_TIME_LIMIT_SECONDS)
            except Exception as exc:
                logger.error("template learning skipped %s: %s: %s", path, type(exc).__name__, exc, exc_info=exc)
    return learnt


def learn_record(memory: TemplateMemory, reader: RecordReader, path: str) -> int:
    """Learn one text dump's lines (1), or nothing (0) for HTML, unreadable, undecodable or oversized inputs."""
    raw = reader.read(path)
    if isinstance(raw, ReadError) or is_html_input(raw):
        return 0
    decoded = decode_bytes(raw.data)
    if not isinstance(decoded, Decoded) or decoded.text.count("\n") >= MAX_TEXT_LINES:
        return 0
    learn_page(memory, path, decoded.text, site_of_url(raw.url))
    return 1
