"""An agency or outlet named in a paragraph's closing bracket after a photo or video cue and its colon supplied the
picture, it is cited by no sentence: "… with synthetic stuffing instead. (Photo: Getty Images)", "… from a disposable
nasal cannula'. (Photo Credit : PTI File Photo )", "… expel cosmic gas away. (Image credit: TNG Collaboration)".
Real pages close a caption the segmenter kept in the text so; the reading of the paragraph found the name as a
citation, and only its kind changes here (the cue decides it, as in a credit line of its own)."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from schemas import AttributionKind
from tasks.credits.credit_records import Found
from tasks.lexicon.caption_credits import caption_credit_words, spaced_alternation
from tasks.lexicon.vocabulary import credit_cues

# The closing bracket of a paragraph, with at most this many characters inside.
_CLOSING = re.compile(r"[(\[]([^()\[\]]{2,90})[)\]]\s*\.?\s*$")
_CITED = (AttributionKind.AGENCY, AttributionKind.SOURCE)


@cache
def _cue(kind: str) -> re.Pattern[str]:
    words = credit_cues()[kind] + (caption_credit_words("file") if kind == "photo" else ())
    alternation = spaced_alternation(tuple(sorted(words, key=len, reverse=True)))
    return re.compile(rf"\s*(?:{alternation})\s*[:：]", re.IGNORECASE)


def bracket_credit_kind(text: str) -> tuple[AttributionKind, int] | None:
    """The kind a paragraph's closing bracket credits (a photo or video cue and its colon open it) and where the
    bracket starts; None if the paragraph closes in no such bracket."""
    closing = _CLOSING.search(text)
    if closing is None:
        return None
    for kind in (AttributionKind.VIDEO, AttributionKind.PHOTO):
        if _cue(kind.value).match(closing.group(1)):
            return kind, closing.start()
    return None


def with_bracket_credit_kinds(text: str, found: list[Found]) -> list[Found]:
    """The records of a paragraph, an agency or outlet inside its closing credit bracket made a photo or video
    credit."""
    credited = bracket_credit_kind(text) if found else None
    if credited is None:
        return found
    kind, start = credited
    return [dataclasses.replace(f, kind=kind) if f.kind in _CITED and f.char_start >= start else f for f in found]
