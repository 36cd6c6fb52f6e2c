"""A credit that is only an agency's name, its cue lost: a line that is only a known agency ("AFP", "ANP"), a caption
closed by one after its sentence ("… στη Χαλκίδα. EUROKINISSI") or in brackets after a photo word ("… in una foto
d'archivio (ANSA)")."""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.credit_base import MAX_CREDIT_WORDS, CreditLine, looks_like_name
from tasks.lexicon.credit_tails import MAX_BARE_CREDIT_WORDS
from tasks.lexicon.date_vocabulary import month_names
from tasks.lexicon.desk_wires import desk_and_wire, without_desk_code
from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.place_words import is_filing_place
from tasks.lexicon.vocabulary import credit_cues, name_words

# "… στη Χαλκίδα. EUROKINISSI", "… La Cerámica. EFE": a caption closed by the agency's name alone after its sentence.
# A caption of a few words ending its sentence after a letter: "Tabelle 3. Liga" is an ordinal, no sentence's end.
_AGENCY_TAIL = re.compile(r"\S\s+\S+\s+[^\W\d_]{2,}[.!?…][»”\"')]?\s+([^\W\d_][\w-]{1,24})\s*$")


def agency_tail(text: str) -> CreditLine | None:
    """A caption whose last word, after its sentence's end, is a known agency: the picture's credit, its cue lost (an
    agency record, as a lone "AFP" under a picture is). A paragraph is not split whole."""
    before = text.rstrip().rpartition(" ")[0]
    if before[-1:] not in _SENTENCE_CLOSERS or len(text.split(maxsplit=MAX_CREDIT_WORDS)) > MAX_CREDIT_WORDS:
        return None  # most lines: no sentence's end before their last word
    match = _AGENCY_TAIL.search(text)
    if match is None or not load_gazetteer().agency_of_name(match.group(1), cued=True):
        return None
    return CreditLine(AttributionKind.AGENCY, "", match.group(1), match.start(1), match.end(1), match.start(1))


_SENTENCE_CLOSERS = frozenset(".!?…»”\"')")


def agency_alone(text: str) -> CreditLine | None:
    """A line that is only a known agency ("AFP", "ANP"): the credit under a picture whose icon or cue the scrape
    lost, or a sign-off. With a photographer's name ("Shannon Stapleton/Reuters") such a line is as often a teaser's
    picture credit, which pulled the main text over the teasers below it (l3s): left to the caption rules."""
    name = text.strip().strip(".")
    if name[:1] == "(" and name[-1:] == ")" and name.count("(") == 1:
        name = name[1:-1].strip()  # "(وام)" under a caption: the agency alone in its bracket
    if len(name.split(maxsplit=MAX_BARE_CREDIT_WORDS)) > MAX_BARE_CREDIT_WORDS or "," in name:
        return None  # a paragraph: split no further than the words allowed
    desked = desk_and_wire(name, load_gazetteer())  # "Redazione ANSA": the agency's own desk signs its copy
    if desked is not None:
        name = without_desk_code(desked[1])  # the desk vouches for the agency as a cue does
    elif not load_gazetteer().names.opens_a_phrase(name[:3]):
        return None  # most short lines: no agency's name starts so (one lookup, no scan)
    else:
        name = without_desk_code(name)
        # an acronym that is also a common abbreviation ("TT", "AA": cue names) is the agency alone on its line
        if not load_gazetteer().agency_of_name(name, cued=name.isupper()):
            return None
    lead = text.index(name)
    return CreditLine(AttributionKind.AGENCY, "", name, lead, lead + len(name), lead)


# The photo cue words, built once: asked of every caption closed by a bracket and of every slashed line.
_PHOTO_WORDS = frozenset(credit_cues()["photo"])
# A known agency in brackets closing the line ("… in una foto d'archivio (ANSA)").
_CLOSING_AGENCY = re.compile(r"\(([^()]{2,30})\)\s*\.?\s*$")
# The photo word names the picture among the last words before the bracket ("foto d'archivio", "file photo").
PHOTO_WORD_REACH = 3


