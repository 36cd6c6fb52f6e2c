"""Vocabularies for author names: the word for "and" per language, job titles, newsroom words, byline prefixes.

Data files in ``tasks/lexicon/data/`` (sources in their headers): ``and_words.tsv``,
``author_noise.tsv`` (newsroom words, byline prefixes, particles, "with") and ``job_titles.csv``
(job titles and beats, shared with credit lines). Loaded once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from tasks.lexicon.vocabulary import job_titles


@dataclass(frozen=True)
class AuthorWords:
    """Everything :mod:`tasks.credits.names` needs to know about words next to names."""

    and_words: dict[str, frozenset[str]]  # language → its words for "and"
    job: frozenset[str]
    newsroom: frozenset[str]
    prefixes: tuple[str, ...]  # longest first
    particles: frozenset[str]
    with_words: frozenset[str]  # "with", "avec": split a list like "and", whatever the language
    every_and: frozenset[str] = frozenset()  # every language's words for "and", one set
    desk_codes: frozenset[str] = frozenset()  # "red", "lnw": a sign-off's code for a desk, not a writer's initials
    note_codes: frozenset[str] = frozenset()  # "(sic)", "(ndr)": a bracketed note after a sentence, no one's initials
    compiling_cues: frozenset[str] = frozenset()  # "opracowanie": who compiled the copy; a desk there is no one
    our_words: frozenset[str] = frozenset()  # "our": "By Our Kandy Correspondent" names the paper's desk, no one
    desk_tails: frozenset[str] = frozenset()  # "news", "staff": closing a name, they make it a desk or an outlet
    desk_heads: frozenset[str] = frozenset()  # "قسم": opening a name, it makes it a desk ("قسم الأخبار المحلية")
    interface: frozenset[str] = frozenset()  # "view", "profile": a link's or a tool's label beside the name
    article_last: frozenset[str] = frozenset()  # "the": no name ends with it ("For The" of "For The Associated Press")
    accounts: frozenset[str] = frozenset()  # "admin", "webmaster": a site's account, no one's one-word name
    no_one: frozenset[str] = frozenset()  # "anonymous", "unknown": a name holding them credits no one
    after_name: frozenset[str] = frozenset()  # "in", "for": a place or an outlet after the name ("… in Berlin")
    opens_no_name: frozenset[str] = frozenset()  # "without", "between": a preposition opens a phrase, not a name
    desk_compounds: tuple[str, ...] = ()  # "redaktion": closing a compound ("Lokalredaktion"), it makes a desk

    def and_words_for(self, language: str | None) -> frozenset[str]:
        """The language's "and" plus English's; when the language is unknown, every language's longer words.

        One-letter words ("a", "e", "i", "y") are ordinary words in other languages, so they only
        count when the page's language is known to use them.
        """
        if language in self.and_words:
            return self.and_words[language] | self.and_words["en"] | self.with_words
        return frozenset(w for w in self.every_and if len(w) > 1) | self.with_words


def _rows(name: str) -> list[list[str]]:
    text = resources.files("tasks.lexicon").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def load_author_words() -> AuthorWords:
    """The author vocabularies from the package's data files."""
    and_words = {lang.strip(): frozenset(w.strip() for w in words.split("|")) for lang, words in _rows("and_words.tsv")}
    names = (
        "newsroom",
        "prefix",
        "particle",
        "with",
        "desk_code",
        "note_code",
        "compiling_cue",
        "our",
        "desk_tail",
        "desk_head",
        "interface",
        "article_last",
        "account",
        "no_one",
        "after_name",
        "opens_no_name",
        "desk_compound",
    )
    kinds: dict[str, set[str]] = {kind: set() for kind in names}
    for kind, words in _rows("author_noise.tsv"):
        kinds[kind.strip()].update(w.strip().casefold() for w in words.split("|") if w.strip())
    return AuthorWords(
        and_words=and_words,
        job=job_titles().titles | job_titles().beats,
        newsroom=frozenset(kinds["newsroom"]),
        prefixes=tuple(sorted(kinds["prefix"], key=len, reverse=True)),
        particles=frozenset(kinds["particle"]),
        with_words=frozenset(kinds["with"]),
        every_and=frozenset().union(*and_words.values()),
        desk_codes=frozenset(kinds["desk_code"]),
        note_codes=frozenset(kinds["note_code"]),
        compiling_cues=frozenset(kinds["compiling_cue"]),
        our_words=frozenset(kinds["our"]),
        desk_tails=frozenset(kinds["desk_tail"]),
        desk_heads=frozenset(kinds["desk_head"]),
        interface=frozenset(kinds["interface"]),
        article_last=frozenset(kinds["article_last"]),
        accounts=frozenset(kinds["account"]),
        no_one=frozenset(kinds["no_one"]),
        after_name=frozenset(kinds["after_name"]),
        opens_no_name=frozenset(kinds["opens_no_name"]),
        desk_compounds=tuple(sorted(kinds["desk_compound"])),
    )


def without_with_word(bracketed: str) -> str:
    """The bracket's words after a leading "with" ("avec AFP", "mit dpa", "with AP"): a writer's agency named so; else
    the words as they are."""
    first, _, rest = bracketed.partition(" ")
    return rest.strip() if rest and first.casefold() in load_author_words().with_words else bracketed
