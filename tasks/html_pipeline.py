"""One HTML page through every stage: parse → metadata → blocks → container → labels → records.

:func:`extract_html` is the pure library call (bytes in, a labelled page out, or why not);
:func:`process_html` turns it into the same records a text dump produces.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from schemas import AttributionKind, Label, RejectReason
from tasks.agencies import site_of_url
from tasks.attribution import Found, extract_attributions, normalize_name
from tasks.credits import parse_credit_line
from tasks.dates import find_published_date, published_from_meta
from tasks.decode import DecodeError
from tasks.html_blocks import Block, TimeLimitError, clean_tree, page_blocks
from tasks.html_decode import parse_html
from tasks.html_extract import find_container
from tasks.html_meta import PageMeta, domain_of, page_meta
from tasks.html_segment import StructuredSegmented, segment_blocks
from tasks.io import RawInput
from tasks.pipeline import DocResult, RunContext, ids_of, reject, validated
from tasks.validate import build_article, build_attributions, build_segments
from tasks.vocab import PHOTO_CUES

# Per-document time budget: a pathological page becomes a reject, never a hang.
HTML_TIME_LIMIT_SECONDS = 10.0
_PHOTO_CUE = re.compile(
    r"(?:^|[\s(\[|,.;])(" + "|".join(re.escape(c) for c in sorted(PHOTO_CUES, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class HtmlPage:
    """A parsed, labelled HTML page."""

    encoding: str
    meta: PageMeta
    page: StructuredSegmented


@dataclass(frozen=True)
class HtmlFailure:
    """Why an HTML page did not yield labelled blocks, with the stage that decided."""

    reason: RejectReason
    stage: str
    message: str


def extract_html(
    data: bytes, time_limit: float = HTML_TIME_LIMIT_SECONDS, charset: str | None = None, encoding: str | None = None
) -> HtmlPage | HtmlFailure:
    """Parse and label an HTML page; never raises on bad data.

    `charset` is the one the HTTP response declared; `encoding` the bytes' known encoding, if any.
    """
    deadline = time.perf_counter() + time_limit
    parsed = parse_html(data, charset, encoding)
    if isinstance(parsed, DecodeError):
        return HtmlFailure(parsed.reason, "decode", parsed.message)
    meta = page_meta(parsed.root)
    clean_tree(parsed.root)
    try:
        blocks, info = page_blocks(parsed.root, deadline)
    except TimeLimitError as exc:
        return HtmlFailure(RejectReason.TIMEOUT, "html_blocks", f"over the {time_limit:.0f} s time limit: {exc}")
    if not blocks:
        return HtmlFailure(RejectReason.EMPTY, "html_blocks", "the page's <body> holds no visible text")
    page = segment_blocks(blocks, find_container(blocks, info), meta.title, meta.language)
    return HtmlPage(parsed.encoding, meta, page)


def caption_credits(page: StructuredSegmented) -> list[Found]:
    """Photo credits inside image captions: 'Protesters in Minsk. Фото: Reuters'."""
    found: list[Found] = []
    for ll, block in zip(page.segmented.lines, page.blocks, strict=True):
        if not block.in_caption or ll.verdict.label == Label.ATTRIBUTION:
            continue
        match = _PHOTO_CUE.search(block.text)
        credit = parse_credit_line(block.text[match.start(1) :]) if match else None
        if match is None or credit is None or credit.name is None:
            continue
        start = match.start(1) + credit.name_start
        found.append(
            Found(AttributionKind.PHOTO, credit.name, normalize_name(credit.name), None, ll.line.number, start,
                  match.start(1) + credit.name_end, ll.verdict.label == Label.BODY, block.text.strip())
        )  # fmt: skip
    return found


def _line_of(name: str, page: StructuredSegmented) -> tuple[int, int]:
    """(line, char offset) of the first block that shows a name; (1, 0) when only the <head> does."""
    for ll in page.segmented.lines:
        at = ll.line.text.find(name)
        if at >= 0:
            return ll.line.number, at
    return (page.segmented.lines[0].line.number if page.segmented.lines else 1), 0


def meta_attributions(meta: PageMeta, page: StructuredSegmented, found: list[Found]) -> list[Found]:
    """The author and publisher the page's metadata names, unless its text already credited them."""
    known = {(f.kind, f.name_normalized) for f in found}
    extra: list[Found] = []
    for kind, name, source in (
        (AttributionKind.AUTHOR, meta.author, "author metadata"),
        (AttributionKind.SOURCE, meta.site_name, "site name metadata"),
    ):
        if not name or (kind, normalize_name(name)) in known:
            continue
        line, at = _line_of(name, page)
        extra.append(
            Found(kind, name, normalize_name(name), None, line, at, at + len(name), False, f"{source}: {name}")
        )
    return extra


def _structure(blocks: list[Block]) -> list[tuple[str | None, float | None]]:
    return [(b.tag_path, b.link_density) for b in blocks]


def process_html(raw: RawInput, ctx: RunContext) -> DocResult:
    """Parse, label, attribute and validate one HTML page."""
    doc_id, sha256 = ids_of(raw)
    result = DocResult(raw.path, doc_id)
    extracted = extract_html(raw.data, charset=raw.charset, encoding=raw.encoding)
    if isinstance(extracted, HtmlFailure):
        result.reject = reject(ctx, raw.path, extracted.reason, extracted.stage, extracted.message, sha256, doc_id)
        return result
    page, meta = extracted.page, extracted.meta
    found = extract_attributions(page.segmented)
    found += caption_credits(page)
    found += meta_attributions(meta, page, found)
    found.sort(key=lambda f: f.line)
    # The address the page was fetched from names its site; else the canonical URL it declares.
    site = site_of_url(raw.url) or domain_of(meta.canonical_url) or meta.site_name

    def build(into: DocResult) -> None:
        into.segments = build_segments(doc_id, page.segmented, _structure(page.blocks))
        into.attributions = build_attributions(doc_id, found)
        into.article = build_article(
            doc_id, raw.path, extracted.encoding, page.segmented, site, ctx.run_id, ctx.now,
            title=meta.title, canonical_url=meta.canonical_url,
            published=published_from_meta(meta.published) or find_published_date(page.segmented, ctx.now),
            url=raw.url, fetched_at=raw.fetched_at,
        )  # fmt: skip

    no_article = (
        f"no article container among {len(page.blocks)} blocks (navigation or link lists only); "
        "its segments are kept for inspection"
    )
    return validated(result, ctx, sha256, build, ("html_segment", no_article))
    if result.article is None:
        result.attributions = []
        result.reject = reject(
            ctx, raw.path, RejectReason.NO_ARTICLE, "html_segment",
            f"no article container among {len(page.blocks)} blocks (navigation or link lists only); "
            "its segments are kept for inspection", sha256,
        )  # fmt: skip
    return result
