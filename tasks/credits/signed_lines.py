"""What the lines around the article's text credit, line by line: a byline in its head ("Иван Петров", "Le Monde
avec AFP"), a caption there closed by the picture's agency ("… الرياض. (أ ف ب)"), and the lines under the last
paragraph that sign it ("Avec AFP" over "Yann Briand, correspondant", "PA", "Theo TTXVN"; writers' initials, "ASG/OID",
are :mod:`tasks.credits.signoff_initials`'s). Where on the page these lines are is for :mod:`tasks.credits.attribution`
to say.
"""

from __future__ import annotations

import dataclasses
import re

from schemas import AttributionKind
from tasks.credits.attached_cues import attached_cue_byline
from tasks.credits.attached_pairs import hebrew_pair_byline
from tasks.credits.bare_bylines import cued_before_role, dash_joined_names
from tasks.credits.byline_block import byline_agency
from tasks.credits.bylines import split_byline
from tasks.credits.credit_records import Found, agency_found, credit_line_attributions, evidence_around, normalize_name
from tasks.credits.cue_context import desk_and_place
from tasks.credits.date_lines import name_after_date_bar
from tasks.credits.joined_names import two_joined_names
from tasks.credits.listed_bylines import person_cue_byline
from tasks.credits.name_lines import is_list_of_people, looks_like_name_line, name_before_role, without_contact
from tasks.credits.reporters import (
    MAX_SIGNOFF_LINE_WORDS,
    closing_reporters,
    reporters_alone,
    signoff_line,
    slash_agency,
)
from tasks.credits.signoff_initials import cued_initials, dotted_initials_then_agency, initialled_name, initials_line
from tasks.credits.wire_lists import agency_and_place, agency_bracket_signoff, listed_wires
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.author_words import without_with_word
from tasks.lexicon.citations import Citation, reporting_citations
from tasks.lexicon.credit_base import MAX_CREDIT_WORDS, MAX_NAME_WORDS
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.date_text import date_tail_start
from tasks.lexicon.next_credit import next_credit_at
from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.sentence_signoffs import signoff_bracket_start
from tasks.lexicon.vocabulary import job_titles, name_words
from tasks.lexicon.wire_citations import MAX_WIRE_LINE_WORDS, dateline_citations, signoff_citations, wire_line_citations
from tasks.lexicon.word_classes import is_caseless


def found_of(citation: Citation, text: str, line: int) -> Found:
    """The record of a citation found in the line's text, without the place the outlet is based in before its name
    ("the London-based Financial Times", "the New York-based Variety": the outlet is "Financial Times")."""
    based = _BASED_IN.match(citation.name)
    name, start = (
        (citation.name[based.end() :], citation.start + based.end()) if based else (citation.name, citation.start)
    )
    return Found(citation.kind, name, normalize_name(name), citation.canonical_id, line, start, citation.end, True,
                 evidence_around(text, start, citation.end))  # fmt: skip


# "The Doha-based ", "London-based ": a place of up to three words joined to "based" by a hyphen, before a name.
_BASED_IN = re.compile(r"(?:the\s+)?(?:[^\W\d_][\w.'’]*\s+){0,2}[^\W\d_][\w.'’]*-based\s+(?=[^\W\d_])", re.IGNORECASE)


# The middle dot or bullet that parts an info bar's date from its byline (a comma or bar there parts other things).
_INFO_BAR_DOTS = frozenset("·•")


