"""Agencies and sources cited inside the article's paragraphs: reporting phrases and datelines, sign-offs in brackets,
a closing byline, a source's tail, and outlets named in running text (:func:`in_body_citations`)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import lru_cache

from schemas import AttributionKind
from tasks.credits.bare_bylines import dash_joined_names
from tasks.credits.contact_signatures import contact_signature
from tasks.credits.credit_records import (
    Found,
    agency_in_body,
    credit_line_attributions,
    evidence_around,
    named_found,
    normalize_name,
)
from tasks.credits.dateline_reporters import caseless_dash_signature, dateline_reporter
from tasks.credits.listed_bylines import listed_names, person_cue_byline
from tasks.credits.reporters import closing_reporters, opening_reporters
from tasks.credits.signed_lines import author_credit, found_of
from tasks.credits.signoff_initials import closing_initials
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.citations import MIN_CITING_WORDS, reporting_citations, source_line_citations
from tasks.lexicon.closing_sentences import closing_credit_start, last_sentence_start
from tasks.lexicon.credit_base import DOMAIN
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.day_words import LETTER_OR_MARK
from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.reporting_cues import has_cue_before
from tasks.lexicon.separator_credits import SIGNOFF_DASHES
from tasks.lexicon.site_domains import has_public_suffix
from tasks.lexicon.vocabulary import credit_cues, dateline_patterns, name_word_role, person_cues
from tasks.lexicon.wire_citations import (
    dateline_citations,
    signoff_citations,
    wire_line_citations,
    wire_tail_citations,
)

# Every host name DOMAIN finds ends in a dot and two letters or more (its top-level domain): a paragraph
# without one (35 in 36) needs no DOMAIN scan, which tries a host name at every word (40 times the cost).
_DOT_LETTERS = re.compile(r"\.[a-z]{2}", re.IGNORECASE)
_SENTENCE_ENDS = ("!", "?", ".", "…")
# A cue of one or two words and its colon (the Ethiopic colons and the word space typed for one too: "ምንጪ፡ …"); the
# vowel signs of the Indic and Thai scripts inside its words ("ที่มา:", "स्रोत:", "সূত্র:") are no letters to `\w`.
_COLON_CUE = re.compile(rf"\s*{LETTER_OR_MARK}+(?:\s{LETTER_OR_MARK}+)?\s*[:：፡፦]")


def in_body_citations(
    text: str, line: int, gazetteer: Gazetteer, first: bool = False, last: bool = False,
    surnames: Callable[[], frozenset[str]] = frozenset, lead_signoff: bool = False,
) -> list[Found]:  # fmt: skip
    """Agencies named in a paragraph, and the sources it cites ("передает Kazpravda.kz", "selon Le Monde").

    `first` and `last` say the paragraph opens or closes the article: only there do a wire dateline
    ("BERLIN (dpa) -") and a sign-off ("(dpa/AFP)") count. `surnames` are the people the page names
    ("Mark Smith"): "according to Smith" cites a person, not a source. `lead_signoff`: a known agency in brackets
    closing the first paragraph signs it too ("… (Hina)"; the caller says so outside English).
    """
    credited = _bracketed_credit(text, line, gazetteer) or (_closing_byline(text, line, gazetteer) if last else [])
    # "Aminata Diallo et Moussa Ndiaye" as the last paragraph: the article signed by its reporters, joined by "and"
    # (one name alone there is as often a heading: "Leave a Reply"; a line ending in "!" or "?" is a teaser)
    signed = last and not text.rstrip().endswith(_SENTENCE_ENDS)
    credited = credited or (listed_names(text, line, gazetteer) if signed else [])
    credited = credited or (_closing_person_cue(text, line, gazetteer) if signed else [])
    # "- ප්‍රියන්ත කුමාර"; "Minh Anh - Quốc Huy": the Vietnamese papers' writers joined by a dash under the text too
    credited = credited or (caseless_dash_signature(text, line, gazetteer) or dash_joined_names(text, line, gazetteer)
                            if signed else [])  # fmt: skip
    credited = credited or (_dash_credit(text, line, gazetteer) if signed else [])
    credited = credited or (contact_signature(text, line, gazetteer) if last else [])  # "— Ann Lee (alee@…)"
    if credited and last:  # "Additional reporting by A in B. – with AAP": the wire's sign-off after the credit
        signed_off = [c for c in signoff_citations(text, gazetteer) if not _overlaps(credited, c.start, c.end)]
        credited += [found_of(c, text, line) for c in signed_off if not _same_agency(credited, c.canonical_id)]
    if credited:
        return credited
    found = _named_in_body(text, line, gazetteer)
    found += [f for f in _source_bracket(text, line, gazetteer) if not _overlaps(found, f.char_start, f.char_end)]
    citations = reporting_citations(text, gazetteer, surnames)
    if first:
        found += (
            opening_reporters(text, line, gazetteer) or _dateline_byline(text, line, gazetteer)
            or dateline_reporter(text, line, gazetteer)  # "ਚੰਡੀਗੜ੍ਹ, 12 ਮਾਰਚ (ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਮਾਨ)-"
        )  # fmt: skip
        citations += dateline_citations(text, gazetteer)
        # "…販売を始める。（共同）": a known agency in brackets closing the lead signs the story as at its end;
        # outside `lead_signoff` pages (English: "(AP)" there is as often the lead picture's caption) only in the
        # full-width brackets of Japanese and Chinese wire copy
        closed_wide = text.rstrip(" .。").endswith("）")
        signs = not last and (lead_signoff or closed_wide)
        citations += signoff_citations(text, gazetteer, bracketed_only=True) if signs else []
    if last:
        tail = last_sentence_start(text)
        closing = (
            _source_tail(text, line, gazetteer, tail or 0),
            _closing_byline(text, line, gazetteer, credit_tail) if (credit_tail := closing_credit_start(text)) else [],
            closing_reporters(text, line, gazetteer),
            closing_initials(text, line, gazetteer),  # "… sagte er. (ale)"
        )
        for extra in closing:  # each kept where nothing found before it stands
            found += [f for f in extra if not _overlaps(found, f.char_start, f.char_end)]
        citations += signoff_citations(text, gazetteer) + wire_line_citations(text, gazetteer)
        citations += source_line_citations(text, gazetteer) if len(text.split()) < MIN_CITING_WORDS else []
        citations += wire_tail_citations(text, gazetteer)
    for citation in citations:
        if _overlaps(found, citation.start, citation.end) or _same_agency(found, citation.canonical_id):
            continue
        found.append(found_of(citation, text, line))
    return sorted(found, key=lambda f: f.char_start)


def _bracketed_credit(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "(Reporting by Mark Bennett and Laura Kim)", "(Фото: ТАСС)": a paragraph that is only a credit in
    brackets is a credit line, whatever the segmenter called it; in the full-width brackets of Chinese and Japanese
    copy too ("（来源：新疆日报）")."""
    stripped = text.strip()
    bracket, closed = ("（", "）") if stripped[:1] == "（" else ("(", ")")
    if not (stripped.startswith(bracket) and stripped.endswith(closed) and stripped.count(bracket) == 1):
        return []
    closing = text.rindex(closed)
    unbracketed = f"{text[:closing]} {text[closing + 1 :]}"  # offsets kept; the bracket is no part of a name
    cue, opening = stripped[1:].split(" ", 1)[0], text.index(bracket)
    if cue.casefold() in credit_cues().get("source_bare", ()) and text[opening + 1 : opening + 1 + len(cue)] == cue:
        # "(بشکریہ بی بی سی اردو)", "(साभार बीबीसी हिंदी)": the Urdu and Hindi "with thanks to", written without a
        # colon, read as with it (``source_bare``), the cue moved onto the bracket so that offsets are kept
        unbracketed = f"{text[:opening]}{cue}:{unbracketed[opening + 1 + len(cue) :]}"
    found = credit_line_attributions(unbracketed, line, gazetteer)
    if stripped[1:].lstrip().startswith("©") and ":" not in stripped:
        # "(©NTB)" under a paragraph: the wire's copyright on the text it wrote, no picture's (a photo cue says so)
        found = [dataclasses.replace(f, kind=AttributionKind.AGENCY) if f.canonical_id else f for f in found]
    # a caption names no one
    return [dataclasses.replace(agency_in_body(f, gazetteer), evidence=stripped) for f in found if f.name]


