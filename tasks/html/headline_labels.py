"""A label set in the headline element's first or last inline element ("<h1><span class="etykieta">WIDEO</span>
Ustrzyki Dolne: …</h1>", "LIVE", "FOTO", "EXKLUSIV", "視頻"), which <title> leaves out: no part of the headline.

The kicker class words (class_hints.csv kind `kicker`) name such a label in the languages a CMS was written in; a site
in another language names its label's class in its own ("etykieta", "nalepka", "címke"), or not at all. Read from the
page's own two texts instead: <title> shows the rest of the headline element's text but not the label with it.
"""

from __future__ import annotations

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.titles import is_confirmed_by

# The inline elements a CMS sets a headline's label in.
LABEL_TAGS = frozenset({"span", "small", "em", "strong", "b", "i", "mark", "sup", "abbr", "font"})
# A label is a word or a few ("VIDEO", "TYLKO U NAS", "EN DIRECT"); a longer run is a part of the headline.
MAX_LABEL_WORDS = 3


def _edge_labels(element: HtmlElement) -> list[str]:
    """The texts of the element's first child, when no text comes before it, and of its last, when none comes after:
    the inline elements a label may be, each of a few words."""
    children = [c for c in element if isinstance(c.tag, str)]
    if not children:
        return []
    edges = []
    if not (element.text or "").strip() and children[0].tag in LABEL_TAGS:
        edges.append(children[0])
    if not (children[-1].tail or "").strip() and children[-1].tag in LABEL_TAGS and children[-1] not in edges:
        edges.append(children[-1])
    texts = (" ".join(str(e.text_content()).split()) for e in edges)
    return [t for t in texts if t and len(t.split()) <= MAX_LABEL_WORDS]


def without_edge_label(element: HtmlElement, text: str, title_tag: str | None) -> str:
    """The headline element's text without the label at its start or end that <title> leaves out, when <title> shows
    the rest (and not the whole); else the text as it is."""
    text = " ".join(text.split())
    if not title_tag or is_confirmed_by(text, title_tag):
        return text
    for label in _edge_labels(element):
        if text.startswith(label):
            rest = text[len(label) :].strip()
        elif text.endswith(label):
            rest = text[: -len(label)].strip()
        else:
            continue
        if rest and is_confirmed_by(rest, title_tag):
            return rest
    return text
