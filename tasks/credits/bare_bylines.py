"""Bylines with no credit cue, or with a cue that is also a common word, above the first paragraph.

- "Марина Ткаченко", "Kovács Zoltán, főszerkesztő": a line that is only people's names, maybe with a role tail;
- "Keris Lahiff @kerisalison": a name and the writer's handle, read in the byline block too.

Bylines that list people ("Na Halima Mwakalinga na Juma Kiprono", "Kadri Tamm ja Rasmus Lepik") are
:mod:`tasks.credits.listed_bylines`'s.
"""

from __future__ import annotations

import dataclasses
import re

from schemas import AttributionKind
from tasks.credits.bylines import Credited, split_byline
from tasks.credits.credit_records import Found, credit_line_attributions, normalize_name
from tasks.credits.name_lines import (
    is_role_line,
    looks_like_name_line,
    name_before_role,
    opens_like_a_heading,
    without_contact,
)
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.credit_base import CreditLine
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.date_text import date_tail_start
from tasks.lexicon.digits import has_digit
from tasks.lexicon.spans import looks_like_person
from tasks.lexicon.stopwords import stoplist
from tasks.lexicon.vietnamese import is_vietnamese_line
from tasks.lexicon.vocab import RELATED_HEADINGS
from tasks.lexicon.vocabulary import name_word_role, name_words
from tasks.lexicon.word_classes import is_caseless

# A byline that is only names ("Марина Ткаченко, Олег Смирнов") is a few words.
MAX_BARE_BYLINE_WORDS = 8


def bare_byline(
    text: str, line: int, gazetteer: Gazetteer, listed: bool = False, after_cue: bool = False
) -> list[Found]:
    """ "Марина Ткаченко" alone above the first paragraph: one author record per person named. `listed`: the name
    is one of a list its cue's language joins by its "and" ("Na Amina Juma na Peter Mwangi"), no heading. `after_cue`:
    a person cue opens the line ("Per Joan Ramon"), which vouches for the name as a role tail does, and so does the
    writer's e-mail address after it ("Anna Berg annab@site.is", the address dropped)."""
    uncontacted = without_contact(text)
    contact, text = uncontacted != text, uncontacted
    if has_digit(text) or len(text.split()) > MAX_BARE_BYLINE_WORDS or gazetteer.find(text):
        return []
    if text.strip().casefold() in RELATED_HEADINGS:
        return []  # "Read More", "Top Stories"
    head, has_role = name_before_role(text)  # "Kovács Zoltán, főszerkesztő", "ELENA G. SEVILLANO | Madrid"
    cued = cued_before_role(text) if has_role else None
    if cued is not None:
        named, credit = cued
        found = credit_line_attributions(named, line, gazetteer, credit)
        return [dataclasses.replace(f, evidence=text.strip()) for f in found]
    people = split_byline(_with_indent(text, head) if has_role else text, 0, gazetteer)
    if not people or any(c.canonical_id or c.is_domain for c in people):
        return []
    # one name and its role (or the writer's address)
    vouched = (has_role or contact) and len(people) == 1 and looks_like_name_line(text, gazetteer)
    if not vouched and any(not looks_like_person(_name_parts(c.name), name_words())
                           or not looks_like_name_line(c.name, gazetteer) for c in people):  # fmt: skip
        return []  # "Top Stories", "Read More", "Breaking News": headings, not people
    # A role tail or a person cue vouches for a name that opens with another language's stopword ("Kovács Zoltán,
    # főszerkesztő"; "Per Joan Ramon": the jusText lists, counted from Wikipedia, hold first names, Occitan's Joan)
    english_heading = not (vouched or after_cue) or head.split()[0].casefold() in stoplist("en")
    if (english_heading and not listed and opens_like_a_heading(text, [(c.start, c.end) for c in people])
            and not _names_a_job(text, people)):  # fmt: skip
        return []  # "Your Ad Choices", "How To"; not "Laura Chen, Senior Political Correspondent | @laurachen"
    return [Found(AttributionKind.AUTHOR, c.name, normalize_name(c.name), None, line, c.start, c.end, False,
                  text.strip()) for c in people]  # fmt: skip


