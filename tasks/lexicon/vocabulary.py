"""Reviewed vocabularies for attributions, read from ``tasks/lexicon/data/*.csv``.

Each file has a ``source`` column saying where its words came from; cells hold ``|``-separated
words. Words are kept case-folded; matching code decides what case means.

- ``credit_cues.csv``: words opening a credit line, by kind (photo, video, source, author) and
  language; ``author_after`` words follow the name instead (Korean "이지은 기자").
- ``reporting.csv``: verbs and phrases that cite a source, by language and by the side of the
  name they stand on ("сообщает ТАСС": before; "Anadolu Ajansı bildirdi": after).
- ``name_words.csv``: closed-class words around names (articles, conjunctions), outlet
  descriptors ("газета", "diario"), generic phrases that are no one's name ("news agencies"),
  stems of officials and institutions (cited, but not sources), and lower-case nouns that
  continue an outlet's name ("Українська правда").
- ``datelines.csv``: regular expressions for wire datelines and sign-offs.
- ``boilerplate_phrases.csv``: phrases of site furniture that reads like prose, matched by
  :mod:`tasks.lexicon.boilerplate`.
- ``related_headings.csv``: headings of link lists ("Related", "Читайте также", WordPress widget titles).
- ``share_buttons.csv``: a share bar's buttons alone on a line ("Facebook", "Print", "Share this:").
- ``standings_headings.csv``: the heading of a sports page's standings widget ("Турнирная таблица", "Tabelle"), read
  by :mod:`tasks.text.widgets`.
- ``post_pagers.csv``: a post's pager line ("Newer Post Older Post Home", "« Previous Post | Next Post »"), read by
  :mod:`tasks.lexicon.post_pagers`.
- ``class_hints.csv``: class/id words of site furniture (``chrome``), of the article (``content``), of
  reader-comment threads (``comment``), and short words that count only as whole words (``whole_word``);
  read by tasks/html/vocab.py in file order.
- ``job_titles.csv``: job titles ("reporter", "корреспондент", "기자") and the beats inside them
  ("national", "sports"): the one list for credit lines and for page-metadata authors.

Month and weekday names and the words around a date are :mod:`tasks.lexicon.date_vocabulary`'s.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import resources

import regex


def read_rows(name: str) -> list[dict[str, str]]:
    """Rows of one data file as dictionaries."""
    text = resources.files("tasks.lexicon").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def split_cell(cell: str) -> list[str]:
    """The case-folded, de-duplicated words of one ``|``-separated cell."""
    return list(dict.fromkeys(w.strip().casefold() for w in cell.split("|") if w.strip()))


@cache
def speech_verbs() -> tuple[tuple[str, str], ...]:
    """Every language's speech verbs ("said", "told", "added") with their language, as ``address_words.csv`` writes
    them: the outlets a speaker talks to and the brackets closing a quote's paragraph read them both."""
    rows = read_rows("address_words.csv")
    return tuple((v.strip(), row["lang"]) for row in rows for v in row["speech_verbs"].split("|") if v.strip())


@cache
def name_word_role(role: str) -> frozenset[str]:
    """The words of one role of ``name_words.csv`` that a single rule asks for ("clause_auxiliary", "year_word")."""
    return frozenset(w for row in read_rows("name_words.csv") if row["role"] == role for w in split_cell(row["words"]))


def by_length(words: set[str]) -> tuple[str, ...]:
    """Longest first, then alphabetical: an alternation or a prefix search meets the longest phrase first."""
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def credit_cues() -> dict[str, tuple[str, ...]]:
    """Credit cue words by kind (photo, video, source, author, author_after), longest first."""
    cues: dict[str, set[str]] = {}
    for row in read_rows("credit_cues.csv"):
        cues.setdefault(row["kind"], set()).update(f for c in split_cell(row["cues"]) for f in letter_forms(c))
    return {kind: by_length(words) for kind, words in cues.items()}


# Pashto, Dari, Urdu and Persian keyboards and CMSs write the Arabic yeh and kaf (ي, ك) for the Persian ones (ی, ک),
# or mix them in one word ("ليکوال": Arabic ي, Persian ک): each cue is read in every such spelling, as the Hijri
# months are (tasks/lexicon/hijri_dates.py).
_YEH, _KAF = ("ی", "ي"), ("ک", "ك")


