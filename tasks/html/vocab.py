"""Vocabularies of the HTML stages, as data: tag sets and class/id hints in many languages and styles."""

from __future__ import annotations

import re
from functools import lru_cache

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
# <br> ends a line of text but, unlike the tags above, not a structural block.
LINE_BREAK_TAGS = frozenset({"br", "hr"})
HEADING_LEVELS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
LIST_TAGS = frozenset({"ul", "ol", "dl", "menu"})
TABLE_TAGS = frozenset({"table"})
CAPTION_TAGS = frozenset({"figcaption", "caption"})
ARTICLE_TAGS = frozenset({"article", "main"})
# Landmark tags that are site furniture whatever their class says.
CHROME_TAGS = frozenset({"nav", "aside", "footer", "menu"})
# Tags whose text readability-style scoring counts as paragraphs.
PARAGRAPH_TAGS = frozenset({"p", "pre", "td", "blockquote", "dd", "li", "div", "section", "article", "main", "center"})

# Class/id words of site furniture, matched as whole words or word prefixes of the class/id after
# splitting on -, _, spaces and camelCase: "related-posts", "shareBar", "comment_list", "social".
CHROME_HINTS: tuple[str, ...] = (
    # English
    "nav", "navbar", "navigation", "menu", "footer", "sidebar", "related", "share", "sharing", "social",
    "comment", "comments", "breadcrumb", "breadcrumbs", "cookie", "cookies", "consent", "gdpr", "subscribe",
    "subscription", "newsletter", "signup", "login", "promo", "advert", "advertisement", "ad", "ads", "adv",
    "banner", "sponsor", "sponsored", "popup", "modal", "overlay", "widget", "pagination", "pager", "tags",
    "tagcloud", "recommended", "recommend", "outbrain", "taboola", "trending", "popular", "most", "masthead",
    "toolbar", "skip", "paywall", "disqus", "rss", "follow", "print", "email", "author-bio", "bio",
    "byline", "dateline", "timestamp", "meta", "hidden", "sr", "visually", "offscreen", "teaser", "teasers",
    "more", "next", "prev", "previous", "read-more", "readmore", "also", "newsletter", "livefyre", "jump",
    "shoutbox", "skyscraper", "community", "replies", "remark", "combx", "extra", "legends", "supplemental",
    # German, French, Spanish, Portuguese, Italian, Dutch
    "werbung", "anzeige", "teilen", "kommentar", "kommentare", "verwandt", "empfehlung", "weiterlesen",
    "partage", "partager", "commentaire", "commentaires", "publicite", "pub", "connexe", "compartir",
    "comentario", "comentarios", "relacionado", "relacionados", "publicidad", "compartilhar", "relacionadas",
    "condividi", "commenti", "correlati", "pubblicita", "delen", "reacties", "gerelateerd",
    # Transliterated Slavic and others
    "reklama", "komment", "kommentarii", "podelitsya", "poxozhie", "pohozhie", "chitayte", "sotsial",
)  # fmt: skip
# The furniture hints that name a reader-comment thread (tasks/html/threads.py).
COMMENT_HINTS = frozenset({
    "comment", "comments", "disqus", "livefyre", "replies", "kommentar", "kommentare", "commentaire",
    "commentaires", "comentario", "comentarios", "commenti", "reacties", "komment", "kommentarii",
})  # fmt: skip
# Class/id words of the article itself.
CONTENT_HINTS: tuple[str, ...] = (
    "article", "articlebody", "article-body", "body", "content", "entry", "main", "post", "story", "text",
    "hentry", "blog", "page", "column", "artikel", "texto", "contenu", "tekst", "statya", "news", "detail",
    "mathjax", "markdown", "prose", "rich",
)  # fmt: skip
# Hints that only count as whole words: short ones that would otherwise match inside longer words.
WHOLE_WORD_ONLY = frozenset({"ad", "ads", "adv", "sr", "pub", "more", "most", "also", "next", "prev", "jump", "bio"})
# A content hint next to a chrome hint wins ("article-footer" stays chrome, "post-content" is content).
_SPLIT = re.compile(r"[\s_\-:./]+|(?<=[a-z])(?=[A-Z])")


def class_words(value: str) -> list[str]:
    """Words of a class or id: split on separators and camelCase, lower-cased."""
    return [w.lower() for w in _SPLIT.split(value) if w]


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


@lru_cache(maxsize=16384)
def attribute_hints(attrs: str) -> tuple[str | None, str | None]:
    """(furniture hint, content hint) of an element's class, id and role, joined by spaces."""
    words = class_words(attrs)
    joined = "-".join(words)
    return hint_of(words, joined, CHROME_HINTS), hint_of(words, joined, CONTENT_HINTS)
