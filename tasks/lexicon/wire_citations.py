"""Agencies of wire copy: a dateline opening the first paragraph, a sign-off closing the last, a wire line.

- "LONDON, March 3 (Reuters) - …": the agency of a dateline opening the first paragraph;
- "… (dpa/AFP)": the agencies of a sign-off closing the last paragraph;
- "Дневник - БТА", "Le Monde avec AFP": a short line naming an outlet and the agency it took the story from.

Datelines and sign-offs only take known agencies (and names an outlet descriptor introduces): a bracketed
abbreviation at the end of a sentence is more often "(NATO)" than an agency.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from schemas import AttributionKind
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.agency_word_datelines import agency_word_dateline, descriptor_named_agency, quoted_agency_dateline
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.citations import Citation
from tasks.lexicon.closing_sentences import last_sentence_start
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.desk_wires import desk_then_wire, is_desk
from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.place_words import is_filing_place
from tasks.lexicon.spans import name_after
from tasks.lexicon.vocabulary import dateline_patterns, name_word_role, name_words
from tasks.lexicon.wire_codes import unknown_wire_code
from tasks.lexicon.word_classes import ELISION, is_caseless, is_domain, is_namey

# A wire line ("Дневник - БТА") is a few words.
MAX_WIRE_LINE_WORDS = 8
# The place of a dateline on its own line ("تطوان – و.م.ع") is a word or two.
MAX_DATELINE_PLACE_WORDS = 2
# The parts of a sign-off: slashes, commas, dashes, "and", and "with" ("(mth avec AFP)": the writer's initials with the
# wire's, Le Monde's sign-off; the "with" words of author_noise.tsv)
_PARTS = re.compile(r"\s*(?:/|,|;|\s[-–—|]\s|\s(?:and|und|et|y|i|и|і|e|ve|og|och|en|avec|with|mit|con|com|met)\s)\s*")
_SIGNOFF_LEAD = re.compile(
    r"^(?:avec|with|mit|con|com|по материалам|с|з|za|sa|według|nach|via|source|quelle|fuente|fonte|источник|джерело)"
    r"\s*:?\s+",
    re.IGNORECASE,
)
# The same lead written after the agency, as Hindi and Urdu put their postpositions: "(भाषा इनपुट के साथ)", "(पीटीआई के
# इनपुट के साथ)" ("with input from Bhasha"), "(اے پی پی ان پٹ کے ساتھ)".
_SIGNOFF_TAIL = re.compile(r"\s+(?:के\s+|کے\s+)?(?:इनपुट(?:्स)?|ان\s?پٹ)\s+(?:के|کے)\s+(?:साथ|ساتھ)\s*$")


# Sign-offs write agencies' acronyms in lower case ("jj/ack (dpa, afp, rtr)"): a code this long at most.
MAX_SIGNOFF_CODE = 4


def agencies_in(group: str, offset: int, gazetteer: Gazetteer, how: str) -> list[Citation]:
    """Known agencies (or descriptor-introduced names) among the parts of "dpa/AFP", "Avec AFP"."""
    lead = _SIGNOFF_LEAD.match(group)
    start = lead.end() if lead else 0
    tail = _SIGNOFF_TAIL.search(group, start)
    found: list[Citation] = []
    for part in _PARTS.split(group[start : tail.start() if tail else len(group)]):
        name = _without_elided_article(part.strip(" ."), gazetteer)
        if not name:
            continue
        at = offset + group.index(name, start)
        canonical = signed_agency(name, gazetteer)
        if canonical:
            found.append(Citation(AttributionKind.AGENCY, name, canonical, at, at + len(name), how))
        elif (how in ("signoff", "dateline") and (is_known_outlet(name) or is_domain(name))) or (
            how == "signoff" and _outlet_named(name)
        ):
            # "(Политика)", "(ČTK, iROZHLAS.cz)", "Muqdisho (Garowe Online) -": the outlet signs or datelines; "(Listín
            # Diario)": a paper whose name has an outlet's word signs the story it lent
            found.append(Citation(AttributionKind.SOURCE, name, None, at, at + len(name), how))
        elif name.split()[0].casefold() in name_words().descriptors and len(name.split()) <= 3:
            span = name_after(name, 0)
            if span is not None:
                found.append(Citation(AttributionKind.SOURCE, name[span.start : span.end], None,
                                      at + span.start, at + span.end, how))  # fmt: skip
    if how == "signoff" and any(c.kind is AttributionKind.AGENCY for c in found):
        found += _writer_initials(group, offset, start, found)
    if not any(c.kind is AttributionKind.AGENCY for c in found):
        # A domain signs beside an agency ("(ČTK, iROZHLAS.cz)"); alone, it is as often a photo's credit
        # ("(David Tonnessen/PacificCoastNews.com)")
        return [c for c in found if is_known_outlet(c.name) or not is_domain(c.name)]
    return found


MIN_SIGNING_OUTLET_WORDS, MAX_SIGNING_OUTLET_WORDS = 2, 4  # capitalised words of a paper signing a paragraph


def _outlet_named(name: str) -> bool:
    """Two to four words in title case (particles between them: "Jornal do Commercio") with an outlet's word or
    descriptor among them ("Listín Diario", "Morning Herald"): an outlet's name, whoever's the other words are."""
    words, capitalised = name.split(), [w for w in name.split() if w[:1].isupper()]
    if not MIN_SIGNING_OUTLET_WORDS <= len(capitalised) <= MAX_SIGNING_OUTLET_WORDS or name.isupper():
        return False
    marked = any(w.casefold() in name_words().outlet_marks for w in capitalised)
    return marked and all(w[:1].isupper() or w in name_words().particles for w in words)


def _without_elided_article(name: str, gazetteer: Gazetteer) -> str:
    """ "l'ATS" → "ATS": the French or Italian article elided onto an agency's name ("Avec l'ATS", "con l'ANSA"),
    no part of the name the gazetteer writes; a name it lists with its article ("l'AFP") is kept whole."""
    if ELISION.match(name) and signed_agency(name, gazetteer) is None and signed_agency(name[2:], gazetteer):
        return name[2:]
    return name


def signed_agency(name: str, gazetteer: Gazetteer) -> str | None:
    """The agency a sign-off's part names: as the gazetteer writes it, or in lower case ("(dpa, afp)", "(sda/lsc)":
    codes in lower case; "/ritzau/": Danish wire copy signs its agency's name so)."""
    canonical = gazetteer.agency_of_name(name, cued=True)
    if canonical is None and name.isalpha() and name.islower():
        written = name.upper() if len(name) <= MAX_SIGNOFF_CODE else name.capitalize()
        canonical = gazetteer.agency_of_name(written, cued=True)
    return canonical


