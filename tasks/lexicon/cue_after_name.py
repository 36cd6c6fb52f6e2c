"""Photo credits with no cue before the name.

- "Håkon Berg (foto)", "Ola Nordmann (video)": the name, then its cue in brackets. The Norwegian and Danish papers
  list the photographer under the writer in the byline block so; the bracket tells the name is credited for the
  pictures, not the text.
- "… à Lyon, le 2 mai 2024. JULIEN FAURE POUR « LE MONDE »": a caption closed by the photographer in capitals and
  "for" the outlet that commissioned the picture (``commissioned_for`` in name_words.csv); after a picture cue, the
  photographer's name ends before such an outlet ("Photograph: Ann Lee for the Guardian", session 24).
"""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.credit_base import CreditLine, looks_like_name
from tasks.lexicon.digits import has_digit
from tasks.lexicon.vocabulary import credit_cues, name_word_role, name_words, visual_cues

_CUES = sorted(visual_cues(), key=len, reverse=True)
_NAME_THEN_CUE = re.compile(r"^\s*(\S[^()]{1,60}?)\s*\(\s*(" + "|".join(map(re.escape, _CUES)) + r")\s*\)\s*$", re.I)


def name_then_bracketed_cue(text: str) -> CreditLine | None:
    """ "Håkon Berg (foto)": the name, then a photo or video cue alone in brackets; None for any other line."""
    if not text.rstrip().endswith(")"):
        return None
    match = _NAME_THEN_CUE.match(text)
    if match is None or not looks_like_name(match.group(1)) or has_digit(match.group(1)):
        return None
    cue = match.group(2)
    kind = AttributionKind.VIDEO if cue.casefold() in credit_cues()["video"] else AttributionKind.PHOTO
    start, end = match.span(1)
    return CreditLine(kind, cue, match.group(1), start, end, start, end)


# After the caption's last sentence: two to four words in capitals, "for", the outlet quoted or in capitals.
_FOR = "|".join(sorted(map(re.escape, {w.upper() for w in name_word_role("commissioned_for")}), key=len, reverse=True))
_COMMISSIONED = re.compile(
    r"[.!?…]\s+((?:[^\W\d_][^\W\d_'’-]*[\s-]){1,3}?[^\W\d_][^\W\d_'’-]*)\s+(" + _FOR + r")\s+"
    r"(?:«\s*[^«»]{2,60}»|[^\W\d_][^a-z]{1,60})\s*$"
)


def commissioned_photographer(text: str) -> CreditLine | None:
    """ "… JULIEN FAURE POUR « LE MONDE »": the photographer in capitals, then "for" and the outlet; None else."""
    stripped = text.rstrip()
    if not stripped.endswith(("»", *"ABCDEFGHIJKLMNOPQRSTUVWXYZ")) or ". " not in stripped:
        return None  # most lines: no outlet quoted or in capitals at the end
    match = _COMMISSIONED.search(stripped)
    if match is None or not match.group(1).isupper():
        return None
    start, end = match.span(1)
    return CreditLine(AttributionKind.PHOTO, match.group(2), match.group(1), start, end, start, end)


# After a picture cue's name: "for", maybe an article, the outlet in capitalised words ("Photograph: Ann Lee for the
# Guardian", "Foto: Ana Ruiz para El País").
_FOR_OUTLET = re.compile(
    r"\s+(?:" + "|".join(sorted(map(re.escape, name_word_role("commissioned_for")), key=len, reverse=True)) + r")\s+"
    r"(?:(?:" + "|".join(sorted(map(re.escape, name_words().articles), key=len, reverse=True)) + r")\s+)?"
    r"[^\W\d_][\w'’&.-]*(?:\s+[^\W\d_][\w'’&.-]*){0,4}$"
)


def commissioned_name_end(candidate: str) -> int | None:
    """Where the photographer's name ends before "for" the outlet that commissioned the picture ("Ann Lee for the
    Guardian" → 7), the outlet's words capitalised and no agency's; None if the candidate does not end so."""
    match = _FOR_OUTLET.search(candidate)
    if match is None or match.start() == 0:
        return None
    named = [w for w in match.group(0).split()[1:] if w.casefold() not in name_words().articles]
    if not named or not all(w[:1].isupper() for w in named) or load_gazetteer().find(" ".join(named), cued=True):
        return None  # "Ann Lee for Reuters": the agency supplied the picture, its own record (the other readers')
    name = candidate[: match.start()]
    return match.start() if len(name.split()) >= 2 and looks_like_name(name) else None  # a person's full name
