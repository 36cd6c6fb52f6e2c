"""Closing notes under a story that credit it.

The line that names who helped write the story before its verb: "Jane Roe contributed to this report.",
"Ravi Patel and Ann Lee contributed reporting from London, and Tom Hale from New York.", "The Associated Press
contributed to this report.", "Fox News' Jane Roe contributed to this report." (AP, New York Times and most US papers
close so; the verbs of each language are ``author_contributed`` rows of credit_cues.csv).

Every person named is an author; a known agency is an agency record; an outlet before a name in the possessive
("Fox News' Jane Roe") is the contributor's employer, no record. The whole line must be the credit: a sentence
that only contains the words ("Police contributed to this report's delay") is read as text.

The copyright notice of the agency that wrote the story, under it on the page that carries it: "© 2008 The
Associated Press", "Copyright 2008 Reuters. Click for restrictions". A year or the word "copyright" makes it a notice;
"© AFP" alone is a picture's credit, read as such elsewhere.

The writer's contact line under the story: "David Unkle can be reached at: dunkle@…" (``author_contact`` rows of
credit_cues.csv): the name before the phrase is the author's.

The syndication note under a story another outlet published first: "This article originally appeared on The
Atlantic.", "Originally published at example.com on November 18, 2011." (``source_syndicated`` rows of
credit_cues.csv): the outlet after the phrase is the story's source.
"""

from __future__ import annotations

import re
from functools import lru_cache

from schemas import AttributionKind
from tasks.credits.closing_cues import contact_cue_line, information_note
from tasks.credits.credit_records import Found, author_found, credit_line_attributions, evidence_around, normalize_name
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.automaton import PARAGRAPH_SCANS, PhraseAutomaton
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.credit_base import DOMAIN, looks_like_name
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.date_vocabulary import month_names
from tasks.lexicon.signoff_lists import is_known_source
from tasks.lexicon.slash_credits import is_known_supplier
from tasks.lexicon.spans import looks_like_person
from tasks.lexicon.vocabulary import credit_cues, job_titles, name_words

# A name of a contributor: two to five words ("Mary Ann de la Cruz"): one word alone ("Smith", "Staff") names no one
# a closing note could credit; a list holds a few.
MIN_CONTRIBUTOR_WORDS = 2
MAX_CONTRIBUTOR_WORDS = 5
MAX_CONTRIBUTORS = 6


# Three kinds are asked (contributed, contact, syndicated), line after line: a cache of two rebuilt an automaton for
# one line in ten (issue 15, session 20).
@lru_cache(maxsize=8)
def _cue_phrases(kind: str) -> PhraseAutomaton[str]:
    """The phrases of one cue kind of credit_cues.csv in one automaton: a line's cheap test before the regex."""
    return PhraseAutomaton(((phrase, kind) for phrase in credit_cues().get(kind, ())), group=PARAGRAPH_SCANS)


@lru_cache(maxsize=1)
def _contributed_line() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in credit_cues().get("author_contributed", ()))
    # the names, the verb, maybe "from <place>" and more "<name> from <place>" pairs, the full stop
    names, tail = r"(?P<names>[^.!?;:()]{2,160}?)", r"(?P<tail>[^.!?;]{0,160})"
    return re.compile(rf"^\s*[(\[]?{names}\s+(?:{verbs})\b{tail}[.)\]]*\s*$", re.IGNORECASE)


_LAST_SENTENCE = re.compile(r"[.!?]\s+([^.!?]+[.!?)\]]*\s*)$")
_AND_SPLIT = re.compile(r"\s*,\s*(?:and\s+|und\s+|et\s+|y\s+|e\s+)?|\s+(?:and|und|et|y|e|&)\s+")
_FROM_PLACE = re.compile(r"\s+(?:from|in|aus|de|desde|da|di)\s+[^,]+$")
_TAIL_PAIR = re.compile(r",\s*(?:and\s+)?(?P<name>[^,]+?)\s+(?:from|in)\s+[^,]+")
# A contributor and the organisation employing them: "Tom Roe of the Associated Press".
_EMPLOYER = re.compile(r"(?P<name>\S.*?)\s+of\s+(?:the\s+)?(?P<org>[A-Z].*)")
_POSSESSIVE = re.compile(r"^(?P<owner>.+?)['’]s?\s+(?P<name>\S.*)$")