def letter_forms(cue: str) -> set[str]:
    """The cue and its spellings with the other yeh and the other kaf, each letter swapped throughout the cue."""
    if not any(c in cue for c in (*_YEH, *_KAF)):
        return {cue}  # most cues: no such letter
    plain = cue.translate(str.maketrans("يك", "یک"))
    return {plain.replace("ی", y).replace("ک", k) for y in _YEH for k in _KAF}


@lru_cache(maxsize=1)
def section_words() -> frozenset[str]:
    """Menu and section labels of news sites in every language of the data file ("Home", "Startseite", "Inicio")."""
    return frozenset(w for row in read_rows("section_words.csv") for w in split_cell(row["words"]))


def visual_cues() -> tuple[str, ...]:
    """The cues that credit a picture: photo cues, then video cues, each kind longest first (credit_cues.csv). Credit
    readers that do not care whether a still or a moving picture is credited take this one union."""
    cues = credit_cues()
    return (*cues["photo"], *cues["video"])


@lru_cache(maxsize=1)
def visual_cue_alternation() -> str:
    """The picture cues as one regular-expression alternation, longest first (so "photos" is tried before "photo"),
    for the readers that find a cue inside a line."""
    return "|".join(re.escape(c) for c in sorted(visual_cues(), key=len, reverse=True))


@lru_cache(maxsize=1)
def person_cues() -> dict[str, tuple[str, bool]]:
    """Byline cues that are also a common word ("na": Swahili "by" and "and", Slavic "on"; the Romanian "de", every
    Romance "of"), each with its language: they open a byline only before people's names (credit_cues.csv, kind
    ``author_person``), or only before two or more joined by the language's "and" (``author_people``: the Irish
    "le", also the French article), the bool."""
    kinds = {"author_person": False, "author_people": True}
    return {cue: (row["lang"], kinds[row["kind"]]) for row in read_rows("credit_cues.csv") if row["kind"] in kinds
            for cue in split_cell(row["cues"])}  # fmt: skip


@dataclass(frozen=True)
class ReportingPhrases:
    """Phrases that cite a source: standing before the name, or after it."""

    before: tuple[str, ...]
    after: tuple[str, ...]
    after_final: tuple[str, ...]  # after the name, and ending its clause ("Politico reported.")
    # Verbs that also introduce people ("рассказал", "objavio"): they cite an outlet only when its name is
    # quoted, a domain, a known agency or introduced by a descriptor or article ("издание X", "der Spiegel").
    before_quoted: tuple[str, ...] = ()
    after_quoted: tuple[str, ...] = ()
    # The outlet spoken to ("told", "gegenüber", "каза пред"): these take people, institutions and, in German,
    # any noun after an article ("gegenüber dem Vorjahr"), so the name needs an outlet's own marks: quoted, a
    # domain, a known agency, an outlet word ("Radio", "Zeitung") or a descriptor ("der Zeitung X").
    before_outlet: tuple[str, ...] = ()
    # Words everyone uses ("says", "claims", "via"): they cite a name only when it is a known outlet's (outlets.csv),
    # whatever follows ("The Chronicle says police…", "Richardson, via USA Today, said").
    after_known: tuple[str, ...] = ()
    before_known: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def reporting_phrases() -> ReportingPhrases:
    """Every language's reporting phrases, longest first."""
    sides: dict[str, set[str]] = {side: set() for side in ("before", "after", "after_final", "before_quoted",
                                                            "after_quoted", "before_outlet", "after_known",
                                                            "before_known")}  # fmt: skip
    for row in read_rows("reporting.csv"):
        sides[row["side"]].update(split_cell(row["phrases"]))
    return ReportingPhrases(*(by_length(sides[side]) for side in sides))


# A Latin stem this short is an acronym ("cia", "fbi", "who", "mup"): the whole word, or before a hyphen or an
# apostrophe ("MUP-a", "WHO's"), never a longer word's start ("Ciaran", "whole", "Mupanda"). Cyrillic acronyms decline
# with their endings written on ("МИДа"), and "суд", "мэр" are stems: those stay prefixes.
MAX_ACRONYM_STEM = 3


