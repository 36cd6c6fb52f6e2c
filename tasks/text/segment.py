"""Label every line of a page as title, body, attribution or chrome, with a reason and a score.

How it decides, in order:
1. single-line rules (:mod:`tasks.text.rules`) mark what a line shows by itself: template
   leftovers, counters, credit lines, link-list headings, repeated teasers, foreign script;
2. the main text is the contiguous run of lines with the most prose in it (a maximum-sum
   subarray over per-line weights: prose counts for, short lines and chrome against), grown
   over tables, code and captions to further paragraphs, and over a list that follows it
   (:mod:`tasks.text.region`);
3. inside the main text, lines are body unless a rule said otherwise (table cells shed their
   counter/repeat verdicts, links under a "Related" heading are chrome, a long line written in
   another language than the article is chrome); outside it, lines are chrome, except the title
   just above it and credit lines close to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from schemas import ChromeKind, Label, TextKind
from tasks.lexicon.language import detect_language
from tasks.lexicon.stopwords import stoplist
from tasks.text.bio import article_before_bio
from tasks.text.contents import through_contents_sections
from tasks.text.factbox import through_factbox, through_own_block
from tasks.text.features import LineFeatures, dominant_script, line_features
from tasks.text.forum import Thread, post_verdict, thread_page
from tasks.text.gallery import opens_with_plural_picture_cue, slide_lines_above
from tasks.text.gallery_text import across_gallery
from tasks.text.heads import teaser_byline
from tasks.text.inline import contents_headings, furniture_in_main_text, refrain_lines
from tasks.text.interview import over_first_question
from tasks.text.introduced import under_announced_list
from tasks.text.language_rules import ArticleLanguage, foreign_language
from tasks.text.line_ups import through_match_facts, with_line_ups
from tasks.text.lines import Line, split_lines
from tasks.text.listing import Listing, entry_verdict, listing_page
from tasks.text.main_text import across_introduced_list, comment_section, find_region
from tasks.text.placement import inside_verdict, list_run_lengths, outside_verdict, source_of_figures_below
from tasks.text.read_also import (
    across_read_also_box,
    through_live_entries,
    with_closing_sentences,
    with_unmarked_closing_lines,
)
from tasks.text.region import PageView
from tasks.text.region_cells import related_list_items, table_cells
from tasks.text.repeat_rules import guard_article
from tasks.text.rules import POSTER_FIELD, LineContext, SiteEvidence, Verdict, is_prose, local_verdict, with_script
from tasks.text.sample import SAMPLE_SEPARATOR, in_script, sample_lines, stopword_shares
from tasks.text.segmented import LabelledLine as LabelledLine  # the page's shapes, imported from here by most callers
from tasks.text.segmented import Segmented as Segmented
from tasks.text.thresholds import DEFAULT_RULES, SegmentRules
from tasks.text.title import byline_over_date, find_title, never_the_headline


def _find_main_text(
    lines: list[Line],
    features: list[LineFeatures],
    prose: list[bool],
    doc_script: str | None,
    rules: SegmentRules,
    site: SiteEvidence | None = None,
    before_script: list[Verdict | None] | None = None,
) -> tuple[list[Verdict | None], tuple[int, int] | None]:
    """The lines' local verdicts and the main text; `before_script`: the verdicts found before the
    article's script was known, which stand (tasks.text.rules.with_script)."""
    if before_script is None:
        verdicts = [local_verdict(LineContext(i, lines, features, doc_script, rules, site)) for i in range(len(lines))]
    else:
        verdicts = with_script(before_script, lambda i: LineContext(i, lines, features, doc_script, rules, site))
    return verdicts, find_region(PageView(features, verdicts, prose, rules))


@dataclass(frozen=True)
class PagePlan:
    """Everything the final pass needs to label one line of the page."""

    view: PageView
    region: tuple[int, int] | None
    title: int | None
    runs: list[int]
    cells: list[bool]
    related: list[bool]
    span: str
    comments: tuple[int, int] | None  # first and last index of the comment section below the article
    lines: list[Line]
    shares: list[float | None]  # per line: share of the article language's stopwords
    article: ArticleLanguage
    language_score: float
    thread: Thread | None = None  # the page is a thread of posts (tasks/text/forum.py), its region the thread
    listing: Listing | None = None  # the page is a listing of entries (tasks/text/listing.py), its region the entries
    # the lines the main text gained through the sections its contents list announces (tasks/text/contents.py): a
    # bibliography's "Author(s): …" there is an entry's field, no credit of the page
    announced: range = range(0)


