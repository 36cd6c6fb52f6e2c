"""Label the blocks of an HTML page as title, body, attribution or chrome: the same verdicts as text dumps.

Each block becomes one :class:`~tasks.text.lines.Line` (blocks are numbered as a text dump of the page
would number them: one block per paragraph, a blank line between blocks), so the result is an
ordinary :class:`~tasks.text.segment.Segmented` that attribution, validation and writing take as they are.

Deciding, in order:
1. the article container (:mod:`tasks.html.extract`): blocks outside it are chrome, except the
   headline and credit lines next to the article;
2. inside it, sub-trees that look like furniture are cut (class/id hints, link boxes, galleries);
3. the text segmenter's single-line rules (:mod:`tasks.text.rules`) then mark credits, template
   leftovers, link-list headings and boilerplate phrases, as they do in a text dump;
4. a comments heading, or a link-list heading after which the article's own element holds no more
   prose ('Also on HuffPost:' over a promo slideshow), ends the article.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from schemas import ChromeKind, Label, TextKind
from tasks.html.below_article import after_comments, after_related, drop_repeats
from tasks.html.blocks import Block
from tasks.html.byline_blocks import without_byline_blocks
from tasks.html.closing_bio import without_closing_bio
from tasks.html.closing_pitches import without_closing_pitches
from tasks.html.closing_pointers import without_closing_pointers
from tasks.html.credited_captions import without_credited_captions
from tasks.html.embed_captions import without_player_captions
from tasks.html.entry_times import without_entry_times
from tasks.html.extract import ContainerView, Cut
from tasks.html.headline import headline_index
from tasks.html.pull_quotes import without_pull_quotes
from tasks.html.side_cells import without_side_cells
from tasks.html.stamps import above_the_headline, dates_above_the_text
from tasks.html.standfirst import with_standfirst
from tasks.html.tag_lists import without_tag_lists
from tasks.html.vocab import FULL_STOPS
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.boilerplate import opens_with_boilerplate
from tasks.lexicon.language import LANGUAGE_SAMPLE_CHARS, detect_language
from tasks.lexicon.sentence_signoffs import is_dotted_initials, signoff_bracket_start
from tasks.lexicon.vocabulary import dateline_patterns
from tasks.lexicon.wire_citations import signoff_citations
from tasks.text.features import LineFeatures, line_features
from tasks.text.lines import Line
from tasks.text.rules import (
    LineContext,
    Verdict,
    boilerplate,
    credit,
    permalink_footer,
    poster_field,
    related_heading,
    related_link,
    share_button,
    template_leftover,
)
from tasks.text.segment import LabelledLine, Segmented
from tasks.text.thresholds import DEFAULT_RULES, SegmentRules


def signoff_line(ctx: LineContext) -> Verdict | None:
    """A paragraph that is only the story's sign-off: a bracket of codes, the writer's and editor's initials
    ("(dim/rin)", "(ant/rh)": Indonesian portals; "(mkr, jop)"; dotted, "(g.t.)": Italian local papers), maybe beside an
    agency's ("(dpa/lnw)"); or the agency
    the story was written with ("Avec APS", "Mit dpa"). The text path's list rules take such lines below the text; in
    an HTML article's element they stood as paragraphs; so does the line naming where the story's information came from
    ("Con información de Agencia Uno"), whoever it names. Furniture as the text path labels them, whose sign-off
    reading (tasks/credits/signed_lines.py) then credits the agency."""
    text = ctx.line.text.strip()
    codes = text[:1] in "(（" and (signoff_bracket_start(text, initials_only=True) == 0 or is_dotted_initials(text))
    informed = dateline_patterns()["signoff_information"].fullmatch(text)  # "Con información de Agencia Uno"
    if (
        codes
        or informed
        or (dateline_patterns()["signoff_with"].fullmatch(text) and signoff_citations(text, load_gazetteer()))
    ):
        return Verdict(Label.CHROME, ChromeKind.BOILERPLATE, "signoff_line", "only the story's sign-off", 0.8)
    return None


# The text rules that hold inside an HTML article; position-based ones (repeats, teaser leads) are
# the DOM's job here, since a page may legitimately repeat a pull quote. A blog post's foot stands inside the post's
# element on a blog's page, so the text path's rules for its footer line (the permalink between bars: "Tuesday May 2,
# 2006 | permalink | comments (0)") and its share and likes bars ("Share this:", "Like this:") hold here too (session
# 45, docs/html.md). So does a forum thread's poster profile block beside each post ("Registered: July 03, 2001" near
# "Posts: 2783"; session 49), which the container keeps when the thread is the page's text.
INSIDE_RULES = (template_leftover, credit, signoff_line, related_heading, related_link, permalink_footer, share_button,
                poster_field, boilerplate)  # fmt: skip
# Blocks this far (in blocks) from the article may still be its credit lines.
CREDIT_WINDOW = 4
# A block whose text is mostly link text is a link, not a paragraph, even inside the article.
MAX_BODY_LINK_DENSITY = 0.6
LINK_BLOCK_MAX_WORDS = 12
# ...unless it is a sentence of at least this many words.
LINK_SENTENCE_MIN_WORDS = 4
# A block after the article whose previous block is mostly link text sits in a teaser list.
TEASER_LINK_SHARE = 0.5
# A block that opens with a furniture phrase is furniture up to this many words: a CMS's post footer ("This
# entry was posted on ... and is filed under ... You can follow any responses ...") runs past the text rules'
# 40-word cap, which guards against prose that merely mentions a phrase ("copyright") somewhere.
TEMPLATE_BLOCK_MAX_WORDS = 80
# The language is told from the body's first LANGUAGE_SAMPLE_CHARS (tasks/lexicon/language.py), or from
# the first blocks of a page without one.
LANGUAGE_SAMPLE_BLOCKS = 200
# Revises the rules' verdicts of a page's blocks (the learned block model): (blocks, view, rules) -> verdicts.
BlockReviser = Callable[[list[Block], ContainerView, "RuleView"], list[Verdict]]


@dataclass(frozen=True)
class StructuredSegmented:
    """A segmented HTML page, with each line's block (for tag paths and link densities)."""

    segmented: Segmented
    blocks: list[Block]


