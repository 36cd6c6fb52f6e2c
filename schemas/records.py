"""Record types written by newsclean: the one definition of every dataset's shape.

Each model is validated with pydantic and its Arrow schema is derived from the same
annotations by :mod:`schemas.arrow`, so no field list is ever kept twice.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from schemas.enums import AttributionKind, Label, RejectReason


class Record(BaseModel):
    """Base of every dataset row: frozen, strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=True)
    dataset: ClassVar[str]


class Article(Record):
    """One cleaned article: title and body in reading order."""

    dataset: ClassVar[str] = "articles"

    doc_id: str = Field(
        min_length=16,
        description="sha256 of the input file's bytes, or sha1 of an archive record's payload (first 32 hex digits)",
    )
    source_path: str = Field(
        min_length=1, description="input file, or archive record: crawl.warc.gz#offset=N, pages.jsonl#line=N&offset=B"
    )
    language: str | None = Field(description="ISO 639-1 code of the body text, null if unknown")
    language_score: float | None = Field(description="confidence of the language guess, 0..1")
    encoding: str = Field(description="encoding the bytes were decoded with")
    title: str | None
    body: str = Field(min_length=1, description="body paragraphs joined by blank lines")
    paragraphs: list[str] = Field(min_length=1)
    site: str | None = Field(description="publishing site where the page names it")
    canonical_url: str | None = Field(default=None, description="the page's canonical URL (html pages only)")
    n_lines: int = Field(ge=1)
    n_title: int = Field(ge=0)
    n_body: int = Field(ge=1)
    n_attribution: int = Field(ge=0)
    n_chrome: int = Field(ge=0)
    run_id: str
    processed_at: datetime
    published_at: datetime | None = Field(
        default=None,
        description="publication date and time on the publisher's clock, labelled UTC: as the page shows it (a time "
        "without offset is kept as written), or a time declared in UTC read on the clock of the page's country or "
        "language; null if the page gives none",
    )
    published_at_source: str | None = Field(
        default=None, description="the line the date was read from, as 'line N: text'; null with no date"
    )
    cluster_id: str | None = Field(
        default=None, description="syndication cluster: doc_id of the first near-duplicate body seen; null if not run"
    )
    is_first_seen: bool | None = Field(
        default=None, description="true for the first body of its cluster, false for later copies; null if not run"
    )
    # Added with archive inputs: null for pages read from single files, and in older datasets.
    url: str | None = Field(
        default=None, description="address the page was fetched from (WARC-Target-URI, or a JSON Lines record's url)"
    )
    fetched_at: datetime | None = Field(default=None, description="when the crawler fetched the page (WARC-Date)")


class Segment(Record):
    """One labelled line of a page, with the reason and score behind its label."""

    dataset: ClassVar[str] = "segments"

    doc_id: str
    block_index: int = Field(ge=0, description="index of the blank-line separated block")
    line_start: int = Field(ge=1, description="first line (1-based, as in the file)")
    line_end: int = Field(ge=1, description="last line (inclusive)")
    text: str
    label: Label
    kind: str = Field(description="finer kind: paragraph, teaser, headline_list, source, ...")
    reason_code: str = Field(description="stable snake_case reason, for counting")
    reason: str = Field(description="the reason in a sentence a person can read")
    score: float = Field(ge=0.0, le=1.0, description="confidence in the label")
    tag_path: str | None = Field(
        default=None, description="innermost HTML tags around the block (html pages only), e.g. div/article/p"
    )
    link_density: float | None = Field(
        default=None, ge=0.0, le=1.0, description="share of the block's text inside links (html pages only)"
    )


class Attribution(Record):
    """A credit: where the text, a quote or a picture comes from."""

    dataset: ClassVar[str] = "attributions"

    doc_id: str
    kind: AttributionKind
    name: str | None = Field(description="the credited name as written; null if none is named")
    name_normalized: str | None = Field(description="case-folded name; domains without www.")
    canonical_id: str | None = Field(description="stable id of a known news agency, else null")
    line: int = Field(ge=1)
    char_start: int = Field(ge=0, description="start of the evidence within the line")
    char_end: int = Field(ge=0)
    in_body: bool = Field(description="found inside a body paragraph")
    evidence: str = Field(min_length=1, description="the text that shows the credit")


class Reject(Record):
    """An input that did not become an article, and why."""

    dataset: ClassVar[str] = "rejects"

    doc_id: str | None = Field(description="content hash when the bytes could be read")
    source_path: str
    sha256: str | None
    reason: RejectReason
    stage: str = Field(description="pipeline stage that rejected the file")
    message: str
    run_id: str
    rejected_at: datetime


class RunSummary(Record):
    """One flow run: its parameters and what it did."""

    dataset: ClassVar[str] = "runs"

    run_id: str
    started_at: datetime
    finished_at: datetime
    parameters: str = Field(description="run parameters as JSON")
    files_seen: int = Field(ge=0)
    files_skipped: int = Field(ge=0, description="already committed by an earlier run")
    articles: int = Field(ge=0)
    rejects: int = Field(ge=0)
    segments: int = Field(ge=0)
    attributions: int = Field(ge=0)
    labels: str = Field(description="line counts per label as JSON")
    reject_reasons: str = Field(description="reject counts per reason as JSON")
    package_version: str
    status: str = Field(description="completed, mismatch (files in != articles + rejects + skipped) or failed")
    # Added later: null in runs written before these columns existed.
    chrome_kinds: str | None = Field(default=None, description="chrome line counts per kind as JSON")
    languages: str | None = Field(default=None, description="article counts per language as JSON")
    top_sources: str | None = Field(default=None, description="most credited source names and counts as JSON")
    top_agencies: str | None = Field(default=None, description="most credited agencies (canonical_id) as JSON")
    stage_seconds: str | None = Field(default=None, description="seconds spent per stage as JSON")
    error: str | None = Field(
        default=None,
        description="why the run failed (status 'failed'; its counts are what it committed before); null otherwise",
    )
    records_skipped: str | None = Field(
        default=None, description="archive records that are not pages (redirects, images…), counts per reason as JSON"
    )
    archives_unchanged: int | None = Field(
        default=None, ge=0, description="archives an earlier run finished, skipped without scanning them"
    )


ALL_RECORDS: tuple[type[Record], ...] = (Article, Segment, Attribution, Reject, RunSummary)
