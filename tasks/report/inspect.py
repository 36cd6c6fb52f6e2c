"""Explain one page: every line with its label, kind, score and reason, and the attributions."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text

from schemas import AttributionKind, Label
from tasks.credits.attribution import Found, extract_attributions, site_of
from tasks.credits.dates import find_published_date, published_from_meta
from tasks.credits.meta_authors import page_authors
from tasks.html.meta import PageMeta, domain_of
from tasks.lexicon.site_domains import site_of_url
from tasks.pipeline_html import HtmlFailure, caption_credits, extract_html
from tasks.read.decode import DecodeError, decode_bytes
from tasks.read.html_decode import is_html_input
from tasks.read.raw import ReadError
from tasks.read.reader import RecordReader
from tasks.text.segment import Segmented, segment_text

# Label colours in the terminal view (rich styles).
LABEL_STYLES = {"title": "bold magenta", "body": "green", "attribution": "cyan", "chrome": "dim"}
TEXT_WIDTH = 60
# Width used when the output is not a terminal (a file, a pipe, a test): wide enough not to wrap reasons.
PLAIN_WIDTH = 200


def inspect_file(path: Path | str) -> dict[str, Any]:
    """The segmentation of one file, or archive record (crawl.warc.gz#offset=N), as plain data."""
    with RecordReader() as reader:
        raw = reader.read(str(path))
    if isinstance(raw, ReadError):
        return {"file": str(path), "rejected": str(raw.reason), "message": raw.message}
    data = raw.data
    structure: list[tuple[str | None, float | None]] = []
    meta = PageMeta()
    if is_html_input(raw):
        extracted = extract_html(data, charset=raw.charset, encoding=raw.encoding)
        if isinstance(extracted, HtmlFailure):
            return {"file": str(path), "rejected": str(extracted.reason), "message": extracted.message}
        segmented, encoding, meta = extracted.page.segmented, extracted.encoding, extracted.meta
        found = extract_attributions(segmented) + caption_credits(extracted.page)
        structure = [(b.tag_path, b.link_density) for b in extracted.page.blocks]
    else:
        decoded = decode_bytes(data)
        if isinstance(decoded, DecodeError):
            return {"file": str(path), "rejected": str(decoded.reason), "message": decoded.message}
        segmented, encoding = segment_text(decoded.text), decoded.encoding
        found = extract_attributions(segmented)
    return {
        "file": str(path), "encoding": encoding, "language": segmented.language,
        "main_region": segmented.main_region,
        "site": site_of_url(raw.url) or domain_of(meta.canonical_url) or meta.site_name or site_of(found),
        **_page_facts(segmented, found, meta),
        "lines": [
            {"line": ll.line.number, "block": ll.line.block_index, "label": str(ll.verdict.label),
             "kind": str(ll.verdict.kind), "score": round(ll.verdict.score, 3),
             "reason_code": ll.verdict.reason_code, "reason": ll.verdict.reason, "text": ll.line.text,
             **_structure_of(structure, ll.line.block_index)}
            for ll in segmented.lines
        ],
        "attributions": [
            {"kind": str(f.kind), "name": f.name, "canonical_id": f.canonical_id, "line": f.line,
             "char_start": f.char_start, "char_end": f.char_end, "in_body": f.in_body, "evidence": f.evidence}
            for f in found
        ],
        **({"url": raw.url} if raw.url else {}),  # archive records only: files' reports stay as they were
    }  # fmt: skip


def _page_facts(segmented: Segmented, found: list[Found], meta: PageMeta) -> dict[str, Any]:
    """The header facts: title, publication date, authors and lines per label, as the pipeline decides them."""
    titles = [ll.line.text.strip() for ll in segmented.with_label(Label.TITLE)]
    published = published_from_meta(meta.published) or find_published_date(segmented, datetime.now(UTC))
    authors = [f.name for f in found if f.kind == AttributionKind.AUTHOR and f.name]
    authors = [*page_authors(meta), *authors]
    return {
        "title": meta.title or (" ".join(titles) if titles else None),
        "published": published.when.isoformat() if published else None,
        "published_source": published.source if published else None,
        "authors": list(dict.fromkeys(authors)),
        "counts": {str(label): len(segmented.with_label(label)) for label in Label},
    }


def _structure_of(structure: list[tuple[str | None, float | None]], block: int) -> dict[str, Any]:
    """The HTML block's tag path and link density, the DOM evidence behind its label (text dumps: none)."""
    if block >= len(structure):
        return {}
    tag_path, link_density = structure[block]
    return {"tag_path": tag_path, "link_density": None if link_density is None else round(link_density, 3)}


def inspection_view(report: dict[str, Any]) -> list[RenderableType]:
    """The terminal view as rich renderables: a header, one row per line, then the attributions."""
    if "rejected" in report:
        return [Text(f"{report['file']}: rejected ({report['rejected']}): {report['message']}", style="red")]
    header = Text.assemble(
        (report["file"], "bold"), f"  language={report['language']}  encoding={report['encoding']}  ",
        f"main text={report['main_region']}  site={report['site']}",
    )  # fmt: skip
    lines = Table(box=None, pad_edge=False, show_edge=False, header_style="bold")
    lines.add_column("line", justify="right")
    lines.add_column("label", no_wrap=True)
    lines.add_column("text", no_wrap=True, max_width=TEXT_WIDTH, overflow="ellipsis")
    lines.add_column("kind", no_wrap=True)
    lines.add_column("score", justify="right")
    lines.add_column("reason", overflow="fold")
    block = None
    for row in report["lines"]:
        if block is not None and row["block"] != block:
            lines.add_row()
        block = row["block"]
        style = LABEL_STYLES.get(row["label"], "")
        lines.add_row(str(row["line"]), Text(row["label"], style=style), Text(_cell(row["text"]), style=style),
                      row["kind"], f"{row['score']:.2f}", row["reason"])  # fmt: skip
    credits = Table(box=None, pad_edge=False, show_edge=False, header_style="bold")
    for column in ("line", "kind", "name", "canonical", "in body", "evidence"):
        credits.add_column(column, justify="right" if column == "line" else "left", overflow="fold")
    for a in report["attributions"]:
        credits.add_row(str(a["line"]), a["kind"], str(a["name"]), str(a["canonical_id"]), str(a["in_body"]),
                        _cell(a["evidence"]))  # fmt: skip
    return [header, Text(""), lines, Text(""), Text("attributions:", style="bold"), credits]


def _cell(text: str) -> str:
    text = text.strip()
    return text if len(text) <= TEXT_WIDTH else text[: TEXT_WIDTH - 1] + "…"


def render_inspection(report: dict[str, Any], colour: bool = True, width: int = PLAIN_WIDTH) -> str:
    """The terminal view as a string, with ANSI colours when `colour` is set."""
    console = Console(file=io.StringIO(), force_terminal=colour, no_color=not colour, width=width,
                      color_system="standard" if colour else None, highlight=False)  # fmt: skip
    for renderable in inspection_view(report):
        console.print(renderable)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    return "\n".join(line.rstrip() for line in str(out).splitlines())