def blocks_to_lines(blocks: list[Block]) -> list[Line]:
    """One line per block, numbered as in a text dump with a blank line between blocks."""
    return [Line(number=2 * b.index + 1, text=b.text, block_index=b.index, index_in_block=0) for b in blocks]


def _cut_verdict(cut: Cut) -> Verdict:
    kind = ChromeKind.COMMENTS if cut.code == "comment_thread" else ChromeKind.BOILERPLATE
    return Verdict(Label.CHROME, kind, cut.code, cut.reason, 0.8)


def _body_verdict(block: Block, feat: LineFeatures) -> Verdict:
    kind = TextKind.SUBHEADING if block.heading else TextKind.PARAGRAPH
    where = f"<{block.tag}> inside the article container"
    return Verdict(Label.BODY, kind, "article_container", f"{feat.n_words} words in {where}", 0.9)


def is_link_block(block: Block, feat: LineFeatures) -> bool:
    """A short block that is mostly link text: a link to another page, unless it is a whole sentence
    ("Read more about ad blocking here.") or a line of a list, which an article writes with links."""
    if block.link_density <= MAX_BODY_LINK_DENSITY:
        return False
    if feat.n_words > LINK_BLOCK_MAX_WORDS:
        return _shouted_link(block)
    # A full stop, not '?' or '!': teaser headlines ask and exclaim, but rarely end with a period.
    return not (block.text.rstrip().endswith(FULL_STOPS) and feat.n_words >= LINK_SENTENCE_MIN_WORDS)


# A paragraph that is one link written in capitals ("<p><strong><a>TAYLOR SWIFT CLEARED TO PERFORM HITS AT AMAs AMID
# FEUD …: REPORT</a></strong></p>" between a story's paragraphs, Fox News's links to its other stories) is another
# story's headline, however long: no sentence of the text is all link and all capitals.
SHOUTED_LINK_DENSITY = 0.95
SHOUTED_CASED_SHARE = 0.9


