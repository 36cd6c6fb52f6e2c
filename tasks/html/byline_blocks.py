"""The article's byline as a block inside its element: no part of the text.

A CMS that writes the byline inside the article's element ("<div class="autors">Jānis Ozoliņš <span>22.04.2024
07:30</span></div>", a signature under the text "<p class="author"><i>Вольга Ярашэвіч</i></p>") left it as a short
paragraph of the text. The element marked as the author's (:func:`tasks.html.byline_element.is_byline_element`: rel or
itemprop author, a class naming the byline in the site's language) says what it is; so does a line of the article's
information that holds such an element and otherwise only dates, times and counters ("11.04.2024 09:12 1842 Автор:
Ольга Сметанина", the date, the views and the author's span), or a date under its label ("Published: …"). The
credit is still read from the markup (``PageMeta.byline_element``) and from the text's own lines.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from schemas import ChromeKind, Label
from tasks.html.blocks import Block
from tasks.html.byline_element import is_byline_element
from tasks.html.vocab import SHARE_TOOL_HINTS, class_words
from tasks.lexicon.date_text import date_tail_start
from tasks.lexicon.digits import has_digit
from tasks.lexicon.vocabulary import credit_cues
from tasks.text.verdicts import Verdict

# A byline is a name or two with a date and a time; a longer block is a paragraph that merely sits in a marked element
# (a bio box's text, an author's column).
BYLINE_MAX_WORDS = 14
_BYLINE = Verdict(
    Label.CHROME, ChromeKind.BOILERPLATE, "byline_element",
    "a short block whose element is marked as the author's byline (rel/itemprop author, a byline class)", 0.75,
)  # fmt: skip


def without_byline_blocks(blocks: list[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """The verdicts with the short body blocks that are the article's byline element made furniture."""
    return [
        _BYLINE
        if v.label == Label.BODY
        and b.ancestors
        and len(b.text.split()) <= BYLINE_MAX_WORDS
        and (is_byline_block(b.ancestors[-1]) or _counter_of_info_list(b))
        else v
        for b, v in zip(blocks, verdicts, strict=True)
    ]


def _counter_of_info_list(block: Block) -> bool:
    """A counter in an element of its own whose parent is the byline's info line: "<ul class="post-info"><li
    class="…type-author">Par …</li><li>18 juin 2024</li><li class="…type-comments">4 commentaires</li></ul>", a page
    builder's list of the author, the date and the comments' count, each item a block of its own. Only an item of a
    list or a span: a short headline holding a number ("Fire in 3 villages") stands in the byline's parent too."""
    return (
        len(block.ancestors) > 1
        and block.ancestors[-1].tag in _INFO_ITEM_TAGS
        and _is_counter(block.text)
        and is_byline_block(block.ancestors[-2])
    )


_INFO_ITEM_TAGS = frozenset({"li", "span"})


def is_byline_block(element: HtmlElement) -> bool:
    """The element is marked as the byline, or holds such an element beside only dates, times and counters."""
    if is_byline_element(element):
        return True
    marked = [d for d in element.iterdescendants() if isinstance(d.tag, str) and is_byline_element(d)]
    if not marked:
        return False
    rest = str(element.text_content())
    for inner in marked:
        rest = rest.replace(str(inner.text_content()), " ", 1)
    # beside the author's element, a date with its label ("প্রকাশ: ২৬ ফেব্রুয়ারি ২০২৪, ১৮:৩০": published) is a date too
    if not any(c.isalpha() for c in rest) or date_tail_start(" ".join(rest.split())) == 0:
        return True
    return _is_dated_info_line(element, marked)


# What parts the pieces of an info line: "Von <author> / <date> / <section>".
_PART_MARKS = " /|·•-–—,"


def _is_dated_info_line(element: HtmlElement, marked: list[HtmlElement]) -> bool:
    """The author's element, its byline cue, a date and links (the section's, a tag's), parted by bars or slashes:
    "Von <span class="author">Katrin Berg</span> / 03.03.2025, 06:12 Uhr / <a rel="category">Trier</a>", a WordPress
    theme's entry-meta line. The links are furniture there, the cue says whose the name is; so are counters in their
    own elements (a reading time, the views)."""
    rest = str(element.text_content())
    links = [a for a in element.iterdescendants("a") if not any(m is a or m in a.iterancestors() for m in marked)]
    for inner in [*marked, *links, *_counters(element, marked), *_share_tools(element, marked)]:
        rest = rest.replace(str(inner.text_content()), " ", 1)
    rest = " ".join(rest.split())
    cue = _author_cue().match(rest)
    rest = rest[cue.end() :] if cue else rest
    rest = rest.strip(_PART_MARKS)
    return not any(c.isalpha() for c in rest) or date_tail_start(rest) == 0


# A counter of the info line is a number with a label of a few words, in an element of its own: the reading time
# ("<span class="readtime">Tempo di lettura: 3 minuti</span>"), the views ("Каралды: 1 042").
COUNTER_MAX_WORDS = 5


def _counters(element: HtmlElement, marked: list[HtmlElement]) -> list[HtmlElement]:
    """The line's parts that are counters: an element of a few words holding a digit, beside the author's."""
    return [
        d for d in element.iterdescendants()
        if isinstance(d.tag, str) and not any(_related(d, m) for m in marked) and _is_counter(str(d.text_content()))
    ]  # fmt: skip


def _share_tools(element: HtmlElement, marked: list[HtmlElement]) -> list[HtmlElement]:
    """The line's share button, named so by its class ("<span class="share">सेयर गर्नुहोस्</span>", Nepali "share" at
    the end of the author's and the date's line; class_hints.csv kind share_tool): its label is the tool's, in any
    language."""
    return [
        d for d in element.iterdescendants()
        if isinstance(d.tag, str) and not any(_related(d, m) for m in marked)
        and SHARE_TOOL_HINTS & set(class_words(str(d.get("class", ""))))
    ]  # fmt: skip


def _related(element: HtmlElement, other: HtmlElement) -> bool:
    """One is the other, inside it or around it."""
    return element is other or other in element.iterancestors() or element in other.iterancestors()


def _is_counter(text: str) -> bool:
    return len(text.split()) <= COUNTER_MAX_WORDS and has_digit(text)


@lru_cache(maxsize=1)
def _author_cue() -> re.Pattern[str]:
    """A byline cue of any language opening the line ("Von", "By", "Автор:"), with its colon."""
    cues = credit_cues()["author"]
    return re.compile(r"(?:" + "|".join(re.escape(c) for c in cues) + r")(?!\w)\s*[:：]?", re.IGNORECASE)
