"""A caption closed by an agency or a paper and its photographer, parted by a slash, with no cue or a cue without its
colon: "… en Tarifa. EFE/Alejandro Ruiz Pozuelo", "… le 16 janvier 2024. LUDOVIC MARIN / AFP", "… í gær.
mbl.is/Hákon Pálsson", "… vendredi soir. Photo DNA /Thierry Gachenot"; or by a bar after the caption's last sentence
("… frente al Ayuntamiento. | Irene Fueyo"). Split from :mod:`tasks.lexicon.credit_tails` (session 17), which reads
the cued tails.
"""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.credit_base import MAX_CREDIT_WORDS, CreditLine, looks_like_name
from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.vocab import RELATED_HEADINGS
from tasks.lexicon.vocabulary import visual_cues
from tasks.lexicon.word_classes import is_function_word

# "… en Tarifa. EFE/Alejandro Ruiz Pozuelo": the agency and its photographer after a caption's last sentence, the
# wire style of EFE, ANSA and Europa Press captions, with no cue; in brackets too ("… Senin (4/3/2024).
# (ANTARA/Fauzan Hadi Saputra)", the Indonesian agency's style). A cue without its colon may open the line instead
# of closing a caption ("Foto Ti-Press/Davide Agosta", the Italian and Swiss Italian papers' credit line).
_VISUAL_WORDS = frozenset(visual_cues())
_AGENCY_SLASH = re.compile(
    r"(?:[.!?…]\s+|^\s*(?=(?i:"
    + "|".join(re.escape(w) for w in sorted(_VISUAL_WORDS, key=len, reverse=True) if " " not in w)
    + r")\s))(?P<open>\()?(?P<agency>[^\s/(][^/]{0,25}?)\s*/\s*(?P<name>[^/()]{3,60}?)\s*(?(open)\))\s*\.?$"
)
# "… le 16 janvier 2024. LUDOVIC MARIN / AFP": the photographer, then the agency, the AFP style (after a cue
# without its colon too: "… Photograph Christopher Furlong/Getty Images").
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
    staff = _staff_then_outlet(text) if text.rstrip(" .").endswith(")") else None
    if staff is not None:
        return CreditLine(AttributionKind.PHOTO, "/", None, 0, 0, staff)
    alone = _OUTLET_SLASH_ALONE.match(text)
    if alone and _own_staff_alone(alone.group("outlet"), alone.group("name")):
        return CreditLine(AttributionKind.PHOTO, "/", None, 0, 0, alone.start("outlet"))
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
        if not text[: match.start("agency")].strip(" (") and not _opening_supplier(match.group("agency"), cued):
            continue  # "Foto Gallery/Summer Days": a menu's link; with no cue, the line is read elsewhere
        name, start = match.group("name"), min(match.start("agency") + cued, match.start("name"))
        first = name.split(maxsplit=1)[0]
        if pattern is _NAME_SLASH_AGENCY and first.casefold().strip("(") in _VISUAL_WORDS:
            rest = name[len(first) :]
            name, start = rest.lstrip(), match.start("name") + len(first) + len(rest) - len(rest.lstrip())
        if len(name.split()) >= 2 and (looks_like_name(name) or looks_like_name(name.title())):
            return CreditLine(AttributionKind.PHOTO, "/", None, 0, 0, start)
    return None


# "Vísir/Egill", "Morgunblaðið/Helgi Ólafsson": alone on its credit line, a known outlet and its staff photographer,
# one to three title-case words (the Icelandic papers credit by the first name alone); the outlet makes it a credit, as
# a photo word does for an agency's desk ("ANTARA FOTO/…"), where "Agency/Name" alone is not (a poll's "Reuters/Ipsos").
MAX_STAFF_NAME_WORDS = 3
_OUTLET_SLASH_ALONE = re.compile(r"^\s*(?P<outlet>[^\s/][^/]{0,25}?)\s*/\s*(?P<name>[^/()]{2,40}?)\s*\.?$")


def _own_staff_alone(supplier: str, name: str) -> bool:
    """A known outlet (not an agency) before the slash and a person's name of title-case words after it, itself no
    outlet or agency, nor only function words."""
    supplier, name = supplier.strip(), name.strip()
    if not is_known_outlet(supplier) or load_gazetteer().agency_of_name(supplier, cued=True):
        return False
    words = name.split()
    if not 1 <= len(words) <= MAX_STAFF_NAME_WORDS or not all(w.isalpha() and w.istitle() for w in words):
        return False
    if all(is_function_word(w) for w in words):
        return False  # "…/Home", "…/About Us": a link's words (a first name alone may be a stopword: "Vilhelm")
    return not is_known_supplier(name)


def is_known_supplier(name: str) -> bool:
    """The name is a known agency's or outlet's: one that supplies the pictures it is credited with."""
    return load_gazetteer().agency_of_name(name, cued=True) is not None or is_known_outlet(name)


# "… the boil-water advisory. (Kelsey Dunphy/CBC)": after a caption's last sentence, in brackets, the photographer and
# the outlet that employs them (the CBC's and the Canadian papers' caption credit); the outlet must be known.
_NAME_SLASH_OUTLET_BRACKET = re.compile(
    r"[.!?…]\s+\((?P<name>[^\W\d_][^/()]{2,40}?)\s*/\s*(?P<outlet>[^/()]{2,25}?)\)\s*\.?$"
)