def _plan(
    lines: list[Line],
    view: PageView,
    region: tuple[int, int] | None,
    language: tuple[list[float | None], ArticleLanguage, float],
) -> PagePlan:
    features, verdicts, rules = view.features, view.verdicts, view.rules
    thread = thread_page(view)
    listing = listing_page(view, region) if thread is None else None
    sections: frozenset[int] = frozenset()  # headings of the sections a contents list announces below the text
    announced = range(0)
    if thread is not None:
        region = thread.region
    elif listing is not None:
        region = listing.region
    else:
        region = article_before_bio(lines, view, region)
        region = across_introduced_list(view, across_read_also_box(lines, view, region))
        region = across_gallery(lines, view, region)  # the article's paragraphs under a gallery set into it
        region = through_live_entries(lines, view, region)
        region = under_announced_list(lines, view, region)
        closed = with_unmarked_closing_lines(view, with_closing_sentences(lines, view, region))
        closed = through_match_facts(lines, view, with_line_ups(lines, view, closed))
        # a bio among the closing lines: "Pilar Ochagavía es arquitecta …" under the last paragraph, in its block
        region = article_before_bio(lines, view, closed) if closed != region else closed
        region = through_own_block(lines, view, through_factbox(lines, view, region))
        region = over_first_question(lines, view, region)
        before = region
        region, sections = through_contents_sections(view, region)
        announced = range(before[1] + 1, region[1] + 1) if before and region and sections else range(0)
    runs = list_run_lengths(features, view.prose)
    return PagePlan(
        lines=lines,
        shares=language[0],
        article=language[1],
        language_score=language[2],
        view=view,
        region=region,
        title=(
            find_title(
                features,
                verdicts,
                region[0],
                rules,
                lambda i: (
                    never_the_headline(lines[i].text, language[1].code)
                    or byline_over_date(lines[i].text, features[i + 1].has_date)
                ),
            )
            if region
            else None
        ),
        runs=runs,
        cells=[
            cell or heading or refrain or i in sections
            for i, (cell, heading, refrain) in enumerate(
                zip(
                    table_cells(features, verdicts, region, runs, rules),
                    contents_headings(view, region),
                    refrain_lines(view, region, lines),
                    strict=True,
                )
            )
        ],
        related=related_list_items(view, region),
        span=f"lines {lines[region[0]].number}–{lines[region[1]].number}" if region else "",
        comments=comment_section(view, region),
        thread=thread,
        listing=listing,
        announced=announced,
    )


def final_verdict(i: int, plan: PagePlan) -> Verdict:
    """A line's verdict given the main text: single-line verdicts, revised by position."""
    view, region = plan.view, plan.region
    verdict, rules = view.verdicts[i], view.rules
    inside = region is not None and region[0] <= i <= region[1]
    if i == plan.title:
        return Verdict(
            Label.TITLE, TextKind.TITLE, "title_above_main_text",
            "heading-like line right above the main text", 0.8,
        )  # fmt: skip
    if plan.thread is not None and inside:  # a poster's profile field is no post's text there either
        return verdict if verdict is not None and verdict.reason_code == POSTER_FIELD else post_verdict(i, plan.thread)
    if plan.listing is not None and inside:
        return entry_verdict(i, plan.listing, verdict)
    if i in plan.announced and verdict is not None and verdict.label == Label.ATTRIBUTION:
        return inside_verdict(i, view.features, view.prose, plan.span)
    if (
        verdict is not None
        and verdict.label == Label.ATTRIBUTION
        and (
            not _near_past_slides(i, region, plan.lines[i].text, view)
            or source_of_figures_below(i, region, plan.lines, view)
        )
    ):
        return outside_verdict(i, region, plan.runs[i], view.prose[i], rules)
    if teaser := teaser_byline(view, i, plan.title, region):
        return teaser
    if plan.related[i]:
        return Verdict(
            Label.CHROME, ChromeKind.RELATED_LIST, "related_list_item",
            "short line under a heading that introduces links to other pages", 0.8,
        )  # fmt: skip
    if plan.cells[i] or (inside and verdict is None):
        foreign = None
        if verdict is None and region is not None:
            text, feat = plan.lines[i].text, view.features[i]
            foreign = foreign_language(text, feat, plan.shares[i], plan.article, rules)
            foreign = foreign or furniture_in_main_text(i, plan.lines, view, region)
        return foreign or inside_verdict(i, view.features, view.prose, plan.span)
    if plan.comments is not None and plan.comments[0] < i <= plan.comments[1] and verdict is None:
        return Verdict(
            Label.CHROME, ChromeKind.COMMENTS, "comment_section",
            f"in the comment section opened by line {plan.lines[plan.comments[0]].number}", 0.8,
        )  # fmt: skip
    if verdict is None:
        return outside_verdict(i, region, plan.runs[i], view.prose[i], rules)
    return verdict


