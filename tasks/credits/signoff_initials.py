"""Writers' initials signing the article under its last paragraph: "ASG/OID", "kf/tm" alone on the line, "(mkr, jop)"
in brackets, or "… sagte er. (ale)" closing the paragraph itself. Each code is one author; a known agency's code, a
desk's code or a word is none (:func:`tasks.credits.signed_lines.signed_below` reads the lines under the article)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from schemas import AttributionKind
from tasks.credits.credit_records import Found, agency_found, author_found, normalize_name
from tasks.credits.role_tails import is_label_word
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.sentence_signoffs import DOTTED_CODES, is_dotted_initials
from tasks.lexicon.stopwords import any_stopword, stoplist
from tasks.lexicon.vocabulary import credit_cues

# "ASG/OID": the writer's and the editor's initials in capitals, slashed, on the line under the article (the
# Senegalese APS and other West African agencies sign their copy so); "kf/tm": in lower case (the Ivorian AIP's).
_SLASHED_INITIALS = re.compile(r"^\s*(?:[A-Z]{2,4}(?:\s*/\s*[A-Z]{2,4}){1,3}|[a-z]{2,4}(?:\s*/\s*[a-z]{2,4}){1,3})\s*$")
# "(mkr, jop)", "(ale)": in brackets, one code or several parted by commas or slashes (TASR's and ČTK's copy, German
# regional papers); the bracket says it is a sign-off, so one code alone counts there. "(r.p.)": in lower case with a
# dot after each letter (Italian local papers' copy); "(R.K.)": in capitals so (Brazilian and Portuguese papers').
_BRACKETED_INITIALS = re.compile(
    r"^\s*\(\s*(?:[A-Z]{2,4}(?:\s*[/,]\s*[A-Z]{2,4}){0,3}|[a-z]{2,4}(?:\s*[/,]\s*[a-z]{2,4}){0,3}"
    rf"|{DOTTED_CODES})\s*\)\s*$"
)
_CODE_MARKS = re.compile(r"[/,()]")


def initials_line(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    """Writers' initials in capitals or in lower case, slashed (or bracketed), alone under the article: one author
    each; not a known agency (a sign-off's), a desk's code nor a word ("NO/YES", "and/or", "(sic)"). A desk's code
    beside a writer's is the desk's and the writer's sign-off ("(red/mk)": the Austrian papers' newsroom, then the
    editor): the writer's code is an author, the desk's none."""
    if _SLASHED_INITIALS.match(text) is None and _BRACKETED_INITIALS.match(text) is None:
        return []
    codes = [c.strip() for c in _CODE_MARKS.split(text) if c.strip()]
    desks = load_author_words().desk_codes | load_author_words().newsroom
    words = stoplist("en") | load_author_words().note_codes
    if any(_agency_code(c, gazetteer) or c.casefold() in words for c in codes):
        return []  # "ats/red": the agency's and its desk's; "(sda/mk)": the agency's sign-off
    writers = [c for c in codes if c not in desks]
    return _initials_found(text, writers, number) if writers else []  # "(red)": a desk's code is no one's initials


def bracketed_staff_codes(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    """ "(nor/nor)", "(fdl/ega)": the writer's and the editor's codes slashed in brackets alone on a line a few lines
    under the text, past its pager ("Halaman 1 2 Selanjutnya"): the Indonesian portals' sign-off. Two codes at least:
    one word in brackets alone is as often a note's."""
    if "/" not in text or _BRACKETED_INITIALS.match(text) is None:
        return []
    return initials_line(text, number, gazetteer)


# "oprac. kw", "Autor: jk": an author cue, its colon or its abbreviation's dot, and one lower-case code alone.
_CUED_CODE = re.compile(r"^\s*(?P<cue>[^\W\d_]{2,20}(?:\.\s*|\s*:\s*))(?P<code>[^\W\d_]{2,4})\s*\.?\s*$")


MAX_BARE_INITIALS = 2


