"""One HTML page through every stage: parse → metadata → blocks → container → labels → records.

:func:`extract_html` is the pure library call (bytes in, a labelled page out, or why not);
:func:`process_html` turns it into the same records a text dump produces.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from schemas import AttributionKind, Label, RejectReason
from tasks.credits.attribution import Found, extract_attributions, normalize_name
from tasks.credits.editor_names import shown_only_as_editor
from tasks.credits.meta_authors import off_the_headline, page_authors, site_names, splits_a_person
from tasks.credits.name_checks import is_plausible_name, publisher_keys
from tasks.credits.name_forms import han_name_list, same_person_inflected
from tasks.credits.names import clean_author_names
from tasks.credits.one_word_author import names_the_owner
from tasks.credits.page_dates import page_published
from tasks.credits.reporters import name_alone_signing
from tasks.credits.signed_apart import with_signature_lines
from tasks.document import DocResult, RunContext, ids_of, reject, validated
from tasks.html.blocks import Block, TimeLimitError, clean_tree, page_blocks
from tasks.html.extract import find_container
from tasks.html.headline import abridged_headline
from tasks.html.listed_bylines import listed_work_lines
from tasks.html.meta import PageMeta, domain_of, page_meta
from tasks.html.page_tags import page_tags
from tasks.html.second_opinion import with_second_opinion
from tasks.html.segment import StructuredSegmented, segment_blocks
from tasks.html.signature import signature_lines
from tasks.html.site_names import is_menu_label
from tasks.html.titles import MIN_SHOWN_HEADLINE_WORDS, repair_title
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.captions import caption_credit
from tasks.lexicon.site_domains import site_of_url
from tasks.read.decode import DecodeError
from tasks.read.html_decode import parse_html
from tasks.read.limits import DEFAULT_TIME_LIMIT_SECONDS, MAX_HTML_ELEMENTS, WALL_TIME_FACTOR
from tasks.read.raw import RawInput
from tasks.validate import build_article, build_attributions, build_segments

# Per-document time budget: a pathological page becomes a reject, never a hang. The walk over the
# DOM checks it cooperatively; process_bytes enforces it on the whole document (tasks/read/limits.py).
HTML_TIME_LIMIT_SECONDS = DEFAULT_TIME_LIMIT_SECONDS


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
    found = page_tags(parsed.root)  # counts the elements too: the metadata's walk, not a count(//*) of its own
    elements = found.elements
    if elements > MAX_HTML_ELEMENTS:
        message = f"{elements:,} elements: over the per-document memory budget of {MAX_HTML_ELEMENTS:,}"
        return HtmlFailure(RejectReason.TOO_LARGE, "parse", message)
    meta = page_meta(parsed.root, found)
    clean_tree(parsed.root)
    try:
        blocks, info = page_blocks(parsed.root, deadline)
    except TimeLimitError as exc:
        return HtmlFailure(RejectReason.TIMEOUT, "html_blocks", f"over the {time_limit:.0f} s time limit: {exc}")
    if not blocks:
        return HtmlFailure(RejectReason.EMPTY, "html_blocks", "the page's <body> holds no visible text")
    view = find_container(blocks, info)
    page = with_signature_lines(segment_blocks(blocks, view, meta.title, meta.language))
    # The second opinion parses the page again: only with half the time budget left, so that a slow page
    # keeps our own extraction rather than becoming a timeout reject.
    if deadline - time.perf_counter() > time_limit / 2:
        page = with_second_opinion(page, data, view.threads)
    return HtmlPage(parsed.encoding, meta, page)


def caption_credits(page: StructuredSegmented) -> list[Found]:
    """Photo credits inside image captions: 'Protesters in Minsk. Фото: Reuters'."""
    found: list[Found] = []
    for ll, block in zip(page.segmented.lines, page.blocks, strict=True):
        if not block.in_caption or ll.verdict.label == Label.ATTRIBUTION:
            continue
        caption = caption_credit(block.text)
        if caption is None:
            continue
        at, credit = caption
        name = credit.name or ""
        found.append(
            Found(AttributionKind.PHOTO, name, normalize_name(name), None, ll.line.number, at + credit.name_start,
                  at + credit.name_end, ll.verdict.label == Label.BODY, block.text.strip())
        )  # fmt: skip
    return found


def signed_by_markup(page: StructuredSegmented, credited: set[int]) -> list[Found]:
    """The writer of a name alone under the article that the markup sets apart as a signature (right-aligned, in
    italics: '<p align="right"><i>Jan Novák</i></p>'), in any language; lines already credited are left."""
    gazetteer, language = load_gazetteer(), page.segmented.language
    return [f for number, text in signature_lines(page) if number not in credited
            for f in name_alone_signing(text, number, gazetteer, language, set_apart=True)]  # fmt: skip


def _line_of(name: str, page: StructuredSegmented) -> tuple[int, int]:
    """(line, char offset) of the first block that shows a name; (1, 0) when only the <head> does."""
    for ll in page.segmented.lines:
        at = ll.line.text.find(name)
        if at >= 0:
            return ll.line.number, at
    return (page.segmented.lines[0].line.number if page.segmented.lines else 1), 0


def without_publisher_authors(meta: PageMeta, found: list[Found]) -> list[Found]:
    """Author records from the text, less those that only name the publisher or site ('STERN.de') and
    raw bylines ('Anna Lee and Tom Berg', '佐藤花子記者') whose cleaned names the metadata records already."""
    words, keys = load_author_words(), publisher_keys(site_names(meta))
    shown = page_authors(meta)
    persons = {normalize_name(name) for name in shown}
    # each author's name checked once: `credited` and `is_kept` ask the same names (an empty name is never plausible)
    plausible = {f.name: is_plausible_name(f.name, words, keys) for f in found if f.kind == AttributionKind.AUTHOR
                 and f.name}  # fmt: skip
    credited = bool(shown) or any(plausible.values())

    def is_kept(f: Found) -> bool:
        if f.kind != AttributionKind.AUTHOR or f.name is None:
            return True
        split = clean_author_names([f.name], meta.language, site_names(meta))
        raw = len(split) > 1 or [normalize_name(n) for n in split] != [normalize_name(f.name)]
        recorded = bool(split) and raw and all(normalize_name(name) in persons for name in split)
        # "Por Lucía Martínez València" beside the metadata's "Lucía Martínez": the byline's place is no name part;
        # "Γιώργου Παπαδάκη" beside "Γιώργος Παπαδάκης": one person in two cases
        # "Pablo CostaVigo": the place's element glued onto the name by the page's markup (no space between spans)
        placed = any(
            normalize_name(f.name).startswith(f"{person} " if " " not in person else person) for person in persons
        )
        # "Nina Maria Santos at Jose Reyes" beside the metadata's "Maria Santos": a byline cue the vocabulary lacks
        # (Tagalog "nina", "by" before two names) read as a first name
        placed = placed or any(_after_one_word(normalize_name(f.name), person) for person in persons)
        inflected = any(same_person_inflected(normalize_name(f.name), person) for person in persons)
        cuts = splits_a_person(f.name, f.char_start, f.char_end, f.evidence, shown)
        # the site's own name read as its owner's byline where the page credits no one else and the line shows more
        # than the name (alone, it is the masthead or an "about" box)
        owner = not credited and f.evidence.strip(_EDGES) != f.name and names_the_owner(f.name, meta.language)
        named = plausible.get(f.name, False) or owner
        return named and not recorded and not placed and not inflected and not cuts

    return [f for f in found if is_kept(f)]


_EDGES = " .,:;-–—|"


def han_authors_apart(found: list[Found], language: str | None) -> list[Found]:
    """A text byline's Chinese names listed with spaces ("本报记者 王丽 李强") as one author record each: the byline
    reader, which knows no language, takes the caseless words for one name."""
    apart: list[Found] = []
    for f in found:
        spans = han_name_list(f.name, language) if f.kind == AttributionKind.AUTHOR and f.name else []
        for start, end in spans:
            name = (f.name or "")[start:end]
            at = f.char_start + start
            apart.append(replace(f, name=name, name_normalized=normalize_name(name), char_start=at,
                                 char_end=at + end - start))  # fmt: skip
        if not spans:
            apart.append(f)
    return apart


def _after_one_word(name: str, person: str) -> bool:
    """The name is one word and then the person's name ("nina maria santos", "maria santos")."""
    head, _, rest = name.partition(" ")
    return bool(head) and rest == person and len(person.split()) >= MIN_PREFIXED_NAME_WORDS