def author_credit(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """What a line credits when it is an author credit ("Par Claire Fontanel avec AFP"), else nothing."""
    credit = parse_credit_line(text)
    second = next_credit_at(text, 0) if credit is None else None
    if second is not None:  # "Reporting by A in Mumbai; additional reporting by B in London": its first credit
        credit = parse_credit_line(text[: second[0]])
        dated = date_tail_start(text[: second[0]])
        dotted = text[second[0] : second[1]].strip() in _INFO_BAR_DOTS
        if credit is None and dated is not None and len(text[:dated].split()) <= 1 and dotted:
            # "Апублікавана 3 сакавіка 2025 · Аўтар: Алесь Бародзіч": the info bar's date, then the byline
            return author_credit(" " * second[1] + text[second[1] :], line, gazetteer)
    return credit_line_attributions(text, line, gazetteer) if credit and credit.kind is AttributionKind.AUTHOR else []


def wire_line_found(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "Дневник - БТА": the outlet and the agency it took the story from (a known agency must be named)."""
    placed = agency_and_place(text, line, gazetteer)  # "EFE | Madrid": the wire and its place, no outlet
    if placed:
        return placed
    wire = wire_line_citations(text, gazetteer)
    return [dataclasses.replace(found_of(c, text, line), in_body=False, evidence=text.strip()) for c in wire]


def dateline_alone(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "أبوظبي في 11 مايو / وام /", "Freistadt/Linz – APA, red": a wire dateline on a line of its own over the first
    paragraph (often taken for the headline, right above the text), its agency; only the dateline's words on it."""
    if len(text.split()) > MAX_WIRE_LINE_WORDS:
        return []
    cited = [c for c in dateline_citations(text, gazetteer) if c.kind is AttributionKind.AGENCY]
    if not cited or any(c.isalpha() for c in _DESK_MARK.sub("", text[cited[-1].end :])):
        return []
    return [dataclasses.replace(found_of(c, text, line), in_body=False, evidence=text.strip()) for c in cited]


# What may follow a dateline's agency on its line: the closing slash or bracket, the desk's mark ("APA, red").
_DESK_MARK = re.compile(r"\bred\b")


# A bracket closing the line: "(DHA)" after a Turkish byline's name and place, maybe after a comma ("Serkan
# AYDIN/TRABZON, (DHA)", as the agency's datelines write "TRABZON, (DHA) -").
CLOSING_BRACKET = re.compile(r"\s*,?\s*\(([^()]{2,30})\)\s*$")


def chrome_byline(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """A line labelled chrome that is only a person's name ("Иван Петров"), maybe with the agency after it ("Mari
    Saar, BNS"): the author (and the agency), when the caller has found it in the byline block
    (:func:`tasks.credits.byline_block.byline_block_names`); a wire line there ("Le Monde avec AFP") names the
    outlet and its agency."""
    if attached := attached_cue_byline(text, line):  # "ብሳባ ተስፋይ": the Tigrinya "by" written onto the name
        return attached
    dated = name_after_date_bar(text)
    if dated is not None:  # "Ljubljana, 8. 3. 2024 ob 14:12 | Matej Zupan": the info bar's date, then the byline
        found = chrome_byline(" " * dated + text[dated:], line, gazetteer)
        return [dataclasses.replace(f, evidence=text.strip()) for f in found]
    placed = agency_and_place(text, line, gazetteer)
    if placed:  # "EFE | San Juan": the wire and the place it filed from, no name after a place
        return placed
    agency = byline_agency(text, gazetteer, title_case=True)  # the caller found the line in the byline block
    if agency is not None:  # "SITA" alone under the headline: the wire wrote the story
        name = text.strip().strip(".")
        at = text.index(name)
        return [agency_found(name, agency, at, line, name)]
    listed = listed_wires(text, line, gazetteer) if "," in text else []
    if listed:  # "ČTK, iDNES.cz": the wires and sites the story came from
        return listed
    cued = (
        person_cue_byline(text, line, gazetteer) or reporters_alone(text, line, gazetteer)
        or dash_joined_names(text, line, gazetteer)  # "Nguyễn Hà - Minh Quân"
    )  # fmt: skip
    if cued:  # "From Chinedu Okafor, Abuja": a cue that is also a common word, no part of the name
        return cued
    credit = parse_credit_line(text) or (role[1] if (role := cued_before_role(text)) else None)
    if credit is not None and desk_and_place(text, credit.cue, credit.rest_start):
        return []
    if credit is not None and credit.name and (credit.kind is AttributionKind.SOURCE or credit.rest_end is not None):
        # "2025-10-14 09:30 来源：人民网": the head's info bar; "Sigurður Jónsson skrifar": the writer, then the cue
        return credit_line_attributions(text, line, gazetteer)
    closing = CLOSING_BRACKET.search(text)
    bracketed = without_with_word(closing.group(1)) if closing else ""
    if closing and (canonical := gazetteer.agency_of_name(bracketed, cued=True)):
        # "Ayşe DEMİR / ANTALYA (DHA)": the writer, the place filed from and the agency in brackets; "Julien Roux
        # (avec AFP)": the writer with the wire's copy
        writers = chrome_byline(text[: closing.start()], line, gazetteer)
        name, at = bracketed, closing.end(1) - len(bracketed)
        wire = agency_found(name, canonical, at, line, text.strip())
        if writers and all(f.kind is AttributionKind.AUTHOR for f in writers):
            return [*writers, wire]
        if bracketed == closing.group(1):
            return []  # "Le Monde avec AFP" is read below as the wire line it is
    start = credit.rest_start if credit is not None and credit.kind is AttributionKind.AUTHOR else 0  # "By Ana Lee"
    named = looks_like_name_line(text[start:], gazetteer, cued=start > 0) or two_joined_names(text[start:], gazetteer)
    if not named:  # "Dal nostro inviato Marco Gentile"; "Mari Tamm ja Jaan Kask": two writers
        # "Le Monde avec AFP": the outlet and its agency; "נועה לוי ואיתי ברק": two writers, the "and" on the second
        return wire_line_found(text, line, gazetteer) or hebrew_pair_byline(text, line)
    if start and is_caseless(text[start:]):  # "本报记者 陈静 王丽": the credit line it is, its names parted by spaces
        return credit_line_attributions(text, line, gazetteer)
    uncontacted = without_contact(text)
    credited = split_byline(uncontacted, start, gazetteer)
    head, has_role = name_before_role(uncontacted)
    past_head = len(credited) != 1 or credited[0].end > len(head)  # "Iñaki Goñi. Pamplona": one part, the place too
    if has_role and past_head and not any(c.canonical_id for c in credited[1:]):
        # "अमित कुमार पांडेय, लखनऊ": the place is no second name; "عائشہ نور ملک، اسلام آباد": nor part of the name
        credited = split_byline(head, start, gazetteer)
    people = [c for c in credited if not c.canonical_id and not c.is_domain]
    agencies = [c for c in credited[1:] if c.canonical_id]  # the agency after the name: "Anna Lindqvist/TT"
    pair = len(people) > 1 and people == credited
    if pair and (is_list_of_people(head, [(c.start, c.end) for c in people]) or two_joined_names(head, gazetteer)):
        # "Piotr Nowicki i Anna Zięba, Gdańsk": two people joined by their language's "and" (the name-line test
        # has held the line to four capitalised words)
        return [Found(AttributionKind.AUTHOR, c.name, normalize_name(c.name), None, line, c.start, c.end, False,
                      text.strip()) for c in people]  # fmt: skip
    if len(people) != 1 or people[0] is not credited[0] or len(people) + len(agencies) != len(credited):
        return []
    if agencies and text[people[0].end : agencies[0].start].strip() not in ("/", ",", "|"):
        return []  # "Politik - dpa": an outlet's wire line; "Jussi Mäkinen | STT": the bar of a byline's info line
    if agencies and _closes_with_title(text[agencies[-1].end :]):
        credited = people  # "Greg Lee, AP Sports Writer": the agency opens the writer's job title, his employer
    return [Found(AttributionKind.AGENCY if c.canonical_id else AttributionKind.AUTHOR, c.name, normalize_name(c.name),
                  c.canonical_id, line, c.start, c.end, False, text.strip()) for c in credited]  # fmt: skip


def writer_and_wire(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "Erik Lindqvist/TT", "Ilze Krūmiņa, LETA", "Ayşe DEMİR / ANTALYA (DHA)" above the first paragraph, labelled a
    credit line: the writer and the agency after the slash, comma, bar or bracket ("Jussi Mäkinen | STT"), read as
    :func:`chrome_byline` reads them in the byline block; one naming no agency after a person is the bare byline's."""
    if not any(mark in text for mark in "/,(|"):
        return []
    found = chrome_byline(text, line, gazetteer)
    kinds = [f.kind for f in found]
    return found if kinds[:1] == [AttributionKind.AUTHOR] and AttributionKind.AGENCY in kinds else []


def _closes_with_title(rest: str) -> bool:
    """ "Sports Writer", "National Political Writer": words after a byline's agency that end in a job title."""
    words = rest.strip(" .").split()
    return bool(words) and words[-1].casefold() in job_titles().titles


def caption_agencies(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    """ "منظر عام لمدينة الرياض. (أ ف ب)": a caption in the article's head closed by the agency that took the picture
    in brackets, with no cue (an agency record, as a lone "AFP" under a picture is)."""
    if len(text.split(maxsplit=MAX_CREDIT_WORDS)) > MAX_CREDIT_WORDS:
        return []
    start = signoff_bracket_start(text)
    if start == len(text) or not text[:start].strip():
        # only agencies and writers' codes ("(AFP/AFP/Getty Images)", not "(Jim Watson/AFP/Getty Images)"), closing
        # a caption: a gallery's "(Ansa)" under each picture is left to the credit-line rules
        return []
    signed = [c for c in signoff_citations(text, gazetteer) if c.kind is AttributionKind.AGENCY]
    once = {c.canonical_id: c for c in reversed(signed)}.values()  # "(AFP/AFP/Getty Images)": one record an agency
    return [dataclasses.replace(found_of(c, text, number), in_body=False, evidence=text.strip())
            for c in sorted(once, key=lambda c: c.start)]  # fmt: skip


def signed_below(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    """What a chrome line under the last paragraph credits: "Дневник - БТА"; or the article signed there: its
    reporters ("（田中一郎）", "Như Tâm (Theo AFP)"), a byline ("Par Claire Fontanel avec AFP"), a sign-off ("Avec
    AFP", "ats/vic", "PA"), a source credit ("Theo TTXVN"), a name with its role ("Marc Delpech, correspondant"; a
    name alone is as often a title-case heading: "Leave a Reply")."""
    return (
        dotted_initials_then_agency(text, number, gazetteer)  # "F.K./ACAP": the writer's initials, then the agency
        or wire_line_found(text, number, gazetteer) or agency_bracket_signoff(text, number, gazetteer)
        or (chrome_byline(text, number, gazetteer) if slash_agency(text, gazetteer) else [])
        or _reporters_and_wire(text, number, gazetteer)
        or author_credit(text, number, gazetteer) or signoff_line(text, number, gazetteer)
        or (chrome_byline(text, number, gazetteer) if name_before_role(text)[1] else [])
        or _source_credit(text, number, gazetteer) or _agency_line(text, number, gazetteer)
        or initials_line(text, number, gazetteer) or cued_initials(text, number, gazetteer)
        or drawn_on_line(text, number, gazetteer) or initialled_name(text, number, gazetteer)
    )  # fmt: skip


def _reporters_and_wire(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    """ "Minh Khang (TTXVN)" under the text: the writer and the agency in their bracket, as the text's own last
    paragraph gives both (a wire's correspondent signing the copy a paper runs)."""
    writers = closing_reporters(text, number, gazetteer)
    return [*writers, *signoff_line(text, number, gazetteer)] if writers and text.rstrip().endswith(")") else writers


def drawn_on_line(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    """ "Con información de Colprensa", "Com informações da Agência Brasil": a short line of its own under the article,
    the language's "with information from" and the outlets its text draws on, nothing after them: a sign-off (an
    agency is an agency record, as "Avec AFP" is; an outlet the gazetteer knows a source: "Con información de la
    Alcaldía" names an official body, no record)."""
    if len(text.split()) > MAX_DRAWN_ON_WORDS:
        return []
    cited = reporting_citations(text, gazetteer)
    closing = " .)]" if text.lstrip()[:1] in "([" else " ."  # "(Con información de EFE)": the note in brackets
    tail = text[cited[-1].end :].strip(closing) if cited else ""
    if not cited or tail or len(text[: cited[0].start].split()) > MAX_DRAWN_ON_CUE_WORDS:
        return []
    # an outlet the gazetteer does not know shows itself by its name's outlet word ("Unión Radio", "Diario Los Andes")
    known = [c for c in cited if c.canonical_id or is_known_outlet(c.name) or _has_outlet_word(c.name)]
    return [dataclasses.replace(found_of(c, text, number), in_body=False, evidence=text.strip()) for c in known]


def _has_outlet_word(name: str) -> bool:
    return any(w.casefold().strip(".,") in name_words().outlet_words for w in name.split()[:MAX_NAME_WORDS])


MAX_DRAWN_ON_WORDS = 10
MAX_DRAWN_ON_CUE_WORDS = 4


def _agency_line(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    """Known agencies alone on the line under the article, as the wire signs ("PA", "AFP, AP")."""
    if len(text.split()) > MAX_SIGNOFF_LINE_WORDS:
        return []
    found, at = [], 0
    for part in _AGENCY_PARTS.split(text.strip().strip(".")):
        canonical = gazetteer.agency_of_name(part, cued=True) if part == part.strip() else None
        if canonical is None or not part:
            return []
        start = text.index(part, at)
        at = start + len(part)
        found.append(Found(AttributionKind.AGENCY, part, normalize_name(part), canonical, number, start, at, False,
                           text.strip()))  # fmt: skip
    return found


_AGENCY_PARTS = re.compile(r"\s*[,/]\s*")


def _source_credit(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    """A source credit naming someone ("Theo TTXVN", "Quelle: dpa") on a line of its own."""
    credit = parse_credit_line(text)
    if credit is None or credit.kind is not AttributionKind.SOURCE:
        return []
    return [f for f in credit_line_attributions(text, number, gazetteer) if f.name]
