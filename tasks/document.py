"""What one document's processing produces and shares: the run context, the result, rejects.

Both paths (text dumps in tasks.pipeline, HTML pages in tasks.pipeline_html) build on these.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache

import pyarrow as pa
from pydantic import ValidationError

from schemas import Article, Attribution, Reject, RejectReason, Segment, arrow_schema
from schemas.checks import InvalidRecordsError
from tasks.read.decode import content_hash
from tasks.read.limits import DEFAULT_TIME_LIMIT_SECONDS
from tasks.read.raw import DEFAULT_MAX_BYTES, RawInput
from tasks.read.records import JsonlFields
from tasks.store.syndication import SyndicationIndex
from tasks.text.templates import TemplateMemory
from tasks.text.thresholds import DEFAULT_RULES, SegmentRules

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
    time_limit: float = DEFAULT_TIME_LIMIT_SECONDS  # per document, both paths: over it, a `timeout` reject
    jsonl_fields: JsonlFields = field(default_factory=JsonlFields)  # field names of JSON Lines records


@cache
def no_segments() -> pa.Table:
    """The empty segment table every result starts with, built once: Arrow tables are immutable, and building one
    per document was 1 % of the text core's time (most results get their own table next)."""
    return arrow_schema(Segment).empty_table()


@dataclass
class DocResult:
    """The records one input file produced: an article, or a reject (segments may remain)."""

    source_path: str
    doc_id: str | None
    article: Article | None = None
    segments: pa.Table = field(default_factory=no_segments)  # Segment rows
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


def validated(
    result: DocResult,
    ctx: RunContext,
    sha256: str,
    build: Callable[[DocResult], None],
    no_article: tuple[str, str],
) -> DocResult:
    """Fill `result` with the records `build` validates; a schema error or an empty body is a reject.

    `build` sets segments (checked as one Arrow table), attributions and article (pydantic models)
    in that order.
    `no_article` is the (stage, message) of the reject for a page with no body text: its segments
    stay in the result for inspection.
    """
    try:
        build(result)
    except (ValidationError, InvalidRecordsError) as exc:
        errors = "; ".join(_messages(exc))
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


REJECT_ERRORS = 5  # schema errors a reject's message names; the rest are counted


def _messages(exc: ValidationError | InvalidRecordsError) -> list[str]:
    """The reject's message parts: the first errors, each naming its field and rule."""
    if isinstance(exc, ValidationError):
        return [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:REJECT_ERRORS]]
    more = len(exc.violations) - REJECT_ERRORS
    return exc.messages(REJECT_ERRORS) + ([f"and {more} more"] if more > 0 else [])