def _shouted_link(block: Block) -> bool:
    if block.heading or block.link_density < SHOUTED_LINK_DENSITY:
        return False
    upper = sum(c.isupper() for c in block.text)
    return upper > SHOUTED_CASED_SHARE * (upper + sum(c.islower() for c in block.text))


# A data table: this many rows of two cells or more with text.
DATA_TABLE_MIN_ROWS = 3


def _data_cell(block: Block) -> bool:
    """The block is a cell of a data table's row ("<tr><td>22</td><td>via Grassi</td><td>Tommaseo</td></tr>", a bus
    line's detour): a value, not a credit or a sign-off line, whatever its words ("via" opens a source credit)."""
    cell = block.ancestors[-1] if block.in_table and block.ancestors else None
    row = cell.getparent() if cell is not None and cell.tag in ("td", "th") else None
    if row is None or row.tag != "tr" or not _filled_row(row):
        return False
    table = next((a for a in row.iterancestors() if a.tag == "table"), None)
    filled = (r for r in table.iter("tr") if _filled_row(r)) if table is not None else iter(())
    return sum(1 for _ in zip(range(DATA_TABLE_MIN_ROWS), filled, strict=False)) == DATA_TABLE_MIN_ROWS  # no more


def _filled_row(row: HtmlElement) -> bool:
    return sum(1 for c in row if c.tag in ("td", "th") and str(c.text_content()).strip()) >= 2


def _inside_verdict(ctx: LineContext, block: Block) -> Verdict:
    data_cell = _data_cell(block)
    for rule in INSIDE_RULES:
        verdict = None if data_cell and rule in (credit, signoff_line) else rule(ctx)
        if verdict is not None:
            return verdict
    if ctx.feat.n_words <= TEMPLATE_BLOCK_MAX_WORDS and opens_with_boilerplate(ctx.feat.key):
        return Verdict(
            Label.CHROME, ChromeKind.BOILERPLATE, "boilerplate_phrase",
            "opens with a site-furniture phrase (a copyright notice, a prompt, a CMS's post footer)", 0.8,
        )  # fmt: skip
    if is_link_block(block, ctx.feat):
        return Verdict(
            Label.CHROME, ChromeKind.TEASER, "link_block",
            f"{block.link_density:.0%} of this short block is link text: a link to another page", 0.75,
        )  # fmt: skip
    return _body_verdict(block, ctx.feat)


def _outside_verdict(ctx: LineContext | None, block: Block, near: bool) -> Verdict:
    if near and ctx is not None:
        verdict = credit(ctx)
        if verdict is not None:
            return verdict
    where = f"class/id '{block.chrome_hint}'" if block.chrome_hint else f"<{block.tag}>"
    return Verdict(
        Label.CHROME, ChromeKind.NAVIGATION if block.chrome_hint else ChromeKind.BOILERPLATE, "outside_container",
        f"{where} outside the article container", 0.8,
    )  # fmt: skip


@dataclass(frozen=True)
class RuleView:
    """The rules' verdict on every block, with where each block sits relative to the article container."""

    located: list[tuple[bool, Cut | None]]  # (inside the container, the cut that removes it) per block
    verdicts: list[Verdict]
    first: int | None  # first and last block kept inside the container
    last: int | None


def _under_a_link_below(blocks: list[Block], i: int, last: int | None) -> bool:
    """A block below the article right under a link: a teaser's byline or date ("By Carol Finch · 03/11/2024"
    under a linked headline in the sidebar), which credits that story, not this one."""
    return last is not None and i > last and blocks[i - 1].link_density >= TEASER_LINK_SHARE


