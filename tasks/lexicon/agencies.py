"""The news-agency gazetteer: names across languages and scripts, with stable ids (data in CSV).

``tasks/lexicon/data/agencies.csv`` has one row per agency (300+, every country's national agency and the
big wire and photo agencies): ``id`` (stable, snake_case), ``names`` and
``domains`` (``|``-separated), and ``cue_names``: names that are also common words ("Спутник" is a
satellite, "Antara" means "between") and so count only next to a reporting cue, inside quotes, or
in a line that is itself a credit; ``credit_names``: abbreviations an agency signs with that name
others in running text ("PA" is also the Palestinian Authority, "NA" a National Assembly), counted
only in credits, datelines and sign-offs. All names are matched by one Aho-Corasick automaton.
Domains name the site they belong to through :mod:`tasks.lexicon.site_domains`; the reporting cues that let a
cue name count, through :mod:`tasks.lexicon.reporting_cues`.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from tasks.lexicon.attached_prefixes import without_glued_prefixes
from tasks.lexicon.automaton import PARAGRAPH_SCANS, PhraseAutomaton, is_unspaced
from tasks.lexicon.reporting_cues import has_cue_after, has_cue_before
from tasks.lexicon.vocabulary import job_titles, name_word_role, name_words

# Short names (ТАСС, AP, APA, Kyodo, UzA) are matched case-sensitively so that common words don't fire;
# only names written in lower case ("dpa") match in any case.
CASE_SENSITIVE_MAX_LEN = 6
# An inflected name keeps at most this many lower-case letters of ending ("Интерфакса", "PAP-u", "Trend-in").
MAX_ENDING = 4
# Names at least this long may carry an ending; shorter ones ("AP", "ТАСС") must stand alone.
MIN_INFLECTED_LEN = 4
_OPEN_QUOTES = "«\"'„“”‘’《「"
_NO_LEFT = ".@/-_"
_CLOSING_QUOTE = re.compile(rf"[\w'’-]{{0,{MAX_ENDING}}}[»\"'“”’》」]")
_ENDING = re.compile(rf"[-'’]?([^\W\d_]{{1,{MAX_ENDING}}})(?![\w-])")


@dataclass(frozen=True)
class AgencyMatch:
    """An agency named in a text."""

    canonical_id: str
    name: str
    start: int
    end: int
    needs_cue: bool = False  # the name is also a common word or a person's name (Petra, Trend)
    job_tail: int = 0  # the last characters of the span are a job title, not the agency's name ("中央社記者")

    @property
    def name_end(self) -> int:
        return self.end - self.job_tail


@dataclass(frozen=True)
class NameEntry:
    """One agency name as the table writes it; `needs_cue` names are also common words."""

    canonical_id: str
    name: str
    needs_cue: bool = False
    credit_only: bool = False  # the name signs only credits, datelines and sign-offs ("PA", "NA")
    job_tail: int = 0  # characters of a job title the name ends with ("中央社記者": CNA's reporter), not recorded

    @property
    def case_sensitive(self) -> bool:
        return len(self.name) <= CASE_SENSITIVE_MAX_LEN and self.name.lower() != self.name


def _is_quoted(text: str, start: int, end: int) -> bool:
    """The name alone between quotes («Спутник»), not the first word of a quoted title."""
    closing = _CLOSING_QUOTE.match(text, end)
    return start > 0 and text[start - 1] in _OPEN_QUOTES and closing is not None


def _stands_alone(text: str, entry: NameEntry, start: int, end: int) -> bool:
    """The name is a whole word, or a word with an inflected ending ("Интерфакса", "Trend-in")."""
    if start > 0 and text[start - 1] in _NO_LEFT:
        return False
    if end >= len(text) or is_unspaced(text[end - 1]) or is_unspaced(text[end]):
        return True
    after = text[end]
    if after == "." and text[end + 1 : end + 2].isalnum():
        return False  # a domain (interfax.kz): looked up by domain instead
    if not after.isalnum() and after not in "-'’_":
        return True
    if _genitive_written_on(text, entry, end):
        return True  # "পিটিআইৰ মতে", "রয়টার্সের": a genitive ending of a script without case written onto the name
    ending = _ENDING.match(text, end)
    if ending is None or not ending.group(1).islower():
        return False
    # Turkish and Azerbaijani attach case endings to any name with an apostrophe or hyphen (DHA'nın);
    # Cyrillic, Greek and Armenian endings follow longer names directly (Интерфакса). In Latin script a
    # letter straight after the name makes another word ("Andesite").
    if after in "-'’":
        return True
    return len(entry.name) >= MIN_INFLECTED_LEN and entry.name != entry.name.lower() and not _is_latin(entry.name[-1])


def _genitive_written_on(text: str, entry: NameEntry, end: int) -> bool:
    """One of the genitive endings of Bengali, Assamese or Gujarati (``genitive_ending`` in name_words.csv) written
    onto an agency's name in a script without case, and the word ends there: no other word runs on from the name."""
    if entry.name.upper() != entry.name.lower():
        return False  # a script with case: its endings are read by _ENDING
    for ending in name_words().genitive_endings:
        after = end + len(ending)
        if text.startswith(ending, end) and (after >= len(text) or not _is_word_char(text[after])):
            return True
    return False


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_" or unicodedata.category(char)[0] == "M"


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """The name runs on into capitalised words of another name: "ABI Research", "Dow Jones Retail Index",
    "Mountaineer Keystone". Only asked of names that are also common words (cue names); a sentence's
    first word before the name does not count."""
    following = _NEXT_WORD.match(text, end)
    if following is not None and following.group(1)[0].isupper():
        return True
    preceding = _PREVIOUS_WORD.search(text, 0, start)
    if preceding is None or not preceding.group(1)[0].isupper():
        return False
    before = text[: preceding.start(1)].rstrip()
    return bool(before) and before[-1] not in '.!?:;"«„“(—–-'


