"""What parts a credit's cue from the name after it: a colon or another mark, a comma after a cue of two words, the
full-width slash after an author's cue. Split from :mod:`tasks.lexicon.credit_lines` (session 37).
"""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.byline_words import load_byline_words

# The colon of each script: Armenian ՝, Khmer ៖, Ethiopic ፦, ፥ and the word space ፡ (typed for a colon: "ስእሊ፡ …"),
# the Latin, full-width and Korean ("사진=뉴스1") ones, and the full-width equals sign of the Japanese papers' captions
# ("写真＝共同", "（写真＝ロイター）"). Tibetan ends every syllable with a tsheg (་), the last one
# before the colon too ("པར་: …").
# (the full-width bar and the vertical bars Chinese sites write after a cue: "作者︱李华", "作者｜李华"; the minus sign,
# figure dash and horizontal bar typed for a dash: "ရေးသားသူ − နန်းဆုမွန်", session 30)
_SEPARATOR = re.compile(r"^\s*་?\s*[:：՝៖፦፥፡—–−‒―|｜︱/・=＝-]\s*")
# After a cue of two words or more, a comma parts it from the name as a colon does: the BBC World Service sites'
# caption credit ("Image source, Getty Images", "Asalin hoton, Getty Images"); after one word it is a list ("Photo,
# video and text").
_PHRASE_COMMA = re.compile(r"^\s*[,،]\s*")
# The Taiwanese papers' full-width slash after an author's cue ("文／陳家豪", "撰文／…"); after a picture's cue
# ("圖／…") it cost a held-back line set a record (session 37), so only the writer's.
_FULL_WIDTH_SLASH = re.compile(r"^\s*／\s*")


# A gallery's slide counter between a picture's cue and its colon ("Foto 1 de 12: Ana Ruiz / EFE", "Photo 1 sur 12 :
# …", "Bild 2 von 8: dpa", "Фото 1 из 5: …"): the slideshow CMS numbers each slide's credit line so; the slide's
# number, a word of up to three letters for "of" or a slash, the total. Not before a bar or a space ("Photo 3 of 10
# Ann Lee/Reuters" was read so too, and cost a real check half precision: a slideshow's buttons follow its counter).
_SLIDE_COUNTER = re.compile(r"^\s*(\d{1,3})\s*(?:/|\s[^\W\d_]{1,3}\s)\s*(\d{1,3})\s*[:：]\s*(?=[^\W\d_])")


def _slide_counter(kind: AttributionKind, rest: str) -> re.Match[str] | None:
    """A gallery's slide counter opening a picture credit's rest, the slide within the total (not "Photo 12/3"), and
    only names after it: a slide's caption ("Photo 1 of 3 shows the mayor …") has lower-case words, a credit's names
    only their particles and a wire written in lower case ("Juan de la Cruz / EFE", "Bild 2 von 8 | dpa")."""
    counter = _SLIDE_COUNTER.match(rest) if kind is AttributionKind.PHOTO else None
    if counter is None or not 1 <= int(counter.group(1)) <= int(counter.group(2)):
        return None
    particles = load_byline_words().particles
    words = [w for w in _WORD.findall(rest[counter.end() :]) if w not in particles]
    named = all(w[:1].isupper() or load_gazetteer().agency_of_name(w, cued=True) for w in words)  # "… | dpa"
    return counter if words and named else None


_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def cue_separator(cue: str, kind: AttributionKind, rest: str) -> re.Match[str] | None:
    """The separator opening `rest`, the credit's text after its cue `cue` of `kind`, or None."""
    separator = _SEPARATOR.match(rest) or _slide_counter(kind, rest)
    if separator is None and " " in cue.strip():
        separator = _PHRASE_COMMA.match(rest)
    if separator is None and kind is AttributionKind.AUTHOR:
        separator = _FULL_WIDTH_SLASH.match(rest)
    return separator
