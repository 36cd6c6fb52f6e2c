"""The writer's name signing the article under its last paragraph, set apart by the page's markup, as the credit line
it is: "<p style="text-align:right"><strong>Quang Huy</strong></p>" closing a Vietnamese story, "<div align="right">
<i>Jan Novák</i></div>" on an old table layout. The HTML path kept such a paragraph of the article's element as text,
where the text path takes the same line below the text as furniture and every gold leaves the byline out; the name is
still read as the author (:func:`tasks.pipeline_html.signed_by_markup`)."""

from __future__ import annotations

from dataclasses import replace

from schemas import AttributionKind, Label
from tasks.credits.reporters import name_alone_signing
from tasks.html.segment import StructuredSegmented
from tasks.html.signature import signature_lines
from tasks.lexicon.agencies import load_gazetteer
from tasks.text.segment import LabelledLine
from tasks.text.verdicts import Verdict

_SIGNATURE = Verdict(
    Label.ATTRIBUTION, str(AttributionKind.AUTHOR), "signature_line",
    "a person's name alone under the article, set apart by the markup (right-aligned, in italics or bold): the "
    "writer's signature", 0.8,
)  # fmt: skip


def with_signature_lines(page: StructuredSegmented) -> StructuredSegmented:
    """The page with its last body line made an author's credit line when it is only a person's name that the markup
    sets apart as a signature; else the page as it is."""
    gazetteer, language = load_gazetteer(), page.segmented.language
    signed = {
        number for number, text in signature_lines(page)
        if name_alone_signing(text, number, gazetteer, language, set_apart=True)
    }  # fmt: skip
    if not signed:
        return page
    lines = [
        LabelledLine(ll.line, _SIGNATURE) if ll.line.number in signed and ll.verdict.label == Label.BODY else ll
        for ll in page.segmented.lines
    ]
    return replace(page, segmented=replace(page.segmented, lines=lines))