MIN_PREFIXED_NAME_WORDS = 2


def meta_attributions(meta: PageMeta, page: StructuredSegmented, found: list[Found]) -> list[Found]:
    """The authors and publisher the page's metadata names, unless its text already credited them; not an author the
    page shows only as its editor."""
    known = {(f.kind, f.name_normalized) for f in found}
    extra: list[Found] = []
    texts = [ll.line.text for ll in page.segmented.lines]  # "责任编辑：肖春芳": the editor in <meta name=author>
    named = [
        (AttributionKind.AUTHOR, n, "author metadata") for n in page_authors(meta) if not shown_only_as_editor(n, texts)
    ]
    for kind, name, source in [*named, (AttributionKind.SOURCE, meta.site_name, "site name metadata")]:
        if not name or (kind, normalize_name(name)) in known:
            continue
        known.add((kind, normalize_name(name)))
        line, at = _line_of(name, page)
        extra.append(
            Found(kind, name, normalize_name(name), None, line, at, at + len(name), False, f"{source}: {name}")
        )
    return extra


def page_title(meta: PageMeta, page: StructuredSegmented) -> str | None:
    """The headline: the metadata's, except that a headline line the page shows beats a bare <title>.

    <title> often names only the site or section ("Top Classifieds", "Sports - Wire") or wraps the
    headline in them; the headline block the segmenter found is then the better reading.
    """
    titles = page.segmented.with_label(Label.TITLE)
    shown = repair_title(titles[0].line.text) if titles else None
    if meta.title is not None and is_menu_label(meta.title) and _is_headline(shown):
        return shown  # the first <h1> is the section's label ("Sports", "Entertainment"): the headline is under it
    if (
        meta.title is not None
        and meta.title_is_tag
        and shown
        and shown.casefold() in _site_names(meta)
        and shown.casefold() != meta.title.casefold()  # <title>'s first edge is its headline as often as the site
    ):
        # the headline line is the site's logo (an <h1> linking home): the headline <title> abridges, if shown
        abridged = abridged_headline(page.blocks, meta.title)
        return repair_title(abridged.text) if abridged else meta.title
    if meta.title is None or (meta.title_is_tag and shown):
        return shown or meta.title
    return meta.title


