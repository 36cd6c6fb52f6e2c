"""A picture credited to the page's own outlet and its photographer in the wire style, with no agency the gazetteer
knows: "(Warta Borneo/Rina Kartikasari)" under a caption on the site whose masthead and copyright line name Warta
Borneo, as Indonesian and other sites credit their staff's pictures ("(ANTARA/…)" for the wire's). The photographer
is the record; the outlet is the publisher, no supplier (:mod:`tasks.credits.publisher` reads the page's own name).
"""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.credits.credit_records import Found, normalize_name
from tasks.credits.publisher import copyright_lines
from tasks.lexicon.spans import looks_like_person
from tasks.lexicon.vocabulary import name_words
from tasks.text.segment import Segmented

# "(Outlet/Name Surname)", maybe after a picture cue inside the bracket ("(Foto: Outlet/Name)"): the whole line.
_OWN_CREDIT = re.compile(
    r"^\s*\(\s*(?:[^\W\d_]{2,12}\s*:\s*)?(?P<outlet>[^/():]{2,40}?)\s*/\s*(?P<name>[^/()]{3,60}?)\s*\)\s*$"
)


# "© Outlet / Name" under a caption, the French regional papers' credit of their staff's picture ("© Le Courrier
# d'Armor / Erwan Pichon"): the whole line, as the bracketed one above.
_OWN_COPYRIGHT = re.compile(r"^\s*©\s*(?P<outlet>[^/():©]{2,40}?)\s*/\s*(?P<name>[^/()©]{3,60}?)\s*$")


def own_outlet_picture(text: str, number: int, segmented: Segmented) -> list[Found]:
    """The photographer of a bracketed "(Outlet/Name)" line, or a "© Outlet / Name" one, whose outlet is the page's own
    (its first line, the masthead, or a name its copyright line holds), the name a person's (two to four title-case
    words)."""
    match = _OWN_CREDIT.match(text) or (_OWN_COPYRIGHT.match(text) if "©" in text else None)
    return _own_outlet_person(match, AttributionKind.PHOTO, text, number, segmented)


def is_own_outlet(outlet: str, segmented: Segmented, line: str = "") -> bool:
    """The outlet is the page's own: its first line (the masthead), or a name its copyright line holds (another than
    `line`, the credit's own: "© Reuters / Ann Lee" is a copyright line naming Reuters)."""
    outlet = outlet.casefold()
    masthead = segmented.lines[0].line.text.strip().casefold() if segmented.lines else ""
    pattern = re.compile(rf"(?<!\w){re.escape(outlet)}(?!\w)")
    notices = [c for c in copyright_lines(segmented) if c != line.casefold()]
    return outlet == masthead or any(pattern.search(c) for c in notices)


# "Name Surname - Outlet" (or a bar between them): the whole line.
_NAME_AND_OUTLET = re.compile(r"^\s*(?P<name>[^-–—|/()]{3,60}?)\s+[-–—|]\s+(?P<outlet>[^-–—|/()]{2,40}?)\s*$")


def own_outlet_byline(text: str, number: int, segmented: Segmented) -> list[Found]:
    """The writer of a head line "Rafi Pratama - warta24" whose outlet is the page's own (as `own_outlet_picture`
    asks), the name a person's: the site's staff byline, the outlet its publisher, no source."""
    return _own_outlet_person(_NAME_AND_OUTLET.match(text), AttributionKind.AUTHOR, text, number, segmented, True)


def _own_outlet_person(
    match: re.Match[str] | None,
    kind: AttributionKind,
    text: str,
    number: int,
    segmented: Segmented,
    edition: bool = False,
) -> list[Found]:
    """The record of kind `kind` for a line matched into a person's `name` and an `outlet` that is the page's own
    (`edition`: or one of its regional editions, see `_an_edition`)."""
    if match is None:
        return []
    name = match.group("name")
    if not looks_like_person(name.split(), name_words()) or len(name.split()) > MAX_NAME_WORDS:
        return []
    outlet = match.group("outlet")
    if not is_own_outlet(outlet, segmented, text) and not (edition and _an_edition(outlet, segmented)):
        return []
    at = match.start("name")
    return [Found(kind, name, normalize_name(name), None, number, at, at + len(name), False, text.strip())]


MAX_NAME_WORDS = 4


def _an_edition(outlet: str, segmented: Segmented) -> bool:
    """ "Warta Jogja" on the page whose masthead is "Warta Nusantara": two words, the first the masthead's own brand
    word (capitalised, no article, MIN_BRAND_LETTERS or more), the second a region's: the regional edition the
    writer files for, under the network's masthead (Indonesian and other portals' "Name - Brand Region" byline)."""
    words = outlet.split()
    masthead = segmented.lines[0].line.text.split() if segmented.lines else []
    if (
        len(words) != EDITION_WORDS
        or len(masthead) < EDITION_WORDS
        or outlet.casefold() == " ".join(masthead).casefold()
    ):
        return False
    brand = words[0]
    return (
        brand == masthead[0]
        and len(brand) >= MIN_BRAND_LETTERS
        and brand[:1].isupper()
        and brand.casefold() not in name_words().articles
        and words[1][:1].isupper()
    )


EDITION_WORDS = 2
MIN_BRAND_LETTERS = 4
