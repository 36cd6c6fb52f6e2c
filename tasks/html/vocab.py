"""Vocabularies of the HTML stages, as data: tag sets and class/id hints in many languages and styles."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from tasks.lexicon.vocabulary import read_rows

# Elements that never hold visible article text; removed with their content.
DROPPED_TAGS: tuple[str, ...] = (
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "button", "input", "select", "textarea", "option", "head", "link", "meta", "audio", "video", "map",
    "dialog", "label",
)  # fmt: skip
# Elements that start a new block of text; everything else is inline and joins its neighbours.
BLOCK_TAGS = frozenset(
    {"p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "li", "dl",
     "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "blockquote", "pre",
     "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "form", "fieldset", "legend", "address",
     "center", "details", "summary", "hr", "br", "body", "html", "menu", "hgroup", "picture", "time"}
)  # fmt: skip
# A layout table's cells.
CELL_TAGS = frozenset({"td", "th"})
# <br> ends a line of text but, unlike the tags above, not a structural block.
LINE_BREAK_TAGS = frozenset({"br", "hr"})
HEADING_LEVELS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
LIST_TAGS = frozenset({"ul", "ol", "dl", "menu"})
TABLE_TAGS = frozenset({"table"})
# What closes a sentence in the scripts whose full stop is not the Latin one (Chinese and Japanese, Devanagari).
FULL_STOPS = (".", "。", "।")
CAPTION_TAGS = frozenset({"figcaption", "caption"})
ARTICLE_TAGS = frozenset({"article", "main"})
# Landmark tags that are site furniture whatever their class says.
CHROME_TAGS = frozenset({"nav", "aside", "footer", "menu"})
# Tags whose text readability-style scoring counts as paragraphs.
PARAGRAPH_TAGS = frozenset({"p", "pre", "td", "blockquote", "dd", "li", "div", "section", "article", "main", "center"})


_HINT_ROWS = read_rows("class_hints.csv")


def _hint_words(kind: str) -> tuple[str, ...]:
    """One kind of class/id words from tasks/lexicon/data/class_hints.csv, in file order (the learned
    block model encodes a furniture hint by its position in CHROME_HINTS, so order is kept as written)."""
    return tuple(
        word.strip() for row in _HINT_ROWS if row["kind"] == kind for word in row["words"].split("|")
        if word.strip()
    )  # fmt: skip


# Class/id words of site furniture, matched as whole words or word prefixes of the class/id after
# splitting on -, _, spaces and camelCase: "related-posts", "shareBar", "comment_list", "social".
CHROME_HINTS = _hint_words("chrome")
# The furniture hints that name an embedded post (a tweet, a Telegram post): never the article, whatever its score.
EMBED_HINTS = frozenset(_hint_words("embed"))
# The furniture hints that name a reader-comment thread (tasks/html/threads.py).
COMMENT_HINTS = frozenset(_hint_words("comment"))
# Class words of what belongs to something else than the article: a reader comment, another article's teaser.
ELSEWHERE_HINTS = COMMENT_HINTS | frozenset(_hint_words("elsewhere"))
# Class words of a byline element, in the site's language ("article__author", "wb-autor", "ah-szerzo").
BYLINE_HINTS = frozenset(_hint_words("byline"))
# Class words of the part of a byline element that holds the name, beside a byline word ("byline-name", "author__name").
BYLINE_NAME_HINTS = frozenset(_hint_words("byline_name"))
# Class words of the part of a byline element that holds the writer's role, beside a byline word ("writer-role",
# "author-job"): its text is no part of the name.
BYLINE_ROLE_HINTS = frozenset(_hint_words("byline_role"))
# Whole class names that hide a block from the eye, for screen readers only ("<p class="unseen element-invisible"
# itemprop="aggregateRating">Рейтинг користувачів: 5 / 5</p>", Joomla's; "sr-only", "screen-reader-text"): a block
# element of these tags whose class holds one, found with the hidden attributes and styles (tasks/html/hidden_blocks).
# Only a block's own element: an inline label so hidden completes a line the eye reads ("<span class="credit"><span
# class="visually-hidden">Credit</span> Harry Campbell</span>"), which readability.js's gold keeps.
HIDDEN_BLOCKS = ("p", "div", "li", "ul", "ol", "section", "aside", "h2", "h3", "h4", "h5", "h6", "dl", "table")
HIDDEN_CLASS_WORDS = _hint_words("hidden")
# Class words that name the writer's role alone, inside a byline element ("<span class="designation">Senior
# Reporter</span>" after the name's link): no part of the name, with no byline word beside them.
BYLINE_ROLE_ALONE_HINTS = frozenset(_hint_words("byline_role_alone"))
# Class words of the part of a byline element holding the writer's place ("<span class="place">"): no part of the name.
BYLINE_PLACE_HINTS = frozenset(_hint_words("byline_place"))
# Plural class words of one element naming several writers ("post-authors"); a wrapper of blocks when it holds blocks.
BYLINE_LIST_HINTS = frozenset(_hint_words("byline_list"))
# Class/id words of the article itself.
CONTENT_HINTS = _hint_words("content")
# Class words of the standfirst, the lead paragraph under the headline, in the site's language ("chapo", "sapo").
LEAD_HINTS = frozenset(_hint_words("lead"))
# The lead's English display names ("subheading", "dek", "excerpt"): the lead only on a non-English page.
LEAD_DISPLAY_HINTS = frozenset(_hint_words("lead_display"))
# Class words of a pull quote, a sentence of the article shown again between its paragraphs.
PULL_QUOTE_HINTS = frozenset(_hint_words("pull_quote"))
# Class words of a picture and of its description: a caption written outside <figcaption> when both stand in one class
# ("news-detail__picture-desc", "article__image-desc").
PICTURE_HINTS = frozenset(_hint_words("picture"))
PICTURE_TEXT_HINTS = frozenset(_hint_words("picture_text"))
# Class words of a caption itself ("figure-caption", "image-caption"), with a picture word, on the caption's own
# element.
PICTURE_CAPTION_HINTS = frozenset(_hint_words("picture_caption"))
# Class words of the credit's element inside a caption ("<div class="photo__author">"), its text no cue's.
PICTURE_CREDIT_HINTS = frozenset(_hint_words("picture_credit"))
# Class words of a picture gallery ("envira-gallery-wrap", "photo-slider"): with a short caption per picture, no text.
GALLERY_HINTS = frozenset(_hint_words("gallery"))
# Class words of the paragraph signing the text under its last one ("<p class="sign">Ольга Ким</p>").
SIGNATURE_HINTS = frozenset(_hint_words("signature"))
# Class words of a <figure> that held an embedded player ("<figure class="embed embed--type-video">").
PLAYER_HINTS = frozenset(_hint_words("player"))
# Class words of a live blog entry's time shown alone ("<span class="nn-post__time">18.05</span>").
ENTRY_TIME_HINTS = frozenset(_hint_words("entry_time"))
# Class words of a share button beside the byline and the date ("<span class="share">"): a tool, not the line's text.
SHARE_TOOL_HINTS = frozenset(_hint_words("share_tool"))
# Class words of a kicker (topic label) inside the headline element: its text is no part of the headline.
KICKER_HINTS = frozenset(_hint_words("kicker"))
# Hints that only count as whole words: short ones that would otherwise match inside longer words.
WHOLE_WORD_ONLY = frozenset(_hint_words("whole_word"))
# A content hint next to a chrome hint wins ("article-footer" stays chrome, "post-content" is content).
_SPLIT = re.compile(r"[\s_\-:./]+|(?<=[a-z])(?=[A-Z])")


def class_words(value: str) -> list[str]:
    """Words of a class or id: split on separators and camelCase, lower-cased."""
    return [w.lower() for w in _SPLIT.split(value) if w]


@lru_cache(maxsize=16384)
def class_word_set(value: str) -> frozenset[str]:
    """`class_words` as a set, kept per value: the caption tests ask it of every block's element and parent, and a
    page's blocks share their few class values (a split and a lower-casing each time was 8 % of aeb's HTML path)."""
    return frozenset(class_words(value))


def class_names_one_of(class_value: str, hints: frozenset[str]) -> bool:
    """A class attribute names one of `hints`, as one of its words or as two of them written apart ("linha-fina" is
    "linhafina", "pull-quote" is "pullquote")."""
    words = class_words(class_value)
    return bool(hints & ({*words} | {a + b for a, b in pairwise(words)}))


def _prefix_pattern(vocabulary: tuple[str, ...]) -> re.Pattern[str]:
    longer = sorted((h for h in vocabulary if "-" not in h and h not in WHOLE_WORD_ONLY and len(h) > 3), key=len)
    return re.compile("|".join(re.escape(h) for h in reversed(longer)))


_MATCHERS = {
    id(vocabulary): (
        frozenset(h for h in vocabulary if "-" not in h),
        _prefix_pattern(vocabulary),
        tuple(h for h in vocabulary if "-" in h),
    )
    for vocabulary in (CHROME_HINTS, CONTENT_HINTS)
}


# The one-word furniture hints, matched whole (hint_of's first test).
_CHROME_WORDS = _MATCHERS[id(CHROME_HINTS)][0]


def hint_of(words: list[str], joined: str, vocabulary: tuple[str, ...]) -> str | None:
    """A vocabulary word present as a word (or, when long, a word prefix) of a class/id."""
    exact, prefixes, compounds = _MATCHERS[id(vocabulary)]
    for word in words:
        if word in exact:
            return word
        match = prefixes.match(word)
        if match:
            return match.group(0)
    return next((h for h in compounds if h in joined), None)


# The words after "label" that set how a field's label shows ("field--label-hidden", "field-label-inline"): Drupal
# prints one on every field, the body's and the lead's too, and the label's setting is no furniture word of the field.
LABEL_SETTINGS = frozenset(_hint_words("label_setting"))


def without_label_settings(attrs: str) -> list[str]:
    """The class words less those that follow "label" inside one class name and set its display (of
    "field--label-visually_hidden" "field" and "label" are left; the classes "label hidden" keep both)."""
    kept: list[str] = []
    for name in attrs.split():
        words = class_words(name)
        kept.extend(w for i, w in enumerate(words) if not (w in LABEL_SETTINGS and "label" in words[:i]))
    return kept


@lru_cache(maxsize=16384)
def attribute_hints(attrs: str) -> tuple[str | None, str | None]:
    """(furniture hint, content hint) of an element's class, id and role, joined by spaces."""
    words = without_label_settings(attrs)
    joined = "-".join(words)
    chrome = hint_of(words, joined, CHROME_HINTS) or _about_the_author(words)
    # a furniture word is not also read as a content word's prefix: "newsletter" is no "news"
    return chrome, hint_of([w for w in words if w not in _CHROME_WORDS], joined, CONTENT_HINTS)


# A box about the story's writer named in the site's language ("sobre-el-autor", "o-autorze", "box-autore"): an
# author's word and an "about" word in one class; its furniture hint is the English "bio".
_BIO_ABOUT = frozenset(_hint_words("bio_about"))
_BIO_AUTHOR = frozenset(_hint_words("bio_author")) | BYLINE_HINTS


def _about_the_author(words: list[str]) -> str | None:
    return "bio" if not _BIO_AUTHOR.isdisjoint(words) and not _BIO_ABOUT.isdisjoint(words) else None


def names_a_gallery(class_value: str) -> bool:
    """The class names a picture gallery, a slider or a carousel by one of its words."""
    return not GALLERY_HINTS.isdisjoint(class_word_set(class_value))