def _is_headline(shown: str | None) -> bool:
    """A headline line of a few words, not a menu or section label itself."""
    return bool(shown) and len(str(shown).split()) >= MIN_SHOWN_HEADLINE_WORDS and not is_menu_label(str(shown))


def _site_names(meta: PageMeta) -> set[str]:
    return {n.casefold() for n in (*meta.names_of_site, meta.site_name) if n}


def _structure(blocks: list[Block]) -> list[tuple[str | None, float | None]]:
    return [(b.tag_path, b.link_density) for b in blocks]


def _clock_of(raw: RawInput, ctx: RunContext) -> datetime:
    """The moment the page's relative dates count from ("yesterday, 18:40", "2 hours ago") and no date may pass: when
    it was fetched (a WARC record's date), else the run's clock. A page read a month after its crawl keeps its day."""
    if raw.fetched_at is None:
        return ctx.now
    # A record date written without its zone is UTC, as WARC dates are (the comparisons need an aware time).
    return raw.fetched_at if raw.fetched_at.tzinfo is not None else raw.fetched_at.replace(tzinfo=UTC)


def _in_its_language(meta: PageMeta, page: StructuredSegmented) -> PageMeta:
    """The metadata read in the language its text is written in when the markup declares none (an old table layout
    with no <html lang>): the byline's "di Giulia Bortolato e Marco Zanatta" is two people by the Italian "e"."""
    return meta if meta.language else replace(meta, language=page.segmented.language)


def process_html(raw: RawInput, ctx: RunContext) -> DocResult:
    """Parse, label, attribute and validate one HTML page."""
    doc_id, sha256 = ids_of(raw)
    result = DocResult(raw.path, doc_id)
    # process_bytes limits the document's CPU time; the DOM walk's own wall-time check is the backstop.
    extracted = extract_html(raw.data, ctx.time_limit * WALL_TIME_FACTOR, charset=raw.charset, encoding=raw.encoding)
    if isinstance(extracted, HtmlFailure):
        result.reject = reject(ctx, raw.path, extracted.reason, extracted.stage, extracted.message, sha256, doc_id)
        return result
    page, meta = extracted.page, _in_its_language(extracted.meta, extracted.page)
    found = extract_attributions(page.segmented)  # less a list's items' bylines: its works' writers, not the page's
    listed = listed_work_lines(page.blocks, ((f.line, f.char_start) for f in found if f.kind == AttributionKind.AUTHOR))
    found = [f for f in found if f.kind != AttributionKind.AUTHOR or f.line not in listed]
    found += caption_credits(page) + signed_by_markup(page, {f.line for f in found})
    found = off_the_headline(meta, without_publisher_authors(meta, han_authors_apart(found, meta.language)))
    found += meta_attributions(meta, page, found)
    found.sort(key=lambda f: f.line)
    # The address the page was fetched from names its site; else the canonical URL it declares.
    site = site_of_url(raw.url) or domain_of(meta.canonical_url) or meta.site_name

    def build(into: DocResult) -> None:
        into.segments = build_segments(doc_id, page.segmented, _structure(page.blocks))
        into.attributions = build_attributions(doc_id, found)
        into.article = build_article(
            doc_id, raw.path, extracted.encoding, page.segmented, site, ctx.run_id, ctx.now,
            title=page_title(meta, page), canonical_url=meta.canonical_url,
            published=page_published(meta, page, _clock_of(raw, ctx), raw.url),
            url=raw.url, fetched_at=raw.fetched_at,
        )  # fmt: skip

    no_article = (
        f"no article container among {len(page.blocks)} blocks (navigation or link lists only); "
        "its segments are kept for inspection"
    )
    return validated(result, ctx, sha256, build, ("html_segment", no_article))
