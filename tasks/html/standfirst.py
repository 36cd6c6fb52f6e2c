"""The standfirst: the lead paragraph a CMS prints between the headline and the article's text, outside the element
that holds the text ("<p class="live-header__chapo">", "<h2 class="detail__sapo">", "<td class="entradilla">").

It is the article's text when its element is named as the lead in the site's language (class_hints.csv, kind
``lead``: chapô, sapo, entradilla, ingress, perex, spot, …). The English display names of the same element (dek,
standfirst, summary, subheadline) are not read so: the English benchmarks' gold leaves that text out, and no markup
tells the two conventions apart (session 14 measured the standfirst taken whatever its name: aeb −0.0027). On a page
in another language they name the lead right under the headline (kind ``lead_display``: templates keep their English
class names in every language, "<h4 class="subheading">" on Korean papers).
"""

from __future__ import annotations

import unicodedata

from schemas import Label, TextKind
from tasks.html.blocks import Block
from tasks.html.vocab import FULL_STOPS, LEAD_DISPLAY_HINTS, LEAD_HINTS, class_names_one_of
from tasks.text.verdicts import Verdict

# A lead is a sentence or two: shorter blocks with a lead's class are a label or a date.
MIN_STANDFIRST_CHARS = 40
# A lead may link a name or a place, not be a link.
MAX_STANDFIRST_LINK_DENSITY = 0.2
# The block's own element and its parent are looked at ("<div class="field--name-field-lead"><p>…").
LEAD_CLASS_DEPTH = 2
_STANDFIRST = Verdict(
    Label.BODY, TextKind.PARAGRAPH, "standfirst", "the lead under the headline, named so by its class/id", 0.85
)


def with_standfirst(
    blocks: list[Block], verdicts: list[Verdict], title: int | None, first: int | None, language: str | None = None
) -> list[Verdict]:
    """The verdicts with the lead blocks between the headline and the article's first block made body; on a page
    declared in another language than English, a sentence deck right under the headline too, or a block there named by
    an English display name of the lead ("<h4 class="subheading">" on a Korean paper; the English benchmarks' gold
    leaves the deck out, the non-English pages' gold keeps their lead, and no markup tells the two apart)."""
    if title is None or first is None or first <= title + 1:
        return verdicts
    decks = bool(language) and str(language).split("-")[0].lower() != "en"
    out = list(verdicts)
    for i in range(title + 1, first):
        # a deck's lines parted by <br> are blocks of one element ("<h4 class="subheading">A<br>B</h4>"); one named as a
        # lead under the byline and date line ("<div class="summary">" under a Chinese paper's info line) is one too
        continued = (
            i > title + 1 and blocks[i].ancestors[-1] is blocks[i - 1].ancestors[-1] and out[i - 1] is _STANDFIRST
        )
        # below the line under the headline, a sentence closed by its stop, no list's item (a live blog's key points
        # in "<div class="lb-summary"><ul><li>…")
        displayed = is_standfirst(blocks[i], LEAD_DISPLAY_HINTS) and (i == title + 1 or _closed_sentence(blocks[i]))
        deck = decks and (continued or displayed or (i == title + 1 and is_sentence_deck(blocks[i])))
        named = verdicts[i].reason_code == "outside_container" and (is_standfirst(blocks[i], described=decks) or deck)
        # a lead field cut for its class word "teaser", inside the article's element or outside the text's
        if named or (decks and verdicts[i].reason_code in _CUT_FOR_ITS_CLASS and _is_lead_field(blocks[i])):
            out[i] = _STANDFIRST
    return out


def _closed_sentence(block: Block) -> bool:
    return not block.in_list and block.text.rstrip().rstrip("\"'”»)").endswith(FULL_STOPS)


# The class word a CMS gives its lead field inside the article's element, which names another article's teaser
# elsewhere: Drupal's "<div class="field--name-field-teaser">" between the headline and the text.
LEAD_FIELD_HINTS = frozenset({"teaser"})
# Outside the element holding the text (the body field chosen as the container) or inside the article's (cut there).
_CUT_FOR_ITS_CLASS = frozenset({"outside_container", "class_hint"})


def _is_lead_field(block: Block) -> bool:
    """A sentence deck between the headline and the text, cut for its class word "teaser": on a full article's page
    that field is its lead (another article's teaser there would be a link)."""
    return block.chrome_hint in LEAD_FIELD_HINTS and is_sentence_deck(block)


