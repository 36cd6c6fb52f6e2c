"""One input file through every stage: read → decode → segment → attribute → validate.

Plain functions, no orchestration: the Prefect flow batches calls to :func:`process_file`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from pydantic import ValidationError

from schemas import Article, Attribution, Reject, RejectReason, Segment
from tasks.agencies import site_of_url
from tasks.attribution import Found, extract_attributions, site_of
from tasks.dates import find_published_date
from tasks.decode import DecodeError, content_hash, decode_bytes
from tasks.html_decode import is_html_input
from tasks.io import DEFAULT_MAX_BYTES, RawInput, ReadError, read_raw
from tasks.lines import split_lines
from tasks.read.records import JsonlFields
from tasks.segment import Segmented, segment_lines
from tasks.syndication import SyndicationIndex, assign_cluster
from tasks.templates import TemplateMemory, site_evidence
from tasks.thresholds import DEFAULT_RULES, SegmentRules
from tasks.validate import build_article, build_attributions, build_segments

DOC_ID_LENGTH = 32


@dataclass(frozen=True)
class RunContext:
    """What every record of a run shares."""

    run_id: str
    now: datetime
    rules: SegmentRules = DEFAULT_RULES
    max_bytes: int = DEFAULT_MAX_BYTES
    templates: TemplateMemory | None = None  # site template memory, learnt before segmenting
    syndication: SyndicationIndex | None = None  # near-duplicate bodies seen so far; None: no clustering
    jsonl_fields: JsonlFields = field(default_factory=JsonlFields)  # field names of JSON Lines records


@dataclass
class DocResult:
    """The records one input file produced: an article, or a reject (segments may remain)."""

    source_path: str
    doc_id: str | None
    article: Article | None = None
    segments: list[Segment] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    reject: Reject | None = None


def doc_id_of(data: bytes) -> tuple[str, str]:
    """(doc_id, sha256) of an input's bytes: the doc_id is stable across runs and machines."""
    digest = content_hash(data)
    return digest[:DOC_ID_LENGTH], digest


def ids_of(raw: RawInput) -> tuple[str, str]:
    """(doc_id, sha256) of an input: an archive record's own id when it has one, else its bytes' hash."""
    doc_id, sha256 = doc_id_of(raw.data)
    return raw.doc_id or doc_id, sha256


def reject(
    ctx: RunContext, path: str, reason: RejectReason, stage: str, message: str, sha256: str | None = None,
    doc_id: str | None = None,
) -> Reject:  # fmt: skip
    """A reject record for an input; its doc_id is `doc_id`, else the one its sha256 gives."""
    return Reject(
        doc_id=doc_id or (sha256[:DOC_ID_LENGTH] if sha256 else None), source_path=path, sha256=sha256,
        reason=reason, stage=stage, message=message, run_id=ctx.run_id, rejected_at=ctx.now,
    )  # fmt: skip


def segment_page(path: str, text: str, ctx: RunContext, site: str | None = None) -> Segmented:
    """Segment a decoded page, with its site's template memory when the run has one."""
    lines = split_lines(text)
    evidence = site_evidence(ctx.templates, path, lines, site) if ctx.templates is not None else None
    return segment_lines(lines, ctx.rules, evidence)


def process_bytes(raw: RawInput, ctx: RunContext) -> DocResult:
    """Decode, segment, attribute and validate one file's bytes; HTML pages take the DOM-aware path."""
    if is_html_input(raw):
        from tasks.html_pipeline import process_html  # imported here: it builds on this module

        return with_cluster(process_html(raw, ctx), ctx)
    doc_id, sha256 = ids_of(raw)
    result = DocResult(raw.path, doc_id)
    decoded = decode_bytes(raw.data)
    if isinstance(decoded, DecodeError):
        result.reject = reject(ctx, raw.path, decoded.reason, "decode", decoded.message, sha256, doc_id)
        return result
    url_site = site_of_url(raw.url)
    segmented: Segmented = segment_page(raw.path, decoded.text, ctx, url_site)
    found: list[Found] = extract_attributions(segmented)

    def build(into: DocResult) -> None:
        into.segments = build_segments(doc_id, segmented)
        into.attributions = build_attributions(doc_id, found)
        into.article = build_article(
            doc_id, raw.path, decoded.encoding, segmented, url_site or site_of(found), ctx.run_id, ctx.now,
            published=find_published_date(segmented, ctx.now), url=raw.url, fetched_at=raw.fetched_at,
        )  # fmt: skip

    no_article = f"no body text among {len(segmented.lines)} lines; its segments are kept for inspection"
    return with_cluster(validated(result, ctx, sha256, build, ("segment", no_article)), ctx)


def validated(
    result: DocResult,
    ctx: RunContext,
    sha256: str,
    build: Callable[[DocResult], None],
    no_article: tuple[str, str],
) -> DocResult:
    """Fill `result` with the records `build` validates; a schema error or an empty body is a reject.

    `build` sets segments, attributions and article in that order (pydantic validates each).
    `no_article` is the (stage, message) of the reject for a page with no body text: its segments
    stay in the result for inspection.
    """
    try:
        build(result)
    except ValidationError as exc:
        errors = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:5])
        result.reject = reject(
            ctx, result.source_path, RejectReason.INVALID_RECORD, "validate", errors, sha256, result.doc_id
        )
        result.article, result.attributions = None, []
        return result
    if result.article is None:
        result.attributions = []
        stage, message = no_article
        result.reject = reject(ctx, result.source_path, RejectReason.NO_ARTICLE, stage, message, sha256, result.doc_id)
    return result


def with_cluster(result: DocResult, ctx: RunContext) -> DocResult:
    """The result with its article placed in a syndication cluster, when the run keeps an index."""
    if result.article is not None and ctx.syndication is not None:
        result.article = assign_cluster(result.article, ctx.syndication)
    return result


def process_file(path: str, ctx: RunContext) -> DocResult:
    """Read one file and run it through every stage; never raises on bad data."""
    raw = read_raw(path, ctx.max_bytes)
    if isinstance(raw, ReadError):
        return DocResult(path, None, reject=reject(ctx, path, raw.reason, "read", raw.message))
    return process_bytes(raw, ctx)
