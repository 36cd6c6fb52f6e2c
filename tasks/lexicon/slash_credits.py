"""A caption closed by an agency or a paper and its photographer, parted by a slash, with no cue or a cue without its
colon: "… en Tarifa. EFE/Alejandro Ruiz Pozuelo", "… le 16 janvier 2024. LUDOVIC MARIN / AFP", "… í gær.
mbl.is/Hákon Pálsson", "… vendredi soir. Photo DNA /Thierry Gachenot". Split from :mod:`tasks.lexicon.credit_tails`
(session 17), which reads the cued tails.
"""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.credit_base import MAX_CREDIT_WORDS, CreditLine, looks_like_name
from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.vocabulary import credit_cues

# "… en Tarifa. EFE/Alejandro Ruiz Pozuelo": the agency and its photographer after a caption's last sentence, the
# wire style of EFE, ANSA and Europa Press captions, with no cue; in brackets too ("… Senin (4/3/2024).
# (ANTARA/Fauzan Hadi Saputra)", the Indonesian agency's style).
_AGENCY_SLASH = re.compile(
    r"[.!?…]\s+(?P<open>\()?(?P<agency>[^\s/(][^/]{0,25}?)\s*/\s*(?P<name>[^/()]{3,60}?)\s*(?(open)\))\s*\.?$"
)
# "… le 16 janvier 2024. LUDOVIC MARIN / AFP": the photographer, then the agency, the AFP style (after a cue
# without its colon too: "… Photograph Christopher Furlong/Getty Images").
_VISUAL_WORDS = frozenset((*credit_cues()["photo"], *credit_cues()["video"]))
_NAME_SLASH_AGENCY = re.compile(r"[.!?…]\s+(?P<name>[^\s/][^/]{2,40}?)\s*/\s*(?P<agency>[^/]{2,25}?)\s*\.?$")


# "ANTARA FOTO/Aji Styawan": the agency's picture service, its photo word after its name (the Indonesian agency's
# credit), alone on its line under the caption; the photo word makes it a credit, as "Agency/Name" alone is not.
_AGENCY_PHOTO_SLASH = re.compile(
    r"^\s*(?P<agency>[^\W\d_][^/]{0,25}?\s+[^\W\d_]+)\s*/\s*(?P<name>[^/()]{3,60}?)\s*\.?$"
)


def agency_slash_tail(text: str) -> CreditLine | None:
    """A caption closed by "Agency/Photographer" or "PHOTOGRAPHER / Agency", the agency known to the gazetteer."""
    if "/" not in text or len(text.split(maxsplit=MAX_CREDIT_WORDS)) > MAX_CREDIT_WORDS:
        return None
    for pattern in (_AGENCY_SLASH, _NAME_SLASH_AGENCY, _AGENCY_PHOTO_SLASH):
        match = pattern.search(text)
        if match and pattern is _AGENCY_PHOTO_SLASH:
            # (closing a caption the photo desk's credit was read so too, but the never-studied dumps_ml14 and ml16
            # each gained a record and an extra by it, below their precision floors: alone on its line only)
            supplier = _photo_word_last(match.group("agency"))
            name = match.group("name")
            if not supplier or not load_gazetteer().agency_of_name(supplier, cued=True) or not looks_like_name(name):
                continue
            return CreditLine(AttributionKind.PHOTO, "/", None, 0, 0, match.start("agency"))
        cued = _after_photo_cue(match.group("agency")) if match and pattern is _AGENCY_SLASH else 0
        if match is None or not (cued or _supplies_pictures(match.group("agency"), pattern is _AGENCY_SLASH)):
            continue
        name, start = match.group("name"), min(match.start("agency") + cued, match.start("name"))
        first = name.split(maxsplit=1)[0]
        if pattern is _NAME_SLASH_AGENCY and first.casefold().strip("(") in _VISUAL_WORDS:
            rest = name[len(first) :]
            name, start = rest.lstrip(), match.start("name") + len(first) + len(rest) - len(rest.lstrip())
        if len(name.split()) >= 2 and (looks_like_name(name) or looks_like_name(name.title())):
            return CreditLine(AttributionKind.PHOTO, "/", None, 0, 0, start)
    return None


def _after_photo_cue(supplier: str) -> int:
    """Where the supplier starts after a photo cue written without its colon, the French regional papers' style
    ("… vendredi soir. Photo DNA /Jean Dupont", "Photo Le Progrès/…"): the cue makes it a credit, so the supplier
    need not be known; 0 if no cue opens it or no capitalised name follows the cue."""
    first, _, rest = supplier.partition(" ")
    if first.casefold() not in _VISUAL_WORDS or not rest.strip()[:1].isupper():
        return 0
    return len(supplier) - len(rest.lstrip())


def _photo_word_last(supplier: str) -> str:
    """The supplier before a photo word closing it ("ANTARA FOTO" → "ANTARA"), or "" if no photo word closes it."""
    head, _, last = supplier.strip().rpartition(" ")
    return head if head and last.casefold() in _VISUAL_WORDS else ""


def _supplies_pictures(name: str, first: bool) -> bool:
    """A known agency; or, before the photographer, a known outlet: a paper credits its own staff's picture so
    ("… í gær. mbl.is/Hákon Pálsson", Morgunblaðið's captions; "… Photo Le Progrès/Name")."""
    return bool(load_gazetteer().agency_of_name(name, cued=True)) or (first and is_known_outlet(name.strip()))
