"""Turn stage outputs into schema-validated records: segments as one checked Arrow table, the few
article and attribution records as pydantic models (either raises on any bad field)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import pyarrow as pa

from schemas import Article, Attribution, Label, Segment
from schemas.checks import InvalidRecordsError, table_of
from tasks.credits.attribution import Found
from tasks.credits.dates import PublishedDate
from tasks.text.segment import Segmented


def segment_columns(
    doc_id: str, segmented: Segmented, structure: Sequence[tuple[str | None, float | None]] | None = None
) -> dict[str, list[Any]]:
    """The segment records of a page as columns, one value per labelled line (lines of one block may
    differ in label). `structure`, for HTML pages, gives each line's (tag path, link density)."""
    lines = segmented.lines
    columns: dict[str, list[Any]] = {
        "doc_id": [doc_id] * len(lines),
        "block_index": [ll.line.block_index for ll in lines],
        "line_start": [ll.line.number for ll in lines],
        "text": [ll.line.text for ll in lines],
        # Labels and kinds are StrEnum members (str subclasses): Arrow stores their values as they are.
        "label": [ll.verdict.label for ll in lines],
        "kind": [ll.verdict.kind for ll in lines],
        "reason_code": [ll.verdict.reason_code for ll in lines],
        "reason": [ll.verdict.reason for ll in lines],
        "score": [round(ll.verdict.score, 4) for ll in lines],
    }
    columns["line_end"] = columns["line_start"]  # one record per line
    if structure is not None:
        columns["tag_path"] = [tag_path for tag_path, _ in structure]
        columns["link_density"] = [link_density for _, link_density in structure]
    return columns


def build_segments(
    doc_id: str, segmented: Segmented, structure: Sequence[tuple[str | None, float | None]] | None = None
) -> pa.Table:
    """The segment records of a page as one Arrow table, checked as a whole against the Segment model.

    Raises :class:`InvalidRecordsError` naming each bad row's field and rule, as pydantic would raise
    on one bad model; a page has hundreds of lines, so its rows are validated as columns.
    """
    if structure is not None and len(structure) != len(segmented.lines):
        raise ValueError(f"{len(structure)} structure entries for {len(segmented.lines)} lines")
    table, violations = table_of(Segment, segment_columns(doc_id, segmented, structure))
    if violations:
        raise InvalidRecordsError(Segment.dataset, violations)
    return table


def build_attributions(doc_id: str, found: list[Found]) -> list[Attribution]:
    """Attribution records of one document."""
    return [
        Attribution(
            doc_id=doc_id,
            kind=f.kind,
            name=f.name,
            name_normalized=f.name_normalized,
            canonical_id=f.canonical_id,
            line=f.line,
            char_start=f.char_start,
            char_end=f.char_end,
            in_body=f.in_body,
            evidence=f.evidence,
        )
        for f in found
    ]


def build_article(
    doc_id: str,
    source_path: str,
    encoding: str,
    segmented: Segmented,
    site: str | None,
    run_id: str,
    now: datetime,
    title: str | None = None,
    canonical_url: str | None = None,
    published: PublishedDate | None = None,
    url: str | None = None,
    fetched_at: datetime | None = None,
) -> Article | None:
    """The article record, or None when the page has no body text; `title` overrides the headline line."""
    paragraphs = [ll.line.text.strip() for ll in segmented.with_label(Label.BODY)]
    if not paragraphs:
        return None
    titles = segmented.with_label(Label.TITLE)
    counts = Counter(ll.verdict.label for ll in segmented.lines)
    return Article(
        doc_id=doc_id, source_path=source_path, language=segmented.language,
        language_score=round(segmented.language_score, 4), encoding=encoding,
        title=title or (titles[0].line.text.strip() if titles else None), body="\n\n".join(paragraphs),
        paragraphs=paragraphs, site=site, canonical_url=canonical_url, n_lines=len(segmented.lines),
        n_title=counts[Label.TITLE],
        n_body=counts[Label.BODY], n_attribution=counts[Label.ATTRIBUTION], n_chrome=counts[Label.CHROME],
        run_id=run_id, processed_at=now, published_at=published.when if published else None,
        published_at_source=published.source if published else None, url=url, fetched_at=fetched_at,
    )  # fmt: skip