def agency_after_photo_word(text: str) -> CreditLine | None:
    """ "Il porto di Olbia in una foto d'archivio (ANSA)", "… seen in a file photo (AP)": a caption that names itself a
    photo, closed by a known agency in brackets: the agency supplied the picture, a photo credit (without the photo
    word the bracket is left to the caption rules, an agency record)."""
    if not text.rstrip(" .").endswith(")") or len(text.split(maxsplit=MAX_CREDIT_WORDS)) > MAX_CREDIT_WORDS:
        return None
    match = _CLOSING_AGENCY.search(text)
    name = match.group(1).strip() if match else ""
    if match is None or not load_gazetteer().agency_of_name(name, cued=True):
        return None
    before = text[: match.start()].split()[-PHOTO_WORD_REACH:]
    cue = next((w for w in before if w.casefold().strip(",.:;") in _PHOTO_WORDS), None)
    if cue is None:
        return None
    at = match.start(1) + match.group(1).index(name)
    return CreditLine(AttributionKind.PHOTO, cue, name, at, at + len(name), at)


# A picture's credit on a line of its own, in the wire style with no cue: the photographer and the agency that
# supplied the picture, parted by a slash ("Jamal Saidi/Reuters", "Graeme Robertson/Getty Images", "Matt Sayles/AP
# Photo", "(Paul Hackett/Reuters)", "AP Photo/Jane Doe", "LUDOVIC MARIN / AFP"). The agency side is a known agency,
# perhaps followed or preceded by a photo word; the other side two to four capitalised words.
SLASH_SIDE_CHARS = 40
_SLASH_LINE = re.compile(
    rf"^\s*\(?\s*(?P<left>[^/()]{{2,{SLASH_SIDE_CHARS}}}?)\s*/\s*(?P<right>[^/()]{{2,{SLASH_SIDE_CHARS}}}?)\s*\)?\s*\.?\s*$"
)


def _agency_side(side: str) -> bool:
    words = side.split()
    if len(words) > 1 and words[-1].casefold() in _PHOTO_WORDS:
        words = words[:-1]  # "AP Photo", "Reuters Pictures"
    elif len(words) > 1 and words[0].casefold() in _PHOTO_WORDS:
        words = words[1:]  # "Photo AFP"
    return load_gazetteer().agency_of_name(" ".join(words), cued=True) is not None


def _slash_sides(text: str) -> tuple[int, re.Match[str]] | None:
    """The line's two sides of its one slash (`_SLASH_LINE`) and how many of its leading spaces were cut off first."""
    if "/" not in text or len(text.split(maxsplit=2 * MAX_BARE_CREDIT_WORDS)) > 2 * MAX_BARE_CREDIT_WORDS:
        return None  # most lines: no slash, or too long to be only a credit
    # A caption's tail comes padded with spaces to keep its offsets: the pattern tried every split of them between its
    # leading spaces and the left side (seconds on a long caption). The match it finds starts its left side at most
    # SLASH_SIDE_CHARS + 2 characters before the first that is no space, so the spaces before those are cut off first.
    cut = max(0, len(text) - len(text.lstrip()) - SLASH_SIDE_CHARS - 2)
    match = _SLASH_LINE.match(text[cut:])
    return None if match is None else (cut, match)


def name_slash_agency(text: str) -> CreditLine | None:
    """A line that is only a photographer and an agency parted by a slash, either way round: a picture's credit."""
    sides = _slash_sides(text)
    if sides is None:
        return None
    cut, match = sides
    left, right = match.group("left"), match.group("right")
    for person, agency in ((left, right), (right, left)):
        words = person.split()
        if (
            2 <= len(words) <= MAX_BARE_CREDIT_WORDS
            and _agency_side(agency)
            and not _agency_side(person)
            and (looks_like_name(person) or looks_like_name(person.title()))
        ):
            return CreditLine(AttributionKind.PHOTO, "/", None, 0, 0, cut + match.start("left"))
    return None