def cued_before_role(text: str) -> tuple[str, CreditLine] | None:
    """ "By Noa Barak, health reporter", "מאת נועה ברק, כתבת לענייני בריאות": a byline cue before the name and a role
    after it that the credit reader takes for more words of the byline (a job title opened by its field): the part
    before the role and its author's credit, the name the one after the cue, the cue no part of it; else None."""
    head, has_role = name_before_role(text)
    if not has_role:
        return None
    head = _with_indent(text, head)
    credit = parse_credit_line(head)
    if credit is None or credit.kind is not AttributionKind.AUTHOR or not credit.name:
        return None
    return head, credit


def _with_indent(text: str, head: str) -> str:
    """The line up to the end of `head`, the part of its stripped text before a role, its leading spaces kept (the
    credits' offsets are the line's); a head padded where a place opened the line ("نواكشوط - محمد …") is its own."""
    if head[:1] == " " and not text.lstrip().startswith(head.lstrip()):
        return head
    return text[: len(text) - len(text.lstrip()) + len(head)]


# A writer's handle closing the line, maybe after a comma: "Keris Lahiff @kerisalison", "Jo Lee, @jolee".
_HANDLE_TAIL = re.compile(r"\s*,?\s*@\w{2,}\s*$")


def handle_byline(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "Keris Lahiff @kerisalison" above the first paragraph: a person's name and the writer's handle, the byline of
    the sites that link their writers' social accounts (a name alone there is as often a heading or a teaser's)."""
    handle = _HANDLE_TAIL.search(text)
    if handle is None or handle.start() == 0:
        return []
    # the handle vouches for the name as a list's cue does: "Ann Lee" may open like a heading, "Ann Lee @annlee" not
    return bare_byline(text[: handle.start()], line, gazetteer, listed=True)


_SPACED_DASH = re.compile(r"\s[-–]\s")
MAX_DASHED_NAMES = 3


def dash_joined_names(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "Nguyễn Hà - Minh Quân": the Vietnamese papers join their writers by a spaced dash. Vietnamese writes headings
    in sentence case ("Thời sự - Chính trị"), so parts that are each a name in title case are people (elsewhere a
    dash joins a title-case heading's parts: "Music - Movies")."""
    parts = _SPACED_DASH.split(text.strip()) if is_vietnamese_line(text) else []
    if not 2 <= len(parts) <= MAX_DASHED_NAMES:
        return []
    found: list[Found] = []
    for part in parts:
        at = text.index(part, found[-1].char_end if found else 0)
        people = bare_byline(" " * at + part, line, gazetteer, listed=True)
        if len(people) != 1:
            return []
        found += people
    return [dataclasses.replace(f, evidence=text.strip()) for f in found]


def copyright_photographer(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "© Aaron Lee" alone above the first paragraph: the lead picture's photographer (a year or a company there
    would make it a notice: "© 2019 Acme Media"), a photo record."""
    stripped = text.strip()
    if not stripped.startswith("©"):
        return []
    lead = len(text) - len(text.lstrip()) + 1
    named = bare_byline(" " * lead + stripped[1:], line, gazetteer)
    return [dataclasses.replace(f, kind=AttributionKind.PHOTO) for f in named]


def name_over_role(text: str, role: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "Jeff Latzke" over "AP Sports Writer", "CHARLES GOLDBERG" over "News staff writer": a name alone on its line
    with the writer's job title on the next, as US papers set a byline; read as the one line "Name, Writer" would be
    (the job's words alone: an agency in the role, "AP", is the writer's employer, no credit of this line)."""
    jobs = load_byline_words().jobs
    # the role ends in its job noun ("AP Sports Writer", "The Oregonian Staff") and its lower-case words are a job's
    # ("News staff writer"); a menu's entry holding a job's word elsewhere is a section ("Senior Health", "Staff
    # Listings", "Meet the team")
    words = [w.strip(".,") for w in role.split()]
    if not is_role_line(role) or has_digit(text) or words[-1].casefold() not in jobs:
        return []
    joiners = load_byline_words().joiners  # "Profesora e escritora": two titles joined by "and"
    if any(w.islower() and w not in jobs and w not in joiners for w in words):
        return []
    job = " ".join(w for w in role.split() if w.strip(".,").casefold() in jobs)
    found = bare_byline(f"{text.rstrip()}, {job}", line, gazetteer) if job else []
    return [dataclasses.replace(f, evidence=text.strip()) for f in found if f.char_end <= len(text.rstrip())]


