"""The byline block's contact lines: between the writer's role and the article's date, an e-mail address, a handle or
the photographer's credit line may stand ("Priya Raman", "Property Correspondent", "priyar@…", "Published Apr 2,
2024"), as Nordic, Singaporean and Malaysian papers stack them; the name over them is the writer's."""

from __future__ import annotations

from schemas import AttributionKind, Label
from tasks.credits.name_lines import is_role_line, name_before_role, without_contact
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.date_text import date_tail_start
from tasks.lexicon.vocabulary import name_words, section_words
from tasks.lexicon.word_classes import is_caseless
from tasks.text.segment import LabelledLine

# The contact lines between a byline's role and the date: an e-mail, a handle, the photographer's credit.
MAX_CONTACT_LINES = 2


def over_contact_lines(lines: list[LabelledLine], top: int) -> int | None:
    """Index of the writer's name over the byline block's contact lines over the date (index `top`): "Priya Raman",
    "Property Correspondent", "priyar@…", then the date; or "Ingrid Nilsen", "Journalist", "Håkon Berg (foto)": the
    photographer's credit line between. None when no such line stands there."""
    at = top - 1
    while top - at <= MAX_CONTACT_LINES and at >= 0 and is_contact_line(lines[at].line.text):
        at -= 1
    if at == top - 1 or at < 0:
        return None  # no contact line over the date: the usual slots
    return at - 1 if at >= 1 and is_role_line(lines[at].line.text) else at


def is_contact_line(text: str) -> bool:
    """An e-mail address alone, or a credit line naming the photographer ("Håkon Berg (foto)")."""
    stripped = text.strip()
    if not without_contact(stripped).strip(" |·-–—"):
        return True
    credit = parse_credit_line(stripped)
    return credit is not None and credit.kind in (AttributionKind.PHOTO, AttributionKind.VIDEO) and bool(credit.name)


def stacked_names(lines: list[LabelledLine], top: int) -> bool:
    """Two writers on two lines over the date (index `top`): both names of two to four words in title case, under a
    line that is no such short line (a menu's run of links: "Real Estate", "Autos"; a blogroll's names)."""
    if top < 2 or not (title_case_name(lines[top - 1].line.text) and title_case_name(lines[top - 2].line.text)):
        return False
    return _under_no_short_line(lines, top)


def name_over_place(lines: list[LabelledLine], top: int) -> bool:
    """The writer over the place filed from over the date (index `top`): "Juho Ketola" over "Vaasa" over "29.11.2025
    21:48", a name of two to four words in title case over one title-case word (maybe after the writer's description
    and a comma: a reader's letter's "Pensionist, Ribe"), under a line that is no such short line (a menu's last
    links), as `stacked_names` asks."""
    if top < 2 or not title_case_name(lines[top - 2].line.text):
        return False
    place = lines[top - 1].line.text.strip()
    described, comma, placed = place.rpartition(",")  # "Pensionist, Ribe": a reader's description, then the town
    if comma and 1 <= len(described.split()) <= MAX_DESCRIPTION_WORDS and not any(c.isdigit() for c in described):
        place = placed.strip()
    if " " in place or not place.replace("-", "").isalpha() or not place[:1].isupper() or place.isupper():
        return False
    return _under_no_short_line(lines, top)


# A reader's or guest writer's description before the town on the line under the name ("Pensionist, Ribe", "Lærer og
# formand, Varde"), as Nordic papers sign a letter or a debate piece.
MAX_DESCRIPTION_WORDS = 3


def _under_no_short_line(lines: list[LabelledLine], top: int) -> bool:
    """The line over the two short lines above the date (index `top`) is long, the headline or a credit line (the lead
    picture's "Foto: Ingrid Solheim" over the byline): no menu's run of short links goes on above them."""
    above = lines[top - 3].line.text.split() if top >= 3 else []
    return len(above) > MAX_STACKED_WORDS or lines[top - 3].verdict.label in (Label.TITLE, Label.ATTRIBUTION)


def title_case_name(text: str) -> bool:
    """Two to four words in title case; a surname's particle in lower case between them ("Sander van Loon", "Ana de
    la Cruz") is part of the name, as the byline rules read it."""
    words = text.split()
    if not MIN_STACKED_WORDS <= len(words) <= MAX_STACKED_WORDS or any(not w.isalpha() for w in words):
        return False
    inner = set(words[1:-1])
    particles = name_words().particles
    return all((w[:1].isupper() and not w.isupper()) or (w in inner and w in particles) for w in words)


MIN_STACKED_WORDS = 2
MAX_STACKED_WORDS = 4


# A button between the writer's name and the date: "Follow", "Subscribe", "Sign up" (blog and essay templates).
MAX_BUTTON_WORDS = 2


def is_button_line(text: str) -> bool:
    """The line is only a button's or a menu's label of one or two words ("Follow", "Sign up"): no byline's part."""
    words = [w.strip(".,:!|·•") for w in text.split()]
    return 0 < len(words) <= MAX_BUTTON_WORDS and all(w and w.casefold() in section_words() for w in words)


def dated_name(text: str) -> bool:
    """The line is a name in capitals and the article's date, nothing between ("Ann Lee Monday, May 4, 2026 @ 11:10
    PM"; not "New Delhi, News Bureau | Updated: …", a place and a desk; not in a script without capitals, where no
    capital tells a name from the date's label: "송고시간 2024-03-05", "dispatch time")."""
    at = date_tail_start(text)
    head = text[:at].rstrip(" ,|·-–—/") if at is not None else ""
    return bool(head) and not any(is_caseless(w) for w in head.split()) and not name_before_role(head)[1]


def name_over_button(lines: list[LabelledLine], top: int) -> bool:
    """A button stands between the byline block's name and its date (index `top`): "Ann Lee", "Follow", the date."""
    return top >= 2 and is_button_line(lines[top - 1].line.text)