def _particles() -> frozenset[str]:
    """A person's particles, in lower case inside a contributor's or signer's name ("Jan van Dijk", "Maria de
    Souza")."""
    return load_byline_words().particles


def contributors_line(text: str, line: int, gazetteer: Gazetteer, in_body: bool) -> list[Found]:
    """The records of a closing contributors' line, or [] when the line is not one."""
    if not _cue_phrases("author_contributed").find_all(text):
        return []  # most lines: none of the verbs
    base, match = 0, _contributed_line().match(text)
    if match is None:  # the last sentence of a closing note ("© 2008 CBS Inc. … Jane Roe contributed to this report.")
        sentence = _LAST_SENTENCE.search(text)
        base = sentence.start(1) if sentence else 0
        match = _contributed_line().match(text[base:]) if sentence else None
    if match is None:
        return []
    spans = _name_spans(match.group("names"), base + match.start("names"))
    for pair in _TAIL_PAIR.finditer(match.group("tail")):
        tail = base + match.start("tail")
        spans.append((tail + pair.start("name"), tail + pair.end("name")))
    if not spans or len(spans) > MAX_CONTRIBUTORS:
        return []
    found: list[Found] = []
    employer: list[Found] = []
    for start, end in spans:
        of = _EMPLOYER.match(text, start, end)
        if of is not None and is_known_source(of.group("org"), gazetteer):
            # "Ann Lee and Tom Roe of the Associated Press contributed …": the reporters, then their employer, a
            # record for a known agency (as "The Associated Press contributed"), none for an outlet (as "Fox News' Ann
            # Lee")
            agency = _record(text, of.start("org"), of.end("org"), line, gazetteer, in_body)
            employer = [agency] if agency is not None and agency.kind is AttributionKind.AGENCY else []
            end = of.end("name")
        record = _record(text, start, end, line, gazetteer, in_body)
        if record is None:
            return []  # a part that is no name: a sentence, not the credit line
        found.append(record)
    return found + employer


def _name_spans(names: str, offset: int) -> list[tuple[int, int]]:
    """The spans of the parts of "A, B and C" (each without a "from <place>" tail)."""
    spans: list[tuple[int, int]] = []
    position = 0
    for separator in [*_AND_SPLIT.finditer(names), None]:
        end = separator.start() if separator else len(names)
        part = names[position:end]
        place = _FROM_PLACE.search(part)
        if place and len(part[: place.start()].split()) >= MIN_CONTRIBUTOR_WORDS:  # "Maria de Souza": a particle
            part = part[: place.start()]
        lead = len(part) - len(part.lstrip())
        if part.strip():
            spans.append((offset + position + lead, offset + position + len(part.rstrip())))
        position = separator.end() if separator else len(names)
    return spans


def _record(text: str, start: int, end: int, line: int, gazetteer: Gazetteer, in_body: bool) -> Found | None:
    """The record of one contributor, or None for a part that names no one."""
    part = text[start:end]
    agency = gazetteer.agency_of_name(part.removeprefix("The ").removeprefix("the "), cued=True)
    if agency and not _first_name_spelling(part, gazetteer):
        return Found(AttributionKind.AGENCY, part, normalize_name(part), agency, line, start, end, in_body,
                     evidence_around(text, start, end))  # fmt: skip
    words = part.split()
    titled = [i for i, w in enumerate(words) if w.casefold() in job_titles().titles]
    if titled and titled[-1] < len(words) - 1:  # "Associated Press writers Jane Roe": the role, then the person
        skip = len(" ".join(words[: titled[-1] + 1])) + 1
        start, part = start + skip + (len(part) - len(part.lstrip())), " ".join(words[titled[-1] + 1 :])
    owned = _POSSESSIVE.match(part)
    if owned and looks_like_name(owned.group("name")):  # "Fox News' Jane Roe": the employer, then the person
        start += owned.start("name")
        part = owned.group("name")
    words = part.split()
    if not MIN_CONTRIBUTOR_WORDS <= len(words) <= MAX_CONTRIBUTOR_WORDS or not looks_like_name(part, _particles()):
        return None
    if words[0].casefold() in name_words().articles:
        return None
    return Found(AttributionKind.AUTHOR, part, normalize_name(part), None, line, start, end, in_body,
                 evidence_around(text, start, end))  # fmt: skip