def name_slash_outlet(text: str) -> CreditLine | None:
    """A line that is only a photographer, a slash and a known outlet that is no agency ("Ann Lee/Vox", "Tom Hale /
    The Boston Globe"): the staff photographer's credit, whose names end at the slash. The outlet is as often the
    page's own, which the real pages' labels leave out: read with the photographer, it cost the sixth real check half
    precision (0.786 -> 0.782, session 27)."""
    sides = _slash_sides(text)
    if sides is None:
        return None
    cut, match = sides
    person, outlet = match.group("left"), match.group("right").strip()
    if not 2 <= len(person.split()) <= MAX_BARE_CREDIT_WORDS or not looks_like_name(person) or _agency_side(person):
        return None
    if _agency_side(outlet) or not is_known_outlet(outlet):
        return None
    return CreditLine(AttributionKind.PHOTO, "/", None, 0, 0, cut + match.start("left"), cut + match.end("left"))


# A wire dateline alone on its line over the first paragraph: the filing place in capitals (up to three words, maybe a
# day after a comma) and the agency in brackets, nothing after ("VILALBA (Europa Press)", "MADRID, 6 (EFE)"); or the
# place in any case with a whole date after its comma, the day and its month ("Madrid, 3 mar (EFE)", "Roma, 5 marzo
# (ANSA)", "Kyiv, March 3 (Reuters)", "Praha 3. března (ČTK)"): the date vouches for the place as capitals do.
_DATELINE_ALONE = re.compile(
    r"^\s*[^\W\d_][^\W\d_'’.-]*(?:\s[^\W\d_][^\W\d_'’.-]*){0,2}(?:,\s\d{1,2})?(?P<date>,?\s(?:\d{1,2}\.?\s(?:de\s)?"
    r"[^\W\d_]{3,12}\.?|[^\W\d_]{3,12}\.?\s\d{1,2})(?:,?\s(?:de\s)?\d{4})?)?\s\(([^()]{2,40})\)\s*\.?\s*$"
)


def agency_dateline_alone(text: str) -> CreditLine | None:
    """The Spanish and Galician papers' wire dateline set on its own line under the byline ("Carla Vázquez Pena" over
    "VILALBA (Europa Press)"): the place in capitals and a known agency in brackets; the paragraph under it opens
    without it. An agency record, as the dateline opening a paragraph is."""
    match = _DATELINE_ALONE.match(text)
    if match is None:
        return None
    place = text[: match.start("date") if match.group("date") else match.start(2) - 1].strip().rstrip(",0123456789 ")
    dated = match.group("date") is not None and _is_month(match.group("date")) and _not_a_person(place)
    if not dated and not text[: match.start(2) - 1].strip().rstrip(",0123456789 ").isupper():
        return None
    agency = match.group(2).strip()
    if not load_gazetteer().agency_of_name(agency, cued=True):
        return None
    start = text.index(agency, match.start(2))
    return CreditLine(AttributionKind.AGENCY, "", agency, start, start + len(agency), start)


def _is_month(date: str) -> bool:
    """The date's word is a month's name or its abbreviation ("mar", "marzo", "března"), not any word by a number."""
    words = [w.strip(".,").casefold() for w in date.split() if not w.strip(".,").isdigit()]
    months = month_names()
    return any(
        w in months or (len(w) >= MIN_MONTH_ABBREVIATION and any(m.startswith(w) for m in months)) for w in words
    )


# An abbreviated month has three letters at least ("mar", "ene", "Sept").
MIN_MONTH_ABBREVIATION = 3


def _not_a_person(place: str) -> bool:
    """A title-case place is one word, opens with a place's word or is a listed city ("Madrid", "San José", "Buenos
    Aires"): two title-case words else are as often the writer's name over the date ("Ana López, 3 marzo (EFE)")."""
    words = place.split()
    return len(words) == 1 or words[0].casefold() in name_words().place_openings or is_filing_place(place)
