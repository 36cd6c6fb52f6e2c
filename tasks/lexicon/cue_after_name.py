"""A credit line that is a name and then its cue in brackets: "Håkon Berg (foto)", "Ola Nordmann (video)".

The Norwegian and Danish papers list the photographer under the writer in the byline block so, the cue after the
name; the bracket alone tells the name is credited for the pictures, not the text.
"""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.lexicon.credit_base import CreditLine, looks_like_name
from tasks.lexicon.vocabulary import credit_cues

_CUES = sorted((*credit_cues()["photo"], *credit_cues()["video"]), key=len, reverse=True)
_NAME_THEN_CUE = re.compile(r"^\s*(\S[^()]{1,60}?)\s*\(\s*(" + "|".join(map(re.escape, _CUES)) + r")\s*\)\s*$", re.I)


def name_then_bracketed_cue(text: str) -> CreditLine | None:
    """ "Håkon Berg (foto)": the name, then a photo or video cue alone in brackets; None for any other line."""
    if not text.rstrip().endswith(")"):
        return None
    match = _NAME_THEN_CUE.match(text)
    if match is None or not looks_like_name(match.group(1)) or any(c.isdigit() for c in match.group(1)):
        return None
    cue = match.group(2)
    kind = AttributionKind.VIDEO if cue.casefold() in credit_cues()["video"] else AttributionKind.PHOTO
    start, end = match.span(1)
    return CreditLine(kind, cue, match.group(1), start, end, start, end)
