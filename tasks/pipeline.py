"""One input file through every stage: read → decode → segment → attribute → validate.

Plain functions, no orchestration: the Prefect flow batches calls to :func:`process_file`.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from pydantic import ValidationError

from schemas import Article, Attribution, Reject, RejectReason, Segment
from tasks.attribution import Found, extract_attributions, site_of
from tasks.dates import find_published_date
from tasks.decode import DecodeError, content_hash, decode_bytes
from tasks.html_decode import looks_like_html
from tasks.io import DEFAULT_MAX_BYTES, RawInput, ReadError, read_raw
from tasks.lines import split_lines
from tasks.read.limits import DEFAULT_TIME_LIMIT_SECONDS, MAX_TEXT_LINES, DocumentTimeout, TimeLimit
from tasks.segment import Segmented, segment_lines
from tasks.syndication import SyndicationIndex, assign_cluster
from tasks.templates import TemplateMemory, site_evidence
from tasks.thresholds import DEFAULT_RULES, SegmentRules
from tasks.validate import build_article, build_attributions, build_segments

DOC_ID_LENGTH = 32
# Our code, to name the innermost frame of ours in an internal error (library frames say less).
PROJECT_ROOT = Path(__file__).resolve().parent.parent
OUR_PACKAGES = ("tasks", "schemas")
MAX_ERROR_MESSAGE_CHARS = 1_000
logger = logging.getLogger(__name__)


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


def reject(
    ctx: RunContext, path: str, reason: RejectReason, stage: str, message: str, sha256: str | None = None
) -> Reject:
    """A reject record for a file."""
    return Reject(
        doc_id=sha256[:DOC_ID_LENGTH] if sha256 else None, source_path=path, sha256=sha256,
        reason=reason, stage=stage, message=message, run_id=ctx.run_id, rejected_at=ctx.now,
    )  # fmt: skip


def segment_page(path: str, text: str, ctx: RunContext) -> Segmented:
    """Segment a decoded page, with its site's template memory when the run has one."""
    lines = split_lines(text)
    evidence = site_evidence(ctx.templates, path, lines) if ctx.templates is not None else None
    return segment_lines(lines, ctx.rules, evidence)


def process_bytes(raw: RawInput, ctx: RunContext) -> DocResult:
    """Decode, segment, attribute and validate one file's bytes; never raises.

    One document never costs its batch: past `ctx.time_limit` it is a `timeout` reject, and any
    exception while processing it (a bug) is an `internal_error` reject naming the exception and
    the innermost frame of our code, logged at ERROR with the file's path.
    """
    warm_up()
    limit = TimeLimit(ctx.time_limit)
    try:
        with limit:
            result = process_document(raw, ctx)
    except DocumentTimeout as exc:
        limit.cancel()
        stage, where = where_raised(exc)
        message = f"over the {ctx.time_limit:g} s per-document time limit (CPU time; stopped at {where})"
        logger.warning("%s: %s", raw.path, message)
        return failed(raw, ctx, RejectReason.TIMEOUT, stage, message)
    except MemoryError as exc:
        stage, where = where_raised(exc)
        return failed(raw, ctx, RejectReason.TOO_LARGE, stage, f"ran out of memory at {where}")
    except Exception as exc:
        stage, where = where_raised(exc)
        message = f"{type(exc).__name__}: {exc} (at {where})"[:MAX_ERROR_MESSAGE_CHARS]
        logger.error("internal error while processing %s: %s", raw.path, message, exc_info=exc)
        return failed(raw, ctx, RejectReason.INTERNAL_ERROR, stage, message)
    return with_cluster(result, ctx)


# A short page that takes every text stage (language, stoplists, dates, credits) through its first use.
WARM_UP_PAGE = (
    b"Council backs the tram plan\n\nBy Maria Rossi, 17 May 2024\n\n"
    b"The city council voted on Tuesday to expand the tram network, a decision that ends years of debate, "
    b"officials said. The first line is due to open in three years.\n\nSource: Reuters\n"
)


