"""The elements the page's metadata is read from, found in one walk: its <meta>s, JSON-LD scripts, canonical links,
<title> and <h1>-<h3> headings, and how many elements the page has.

:func:`tasks.html.meta.page_meta` read them by eight searches of the whole page and the size check of
:func:`tasks.pipeline_html.extract_html` counted the elements by a ninth (an ElementPath or XPath each, 0.1 to 0.4 ms a
page apiece, the <h1> or itemprop="headline" union the dearest: issue 15); one walk over the page's elements, asking
each its tag and its itemprop, costs about what one of them did. Each list is what its search found, in the same (page)
order: the ElementPath searches read the root's elements, the XPath ones (``//``) the whole document's, which holds
more than the root's where the parser set a second element beside it (text after ``</html>`` on 55 of the 1,552 eval
pages); there the document's lists are read by their XPath searches.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints
from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

# The tags looked for, by the list each goes to.
_LISTS = {"meta": "metas", "script": "scripts", "link": "links", "title": "titles", "h1": "headings", "h2": "headings",
          "h3": "headings", "body": "bodies"}  # fmt: skip
# The document's searches, for a document with more than the root's elements.
_HEADINGS = etree.XPath("//h1 | //h2 | //h3")
_HEADLINES = etree.XPath("//*[@itemprop='headline'] | //h1")
_DATED_METAS = etree.XPath("//meta[@content]")


@dataclass(frozen=True)
class PageTags:
    """A page's elements by what the metadata readers look for, each list in page order."""

    metas: list[HtmlElement]  # the root's <meta>s (``root.iter("meta")``)
    ld_scripts: list[HtmlElement]  # ``.//script[@type='application/ld+json']``
    canonicals: list[HtmlElement]  # ``.//link[@rel='canonical']``
    title: HtmlElement | None  # the first <title> (``.//title``)
    headings: list[HtmlElement]  # ``//h1 | //h2 | //h3``
    headlines: list[HtmlElement]  # ``//*[@itemprop='headline'] | //h1``
    dated_metas: list[HtmlElement]  # ``//meta[@content]``
    elements: int  # ``count(//*)``, the size check of tasks.pipeline_html.extract_html
    # every <body> of the document (``//body``), for its links (tasks.html.site_names.link_hrefs); None where the
    # document holds more than the root's elements
    bodies: list[HtmlElement] | None = None

    def of_level(self, tag: str) -> list[HtmlElement]:
        """The headings of one level (``//h2``)."""
        return [e for e in self.headings if e.tag == tag]


def page_tags(root: HtmlElement) -> PageTags:
    """The page's metadata elements (`root` as :func:`tasks.read.html_decode.parse_html` gives it, an <html>)."""
    found: dict[str, list[HtmlElement]] = {name: [] for name in ("metas", "scripts", "links", "titles", "headings",
                                                                 "bodies")}  # fmt: skip
    headlines: list[HtmlElement] = []
    elements = 0
    for elements, element in enumerate(root.iter(etree.Element), start=1):  # noqa: B007  # the count, read after
        tag = element.tag  # lxml builds a new str on every read of .tag: read it once
        name = _LISTS.get(tag)
        if name is not None:
            found[name].append(element)
        if tag == "h1" or element.get("itemprop") == "headline":
            headlines.append(element)
    headings, metas = found["headings"], found["metas"]
    dated = [e for e in metas if e.get("content") is not None]
    bodies: list[HtmlElement] | None = found["bodies"]
    if not _is_the_document(root):
        bodies = None
        headings, headlines, dated = list(_HEADINGS(root)), list(_HEADLINES(root)), list(_DATED_METAS(root))
        elements = sum(1 for _ in document_elements(root))
    return PageTags(
        metas=metas,
        ld_scripts=[e for e in found["scripts"] if e.get("type") == "application/ld+json"],
        canonicals=[e for e in found["links"] if e.get("rel") == "canonical"],
        title=next(iter(found["titles"]), None),
        headings=headings,
        headlines=headlines,
        dated_metas=dated,
        elements=elements,
        bodies=bodies,
    )


def _is_the_document(root: HtmlElement) -> bool:
    """The root's elements are all its document's: no parent, no element beside it."""
    return root.getparent() is None and not any(
        isinstance(e.tag, str) for e in (*root.itersiblings(preceding=True), *root.itersiblings())
    )


def document_elements(root: HtmlElement) -> Iterator[HtmlElement]:
    """Every element of the root's document in page order (what ``//*`` selects): its top element's and those of any
    element the parser set beside it."""
    top = root.getroottree().getroot()
    for tree in (*reversed(list(top.itersiblings(preceding=True))), top, *top.itersiblings()):
        if isinstance(tree.tag, str):
            yield from tree.iter(etree.Element)