def _first_name_spelling(part: str, gazetteer: Gazetteer) -> bool:
    """True for a contributor whose first name alone, in title case, spells an agency's acronym ("Ana Gil contributed
    …": a person, not ANA); "ANA contributed", "Efe" alone or "Associated Press" stay the agency."""
    words = part.split()
    first = words[0] if words else ""
    if len(words) < 2 or not first.istitle() or first.isupper():
        return False
    return bool(gazetteer.agency_of_name(first, cued=True))


_COPYRIGHT = re.compile(
    r"^\W*(?:(?:copyright|\(c\)|©)\s*){1,2}(?P<year>(?:\d{4}\s*(?:[-–,]\s*\d{4}\s*)?)?)(?:by\s+)?"
    r"(?P<name>[^\W\d][^.,;:|©()]{1,50}?)\s*\)?\s*(?:[.,;:|(].*)?$",  # "(©NTB)": the sign-off's bracket closed
    re.IGNORECASE,
)


def copyright_agency(text: str, line: int, gazetteer: Gazetteer, under_text: bool = False) -> list[Found]:
    """The agency whose copyright notice is the line ("© 2008 The Associated Press"), else []. `under_text`: the
    line stands right under the last paragraph, where "© AAP" alone is the story's notice, not a picture's."""
    match = _COPYRIGHT.match(text)
    noticed = match is not None and (match.group("year") or "copyright" in text[: match.start("name")].casefold())
    if match is None or not (noticed or under_text):
        return []
    name = match.group("name").strip()
    agency = gazetteer.agency_of_name(name.removeprefix("The ").removeprefix("the "), cued=True)
    if agency is None:
        return []
    start = match.start("name")
    return [Found(AttributionKind.AGENCY, name, normalize_name(name), agency, line, start, start + len(name), False,
                  evidence_around(text, start, start + len(name)))]  # fmt: skip


@lru_cache(maxsize=1)
def _contact_line() -> re.Pattern[str]:
    phrases = "|".join(re.escape(v) for v in credit_cues().get("author_contact", ()))
    return re.compile(rf"^\s*(?P<name>[^\W\d_][^.,;:!?()@]{{2,60}}?)\s+(?:{phrases})\b", re.IGNORECASE)


def contact_line(text: str, line: int, in_body: bool) -> list[Found]:
    """The writer named before a contact phrase ("David Unkle can be reached at: …") or after the contact verb opening
    the line ("Contact Jane Roe at jroe@…": :func:`tasks.credits.closing_cues.contact_cue_line`), else []."""
    if not _cue_phrases("author_contact").find_all(text):
        return contact_cue_line(text, line, in_body)  # most lines: none of the phrases
    match = _contact_line().match(text)
    if match is None:
        return []
    name = match.group("name").strip()
    words = name.split()
    if not MIN_CONTRIBUTOR_WORDS <= len(words) <= MAX_CONTRIBUTOR_WORDS or not looks_like_name(name, _particles()):
        return []
    start = match.start("name")
    return [author_found(name, start, line, evidence_around(text, start, start + len(name)), in_body)]


# The syndication phrase opens the note, after a few words naming the story ("This article", "Dieser Artikel").
MAX_NOTE_LEAD_WORDS = 4


@lru_cache(maxsize=1)
def _syndicated_line() -> re.Pattern[str]:
    phrases = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in credit_cues().get("source_syndicated", ()))
    lead = rf"(?:[^\W\d_][\w'’]*\s+){{0,{MAX_NOTE_LEAD_WORDS}}}?"
    return re.compile(rf"^\s*{lead}(?:{phrases})\s+(?P<rest>\S.*)$", re.IGNORECASE)