@cache
def warm_up() -> None:
    """Load models and vocabularies once per process, outside any document's time limit.

    Their first use costs seconds (py3langid's model alone takes 2-5 s on a busy machine): the
    first document of every worker would pay it against its own limit and could time out.
    """
    ctx = RunContext(run_id="warm-up", now=datetime(2024, 5, 17, tzinfo=UTC))
    try:
        process_document(RawInput("warm-up.txt", WARM_UP_PAGE), ctx)
    except Exception as exc:  # a failed warm-up only means the first document loads what it needs
        logger.warning("warm-up failed: %s", exc)


def where_raised(exc: BaseException) -> tuple[str, str]:
    """(stage, 'tasks/x.py:12 in fn') of the innermost frame of our code in an exception's traceback.

    The stage is the module's name (`segment`, `html_extract`): the part of the pipeline that raised.
    """
    ours = [
        frame for frame in traceback.extract_tb(exc.__traceback__)
        if Path(frame.filename).resolve().is_relative_to(PROJECT_ROOT)
        and Path(frame.filename).resolve().relative_to(PROJECT_ROOT).parts[0] in OUR_PACKAGES
    ]  # fmt: skip
    if not ours:
        return "process", "unknown location"
    frame = ours[-1]
    path = Path(frame.filename).resolve().relative_to(PROJECT_ROOT)
    return path.stem, f"{path.as_posix()}:{frame.lineno} in {frame.name}"


def failed(raw: RawInput, ctx: RunContext, reason: RejectReason, stage: str, message: str) -> DocResult:
    """The result of a document whose processing was cut short: a reject and nothing else."""
    doc_id, sha256 = doc_id_of(raw.data)
    return DocResult(raw.path, doc_id, reject=reject(ctx, raw.path, reason, stage, message, sha256))


def process_document(raw: RawInput, ctx: RunContext) -> DocResult:
    """The stages for one file's bytes, unguarded: HTML pages take the DOM-aware path."""
    if looks_like_html(raw.path, raw.data):
        from tasks.html_pipeline import process_html  # imported here: it builds on this module

        return process_html(raw, ctx)
    doc_id, sha256 = doc_id_of(raw.data)
    result = DocResult(raw.path, doc_id)
    decoded = decode_bytes(raw.data)
    if isinstance(decoded, DecodeError):
        result.reject = reject(ctx, raw.path, decoded.reason, "decode", decoded.message, sha256)
        return result
    n_lines = decoded.text.count("\n") + 1
    if n_lines > MAX_TEXT_LINES:
        message = f"{n_lines:,} lines: over the per-document memory budget of {MAX_TEXT_LINES:,} lines"
        result.reject = reject(ctx, raw.path, RejectReason.TOO_LARGE, "segment", message, sha256)
        return result
    segmented: Segmented = segment_page(raw.path, decoded.text, ctx)
    found: list[Found] = extract_attributions(segmented)

    def build(into: DocResult) -> None:
        into.segments = build_segments(doc_id, segmented)
        into.attributions = build_attributions(doc_id, found)
        into.article = build_article(
            doc_id, raw.path, decoded.encoding, segmented, site_of(found), ctx.run_id, ctx.now,
            published=find_published_date(segmented, ctx.now),
        )  # fmt: skip

    no_article = f"no body text among {len(segmented.lines)} lines; its segments are kept for inspection"
    return validated(result, ctx, sha256, build, ("segment", no_article))


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
        result.reject = reject(ctx, result.source_path, RejectReason.INVALID_RECORD, "validate", errors, sha256)
        result.article, result.attributions = None, []
        return result
    if result.article is None:
        result.attributions = []
        stage, message = no_article
        result.reject = reject(ctx, result.source_path, RejectReason.NO_ARTICLE, stage, message, sha256)
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