# A deck under the headline written as the story's first sentences: this many words at least, closed by a full stop.
MIN_DECK_SENTENCE_WORDS = 15
# Or this many characters: languages that write their articles, prepositions and conjunctions onto the word (Hebrew,
# Arabic, Turkish) say in 14 words what English says in 20 ("המסלול, באורך שישה קילומטרים, מחבר בין העיר לגן השלושה
# ומיועד להולכי רגל ולרוכבי אופניים": 14 words, 88 characters).
MIN_DECK_SENTENCE_CHARS = 80
DECK_TAGS = frozenset({"h2", "h3", "h4", "p", "td", "div"})
# A subheading of that many words is a sentence whether or not it closes with a stop (decks often do not: "<h2>A partir
# de março, 240 alunos … terão aulas diárias de passo, percussão e sopro no Bairro do Recife</h2>").
DECK_HEADINGS = frozenset({"h2", "h3", "h4"})


def is_sentence_deck(block: Block) -> bool:
    """The block right under the headline, a subheading, paragraph, box or table cell outside the article's element,
    that reads as the story's lead: sentences (15 words or 80 characters), closed by a full stop, with few links ("<h2
    class="b-subheadline">Face à des épisodes de chaleur …, dès la session 2025.</h2>", an old table layout's bold lead
    in its own cell), whatever its class is named."""
    text = block.text.rstrip().rstrip("\"'”»)")
    return (
        block.tag in DECK_TAGS
        and not block.in_caption
        and block.link_density <= MAX_STANDFIRST_LINK_DENSITY
        and (len(text.split()) >= MIN_DECK_SENTENCE_WORDS or len(text) >= MIN_DECK_SENTENCE_CHARS)
        and (text.endswith(FULL_STOPS) or block.tag in DECK_HEADINGS)
    )


# schema.org microdata of the page's description ("<p itemprop="description alternativeHeadline"
# class="article__lead-paragraph">"): by the page's own word no part of its articleBody, which aeb's gold is. A block
# marked a second headline is left out on every page; one marked only the page's description is so on English pages
# only (see `is_standfirst`).
_DESCRIPTION_PROPS = frozenset({"description", "alternativeheadline", "abstract"})
_HEADLINE_PROPS = frozenset({"alternativeheadline"})


def is_standfirst(block: Block, names: frozenset[str] = LEAD_HINTS, described: bool = False) -> bool:
    """A block of a sentence or more, no caption and few links, whose element or parent is named as the lead (one of
    `names`), and not marked as the page's description or a second headline; `described`: on a page in another
    language than English, a lead marked only as the page's description is a lead still (the Czech MAFRA papers' "<div
    class="opener" itemprop="description">"; the blind non-English golds keep it), one marked a second headline too
    is not (aeb leaves out a Russian "<p itemprop="description alternativeHeadline" class="article__lead-…">")."""
    if block.in_caption or block.link_density > MAX_STANDFIRST_LINK_DENSITY:
        return False
    # (a deck's lines parted by <br> are measured together: "<h4>주말·공휴일 …<br>외곽 공영주차장 …</h4>")
    own = block.ancestors[-1]
    if _width(own.text_content() if own.tag in _INLINE_HOLDERS else block.text) < MIN_STANDFIRST_CHARS:
        return False
    props = {p for e in block.ancestors[-2:] for p in str(e.get("itemprop", "")).lower().split()}
    if props & (_HEADLINE_PROPS if described else _DESCRIPTION_PROPS):
        return False
    # A lead of bulleted points names the list's wrapper ("<div class="entradilla"><ul><li>…"): one more level up.
    depth = LEAD_CLASS_DEPTH + (block.tag == "li")
    return any(class_names_one_of(str(e.get("class", "")), names) for e in block.ancestors[-depth:])


# Elements that hold a paragraph's inline text, whose whole text is the block's and its <br>-parted siblings'.
_INLINE_HOLDERS = frozenset({"p", "h2", "h3", "h4", "h5", "h6"})


def _width(text: str) -> int:
    """The text's length with each wide character (Han, kana, Hangul: East Asian width W or F) counted twice: a Korean
    deck of 33 characters ("관광객 요청 반영… 내년 3월부터 오후 2시·저녁 8시 운영") says what 50 Latin ones do."""
    return len(text) + sum(1 for c in text if c >= "\u1100" and unicodedata.east_asian_width(c) in "WF")
