"""Words around names in bylines: job titles, words joining two names, lower-case particles inside a name.

Data in ``tasks/lexicon/data/byline_words.csv``, ``job_titles.csv`` and ``and_words.tsv`` (sources in their rows).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.stopwords import stoplist
from tasks.lexicon.vocabulary import job_titles, name_words, read_rows, split_cell
from tasks.lexicon.word_classes import STOP_LANGUAGES


@dataclass(frozen=True)
class BylineWords:
    """Job titles, words joining two names, and lower-case particles inside names."""

    jobs: frozenset[str]
    joiners: frozenset[str]
    particles: frozenset[str]
    # Every language's "and" (and_words.tsv) that is no common word of another language: joins names only when
    # written in lower case ("Айгүл Сәрсенова және Ержан Омаров", "Ion Popescu și Ana Ionescu").
    lower_joiners: frozenset[str] = frozenset()
    # Prepositions of the place a byline is filed from, after the names ("By Priya Sharma in Mumbai", "Von Anna
    # Lange aus Brüssel"): "en" and "a" are left out, being Dutch and Czech for "and".
    places: frozenset[str] = frozenset()
    # Romance "of/from" before the place, only after the names' comma ("Juliana Prado, do Rio", "…, de Brasília"):
    # inside a name they are particles ("José de Souza").
    places_after_comma: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_byline_words() -> BylineWords:
    """Job titles (``job_titles.csv``), and from ``byline_words.csv`` the words joining two names, the
    lower-case particles inside one and the prepositions of a byline's place (role, words |-separated)."""
    text = resources.files("tasks.lexicon").joinpath("data/byline_words.csv").read_text(encoding="utf-8")
    roles: dict[str, set[str]] = {"joiner": set(), "particle": set(), "place": set(), "place_after_comma": set()}
    for row in csv.DictReader(text.splitlines()):
        roles[row["role"]].update(w.strip().casefold() for w in row["words"].split("|") if w.strip())
    joiners = frozenset(roles["joiner"])
    return BylineWords(
        job_titles().titles,
        joiners,
        frozenset(roles["particle"]),
        _and_words() - joiners,
        frozenset(roles["place"]),
        frozenset(roles["place_after_comma"]),
    )


# A compound job title ends in a job word of at least this many letters ("Washingtonkorrespondent").
MIN_COMPOUND_JOB = 7


@lru_cache(maxsize=1)
def _compound_job_lengths() -> tuple[int, ...]:
    """The lengths of the job words a compound may end with: a word's tails of those lengths are looked up, where
    testing it against every job word's ending cost a third of a millisecond a line on long bylines."""
    return tuple(sorted({len(j) for j in load_byline_words().jobs if len(j) >= MIN_COMPOUND_JOB}))


def is_job_word(word: str) -> bool:
    """A job title's word ("reporter", "журналіст"), or a compound ending in a long one ("Washingtonkorrespondent")."""
    folded, jobs = word.strip(".").casefold(), load_byline_words().jobs
    return folded in jobs or any(folded[-n:] in jobs for n in _compound_job_lengths() if n <= len(folded))


def _and_words() -> frozenset[str]:
    """Words for "and" of two letters or more that are a stopword of no other language ("și", "және", "και";
    not "in", "an", "ja", "un": English, German or French words)."""
    found: set[str] = set()
    for language, words in load_author_words().and_words.items():
        others = [stoplist(other) for other in STOP_LANGUAGES if other != language]
        found |= {w for w in words if len(w) > 1 and not any(w in s for s in others)}
    return frozenset(found)


def with_cue_language_and(names: str, cue: str) -> str:
    """ "Avtorja: Maja Kovačič in Rok Zupan", "Imeandikwa na Rehema Juma na Saidi Mwinyi": where the cue is of one
    language only and that language's "and" (and_words.tsv) joins no names elsewhere, being a common word of another
    language (the Swahili "na", Finnish "ja", Latvian "un", Uzbek "va") or a preposition of place (the Slovenian "in",
    English "in London"), the word between two capitalised names joins them: it is written as "&" (spaces keep the
    offsets), which no place follows; so is the word before what names no one closing the line ("Kuvat: Aino Koskinen
    ja arkisto": the photographer and the archive, as "Foto: Ana Ruiz y archivo" reads)."""
    joining = _cue_ands().get(cue.casefold())
    if not joining:
        return names
    words, outlet_words, generic = names.split(" "), name_words().outlet_words, name_words().generic
    for i in range(1, len(words) - 1):
        # "Pohjanmaan Radio ja TV": the "and" between two outlet words is inside one outlet's name
        outlet = words[i - 1].casefold() in outlet_words and words[i + 1].casefold() in outlet_words
        after = words[i + 1][:1].isupper() or " ".join(words[i + 1 :]).casefold().strip(" .") in generic
        if words[i] in joining and words[i - 1][:1].isupper() and after and not outlet:
            words[i] = "&".ljust(len(words[i]))
    return " ".join(words)


@lru_cache(maxsize=1)
def _cue_ands() -> dict[str, frozenset[str]]:
    """A cue of one language only (credit_cues.csv, case-folded) → that language's words for "and" that join no names
    in every byline (not `joiners` nor `lower_joiners`: a common word or a preposition of place elsewhere)."""
    languages: dict[str, set[str]] = {}
    for row in read_rows("credit_cues.csv"):
        for cue in split_cell(row["cues"]):
            languages.setdefault(cue, set()).update(row["lang"].split())
    words = load_byline_words()
    joining = words.joiners | words.lower_joiners
    and_words = load_author_words().and_words
    # a cue of a few related languages ("piše": Croatian, Serbian, Slovenian) joins by each one's "and" that is no
    # word of the others (their stoplists less the English words the jusText lists of some carry: "in" in Croatian's)
    english = stoplist("en")
    return {
        cue: frozenset(
            w for lang in langs for w in and_words.get(lang, ())
            if w not in joining and not any(w in stoplist(o) - english for o in langs - {lang})
        )
        for cue, langs in languages.items()
        if len(langs) <= MAX_CUE_LANGUAGES
    }  # fmt: skip


# A cue of up to this many languages is one region's ("piše", "fotografija", "litrato ni"), whose "and" is its own.
MAX_CUE_LANGUAGES = 3
