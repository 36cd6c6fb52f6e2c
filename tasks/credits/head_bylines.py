"""The article's byline further up its head: a line opened by an author cue ("By Paul Takahashi", "Posted by Kate
Torgovnick | Permalink") above the first paragraph but out of the byline block's reach, because a lead picture with
its caption and credits, share buttons or a standfirst stand between (real pages of aeb, l3s and dragnet put the
byline over the picture, 10 to 25 lines up). Only the nearest such line, and only when it is the one line opened by
an author cue in reach: a teaser list above the article names several writers."""

from __future__ import annotations

from schemas import AttributionKind
from tasks.credits.credit_records import credit_line_attributions
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.text.segment import Segmented

# How far above the first paragraph (lines of the page, blank lines not counted) its byline may stand.
HEAD_BYLINE_REACH = 30


def head_byline(segmented: Segmented, first: int, gazetteer: Gazetteer) -> int | None:
    """The line number of the article's byline above its first paragraph (`first`), if one line in reach is one."""
    lines = segmented.lines
    at = next((i for i, ll in enumerate(lines) if ll.line.number == first), None)
    if at is None:
        return None
    cued = [
        ll.line.number
        for ll in lines[max(0, at - HEAD_BYLINE_REACH) : at]
        if _opens_an_authors_byline(ll.line.text, gazetteer)
    ]
    return cued[0] if len(cued) == 1 else None


def _opens_an_authors_byline(text: str, gazetteer: Gazetteer) -> bool:
    credit = parse_credit_line(text)
    if credit is None or credit.kind is not AttributionKind.AUTHOR:
        return False
    # "By Lia Eustachewich and Yaron Steinbuch": two writers, which the line's one name leaves out
    return credit.name is not None or any(
        f.kind is AttributionKind.AUTHOR and f.name for f in credit_line_attributions(text, 0, gazetteer)
    )