def cued_initials(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    """ "oprac. kw" under the article: the compiler's or writer's initials in lower case after an author cue (the Polish
    portals' "oprac." over agency copy, "Autor: jk"), one author; not a desk's code ("oprac. red."), a word or an
    agency's code ("Autor: dpa")."""
    match = _CUED_CODE.match(text)
    if match is None or not match.group("code").islower():
        return []
    cue = match.group("cue").strip(" :").casefold()
    if cue not in credit_cues()["author"] and cue.rstrip(".") not in credit_cues()["author"]:
        return []
    code = match.group("code")
    if _no_writer_code(code, gazetteer):
        return []
    at = match.start("code")
    return [Found(AttributionKind.AUTHOR, code, normalize_name(code), None, number, at, at + len(code), False,
                  text.strip())]  # fmt: skip


# "jhr", "mk": one writer's code in lower case, alone on its line.
_BARE_CODE = re.compile(r"^\s*([^\W\d_]{2,4})\s*$")
# "dk", "mkr": two or three consonants of the Latin alphabet, no word of any language
_CONSONANT_CODE = re.compile(r"[bcdfghjklmnpqrstvwxz]{2,3}")


def bare_initials(text: str, number: int, gazetteer: Gazetteer, apart: bool = False) -> list[Found]:
    """ "jhr" alone on the line right under the last paragraph (the caller says whether a blank line parts them): the
    writer's code in lower case, as the Czech and Slovak wires sign (ČTK, TASR); not a word of any language's
    stoplist of three letters or more (two letters, of English's), a menu's label, a desk's or a note's code, nor an
    agency's. `apart` (in its own block under the text, as the German regional papers sign: "dk"): only a code of
    two or three consonants, which no language writes as a word."""
    match = _BARE_CODE.match(text)
    if match is None or not match.group(1).islower():
        return []
    if apart and _CONSONANT_CODE.fullmatch(match.group(1)) is None:
        return []
    code = match.group(1)
    if _no_writer_code(code, gazetteer) or is_label_word(code):
        return []  # "menu", "news": a menu's label
    return _initials_found(text, [code], number)


def _no_writer_code(code: str, gazetteer: Gazetteer) -> bool:
    """A lower-case code that names no writer: a desk's, a newsroom's, a note's or an agency's ("red.", "dpa"), or a
    word of three letters or more any language's stoplist holds ("Von: uns"); two letters are as often initials as
    some language's word ("jk", "mm"), so only English ones count there."""
    words = load_author_words()
    if code in words.desk_codes or code in words.newsroom or code in words.note_codes or code in stoplist("en"):
        return True
    return (len(code) > MAX_BARE_INITIALS and code in any_stopword()) or _agency_code(code, gazetteer)


def staff_initials(
    text: str, number: int, writers: Iterable[str], cited: Iterable[str] = (), gazetteer: Gazetteer | None = None
) -> list[Found]:
    """ "DT/AA" under a story bylined "Por Djénifer Tavares": slashed initials in capitals alone on the line, one of
    them the initials of a writer the byline named (D. T.), are the staff's (the writer's and the editor's, as
    Lusophone and West African agencies sign), every code an author, even one that is also an agency's ("AA" is
    Anadolu's code, but not beside the writer's own initials), unless the text cites that agency by the same code
    (`cited`: "MSB/AGP" under a story that quotes the AGP: the writer and the agency whose copy it is)."""
    if _SLASHED_INITIALS.match(text) is None:
        return []
    codes = [c.strip() for c in _CODE_MARKS.split(text) if c.strip()]
    own = {i for name in writers for i in _initials_of(name)}
    # in capitals only: "sda/mk" in lower case is the Swiss agency's sign-off beside its writer's code
    if not text.isupper():
        return []
    if not own.intersection(codes):
        return _agency_then_staff(text, codes, number, set(cited), gazetteer)
    found = _initials_found(text, codes, number)
    agencies = set(cited) - own
    if gazetteer is None or not agencies:
        return found
    return [_as_agency(f, gazetteer) if f.name in agencies else f for f in found]


def _agency_then_staff(
    text: str, codes: list[str], number: int, cited: set[str], gazetteer: Gazetteer | None
) -> list[Found]:
    """ "AGP/RKM/BM" under a story the AGP's dateline opens: the agency the text cites by that code first, then codes
    that are no agency's, the writer's and the editor's (the West African and Lusophone agencies' sign-off, no byline
    over the story to match them with); the agency record and an author each. Without the text's own citation of the
    first code the line is left to the sign-off rules."""
    if gazetteer is None or len(codes) < MIN_STAFF_CODES or codes[0] not in cited:
        return []
    if any(gazetteer.agency_of_name(code, cued=True) for code in codes[1:]):
        return []
    return [_as_agency(f, gazetteer) if f.name == codes[0] else f for f in _initials_found(text, codes, number)]


# The agency's code and one staff code at least: "AGP/RKM".
MIN_STAFF_CODES = 2


def writers_own_initials(text: str, number: int, writers: Iterable[str], gazetteer: Gazetteer) -> list[Found]:
    """ "(rf)" a few lines under a story bylined "Text: Reto Fässler", past a picture's caption and credit: a code in
    brackets, slashed or alone on its line that is the initials of a writer the byline named, in either case, is that
    writer's sign-off (:func:`initials_line`'s codes); its match with the byline says so where no rule of the lines
    right under the last paragraph reaches."""
    bare = _BARE_CODE.match(text)
    if not (bare or _SLASHED_INITIALS.match(text) or _BRACKETED_INITIALS.match(text)):
        return []  # most lines: no code's shape, so the writers' initials are not worked out
    own = {i for name in writers for i in _initials_of(name)}
    codes = [c.strip() for c in _CODE_MARKS.split(text) if c.strip()] if own else []
    if not own.intersection(c.upper() for c in codes):
        return []
    return _initials_found(text, codes, number) if bare else initials_line(text, number, gazetteer)


# One or two initials and a title-case surname, maybe hyphened: "Е. Корепанова", "А.В. Смирнов", "K. Nowak-Kowal".
_INITIALLED_NAME = re.compile(r"^\s*((?:[^\W\d_]\.\s?){1,2}[^\W\d_][^\W\d_'’]{2,}(?:-[^\W\d_]{2,})?)\s*$")


def initialled_name(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    """ "Е. Корепанова" alone on the line right under the last paragraph: the writer signing with an initial and a
    surname (the Russian, Ukrainian and Polish district papers' way, which print no byline over the story). The
    initial vouches for the name as a job title under a bare name would; in capitals ("Е. КОРЕПАНОВА") it is left to
    the caption rules, whose photographer's name it is as often."""
    match = _INITIALLED_NAME.match(text)
    if match is None:
        return []
    name = match.group(1)
    *initials, surname = name.replace(".", ". ").split()
    if not all(i[:1].isupper() for i in initials) or not (surname[:1].isupper() and surname[1:].islower()):
        return []
    if gazetteer.find(name):
        return []
    return [author_found(name, match.start(1), number, text.strip())]


def _as_agency(found: Found, gazetteer: Gazetteer) -> Found:
    canonical = gazetteer.agency_of_name(found.name or "", cued=True)
    return dataclasses.replace(found, kind=AttributionKind.AGENCY, canonical_id=canonical)


def _initials_of(name: str) -> set[str]:
    """ "Djénifer Tavares" -> DT; "Ana Maria Silva" -> AMS and AS: every word's first letter, or the first and last
    word's."""
    words = [w for w in name.split() if w[:1].isalpha()]
    if len(words) < MIN_NAME_WORDS:
        return set()
    return {"".join(w[0] for w in words).upper(), (words[0][0] + words[-1][0]).upper()}


# A writer's initials are read from a name of two words at least.
MIN_NAME_WORDS = 2


def _initials_found(text: str, codes: list[str], number: int) -> list[Found]:
    found, at = [], 0
    for code in dict.fromkeys(codes):  # "DT/DT": one writer
        start = text.index(code, at)
        at = start + len(code)
        found.append(Found(AttributionKind.AUTHOR, code, normalize_name(code), None, number, start, at, False,
                           text.strip()))  # fmt: skip
    return found


def _agency_code(code: str, gazetteer: Gazetteer) -> bool:
    """A known agency's short name in any case ("sda", "dpa", "ČTK")."""
    return bool(gazetteer.agency_of_name(code, cued=True) or gazetteer.agency_of_name(code.upper(), cued=True))


# "… übernimmt knapp die Hälfte. /jap": after the last sentence, a slash and the writer's code in lower case (German
# regional papers' sign-off), maybe the editor's after another slash.
_SLASHED_TAIL = re.compile(r"(?<=[.!?…“”\"»«])\s+/\s*([a-z]{2,4}(?:\s*/\s*[a-z]{2,4}){0,2})\s*$")


def closing_initials(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    """ "… sagte er. (ale)": the writer's initials in brackets closing the last paragraph, after its last sentence
    (:func:`initials_line`'s codes, offsets kept); or a last paragraph that is only the bracket, when its codes are
    dotted ("(r.p.)": a word in brackets alone, "(ale)", is as often a note's). "… die Hälfte. /jap": the slash
    opening the code says so as a bracket does."""
    slashed = _SLASHED_TAIL.search(text) if "/" in text else None
    if slashed is not None:  # read as its bracket, offsets kept: "/jap" as "(jap)"; no word of any language ("/und")
        if any(_no_writer_code(c.strip(), gazetteer) for c in slashed.group(1).split("/")):
            return []
        opening = text.rindex("/", 0, slashed.start(1))
        return initials_line(" " * opening + "(" + text[opening + 1 : slashed.end(1)] + ")", number, gazetteer)
    bracket = text.rfind("(")
    before = text[:bracket].rstrip()
    if bracket < 0 or (before and not before.endswith((".", "!", "?", "…", "“", "”", '"', "»", "«"))):
        return []
    if not before and not is_dotted_initials(text):
        return []
    return initials_line(" " * bracket + text[bracket:], number, gazetteer)


# "F.K./ACAP", "J.-M. K./AFP": the writer's initials with a dot after each letter, a slash, then the agency whose copy
# the story is, alone on the line under the article (the Central and West African agencies' sign-off).
_DOTTED_THEN_AGENCY = re.compile(r"^\s*(?P<code>(?:[A-Z]\.[\s-]?){2,3})\s*/\s*(?P<agency>[^\W\d_][\w-]{1,15})\s*$")


def dotted_initials_then_agency(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    """ "F.K./ACAP" under the last paragraph: the writer's dotted initials (an author) and the known agency after the
    slash (an agency record), as "ASG/OID" signs the writer and the editor."""
    match = _DOTTED_THEN_AGENCY.match(text)
    if match is None or not _agency_code(match.group("agency"), gazetteer):
        return []
    code, agency = match.group("code").strip(), match.group("agency")
    writer = _initials_found(text, [code], number)
    start = match.start("agency")
    canonical = gazetteer.agency_of_name(agency, cued=True) or gazetteer.agency_of_name(agency.upper(), cued=True)
    return [*writer, agency_found(agency, canonical, start, number, text.strip())]
