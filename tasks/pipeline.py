"""One input file through every stage: read → decode → segment → attribute → validate.

Plain functions, no orchestration: the Prefect flow batches calls to :func:`process_file`.
"""

from __future__ import annotations

from tasks.credits.attribution import Found, extract_attributions, site_of
from tasks.credits.dates import find_published_date
from tasks.document import DocResult, RunContext, doc_id_of, reject, validated
from tasks.pipeline_html import process_html
from tasks.read.decode import DecodeError, decode_bytes
from tasks.read.html_decode import looks_like_html
from tasks.read.raw import RawInput, ReadError, read_raw
from tasks.store.syndication import assign_cluster
from tasks.text.lines import split_lines
from tasks.text.segment import Segmented, segment_lines
from tasks.text.templates import site_evidence
from tasks.validate import build_article, build_attributions, build_segments


def segment_page(path: str, text: str, ctx: RunContext) -> Segmented:
    """Segment a decoded page, with its site's template memory when the run has one."""
    lines = split_lines(text)
    evidence = site_evidence(ctx.templates, path, lines) if ctx.templates is not None else None
    return segment_lines(lines, ctx.rules, evidence)


def process_bytes(raw: RawInput, ctx: RunContext) -> DocResult:
    """Decode, segment, attribute and validate one file's bytes; HTML pages take the DOM-aware path."""
    if looks_like_html(raw.path, raw.data):
        return with_cluster(process_html(raw, ctx), ctx)
    doc_id, sha256 = doc_id_of(raw.data)
    result = DocResult(raw.path, doc_id)
    decoded = decode_bytes(raw.data)
    if isinstance(decoded, DecodeError):
        result.reject = reject(ctx, raw.path, decoded.reason, "decode", decoded.message, sha256)
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
    return with_cluster(validated(result, ctx, sha256, build, ("segment", no_article)), ctx)


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