def name_over_place(text: str, place: str, under: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "रमेश खड्का" over "जुम्ला" over "चैत २२, २०८१": a name of a script without case on its line, the place filed
    from alone on the next and the date (digits) under it, as South Asian papers stack a byline; read as the one line
    "Name, Place" is (the place vouches for the name as a role tail does). In a cased script the name line is read
    by itself already."""
    words = text.split()
    if not MIN_STACKED_NAME_WORDS <= len(words) <= MAX_STACKED_NAME_WORDS or not all(map(is_caseless, words)):
        return []
    if any(w in name_word_role("desk_word") for w in words):
        return []  # "સ્પોર્ટ્સ ડેસ્ક" (Sports Desk) over the place and the date: the desk signs, no one's name
    if len(place.split()) != 1 or not is_caseless(place) or has_digit(place):
        return []
    label, colon, dated = under.partition(":")  # "ಪ್ರಕಟಿಸಲಾಗಿದೆ: 04 ಅಕ್ಟೋಬರ್ 2024, 18:20 IST": the date after its label
    under = dated if colon and len(label.split()) == 1 and not has_digit(label) else under
    if not has_digit(under) or len(under.split()) > MAX_STACKED_DATE_WORDS:
        return []
    found = bare_byline(f"{text.rstrip()}, {place.strip()}", line, gazetteer)
    return [dataclasses.replace(f, evidence=text.strip()) for f in found if f.char_end <= len(text.rstrip())]


MIN_STACKED_NAME_WORDS, MAX_STACKED_NAME_WORDS, MAX_STACKED_DATE_WORDS = 2, 3, 5


# What parts a byline's name from the writer's job title on its line: a comma, or a spaced dash or bar.
_TITLE_MARK = re.compile(r",|\s[-–—|]\s")


def titled_name(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "Ann Lee, Staff Writer", "Ann Lee - Senior Correspondent", "Ann Lee | Contributing Writer": a name and the
    writer's job title on one line with no cue and no date, as US papers and magazines set a byline right over the
    text; read as :func:`name_over_role` reads the name over its title on two lines (the role ends in its job noun,
    its lower-case words are a job's: "Ann Lee, Senior Health" is a section's). No digit on the line (a list's or a
    table's entry). Session 39: where the segmenter took it for the headline over the first paragraph or left it
    chrome right at the text (no headline is a name and a job title)."""
    name, *role = _TITLE_MARK.split(text, maxsplit=1)
    if not role or not role[0].strip() or has_digit(text):
        return []
    found = name_over_role(name, role[0], line, gazetteer)
    return [dataclasses.replace(f, evidence=text.strip()) for f in found]


def role_byline(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "Ann Lee, AP National Political Writer": a name and the writer's job title after it, read over the article's
    date (:mod:`tasks.credits.outlet_bylines`). In the byline block, with no date under it, it gained on the studied
    real pages and three metadata sets but cost the third real check half precision (0.817 -> 0.803), next to a date
    or the text as well: left out there."""
    name, comma, role = text.partition(",")
    if comma and (over := name_over_role(name, role, line, gazetteer)):
        return [dataclasses.replace(f, evidence=text.strip()) for f in over]  # the agency in the role is no credit
    found = bare_byline(text, line, gazetteer)
    after = text[max(f.char_end for f in found) :].split() if found else []
    jobs = load_byline_words().jobs
    return found if any(w.strip(".,;:|()").casefold() in jobs for w in after) else []


def _name_parts(name: str) -> list[str]:
    """The name's capitalised parts: a double given name's halves ("Joan-Pèire", "Pieter-Louw"), without the
    particles inside it ("Jose dela Cruz", "Agustinho da Costa"), each a title-case word of its own."""
    words = name.split()
    particles = load_byline_words().particles
    kept = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w in particles)]
    return [part for word in kept for part in word.split("-") if part]


def _names_a_job(text: str, people: list[Credited]) -> bool:
    """A job title follows the last name ("…, Senior Political Correspondent"): a byline, which headings are not."""
    after = text[people[-1].end :].split()
    return any(w.strip(".,;:|()").casefold() in load_byline_words().jobs for w in after)


def words_before_date(text: str) -> int:
    """How many words a line holds before the date closing it: "Claire Weber et Tom Schmit Publié le 30.04.2025 à
    23:40 Mis à jour le 01.05.2025 à 08:10" is a byline of five words and its dates, no sentence."""
    dated = date_tail_start(text)
    return len((text[:dated] if dated else text).split())
