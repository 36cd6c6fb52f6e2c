"""The name an author box's heading shows over its bio, read where the box is too long a text to be a byline."""

from __future__ import annotations

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints
from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.vocabulary import name_word_role

_HEADINGS_INSIDE = etree.XPath(".//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6]")
_HEADLINES_INSIDE = etree.XPath(".//h1")
_PAGE_TAGS = frozenset({"body", "html"})
# "About Mary Ann McCarthy Smith": a name of up to four capitalised words
MAX_HEADING_NAME_WORDS = 4


def box_heading(element: HtmlElement) -> str | None:
    """The name the byline element's first heading shows over its bio after "about" in the page's language
    (``topic_preposition`` of name_words.csv): "<div class="author-box"><h4>About Jane Doe</h4><p>Jane covers
    …</p></div>", WordPress themes' and author-box plugins' markup. Capitalised words only, not all of them interface
    words: "About the author" or "About Us" names no one. Not a box of the page's layout (<body>'s class,
    WordPress's "single-author"; a wrapper around the headline)."""
    if element.tag in _PAGE_TAGS or _HEADLINES_INSIDE(element):
        return None
    headings = _HEADINGS_INSIDE(element)
    if not headings:
        return None
    about, *words = str(headings[0].text_content()).split() or [""]
    if about.casefold() not in name_word_role("topic_preposition"):
        return None  # a heading of a name alone is as often another story's or a list's: a check half's extra names
    interface = load_author_words().interface
    named = 0 < len(words) <= MAX_HEADING_NAME_WORDS and all(w[:1].isupper() for w in words)
    return " ".join(words) if named and not all(w.casefold() in interface for w in words) else None
