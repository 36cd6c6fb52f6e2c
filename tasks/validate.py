"""Turn stage outputs into schema-validated records (pydantic raises on any bad field)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime

from schemas import Article, Attribution, Label, Segment
from tasks.credits.attribution import Found
from tasks.credits.dates import PublishedDate
from tasks.text.segment import Segmented


def build_segments(
    doc_id: str, segmented: Segmented, structure: Sequence[tuple[str | None, float | None]] | None = None
) -> list[Segment]:
    """One segment record per labelled line (lines of one block may differ in label).

    `structure`, for HTML pages, gives each line's (tag path, link density).
    """
    shape = structure if structure is not None else [(None, None)] * len(segmented.lines)
    return [
        Segment(
            doc_id=doc_id,
            block_index=ll.line.block_index,
            line_start=ll.line.number,
            line_end=ll.line.number,
            text=ll.line.text,
            label=ll.verdict.label,
            kind=str(ll.verdict.kind),
            reason_code=ll.verdict.reason_code,
            reason=ll.verdict.reason,
            score=round(ll.verdict.score, 4),
            tag_path=tag_path,
            link_density=link_density,
        )
        for ll, (tag_path, link_density) in zip(segmented.lines, shape, strict=True)
    ]


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