def _names_its_institution(text: str, end: int) -> bool:
    """A capitalised institution word right after the name ("Reuters Institute"; ``agency_institution``)."""
    following = _NEXT_WORD.match(text, end)
    word = following.group(1) if following is not None else ""
    return word[:1].isupper() and word.casefold() in name_word_role("agency_institution")


def _after_place_word(text: str, start: int) -> bool:
    """A word for a governorate, city or province right before the name ("محافظة قنا": ``place_division``): the
    place it names, not the agency its letters also spell."""
    previous = _PREVIOUS_WORD.search(text, max(0, start - PLACE_WORD_WINDOW), start)
    return previous is not None and previous.group(1).casefold() in name_word_role("place_division")


PLACE_WORD_WINDOW = 30  # characters before a name searched for the place word (one word and its space)
# The dash after an Arabic dateline's place, the wire's name, its colon.
_DATELINE_WIRE = re.compile(r"\s*[-–—]\s*([^:\-–—]{1,30}?)\s*:")
_NEXT_WORD = re.compile(r" (\w+)")
_PREVIOUS_WORD = re.compile(r"(\w+) $")


def _house_style(written: str, name: str) -> bool:
    """ "Ansa" for ANSA, "БЕЛТА" for БелТА: the same letters, all capitals or title case."""
    return written.upper() == name.upper() and (written.isupper() or written.istitle())


def _is_latin(char: str) -> bool:
    return char.isascii() or "\u00c0" <= char <= "\u024f"


@dataclass(frozen=True)
class Gazetteer:
    """Agency names in one automaton, and agency domains for lookup."""

    names: PhraseAutomaton[NameEntry]
    domains: dict[str, str]

    def find(self, text: str, cued: bool = False) -> list[AgencyMatch]:
        """Agencies named in the text, longest name first where names overlap. `cued`: the text is itself a credit,
        dateline or sign-off, so names that are also common words count without a reporting cue around them."""
        found: list[AgencyMatch] = []
        taken_until = -1
        text = without_glued_prefixes(text)  # "Maererano neNew Ziana": the Shona prefix on the name's capital
        for hit in self.names.find_all(text, right_boundary=False):
            if hit.start < taken_until:
                continue
            entry = self._entry(text, hit.start, hit.end, hit.value, cued)
            if entry is None or (entry.credit_only and not cued):
                continue
            if entry.needs_cue and not cued and not self._is_cued(text, hit.start, hit.end):
                continue
            if entry.needs_cue and not cued and _inside_longer_name(text, hit.start, hit.end):
                continue
            if not cued and _names_its_institution(text, hit.end):  # "Reuters Institute": another body
                continue
            if not cued and (_after_place_word(text, hit.start) or self._place_of_dateline(text, hit.start, hit.end)):
                continue  # "محافظة قنا", "قنا - أ ش أ:": Qena, the Egyptian city QNA's Arabic acronym spells
            taken_until = hit.end
            # An acronym in the house style's title case may be a person's first name ("Lina Bergqvist": LINA,
            # Liberia's agency) counted only outside a longer name; in capitals ("ANDINA Lima") it is the agency.
            written = text[hit.start : hit.end]
            house_style = entry.case_sensitive and entry.name.isupper() and not written.isupper()
            head, _, tail = written.partition(" ")  # "disse à agência Lusa": the common noun, then the short name
            common = tail and head.islower() and entry.name[:1].isupper() and self.agency_of_name(tail, True)
            start = hit.end - len(tail) if common == entry.canonical_id else hit.start
            name = text[start : hit.end - entry.job_tail]  # "中央社記者陳怡婷": the agency, its reporter after it
            needs_cue = entry.needs_cue or house_style
            found.append(AgencyMatch(entry.canonical_id, name, start, hit.end, needs_cue, entry.job_tail))
        return found

    @staticmethod
    def _entry(text: str, start: int, end: int, entries: list[NameEntry], cued: bool) -> NameEntry | None:
        written = text[start:end]
        for entry in entries:
            # A name the table writes with capitals, written all in lower case, is the common word ("keystone").
            if written.islower() and not entry.name.islower():
                continue
            # A wire's lower-case code that is also a common word needs its own case: "(rtr)" signs Reuters copy in
            # German papers; "RTR" is the Romansh broadcaster ("Sco RTR ha rapportà").
            if entry.needs_cue and entry.name.islower() and entry.name.isascii() and written.isupper():
                continue
            # In a credit, dateline or sign-off a short name may be written in the site's house style: an
            # acronym in title case ("Foto: Ansa", "(Efe)"), a mixed-case one in capitals ("(БЕЛТА)", "BELTA").
            if entry.case_sensitive and written != entry.name and not (cued and _house_style(written, entry.name)):
                continue
            if _stands_alone(text, entry, start, end):
                return entry
        return None

    def _place_of_dateline(self, text: str, start: int, end: int) -> bool:
        """The name opens an Arabic dateline's place slot, "PLACE - AGENCY:", and a known agency fills the slot after
        the dash ("قنا - أ ش أ: …", MENA filing from Qena): the first slot is the place whatever else it spells."""
        wire = _DATELINE_WIRE.match(text, end)
        return not text[:start].strip() and wire is not None and bool(self.agency_of_name(wire.group(1), cued=True))

    @staticmethod
    def _is_cued(text: str, start: int, end: int) -> bool:
        return has_cue_before(text, start, descriptors=True) or _is_quoted(text, start, end) or has_cue_after(text, end)

    def agency_of_domain(self, domain: str) -> str | None:
        """Canonical id of the agency a domain belongs to (interfax.kz → interfax)."""
        host = domain.lower().removeprefix("www.")
        while host:
            if host in self.domains:
                return self.domains[host]
            _, _, host = host.partition(".")
        return None

    def agency_of_name(self, name: str, cued: bool = False) -> str | None:
        """Canonical id when the whole of `name` is an agency's name or domain, else None."""
        by_domain = self.agency_of_domain(name) if "." in name and " " not in name.strip() else None
        if by_domain:
            return by_domain
        bare = name.strip(" .\"'«»„“”")
        matches = [m for m in self.find(bare, cued) if m.start == 0 and m.end >= len(bare) - MAX_ENDING]
        return matches[0].canonical_id if matches else None