def _staff_then_outlet(text: str) -> int | None:
    """Where the bracketed "Photographer/Outlet" closing a caption starts: two to four title-case words, then a known
    outlet or agency; None if the caption closes otherwise."""
    match = _NAME_SLASH_OUTLET_BRACKET.search(text)
    if match is None:
        return None
    outlet, name = match.group("outlet").strip(), match.group("name")
    if not is_known_supplier(outlet):
        return None
    if not 2 <= len(name.split()) <= MAX_NAME_WORDS or not looks_like_name(name) or is_known_outlet(name):
        return None
    return match.start("name")


def _after_photo_cue(supplier: str) -> int:
    """Where the supplier starts after a photo cue written without its colon, the French regional papers' style
    ("… vendredi soir. Photo DNA /Jean Dupont", "Photo Le Progrès/…"): the cue makes it a credit, so the supplier
    need not be known; 0 if no cue opens it or no capitalised name follows the cue."""
    first, _, rest = supplier.partition(" ")
    if first.casefold() not in _VISUAL_WORDS or not rest.strip()[:1].isupper():
        return 0
    return len(supplier) - len(rest.lstrip())


def _opening_supplier(supplier: str, cued: int) -> bool:
    """A line opened by a cue and its supplier: a known agency or outlet, or a brand written with two capitals or more
    ("Ti-Press", "DNA"); a common word is a link's ("Foto Gallery/…")."""
    name = supplier[cued:].strip()
    return bool(cued) and (_supplies_pictures(name, True) or sum(c.isupper() for c in name) >= 2)


def _photo_word_last(supplier: str) -> str:
    """The supplier before a photo word closing it ("ANTARA FOTO" → "ANTARA"), or "" if no photo word closes it."""
    head, _, last = supplier.strip().rpartition(" ")
    return head if head and last.casefold() in _VISUAL_WORDS else ""


def _supplies_pictures(name: str, first: bool) -> bool:
    """A known agency; or, before the photographer, a known outlet: a paper credits its own staff's picture so
    ("… í gær. mbl.is/Hákon Pálsson", Morgunblaðið's captions; "… Photo Le Progrès/Name")."""
    return bool(load_gazetteer().agency_of_name(name, cued=True)) or (first and is_known_outlet(name.strip()))


# "… frente al Ayuntamiento. | Irene Fueyo": the photographer alone after a bar closing the caption's last sentence, no
# cue (the Spanish regional papers' caption, "Pie de foto. | AUTOR"); a person's name of two or three words.
_BARRED_NAME = re.compile(r"[.!?…»”\"')]\s+\|\s*([^\W\d_][^|:：/()\d]{2,40}?)\s*\.?$")
MIN_BARRED_NAME_WORDS, MAX_BARRED_NAME_WORDS = 2, 3


def barred_name_tail(text: str) -> CreditLine | None:
    """A caption closed by a bar and its photographer's name, in title case or capitals ("… | Más información" is a
    link's); or a known agency there ("… | EFE": an agency record, as after a full stop)."""
    if "|" not in text or len(text.split(maxsplit=MAX_CREDIT_WORDS)) > MAX_CREDIT_WORDS:
        return None
    match = _BARRED_NAME.search(text)
    if match is None:
        return None
    name, start, end = match.group(1), match.start(1), match.end(1)
    if load_gazetteer().agency_of_name(name, cued=True):
        return CreditLine(AttributionKind.AGENCY, "", name, start, end, start)
    words = name.split()
    if not MIN_BARRED_NAME_WORDS <= len(words) <= MAX_BARRED_NAME_WORDS or not looks_like_name(name):
        return None
    if any(is_function_word(w) or not (w.isupper() or w.istitle()) for w in words):
        return None  # "… | Read More", "… | The Daily Star": a link's or the site's words
    if name.casefold() in RELATED_HEADINGS or any(w.casefold() in _VISUAL_WORDS for w in words):
        return None  # "… | Más información", "… | Ver Fotos": a link's words
    return CreditLine(AttributionKind.PHOTO, "|", name, start, end, start)


# "… el puente de Isabel II. / MARISA LUQUE (EFE)": after a caption's last sentence, maybe a slash standing for the
# cue, the photographer and, in brackets, the agency that supplied the picture (the Spanish papers' caption credit).
_NAME_BRACKET_AGENCY = re.compile(
    r"[.!?…»”\"')]\s+(?:/\s*)?(?P<name>[^\W\d_][^/|:：()\d]{2,40}?)\s*\((?P<agency>[^()/]{2,25})\)\s*\.?$"
)


def name_bracket_agency(text: str) -> CreditLine | None:
    """A caption closed by its photographer (two to four words, in title case or capitals) and a known agency in
    brackets: a picture's credit, as "Name / Agency" is."""
    if len(text.split(maxsplit=MAX_CREDIT_WORDS)) > MAX_CREDIT_WORDS:
        return None
    match = _NAME_BRACKET_AGENCY.search(text)
    if match is None or not load_gazetteer().agency_of_name(match.group("agency").strip(), cued=True):
        return None
    name = match.group("name")
    if not 2 <= len(name.split()) <= MAX_NAME_WORDS or load_gazetteer().agency_of_name(name, cued=True):
        return None
    if not (looks_like_name(name) or looks_like_name(name.title())):
        return None
    return CreditLine(AttributionKind.PHOTO, "/", None, 0, 0, match.start("name"))


MAX_NAME_WORDS = 4