def _is_acronym_stem(stem: str) -> bool:
    return len(stem) <= MAX_ACRONYM_STEM and stem.isascii() and stem.isalpha()


# Letters an institution's compound has before its closing word ("Bundes|amt", "Elinvoima|keskuksen").
MIN_COMPOUND_HEAD = 3


@dataclass(frozen=True)
class NameWords:
    """Words the name-span grammar treats specially (all case-folded)."""

    articles: frozenset[str]  # part of a name only when capitalised: "Le Monde", but "der Spiegel" → Spiegel
    articles_strip: frozenset[str]  # never part of a name ("A Népszava szerint")
    descriptors: frozenset[str]  # "газета", "diario": the outlet's name follows (or, in Turkish, precedes)
    generic: frozenset[str]  # "news agencies", "СМИ": no one's name
    official_stems: tuple[str, ...]  # "minist", "полиц": officials and institutions, not sources
    conjunctions: frozenset[str]
    name_tails: frozenset[str]  # lower-case words that continue an outlet name
    particles: frozenset[str]  # lower-case words inside names ("Journal du Dimanche", "Voice of America")
    clause_ends: frozenset[str]  # words after "X reported" that still end its clause ("that", "on")
    outlet_words: frozenset[str]  # "Courier", "Radio", "правда": a capitalised run with one is an outlet
    outlet_adjectives: frozenset[str]  # "diplomatique", "libre": lower-case words inside Romance outlet names
    outlet_adjective_endings: tuple[str, ...]  # "ique", "ain": such a word at the end of its clause
    honorifics: frozenset[str]  # "Dr", "Herr", "M.": a person's name follows
    company: frozenset[str]  # "Corp", "AG", "ООО": a company's legal form
    company_descriptors: frozenset[str]  # "company", "компании": a company's name follows
    trailing_descriptors: frozenset[str]  # "gazetesi", "порталы": descriptors of verb-final languages, after the name
    locatives: frozenset[str]  # "в", "in", "mit": before an outlet, where something happened, not a citation
    source_prepositions: frozenset[str]  # "от", "from": an organisation speaking ("обещаха от „…“")
    capitalised_descriptors: frozenset[str]  # "Senders", "Zeitung": descriptors of languages that capitalise nouns
    affiliations: frozenset[str]  # "of": "editor of the magazine …" names the outlet, does not cite it
    as_words: frozenset[str]  # "как", "wie", "comme": a sentence-opening clause that names who reported
    complementizers: frozenset[str]  # "أن", "إلى": after a caseless outlet name, the reported clause begins
    object_descriptors: frozenset[str]  # "газету", "телеканалом": case forms of an outlet that is an object
    quoted_only_descriptors: frozenset[str]  # "list", "server": also common English words; need a quoted name
    # "de", "of", "der": the word linking an official body to its place ("Le parquet de Lyon a indiqué")
    institution_links: frozenset[str] = frozenset()
    place_openings: frozenset[str] = frozenset()  # "San", "New", "Saint": a place's name opens with it
    courtesy: tuple[str, ...] = ()  # "courtesy of", "cortesía de": before the credited name, no part of it
    genitive_endings: tuple[str, ...] = ()  # "র" (Bengali "of"): written onto a known outlet's name
    # "keskus", "zentrum", "behörde": an institution's word closing a compound ("Elinvoimakeskuksen", "Bundesamt")
    official_tails: tuple[str, ...] = ()
    # "tidende", "posten", "lehti": a newspaper's word closing a compound that is its name ("Stiftstidende")
    outlet_tails: tuple[str, ...] = ()
    demonym_endings: tuple[str, ...] = ()  # "eño", "ês": the country's adjective between descriptor and name

    def closes_with_outlet_word(self, token: str) -> bool:
        """ "Stiftstidende", "Aftenposten", "Iltalehti": a capitalised compound closed by a newspaper's word, the way
        Nordic and Finnish papers write their names; the word alone is an outlet word (``outlet_word``)."""
        folded = token.casefold()
        return folded.endswith(self.outlet_tails) and any(
            folded.endswith(t) and len(folded) >= len(t) + MIN_COMPOUND_HEAD for t in self.outlet_tails
        )

    def is_official(self, token: str) -> bool:
        folded = token.casefold()
        if folded.startswith(self.official_stems):
            return any(folded.startswith(s) and not (_is_acronym_stem(s) and folded[len(s) : len(s) + 1].isalpha())
                       for s in self.official_stems)  # fmt: skip
        # one endswith over the tails first: most words close with none, and the per-tail test cost 76 µs a call
        return folded.endswith(self.official_tails) and any(
            folded.endswith(t) and len(folded) >= len(t) + MIN_COMPOUND_HEAD for t in self.official_tails
        )

    @cached_property
    def outlet_marks(self) -> frozenset[str]:
        """Outlet words and descriptors: a word of either makes a name an outlet's (one union, not one per call)."""
        return self.outlet_words | self.descriptors

    @cached_property
    def where_said(self) -> frozenset[str]:
        """Locatives and source prepositions: "в «Газпроме»", "от „…“" say where or by whom, not who reported."""
        return self.locatives | self.source_prepositions


