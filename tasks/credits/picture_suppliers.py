"""Pictures' suppliers read as agencies: an agency record turned into the photo record it is, where the supplier can
only have given the picture (issue 13, session 49, the real pages' kind confusions).

- **A picture agency** (`picture_agencies.csv`: Getty Images, ZUMA, Shutterstock, EPA, imago …) writes no text: on an
  English page every record naming one is a picture's credit, wherever the line stands. Elsewhere the project's
  convention (session 9, `tests/data/page_attributions/README.md`) makes an agency alone under or closing a caption
  an agency record, and the studied dumps_ml11 labels a Greek caption's closing `EUROKINISSI` so: read in every
  language, this rule cost it that record (0.989 / 0.957 -> 0.977 / 0.946), so it keeps to English, as
  `head_agencies.supplied_pictures` does for a caption's bracketed agency.
- **The lead picture's supplier between the byline and its caption**: "By Ann Lee" over "Associated Press" over "The
  mayor waves from the new pier." over the text, as the WSJ's blogs and many papers lay out a story with its lead
  picture (byline, the picture's credit, its caption, the text). The wire's own two-line byline ("By Ann Lee" over
  "Associated Press") has its dateline or its first paragraph under it, which the caption test below leaves: a
  caption is one short sentence with no dateline's dash or bracket.
"""

from __future__ import annotations

import dataclasses
from functools import cache

from schemas import AttributionKind
from tasks.credits.credit_records import Found
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.vocabulary import read_rows
from tasks.text.segment import Segmented

_AGENCY, _PHOTO, _AUTHOR = AttributionKind.AGENCY, AttributionKind.PHOTO, AttributionKind.AUTHOR
# A caption is a sentence (more words than a heading, a menu's entry or a byline hold), shorter than a wire's lead
# paragraph (the AP's first sentence runs 25 to 40 words; the studied captions under a supplier line 12 to 20).
MIN_CAPTION_WORDS = 7
MAX_CAPTION_WORDS = 25
# A dateline's marks: "LONDON (AP) —", "PARIS –", "Madrid - "; none is in a caption's plain sentence.
_DATELINE_MARKS = ("—", "–", " - ", "(")


@cache
def picture_agencies() -> frozenset[str]:
    """The gazetteer's ids of the agencies that supply pictures only (`picture_agencies.csv`)."""
    return frozenset(row["id"] for row in read_rows("picture_agencies.csv"))


def pictures_supplied(found: list[Found], segmented: Segmented) -> list[Found]:
    """The records, an agency's turned into a photo record where it names a picture agency (on an English page) or
    stands alone on the line between a cued byline and the lead picture's caption."""
    if not any(f.kind is _AGENCY for f in found):
        return found
    between = _supplier_lines(segmented)
    pictures = picture_agencies() if segmented.language == "en" else frozenset()
    return [
        dataclasses.replace(f, kind=_PHOTO)
        if f.kind is _AGENCY and (f.canonical_id in pictures or f.line in between)
        else f
        for f in found
    ]


def _supplier_lines(segmented: Segmented) -> set[int]:
    """The numbers of the lines that stand between a cued byline over them and a caption under them."""
    lines = segmented.lines
    return {
        lines[i].line.number
        for i in range(1, len(lines) - 1)
        if len(lines[i].line.text.split()) <= MAX_SUPPLIER_WORDS
        and is_caption(lines[i + 1].line.text)
        and _cued_byline(lines[i - 1].line.text)
    }


# "Associated Press", "ZUMApress.com", "Agence France-Presse": the supplier's name alone.
MAX_SUPPLIER_WORDS = 4


def is_caption(text: str) -> bool:
    """One short sentence closed by a full stop, with no dateline's dash or bracket: a picture's caption, not a wire
    story's first paragraph."""
    stripped = text.strip()
    words = len(stripped.split())
    return (
        MIN_CAPTION_WORDS <= words <= MAX_CAPTION_WORDS
        and stripped.endswith(".")
        and not any(mark in stripped for mark in _DATELINE_MARKS)
    )


def _cued_byline(text: str) -> bool:
    credit = parse_credit_line(text)
    return credit is not None and credit.kind is _AUTHOR and credit.name is not None