def is_signoff_code(part: str) -> bool:
    """A sign-off's lower-case code of two to MAX_SIGNOFF_CODE letters ("mk", "jab", "lnw"): initials or a desk."""
    return 2 <= len(part) <= MAX_SIGNOFF_CODE and part.isalpha() and part.islower()


def _writer_initials(group: str, offset: int, start: int, agencies: list[Citation]) -> list[Citation]:
    """ "(sda/mk)", "(ČTK, jab)", "ats/vic": beside the agency, the lower-case code of at most MAX_SIGNOFF_CODE
    letters is the writer's (or editor's) initials, an author; a desk's code ("red", "redakce") is no one."""
    found: list[Citation] = []
    words = load_author_words()
    for part in _PARTS.split(group[start:]):
        code = part.strip(" .")
        if not is_signoff_code(code):
            continue
        at = offset + group.index(code, start)
        if any(a.start == at for a in agencies) or code in words.newsroom | words.desk_codes:
            continue
        found.append(Citation(AttributionKind.AUTHOR, code, None, at, at + len(code), "signoff"))
    return found


# Datelines whose place is read only in a script without case or in capitals (a title-case place is as often a name).
_PLACE_FIRST = ("place_hyphen_agency", "place_dash_agency_dash", "place_dash_agency_colon")