@lru_cache(maxsize=1)
def name_words() -> NameWords:
    roles: dict[str, set[str]] = {}
    descriptors_by_language: dict[str, set[str]] = {}
    for row in read_rows("name_words.csv"):
        roles.setdefault(row["role"], set()).update(split_cell(row["words"]))
        if row["role"] == "descriptor":
            descriptors_by_language.setdefault(row["lang"], set()).update(split_cell(row["words"]))
    trailing = {w for lang in roles["verb_final_language"] for w in descriptors_by_language.get(lang, set())}
    capitalised = {w for lang in roles["noun_capitalising_language"] for w in descriptors_by_language.get(lang, set())}
    return NameWords(
        frozenset(roles["article"]), frozenset(roles["article_strip"]), frozenset(roles["descriptor"]),
        frozenset(roles["generic"]), by_length(roles["official"]), frozenset(roles["conjunction"]),
        frozenset(roles["name_tail"]), frozenset(roles["particle"]), frozenset(roles["clause_end"]),
        frozenset(roles["outlet_word"]), frozenset(roles["outlet_adjective"]),
        by_length(roles["outlet_adjective_ending"]), frozenset(roles["honorific"]), frozenset(roles["company"]),
        frozenset(roles["company_descriptor"]), frozenset(trailing), frozenset(roles["locative"]),
        frozenset(roles["source_preposition"]), frozenset(capitalised), frozenset(roles["affiliation"]),
        frozenset(roles["as_word"]), frozenset(roles["complementizer"]), frozenset(roles["object_descriptor"]),
        frozenset(roles.get("quoted_only_descriptor", set())),
        frozenset(roles.get("institution_link", set())), frozenset(roles.get("place_opening", set())),
        by_length(roles.get("courtesy", set())), by_length(roles.get("genitive_ending", set())),
        by_length(roles.get("official_tail", set())), by_length(roles.get("outlet_tail", set())),
        by_length(roles.get("demonym_ending", set())),
    )  # fmt: skip


@lru_cache(maxsize=1)
def dateline_patterns() -> dict[str, regex.Pattern[str]]:
    """Dateline and sign-off shapes by name (place_date_agency, agency_place_date, signoff)."""
    # The `regex` module: its \w holds the combining vowel signs of Indic scripts ("नयी दिल्ली, पांच मार्च (भाषा)"),
    # which `re` leaves out of [^\W\d_]; the patterns read the same otherwise.
    return {row["name"]: regex.compile(row["pattern"]) for row in read_rows("datelines.csv")}


@dataclass(frozen=True)
class JobTitles:
    """Words of a job title next to a person's name (case-folded)."""

    titles: frozenset[str]  # "reporter", "korrespondent", "기자"
    beats: frozenset[str]  # "national", "sports": a desk, part of a title ("AP National Political Writer")
    writing: frozenset[str] = frozenset()  # "writer", "columnist": a job whose holder writes the page's bylines


@lru_cache(maxsize=1)
def job_titles() -> JobTitles:
    """Job titles, beats and the writing jobs from ``job_titles.csv``."""
    kinds: dict[str, set[str]] = {"title": set(), "beat": set(), "writing": set()}
    for row in read_rows("job_titles.csv"):
        kinds[row["kind"]].update(split_cell(row["words"]))
    return JobTitles(frozenset(kinds["title"]), frozenset(kinds["beat"]), frozenset(kinds["writing"]))
