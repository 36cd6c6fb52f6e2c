"""Boxes inside the article that hold one subheading of its text, whatever box the CMS wraps it in: an <h2> to <h4>
alone in its box, a bold line alone, or a box marked a heading for screen readers. Readability's conditional cleaning
would cut such a box as a tiny one (tasks/html/extract.py asks these when the box after it is prose)."""

from __future__ import annotations

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

# A subheading of the text: an <h2> to <h4> with no link (a linked one is a teaser's headline).
_SUBHEADING_TAGS = frozenset({"h2", "h3", "h4"})


# A bold subheading is a few words.
BOLD_SUBHEADING_MAX_WORDS = 10


def wraps_a_bold_line(element: HtmlElement) -> bool:
    """A box whose whole text is one <strong> or <b> of a few words, no link: a subheading set in bold."""
    bold = [b for b in element.iter("strong", "b") if b.find(".//a") is None]
    text = " ".join(element.text_content().split())
    return (
        len(bold) == 1
        and 0 < len(text.split()) <= BOLD_SUBHEADING_MAX_WORDS
        and element.find(".//a") is None
        and " ".join(bold[0].text_content().split()) == text
    )


def marked_a_heading(element: HtmlElement) -> bool:
    """A box marked a heading for screen readers ("<div role="heading" aria-level="2">Mida reisija peab teadma</div>"):
    a React site's subheading written as a styled <div>, no link in it (WAI-ARIA's heading role)."""
    return element.get("role") == "heading" and element.find(".//a") is None


def wraps_a_subheading(element: HtmlElement) -> bool:
    """A box whose whole text is one subheading: a CMS that wraps each element of a story in its own box (Quintype's
    'story-element-title'), short numbered subheadings of a listicle included."""
    heads = [h for h in element.iter(*_SUBHEADING_TAGS) if h.find(".//a") is None]
    text = " ".join(element.text_content().split())
    return len(heads) == 1 and bool(text) and " ".join(heads[0].text_content().split()) == text