def rule_verdicts(
    blocks: list[Block],
    view: ContainerView,
    meta_title: str | None = None,
    rules: SegmentRules = DEFAULT_RULES,
    lines: list[Line] | None = None,
    language: str | None = None,
) -> RuleView:
    """The container's and the single-line rules' verdict on every block (before repeats are dropped);
    `lines`: the blocks as lines, when the caller has them already; `language`: the page's declared one."""
    lines = lines if lines is not None else blocks_to_lines(blocks)
    located = [view.locate(b) for b in blocks]
    inside = [i for i, (ins, cut) in enumerate(located) if ins and cut is None]
    first, last = (inside[0], inside[-1]) if inside else (None, None)
    title = headline_index(blocks, first, meta_title)
    # Line features only matter around the article: blocks far from it are chrome whatever they say.
    lo = max(0, first - CREDIT_WINDOW) if first is not None else 0
    hi = min(len(blocks), last + CREDIT_WINDOW + 1) if last is not None else 0
    near_lines = lines[lo:hi]
    features = line_features(near_lines)
    verdicts: list[Verdict] = []
    far: dict[tuple[str | None, str], Verdict] = {}  # verdicts are immutable: one per kind of far block
    for i, block in enumerate(blocks):
        is_inside, cut = located[i]
        if i == title:
            verdict = Verdict(Label.TITLE, TextKind.TITLE, "page_headline", "the page's headline", 0.85)
        elif is_inside and cut is not None:
            verdict = _cut_verdict(cut)
        elif lo <= i < hi:
            ctx = LineContext(i - lo, near_lines, features, None, rules)
            teaser = not is_inside and _under_a_link_below(blocks, i, last)
            verdict = _inside_verdict(ctx, block) if is_inside else _outside_verdict(ctx, block, near=not teaser)
        else:
            key = (block.chrome_hint, block.tag)  # far from the article, only these two make the verdict
            verdict = far.get(key) or far.setdefault(key, _outside_verdict(None, block, near=False))
        verdicts.append(verdict)
    verdicts = dates_above_the_text(blocks, without_credited_captions(blocks, after_comments(blocks, verdicts, first)))
    verdicts = without_entry_times(blocks, without_player_captions(blocks, without_byline_blocks(blocks, verdicts)))
    verdicts = with_standfirst(blocks, above_the_headline(blocks, verdicts, title), title, first, language)
    verdicts = without_side_cells(blocks, verdicts, title)
    return RuleView(located, after_related(blocks, verdicts, first), first, last)


def segment_blocks(
    blocks: list[Block],
    view: ContainerView,
    meta_title: str | None = None,
    declared_language: str | None = None,
    rules: SegmentRules = DEFAULT_RULES,
    reviser: BlockReviser | None = None,
) -> StructuredSegmented:
    """Label every block of a page; a pure function of the blocks and the container view.

    `reviser` (the learned block model) may overturn the rules' body/chrome verdicts. The language is
    the text's; the page's declared <html lang> stands in when the text is too short or mixed to tell.
    """
    lines = blocks_to_lines(blocks)
    ruled = rule_verdicts(blocks, view, meta_title, rules, lines, declared_language)
    verdicts = ruled.verdicts if reviser is None else reviser(blocks, view, ruled)
    verdicts = without_closing_pointers(blocks, without_pull_quotes(blocks, drop_repeats(blocks, verdicts)))
    verdicts = without_closing_pitches(blocks, without_closing_bio(blocks, without_tag_lists(blocks, verdicts)))
    body_text = " ".join(b.text for b, v in zip(blocks, verdicts, strict=True) if v.label == Label.BODY)
    sample = body_text[:LANGUAGE_SAMPLE_CHARS] or " ".join(b.text for b in blocks[:LANGUAGE_SAMPLE_BLOCKS])
    language, score = detect_language(sample[:LANGUAGE_SAMPLE_CHARS])
    if language is None and declared_language:
        language = declared_language
    labelled = [LabelledLine(line, v) for line, v in zip(lines, verdicts, strict=True)]
    first, last = ruled.first, ruled.last
    region = (lines[first].number, lines[last].number) if first is not None and last is not None else None
    return StructuredSegmented(Segmented(labelled, language, score, region), blocks)