# Characters of the main text's sample that language identification reads on a text dump. 700 and 2,000 (the
# default of tasks.lexicon.language) name the same language on all 2,372 eval, seed and own dumps (1,000 differs on
# one page); identification's share of the core falls from about 13 % to 9 % (bench/profile_core.py, session 9).
PAGE_LANGUAGE_SAMPLE_CHARS = 700


def plan_page(lines: list[Line], rules: SegmentRules = DEFAULT_RULES, site: SiteEvidence | None = None) -> PagePlan:
    """Everything known about a page before its lines get their final verdicts.

    A first pass finds the main text from structure alone; its language then gives the
    stoplist and script that the second pass judges every line against. `site`, when given,
    says which lines recur on other pages of the same site (the template memory).
    """
    features = line_features(lines)
    site = guard_article(site, features, rules)
    rough_prose = [is_prose(f, rules) for f in features]
    rough_verdicts, rough_region = _find_main_text(lines, features, rough_prose, None, rules, site)
    sampled = sample_lines(lines, rough_region)
    sample = SAMPLE_SEPARATOR.join(lines[i].text for i in sampled)
    doc_script, _ = dominant_script(sample)
    text_sample = in_script(sample, doc_script, lines, sampled, features)[:PAGE_LANGUAGE_SAMPLE_CHARS]
    language, language_score = detect_language(text_sample)
    shares, sample_share = stopword_shares(lines, sampled, stoplist(language))
    prose = [is_prose(f, rules, share) for f, share in zip(features, shares, strict=True)]
    verdicts, region = _find_main_text(lines, features, prose, doc_script, rules, site, rough_verdicts)
    article = ArticleLanguage(language, sample_share)
    return _plan(lines, PageView(features, verdicts, prose, rules), region, (shares, article, language_score))


def segment_lines(
    lines: list[Line], rules: SegmentRules = DEFAULT_RULES, site: SiteEvidence | None = None
) -> Segmented:
    """Label the lines of one page with the rules; a pure function of its input (see `plan_page`).

    The learned line model (tasks.text.learned.segment_with_model) was trained and validated but
    is not the default: held out, it did not beat these rules (docs/segmenter.md).
    """
    plan = plan_page(lines, rules, site)
    return segmented_from(lines, plan, [final_verdict(i, plan) for i in range(len(lines))], plan.region)


def segmented_from(
    lines: list[Line], plan: PagePlan, verdicts: list[Verdict], region: tuple[int, int] | None
) -> Segmented:
    """The labelled page: one verdict per line, and the main text's first and last line numbers."""
    labelled = [LabelledLine(line, verdict) for line, verdict in zip(lines, verdicts, strict=True)]
    main = (lines[region[0]].number, lines[region[1]].number) if region else None
    return Segmented(labelled, plan.article.code, plan.language_score, main)


def _near_past_slides(i: int, region: tuple[int, int] | None, text: str, view: PageView) -> bool:
    """Line i lies within the credit window of the main text, a gallery's slides between them not counted when the
    line credits the gallery by its plural picture cue ("Argazkiak: …", "Fotos: …")."""
    window = view.rules.credit_window
    if (near := is_near_region(i, region, window)) or not opens_with_plural_picture_cue(text):
        return near
    return is_near_region(i, region, window + slide_lines_above(view.features, i, region))


def is_near_region(i: int, region: tuple[int, int] | None, window: int) -> bool:
    """Line i lies within `window` lines of the main text (credit lines count only there)."""
    return region is not None and region[0] - window <= i <= region[1] + window


def segment_text(text: str, rules: SegmentRules = DEFAULT_RULES, site: SiteEvidence | None = None) -> Segmented:
    """Label the lines of a decoded text dump: the library entry point."""
    return segment_lines(split_lines(text), rules, site)
