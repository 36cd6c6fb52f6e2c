"""What parts a credit's cue from the name after it: a colon or another mark, a comma after a cue of two words, the
full-width slash after an author's cue. Split from :mod:`tasks.lexicon.credit_lines` (session 37).
"""

from __future__ import annotations

import re

from schemas import AttributionKind

# The colon of each script: Armenian ՝, Khmer ៖, Ethiopic ፦, ፥ and the word space ፡ (typed for a colon: "ስእሊ፡ …"),
# the Latin, full-width and Korean ("사진=뉴스1") ones. Tibetan ends every syllable with a tsheg (་), the last one
# before the colon too ("པར་: …").
# (the full-width bar and the vertical bars Chinese sites write after a cue: "作者︱李华", "作者｜李华"; the minus sign,
# figure dash and horizontal bar typed for a dash: "ရေးသားသူ − နန်းဆုမွန်", session 30)
_SEPARATOR = re.compile(r"^\s*་?\s*[:：՝៖፦፥፡—–−‒―|｜︱/・=-]\s*")
# After a cue of two words or more, a comma parts it from the name as a colon does: the BBC World Service sites'
# caption credit ("Image source, Getty Images", "Asalin hoton, Getty Images"); after one word it is a list ("Photo,
# video and text").
_PHRASE_COMMA = re.compile(r"^\s*[,،]\s*")
# The Taiwanese papers' full-width slash after an author's cue ("文／陳家豪", "撰文／…"); after a picture's cue
# ("圖／…") it cost a held-back line set a record (session 37), so only the writer's.
_FULL_WIDTH_SLASH = re.compile(r"^\s*／\s*")


def cue_separator(cue: str, kind: AttributionKind, rest: str) -> re.Match[str] | None:
    """The separator opening `rest`, the credit's text after its cue `cue` of `kind`, or None."""
    separator = _SEPARATOR.match(rest)
    if separator is None and " " in cue.strip():
        separator = _PHRASE_COMMA.match(rest)
    if separator is None and kind is AttributionKind.AUTHOR:
        separator = _FULL_WIDTH_SLASH.match(rest)
    return separator