def syndication_note(text: str, line: int, in_body: bool) -> list[Found]:
    """The outlet a syndication note names ("This article originally appeared on The Atlantic."), or the Associated
    Press member-exchange line ("Information from: The Boston Globe, …": :func:`closing_cues.information_note`)."""
    if not _cue_phrases("source_syndicated").find_all(text):
        return information_note(text, line, in_body)  # most lines: none of the phrases
    match = _syndicated_line().match(text)
    if match is None:
        return []
    start = match.start("rest")
    first = match.group("rest").split(maxsplit=1)[0]
    if first.casefold() in name_words().articles and first.islower():
        start += len(first) + 1  # "… in the Guardian": the sentence's article
    domain = DOMAIN.match(text, start)
    end = domain.end() if domain else start + len(_NOTE_NAME_END.split(text[start:], maxsplit=1)[0].rstrip())
    name = text[start:end].strip()
    if not name or not (domain or looks_like_name(name)):
        return []
    return [Found(AttributionKind.SOURCE, name, normalize_name(name), None, line, start, end, in_body,
                  evidence_around(text, start, end))]  # fmt: skip


def note_under_credits(text: str, line: int) -> list[Found]:
    """A closing note a few lines under the text, below the writers' credit lines ("Additional reporting: Sam
    Whitlock" over "This story was first published by RNZ."): the writer's contact line or the syndication note, which
    the sign-off block right under the text reads only on its first lines."""
    noted = [
        f for f in syndication_note(text, line, False) if (f.name or "").split(" ")[0].casefold() not in month_names()
    ]
    return contact_line(text, line, False) or noted  # "First published on November 20, 2019": a date, no outlet


# Where the outlet's name in a note ends: at its date's preposition ("on November 18", "am 3. Mai"), a full stop,
# a comma, a bracket.
_NOTE_NAME_END = re.compile(r"\s+(?:on|am|le|el)\s|\s*[.,;:|()]")


# "— Jane Roe", "-- Jane Roe (jroe@example.com)": a dash, a person's name and maybe the writer's address in brackets
# on the line right under the last paragraph, the way reviews, columns and blog posts in English are signed.
_DASH_SIGNED = re.compile(
    r"^\s*(?:—|–|--)\s*(?P<name>[^\W\d_][^\s()@,]*(?:\s[^\s()@,]+){1,3})\s*(?:\([^()@]*@[^()]*\))?\s*$"
)


# "-Jane Roe", "- Jane Roe": the blogs' sign-off with the keyboard's hyphen, read where no list stands over it.
_HYPHEN_SIGNED = re.compile(r"^\s*-\s*(?P<name>[^\W\d_][^\s()@,]*(?:\s[^\s()@,]+){1,3})\s*$")


def dash_signed(text: str, line: int, hyphen: bool = False) -> list[Found]:
    """The author of a "— Jane Roe" signature under the text: two to four title-case words of a person's name;
    `hyphen`: the text over it is no list, so "-Jane Roe" signs it too (a list's last item "- Removed Herobrine" is
    as often such a line)."""
    match = _DASH_SIGNED.match(text) or (_HYPHEN_SIGNED.match(text) if hyphen else None)
    if match is None or not looks_like_person(match.group("name").split(), name_words(), _particles()):
        return []
    return [author_found(match.group("name"), match.start("name"), line, text.strip())]


def source_notice(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "Джерело: Укрінформ", "Quelle: orf.at" a few lines under the text, past a table or a list the segmenter
    took for chrome: a source credit with its cue and colon opening the line, naming a known agency or outlet (or a
    domain), the story's source; a table's own source ("Quelle: Infratest/Landeswahlleitung": a pollster, an office;
    "Source: own calculations") is none."""
    credit = parse_credit_line(text)
    if credit is None or credit.kind is not AttributionKind.SOURCE or not credit.name or not credit.cue:
        return []
    if not text[len(credit.cue) : credit.rest_start].strip().startswith(":") or not text.startswith(credit.cue):
        return []
    found = [f for f in credit_line_attributions(text, line, gazetteer) if f.name]
    return [f for f in found if f.canonical_id or DOMAIN.fullmatch(f.name or "") or is_known_supplier(f.name or "")]
