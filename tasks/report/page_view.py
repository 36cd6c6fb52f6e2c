"""HTML views of `inspect`: one self-contained page per input, and an index of many, strangest first.

Rendered with jinja2 templates (tasks/report/views/) with autoescaping on: every string of a page is
untrusted text. The pages need no script and no network; styles are inlined.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from tasks.report.inspect import inspect_file

INDEX_NAME = "index.html"
# How much a missing title adds to a page's strangeness, on the scale of the share of text that is not body.
NO_TITLE_WEIGHT = 0.25
# Longest file name kept from an input's path, so deep trees still make valid file names.
MAX_NAME = 150


@dataclass(frozen=True)
class Piece:
    """A run of a line's text, and the attribution it shows, if any."""

    text: str
    credit: dict[str, Any] | None = None


@dataclass(frozen=True)
class PageEntry:
    """One inspected page as the index lists it."""

    name: str
    href: str
    rejected: str | None
    title: str | None
    language: str | None
    lines: int
    attributions: int
    body_share: float  # share of the page's characters labelled body
    chrome_share: float
    seconds: float  # time to inspect and render the page

    @property
    def flags(self) -> list[str]:
        """What makes the page look strange, in words (the index shows them, not only the order)."""
        found = [f"rejected: {self.rejected}"] if self.rejected else []
        if not self.rejected and not self.title:
            found.append("no title")
        if not self.rejected and self.body_share == 0:
            found.append("no body")
        return found


def _environment() -> jinja2.Environment:
    loader = jinja2.PackageLoader("tasks.report.summary", "views")
    return jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined)


_ENV = _environment()


def text_pieces(text: str, credits: list[dict[str, Any]]) -> list[Piece]:
    """The line's text cut at its attributions' spans; overlapping or out-of-range spans are skipped."""
    pieces: list[Piece] = []
    at = 0
    for credit in sorted(credits, key=lambda c: (c["char_start"], c["char_end"])):
        start, end = credit["char_start"], credit["char_end"]
        if start < at or end <= start or end > len(text):
            continue
        if start > at:
            pieces.append(Piece(text[at:start]))
        pieces.append(Piece(text[start:end], credit))
        at = end
    if at < len(text) or not pieces:
        pieces.append(Piece(text[at:]))
    return pieces


def view_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The page's lines with their text pieces and whether each opens a new block."""
    by_line: dict[int, list[dict[str, Any]]] = {}
    for credit in report.get("attributions", []):
        by_line.setdefault(credit["line"], []).append(credit)
    rows, block = [], None
    for line in report.get("lines", []):
        pieces = text_pieces(line["text"], by_line.get(line["line"], []))
        first = block is not None and line["block"] != block
        rows.append({"tag_path": None, "link_density": None, **line, "pieces": pieces, "first_in_block": first})
        block = line["block"]
    return rows


def render_page(report: dict[str, Any], index_href: str | None = None) -> str:
    """One inspected page (from `tasks.report.inspect.inspect_file`) as a self-contained HTML document."""
    template = _ENV.get_template("page.html.j2")
    name = Path(report["file"]).name
    return template.render(page=_Page(report), rows=view_rows(report), name=name, index_href=index_href)


class _Page(dict[str, Any]):
    """The report as template context: a missing key reads as None (rejected pages have few keys)."""

    def __getattr__(self, key: str) -> Any:
        return self.get(key)


def page_entry(report: dict[str, Any], href: str, seconds: float = 0.0) -> PageEntry:
    """The index's summary of one inspected page."""
    chars: Counter[str] = Counter()
    for line in report.get("lines", []):
        chars[line["label"]] += len(line["text"].strip())
    total = sum(chars.values()) or 1
    return PageEntry(
        name=Path(report["file"]).name, href=href, rejected=report.get("rejected"), title=report.get("title"),
        language=report.get("language"), lines=len(report.get("lines", [])),
        attributions=len(report.get("attributions", [])), body_share=chars["body"] / total,
        chrome_share=chars["chrome"] / total, seconds=seconds,
    )  # fmt: skip


def strangeness(entry: PageEntry) -> float:
    """How odd a page looks: the share of its text that is not body, plus NO_TITLE_WEIGHT without a title."""
    return (1.0 - entry.body_share) + (NO_TITLE_WEIGHT if entry.title is None else 0.0)


def strangest_first(entries: Iterable[PageEntry]) -> list[PageEntry]:
    """Rejected pages first, then the strangest (least body, no title), then most chrome; ties by name."""
    return sorted(entries, key=lambda e: (e.rejected is None, -round(strangeness(e), 3), -e.chrome_share, e.name))


def render_index(entries: list[PageEntry], source: str) -> str:
    """The index of many inspected pages, strangest first, with page counts per language."""
    ordered = strangest_first(entries)
    languages = Counter(e.language or "?" for e in ordered if not e.rejected).most_common()
    return _ENV.get_template("index.html.j2").render(entries=ordered, source=source, languages=languages)


def page_file_name(path: Path, root: Path) -> str:
    """A flat, unique HTML file name for an input under `root` (sub/dir/a.txt → sub__dir__a.txt.html)."""
    relative = path.relative_to(root) if path.is_relative_to(root) else Path(path.name)
    flat = "__".join(relative.parts)
    return (flat[-MAX_NAME:] if len(flat) > MAX_NAME else flat) + ".html"


def write_inspection_pages(files: list[Path], root: Path, out_dir: Path) -> list[PageEntry]:
    """Inspect every file, write one page each and the index into `out_dir`; the entries, in input order."""
    out_dir.mkdir(parents=True, exist_ok=True)
    entries = []
    for path in files:
        started = time.perf_counter()
        report = inspect_file(path)
        href = page_file_name(path, root)
        (out_dir / href).write_text(render_page(report, index_href=INDEX_NAME), encoding="utf-8")
        entries.append(page_entry(report, href, time.perf_counter() - started))
    (out_dir / INDEX_NAME).write_text(render_index(entries, str(root)), encoding="utf-8")
    return entries