def dateline_citations(text: str, gazetteer: Gazetteer) -> list[Citation]:
    """The agency of a dateline opening a first paragraph ("BERLIN (dpa) - …", "Agencia X / Madrid, 3 mar -")."""
    patterns = ("place_date_agency", "place_date_slash_agency", "agency_place_date", "place_date_dot_agency",
                "place_agency_bracket", "place_date_dash_agency", "place_hyphen_agency",
                "place_dash_agency_desk", "place_date_comma_agency", "bracket_first_agency",
                "place_date_dash_quoted_agency", "place_dash_agency_dash", "place_dash_agency_colon",
                "place_day_month_agency")  # fmt: skip
    for name in patterns:
        match = dateline_patterns()[name].match(text)
        place = match.group("place") if match and name in _PLACE_FIRST else ""
        bracketed = bool(match and match.groupdict().get("open"))  # "Rabat – (MAP) –": the brackets say it is one
        if place and not (is_caseless(place) or place.isupper() or bracketed):
            continue  # "دمشق-سانا": a place in a script without case or in capitals; not "Anti-EFE protesters"
        if match:
            found = agencies_in(match.group("agency"), match.start("agency"), gazetteer, "dateline")
            if place and not any(c.kind is AttributionKind.AGENCY for c in found):  # an agency unknown, by its word
                found = descriptor_named_agency(match.group("agency"), match.start("agency")) or found
            if found:
                return found
    writer = WRITER_SLASH.match(text)
    if writer is not None:  # "Mehmet YILDIZ/TRABZON, (DHA) - …": the Turkish wires' writer before the dateline
        return dateline_citations(" " * writer.end() + text[writer.end() :], gazetteer)
    region = _PLACE_REGION.match(text)
    if region is not None and not gazetteer.find(region.group(1)):  # "Ilebo (RDC), 14 mars 2025 (ACP).- …"
        return dateline_citations(text[: region.start(1) - 1] + " " * (region.end(1) - region.start(1) + 2)
                                  + text[region.end(1) + 1 :], gazetteer)  # fmt: skip
    unknown = unknown_wire_code(text) or _named_agency_dateline(text, gazetteer) or agency_word_dateline(text)
    unknown = unknown or quoted_agency_dateline(text)  # "Бишкек, 5-март — «Ала-Тоо Пресс»."
    if unknown:
        return unknown
    # the site's own dateline: "JAKARTA, KOMPAS.com - …", "【明報專訊】…" (the paper's "special dispatch")
    for name in ("place_domain", "outlet_dispatch"):
        match = dateline_patterns()[name].match(text)
        if match is None or (name == "place_domain" and not is_domain(match.group("agency"))):
            continue
        outlet = match.group("agency")
        canonical = gazetteer.agency_of_domain(outlet) if name == "place_domain" else gazetteer.agency_of_name(outlet)
        kind = AttributionKind.AGENCY if canonical else AttributionKind.SOURCE
        return [Citation(kind, outlet, canonical, match.start("agency"), match.end("agency"), "dateline")]
    return []


# A dateline's place, its country or region in brackets (no agency's: that one follows the date), then the comma
# before the date ("Ilebo (RDC), 14 mars 2025 (ACP).-"): the bracket is read as blank.
_PLACE_REGION = re.compile(
    r"\s*[^\W\d_][^\W\d_ .'’-]*(?:[ -][^\W\d_][^\W\d_.'’-]*){0,2} \(([^\W\d_][^()\d]{1,29})\)(?=,)"
)
# The writer's name and a slash before the place of a dateline that brackets its agency ("Mehmet YILDIZ/TRABZON, (DHA)
# - …", "Ayşe DEMİR / ANTALYA (DHA) - …": DHA's and İHA's copy as Turkish sites run it); the rest is read as a dateline.
WRITER_SLASH = re.compile(r"\s*[^\W\d_][^/()\d]{2,40}?\s*/\s*(?=[^\W\d_][^/()]{1,30}?,?\s*\([^()]{2,20}\)\s*[-–—])")


def _named_agency_dateline(text: str, gazetteer: Gazetteer) -> list[Citation]:
    """ "Bakı. Xəzər İnformasiya Agentliyi. …", "Bakı. APA. …": the place and the agency, each closed by a full stop;
    a known agency, or a name ending in its language's words for a news agency (``agency_tail``)."""
    match = dateline_patterns()["place_dot_agency"].match(text)
    if match is None:
        return []
    name, at = match.group("agency"), match.start("agency")
    # "APA-İqtisadiyyat" (APA-Economics): the agency's name, a hyphen and its service's
    head = name.split("-", 1)[0] if "-" in name and " " not in name else name
    known = agencies_in(name, at, gazetteer, "dateline") or agencies_in(head, at, gazetteer, "dateline")
    if known:
        return [c for c in known if c.kind is AttributionKind.AGENCY]
    folded = name.casefold().replace("i\u0307", "i")  # the Turkic dotted capital İ folds to "i" and a dot
    if any(folded.endswith(f" {tail}") for tail in name_word_role("agency_tail")):
        return [Citation(AttributionKind.AGENCY, name, None, at, at + len(name), "dateline")]
    return []


