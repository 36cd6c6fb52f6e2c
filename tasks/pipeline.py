"""One input file through every stage: read → decode → segment → attribute → validate.

Plain functions, no orchestration: the Prefect flow batches calls to :func:`process_file`.
"""

from __future__ import annotations

import gc
import logging
import traceback
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from schemas import RejectReason
from tasks.credits.attribution import Found, extract_attributions, site_of
from tasks.credits.dates import find_published_date
from tasks.document import DocResult, RunContext, ids_of, reject, validated
from tasks.lexicon.captions import caption_cue_scanner
from tasks.lexicon.next_credit import picture_cue_scanner
from tasks.lexicon.site_domains import site_of_url
from tasks.pipeline_html import process_html
from tasks.read.decode import DecodeError, decode_bytes
from tasks.read.html_decode import is_html_input
from tasks.read.limits import MAX_TEXT_LINES, DocumentTimeout, TimeLimit
from tasks.read.raw import RawInput, ReadError, read_raw
from tasks.store.syndication import assign_cluster
from tasks.text.lines import split_lines
from tasks.text.segment import Segmented, segment_lines
from tasks.text.stopword_bound import load_stoplist_index
from tasks.text.templates import site_evidence
from tasks.validate import build_article, build_attributions, build_segments

# Our code, to name the innermost frame of ours in an internal error (library frames say less).
PROJECT_ROOT = Path(__file__).resolve().parent.parent
OUR_PACKAGES = ("tasks", "schemas")
MAX_ERROR_MESSAGE_CHARS = 1_000
logger = logging.getLogger(__name__)


def segment_page(path: str, text: str, ctx: RunContext, site: str | None = None) -> Segmented:
    """Segment a decoded page, with its site's template memory when the run has one."""
    lines = split_lines(text)
    evidence = site_evidence(ctx.templates, path, lines, site) if ctx.templates is not None else None
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
    load_stoplist_index()  # the warm-up page asks no line's language: built here, before the collector freezes it
    caption_cue_scanner()  # the HTML path's, which a text page never asks for
    picture_cue_scanner()  # built here, as the captions' scanner, before the collector freezes what was loaded
    settle_collector()


# A young-generation collection every this many container allocations (net of frees) instead of CPython's 700.
YOUNG_GENERATION_THRESHOLD = 10_000


def settle_collector() -> None:
    """Keep the cycle collector off what every page shares and off each page's short-lived records.

    What the warm-up loaded (models, vocabularies, automata: about 150,000 tracked objects) lives as long as the
    process, and each full collection walked all of it again; `gc.freeze` moves it out of the collector's
    generations. A page makes hundreds of records a line and frees them by reference counting (cycles are rare: peak
    RSS unchanged over the eval dumps), so a young collection every 700 allocations mostly walked live objects. On
    aeb + readability + l3s the collector's own CPU fell from 3-4 % of the core to under 1 % (docs/speed.md,
    session 22). Outputs do not depend on it: the collector frees only unreachable objects.
    """
    gc.collect()
    gc.freeze()
    _young, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_GENERATION_THRESHOLD, middle, old)


def where_raised(exc: BaseException) -> tuple[str, str]:
    """(stage, 'tasks/x.py:12 in fn') of the innermost frame of our code in an exception's traceback.

    The stage is the module's path under its package (`text.segment`, `html.extract`): the part that raised.
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
    module = ".".join(path.with_suffix("").parts[1:])  # tasks/text/segment.py -> text.segment
    return module or path.stem, f"{path.as_posix()}:{frame.lineno} in {frame.name}"


def failed(raw: RawInput, ctx: RunContext, reason: RejectReason, stage: str, message: str) -> DocResult:
    """The result of a document whose processing was cut short: a reject and nothing else."""
    doc_id, sha256 = ids_of(raw)
    return DocResult(raw.path, doc_id, reject=reject(ctx, raw.path, reason, stage, message, sha256, doc_id))


def process_document(raw: RawInput, ctx: RunContext) -> DocResult:
    """The stages for one file's bytes, unguarded: HTML pages take the DOM-aware path."""
    if is_html_input(raw):
        return process_html(raw, ctx)
    doc_id, sha256 = ids_of(raw)
    result = DocResult(raw.path, doc_id)
    decoded = decode_bytes(raw.data)
    if isinstance(decoded, DecodeError):
        result.reject = reject(ctx, raw.path, decoded.reason, "decode", decoded.message, sha256, doc_id)
        return result
    n_lines = decoded.text.count("\n") + 1
    if n_lines > MAX_TEXT_LINES:
        message = f"{n_lines:,} lines: over the per-document memory budget of {MAX_TEXT_LINES:,} lines"
        result.reject = reject(ctx, raw.path, RejectReason.TOO_LARGE, "segment", message, sha256, doc_id)
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
    return validated(result, ctx, sha256, build, ("segment", no_article))


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