def _closing_byline(text: str, line: int, gazetteer: Gazetteer, start: int = 0) -> list[Found]:
    """ "Additional reporting by Kwame Boateng in Accra.": a last paragraph that is only an author credit; from
    `start`, its last sentence ("The hearing resumes on Tuesday. Reporting by Priya Menon in Chennai")."""
    part = " " * start + text[start:]  # offsets kept
    found = [f for f in author_credit(part, line, gazetteer) if f.name]
    if not found and part.rstrip().endswith(")") and "(" in part:  # "… in Stawell. (with AAP)": the wire's bracket
        cut = part.rindex("(")  # read apart (the caller adds its agency), the credit before it alone
        found = [f for f in author_credit(part[:cut] + " " * (len(part) - cut), line, gazetteer) if f.name]
    return found


def _closing_person_cue(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "Parengė Ieva Petraitė", "Eftir Sigríði Jónsdóttur": the closing line opened by a cue that is also a common
    word ("prepared", "after"), a person's name after it; not the English "From": under the text it opens a widget's
    title in title case ("From Our Partners", "From Around The Web"), which the name checks let through."""
    first = text.split(maxsplit=1)[0].casefold().rstrip(":：") if text.strip() else ""
    if "en" in person_cues().get(first, ("", False))[0].split():
        return []
    return person_cue_byline(text, line, gazetteer)


# A last paragraph that is only a dash and a name: "- ප්‍රියන්ත කුමාර", "— Ivan Petrov".
def _dash_credit(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "– Netwerk24", "— Kyiv Independent": a last paragraph that is only a dash and a name is a credit line whose
    cue was the dash (:func:`tasks.lexicon.separator_credits.separator_only`)."""
    if text.lstrip()[:1] not in SIGNOFF_DASHES:
        return []
    credit = parse_credit_line(text)
    if credit is not None and credit.cue not in SIGNOFF_DASHES:
        return []  # "– Vi beklager …, sier Solheim. (©NTB)": a quotation dash opening speech a later credit closes
    return [agency_in_body(f, gazetteer) for f in credit_line_attributions(text, line, gazetteer) if f.name]


def _dateline_byline(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "Guadalajara, Jalisco, 2 de junio de 2024. Por María Fernanda López y Javier Ruiz Ortega": a first paragraph
    that is a dateline and then the byline, as a sentence of its own."""
    tail = last_sentence_start(text)
    if not tail or len(text[:tail].split()) > MAX_DATELINE_WORDS:
        return []
    return _closing_byline(text, line, gazetteer, tail)


MAX_DATELINE_WORDS = 12


def _source_tail(text: str, line: int, gazetteer: Gazetteer, tail: int) -> list[Found]:
    """ "Джерело: Суспільне", "… in Brüssel. Quelle: Tagesschau": a last paragraph, or its last sentence (from
    `tail`; 0 reads a paragraph of one sentence whole), that is a source credit with its colon (a cue without one,
    "По данным МВД, …", opens an ordinary sentence)."""
    if not _COLON_CUE.match(text, tail):
        return []
    found = credit_line_attributions(" " * tail + text[tail:], line, gazetteer)
    source_kinds = (AttributionKind.SOURCE, AttributionKind.AGENCY)
    named = [f for f in found if f.kind in source_kinds and f.name]
    return [dataclasses.replace(agency_in_body(f, gazetteer), in_body=True) for f in named]


# A bracket closing a paragraph, with at most this many characters inside.
_CLOSING_BRACKET = re.compile(r"[(\[]([^()\[\]]{2,80})[)\]]\s*\.?\s*$")


def _source_bracket(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "… Dutch 2.0% (Source: Global Reach)": a paragraph closing in a bracket opened by a source cue and its colon
    credits what the bracket names, as a source line does (a photo cue's bracket is the picture's, read elsewhere);
    so does one that holds only a known outlet ("… the food came fast.\" [LA Weekly]", "… a crater. (Daily Star )"):
    the blog's way to say where the quote it gives came from (an agency there is its sign-off, read before)."""
    closing = _CLOSING_BRACKET.search(text) if text.rstrip(" .").endswith((")", "]")) else None
    if closing is None:
        return []
    name = closing.group(1).strip()
    if is_known_outlet(name) and not gazetteer.find(name, cued=True) and len(text.split()) > MIN_CITING_WORDS:
        start = closing.start(1) + closing.group(1).index(name)
        evidence = evidence_around(text, start, start + len(name))
        return [named_found(AttributionKind.SOURCE, name, start, line, evidence, in_body=True)]
    found = _source_tail(" " * closing.start(1) + closing.group(1), line, gazetteer, closing.start(1))
    # a name, not the sentence's words ("(Source: the city's website)"), or a host name ("(Source: gazette.com)")
    return [f for f in found if f.canonical_id or (f.kind is AttributionKind.SOURCE and _names_a_source(f.name or ""))]


def _names_a_source(name: str) -> bool:
    return name[:1].isupper() or (DOMAIN.fullmatch(name) is not None and has_public_suffix(name))


def _overlaps(found: list[Found], start: int, end: int) -> bool:
    return any(f.char_start < end and start < f.char_end for f in found)


def _same_agency(found: list[Found], canonical_id: str | None) -> bool:
    return canonical_id is not None and any(f.canonical_id == canonical_id for f in found)


@lru_cache(maxsize=1)
def _agency_words() -> frozenset[str]:
    return name_word_role("agency_word")


def _after_agency_word(text: str, start: int, end: int) -> int:
    """Where the agency's name starts in a match the gazetteer's alias opens with the word for "agency" ("Agência
    Lusa", "Agencia EFE", "Agenzia ANSA"): after that word when the text writes it in lower case, as the sentence's
    noun ("disse à agência Lusa", "dijo a la agencia EFE", "ha detto all'agenzia ANSA"), not the name's."""
    word, space, rest = text[start:end].partition(" ")
    return start + len(word) + 1 if space and rest and word.islower() and word in _agency_words() else start


# A path after a host name written with its scheme: the whole is a web address given to follow.
_LINK_ADDRESS = re.compile(r"/[^\s/]")


def _named_in_body(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """Agencies the gazetteer knows (one record per agency), and domains cited as sources."""
    found: list[Found] = []
    # a paragraph that is only an acronym ("TT", "AA": also common abbreviations) is the agency signing
    alone = text.strip(" .").isupper() and len(text.split()) == 1
    for agency_match in gazetteer.find(text, cued=alone):
        a = agency_match
        # "l'Agence gabonaise de presse (AGP)": the acronym in brackets right after an agency found is its own
        # abbreviation, whatever other agency the gazetteer gives those letters to
        own = found and text[found[-1].char_end : a.start].strip() == "(" and text[a.end : a.end + 1] == ")"
        if not _same_agency(found, a.canonical_id) and not own:
            start = _after_agency_word(text, a.start, a.end)
            name = text[start : a.name_end]  # "中央社記者陳怡婷": the agency, without its reporter's title
            found.append(Found(AttributionKind.AGENCY, name, normalize_name(name), a.canonical_id, line,
                               start, a.end, True, evidence_around(text, start, a.end)))  # fmt: skip
    taken = [(f.char_start, f.char_end) for f in found]
    for m in DOMAIN.finditer(text) if _DOT_LETTERS.search(text) else ():
        if any(m.start() < e and s < m.end() for s, e in taken) or "@" in text[max(0, m.start() - 1) : m.start()]:
            continue
        if not has_public_suffix(m.group(0)):
            continue  # "Folha de S.Paulo": an abbreviation, not a host name
        if _LINK_ADDRESS.match(text, m.end()) and text[max(0, m.start() - 3) : m.start()] == "://":
            continue  # "please go to http://www.eric.ed.gov/Portal/…": an address to follow, no outlet cited by name
        agency = gazetteer.agency_of_domain(m.group(0))
        if agency is None and not has_cue_before(text, m.start()):
            continue
        kind = AttributionKind.AGENCY if agency else AttributionKind.SOURCE
        found.append(
            Found(kind, m.group(0), normalize_name(m.group(0)), agency, line, m.start(), m.end(), True,
                  evidence_around(text, m.start(), m.end()))
        )  # fmt: skip
    return sorted(found, key=lambda f: f.char_start)


def cut_off_agencies(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """The known agency closing a prose line cut off from the article above it (the segmenter's `after_main_text`:
    a match's statistics box or a table between, "… kohtaa tiistaina KalPan, kertoo STT."): the article's last
    paragraph, the agency its sign-off; an agency named elsewhere in such a line, an outlet or a person is left (real
    pages' prose under the article is as often another story's or a comment's)."""
    end = len(text.rstrip().rstrip(".!»”\"'"))
    return [
        f
        for f in in_body_citations(text, line, gazetteer, last=True)
        if f.kind is AttributionKind.AGENCY and f.canonical_id and f.char_end == end
    ]


def dash_signed_paragraph(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "… dua kali ganda. — BERNAMA" right under the article, cut from it by the segmenter: a prose line closed by the
    wire's dash sign-off after its last sentence, a known agency (:func:`cut_off_agencies`); a reporting verb's
    agency there ("…, kertoo STT.") is as often a teaser's."""
    return cut_off_agencies(text, line, gazetteer) if dateline_patterns()["signoff_dash"].search(text) else []