def signoff_citations(text: str, gazetteer: Gazetteer, bracketed_only: bool = False) -> list[Citation]:
    """Agencies of a sign-off closing a last paragraph ("… (dpa/AFP)", "… (Avec AFP)", "… /ANSA/", "… – AA");
    `bracketed_only`: the bracket alone ("…を始める。（共同）" closing the lead)."""
    shapes = (
        ("signoff",)
        if bracketed_only
        else ("signoff", "signoff_slash", "signoff_dash", "signoff_codes", "signoff_with")
    )
    for name in shapes:  # "(dpa/AFP)", "– AA"
        match = dateline_patterns()[name].search(text)
        if match is not None:
            return agencies_in(match.group("agency"), match.start("agency"), gazetteer, "signoff")
    return []


def _is_whole_name(text: str) -> bool:
    span = name_after(text, 0)
    return span is not None and span.start == 0 and span.end == len(text) and is_namey(text)


def _is_dateline_place(text: str, name: str, n_parts: int) -> bool:
    """The place of a dateline on its own line, before a dash and the agency ("تطوان – و.م.ع"): a word or two in a
    script without capitals, or in capitals as datelines write it; "Carolyn Kaster / AP" is a photo credit."""
    words = name.split()
    dashed = re.match(rf"\s*{re.escape(name)}\s[-–—]\s", text) is not None
    written_so = all(is_caseless(w) for w in words) or name.isupper()
    return n_parts == 2 and 0 < len(words) <= MAX_DATELINE_PLACE_WORDS and dashed and written_so


def wire_line_citations(text: str, gazetteer: Gazetteer) -> list[Citation]:
    """ "Outlet - Agency" on a line of its own: the outlet as a source, the agency as an agency."""
    if len(text.split()) > MAX_WIRE_LINE_WORDS:
        return []
    parts = re.split(r"\s[-–—|/]\s", text)
    if len(parts) == 1:
        parts = _with_parts(text)
    if len(parts) == 1:
        parts = desk_then_wire(text, gazetteer)  # "Redazione ANSA ROMA": the agency's desk and its city
    if len(parts) == 1:
        return []
    found: list[Citation] = []
    position = 0
    for part in parts:
        name = part.strip(" .")
        at = text.index(name, position) if name else position
        position = at + len(name)
        canonical = gazetteer.agency_of_name(name, cued=True) if name else None
        if canonical:
            found.append(Citation(AttributionKind.AGENCY, name, canonical, at, at + len(name), "wire_line"))
        elif len(parts) == 2 and is_filing_place(name):
            continue  # "Madrid / EFE", "EFE / Madrid": the city the wire filed from is no outlet (filing_places.csv)
        elif is_desk(name):
            continue  # "Redacción / EFE", "La rédaction avec AFP": the paper's own desk wrote it with the agency
        elif name and len(name.split()) <= 3 and _is_whole_name(name):
            found.append(Citation(AttributionKind.SOURCE, name, None, at, at + len(name), "wire_line"))
        elif part is parts[0] and _is_dateline_place(text, name, len(parts)):
            continue  # "تطوان – و.م.ع": the place a dateline of its own names before the agency
        else:
            return []
    return found if any(c.kind is AttributionKind.AGENCY for c in found) else []


def _with_parts(text: str) -> list[str]:
    """ "Le Monde avec AFP", "Der Standard mit APA": an outlet of two words or more (one capitalised word is as
    often "Interview with AFP", unless the paper's desk) and the agency it wrote the story with, joined by a lower-case
    "with"."""
    parts = _with_separator().split(text)
    # "Redacción con EFE": one word, the paper's desk, is no "Interview"
    if len(parts) != 2 or (len(parts[0].split()) < 2 and not is_desk(parts[0])) or not parts[0][:1].isupper():
        return [text]
    return parts


@lru_cache(maxsize=1)
def _with_separator() -> re.Pattern[str]:
    words = sorted(load_author_words().with_words, key=len, reverse=True)
    return re.compile(r"\s(?:" + "|".join(re.escape(w) for w in words) + r")\s")


def wire_tail_citations(text: str, gazetteer: Gazetteer) -> list[Citation]:
    """ "… nastavljena u ponedeljak. N1 - Beta": a wire line the page ran into the last paragraph, after
    its last sentence (the same test as a wire line of its own). Only with a dash: "… Jaafar ASHTIYEH / AFP"
    and "… Photo / Reuters" end a caption with its photo credit."""
    tail = last_sentence_start(text)
    if tail is None:
        return []
    if re.search(r"[/|]", text[tail:]) or parse_credit_line(text[tail:]) is not None:
        return []
    return [dataclasses.replace(c, start=c.start + tail, end=c.end + tail)
            for c in wire_line_citations(text[tail:], gazetteer)]  # fmt: skip