# Case endings of Slavic nouns that replace an a-stem's last vowel or follow a consonant stem ("Hina": "za Hinu",
# "od Hine"; "Tanjug": "za Tanjug", "Tanjugu"), Latin and Cyrillic; longest first. Georgian ones replace the
# nominative's "ი" (genitive "ის", instrumental "ით", ergative "მა", dative "ს": "„ინტერპრესნიუსის“ ცნობით", by
# Interpressnews's information, of the nominative "ინტერპრესნიუსი").
_DECLINED_ENDINGS = ("om", "oj", "ou", "ом", "ой", "ою", "ის", "ით", "მა", "u", "e", "i", "y", "ą", "ę", "у", "е", "і",
                     "и", "ы", "ს")  # fmt: skip
# The stem left after the ending has at least this many letters.
MIN_DECLINED_STEM = 3


def agency_of_declined(gazetteer: Gazetteer, name: str) -> str | None:
    """The known agency a cited name declines ("izjavio je za Hinu": Hina in the accusative), else None: its stem,
    as a consonant stem or with the a-stem's nominative "a", is the agency's whole name. Asked of names already cited
    as outlets only, whose kind it settles."""
    bare = name.strip(" .\"'«»„“”")
    if " " in bare:
        return None
    for ending in _DECLINED_ENDINGS:
        stem = bare.removesuffix(ending)
        if stem == bare or len(stem) < MIN_DECLINED_STEM:
            continue
        for nominative in (stem, f"{stem}a", f"{stem}а", f"{stem}ი"):
            matches = gazetteer.find(nominative, cued=True)
            if any(m.start == 0 and m.end == len(nominative) for m in matches):
                return matches[0].canonical_id
    return None


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def _job_tail(name: str) -> int:
    """How long the job title closing a name written without spaces is ("中央社記者", the form CNA's datelines and
    captions write before the reporter's name: "（中央社記者陳怡婷台東2日電）"), 0 for any other name."""
    if not name or not is_unspaced(name[-1]):
        return 0
    return next((len(job) for job in sorted(job_titles().titles, key=len, reverse=True)
                 if len(job) < len(name) and name.endswith(job)), 0)  # fmt: skip


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Read tasks/lexicon/data/agencies.csv: id, names, domains, cue_names, credit_names (|-separated)."""
    text = resources.files("tasks.lexicon").joinpath("data/agencies.csv").read_text(encoding="utf-8")
    entries: list[NameEntry] = []
    domains: dict[str, str] = {}
    for row in csv.DictReader(text.splitlines()):
        entries.extend(NameEntry(row["id"], name, False, job_tail=_job_tail(name)) for name in _split(row["names"]))
        entries.extend(NameEntry(row["id"], name, True) for name in _split(row.get("cue_names")))
        entries.extend(NameEntry(row["id"], name, True, True) for name in _split(row.get("credit_names")))
        domains.update({d.lower(): row["id"] for d in _split(row["domains"])})
    return Gazetteer(PhraseAutomaton(((e.name, e) for e in entries), group=PARAGRAPH_SCANS), domains)
