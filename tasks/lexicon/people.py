"""People and companies among the names a reporting phrase introduces: they are cited, not sources.

"According to Smith" is a person when the page has introduced "Mark Smith" (journalists give the
full name first, then the surname alone); "according to Dr. Patel" is one by the title in front;
"according to Acme Corp." and "laut Volkswagen AG" are companies by their legal form, and "по
данным компании «Газпром»" by the noun in front. Outlets ("according to Politico") stay sources.
Titles, legal forms and company nouns are data (``name_words.csv``: honorific, company,
company_descriptor).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from tasks.lexicon.vocabulary import NameWords, name_words, reporting_phrases

_TOKEN = re.compile(r"[^\s,;:!?()\[\]«»“”„\"]+")
_WORD = re.compile(r"[^\W\d_][\w.'’/-]*")
MAX_NAME_WORDS = 3
# An inflected surname keeps its stem ("Kowalski" → "Kowalskiego", "Petrov" → "Petrova").
MIN_STEM = 4
MAX_ENDING = 3


def _is_title_word(word: str) -> bool:
    """ "Smith", "Anna-Lena", "O'Neil": every part capitalised, the rest lower case."""
    parts = [p for p in re.split(r"[-'’]", word.rstrip(".")) if p]
    return bool(parts) and all(p[:1].isupper() and p[1:] == p[1:].lower() and p.isalpha() for p in parts)


class PageSurnames:
    """The surnames of the full names some texts write, found on first use: most paragraphs cite no one
    by a bare surname, so most pages never need them."""

    def __init__(self, texts: Iterable[str] = ()) -> None:
        self._texts = list(texts)
        self._found: frozenset[str] | None = None

    def __call__(self) -> frozenset[str]:
        if self._found is None:
            self._found = surnames_in(self._texts)
        return self._found


def surnames_in(texts: Iterable[str]) -> frozenset[str]:
    """Last words (case-folded) of the full names in the texts, and the first words of untitled ones:
    "said Mark Smith" → smith, mark; "Minister Olaf Berg" → berg.

    A full name is two or three title-case words in a row, none an article, outlet word, descriptor,
    legal form or official, and no reporting cue ("Menurut Tempo", "Ifølge Berlingske": "according
    to" an outlet); a sentence's first word counts only when the texts never write it in lower case
    ("Auch Bild berichtete" beside "auch")."""
    texts = list(texts)
    lower = {m.group(0) for text in texts for m in _TOKEN.finditer(text) if m.group(0).islower()}
    found: set[str] = set()
    for text in texts:
        run: list[str] = []
        for match in _TOKEN.finditer(text):
            word = match.group(0)
            is_name_word = word[0].isupper() and _is_title_word(word) and not _is_cue(word)
            if is_name_word and _before(text, match.start()) in '.!?:"”»':
                # a sentence's first word; "as" opening its clause is none ("Dịka Punch siri kọọ", "Sco RTR ha …")
                is_name_word = word.casefold() not in lower and word.casefold() not in name_words().as_words
            if is_name_word:
                run.append(word)
            if not is_name_word or _ends_run(text, match):
                found |= _surname_of(run)
                run = []
        found |= _surname_of(run)
        # "kata Suparno (54), petani": a name with the person's age in brackets after it, a one-word name too (the
        # Indonesian and Javanese papers' mononyms; "Anna Meier (42)" in German ones)
        found |= {m.group(1).casefold() for m in _AGED.finditer(text) if _is_title_word(m.group(1))}
    return frozenset(found)


# A word and an age in brackets after it: "Suparno (54)".
_AGED = re.compile(r"([^\W\d_][\w'’-]*)\s\((\d{1,3})\)")


def _before(text: str, start: int) -> str:
    """The last character before `start` that is not a space ("" at the start of the text)."""
    i = start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i > 0 else ""


@lru_cache(maxsize=1)
def _not_in_names() -> frozenset[str]:
    words = name_words()
    # Articles of both kinds: "Az Index" (the Hungarian article opening a sentence) is no one's full name.
    return (
        words.articles
        | words.articles_strip
        | words.outlet_words
        | words.descriptors
        | words.honorifics
        | words.company
    )


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """First words of the reporting phrases ("according", "laut", "ifølge"): no one's first name."""
    phrases = reporting_phrases()
    every = (*phrases.before, *phrases.after, *phrases.after_final, *phrases.before_quoted, *phrases.after_quoted)
    return frozenset(p.split()[0] for p in every)


def _is_cue(word: str) -> bool:
    return word.casefold() in _cue_words()


def _ends_run(text: str, match: re.Match[str]) -> bool:
    """A comma or sentence punctuation right after the word ends a name run."""
    word = match.group(0)
    if text[match.end() : match.end() + 1] in {",", ";", ":", "!", "?", ")"}:
        return True
    abbreviation = len(word) == 2 or word[:-1].casefold() in name_words().honorifics  # "J.", "Dr."
    return word.endswith(".") and not abbreviation


def _surname_of(run: list[str]) -> set[str]:
    """ "Mark Smith" → smith, mark; a title or office in front is evidence too ("Minister Olaf Berg", "Dr. Patel"),
    and gives the last word only."""
    words = name_words()
    tokens = [t.rstrip(".") for t in run]
    titled = False
    while tokens and (tokens[0].casefold() in words.honorifics or words.is_official(tokens[0])):
        tokens, titled = tokens[1:], True
    closed = _not_in_names()
    if not (2 - titled) <= len(tokens) <= MAX_NAME_WORDS:
        return set()
    if any(t.casefold() in closed or words.is_official(t) for t in tokens):
        return set()
    # the given name too, untitled: "menurut Maria" after "Maria Seran" (Indonesian, Icelandic and Thai papers call
    # people by their given name after the first mention)
    return {tokens[-1].casefold()} if titled else {tokens[0].casefold(), tokens[-1].casefold()}


def _is_known_surname(word: str, surnames: frozenset[str]) -> bool:
    folded = word.casefold()
    if folded in surnames:
        return True
    return any(
        len(s) >= MIN_STEM and folded.startswith(s[:-1]) and len(folded) - len(s) <= MAX_ENDING for s in surnames
    )


def _word_before(text: str, start: int) -> str:
    """The word before the name, case-folded; a one- or two-letter one counts only capitalised ("M. Dupont")."""
    before = _WORD.findall(text[:start])
    word = before[-1].rstrip(".") if before else ""
    return "" if len(word) <= 2 and word.islower() else word.casefold()


def _legal_form_after(text: str, end: int, words: NameWords) -> bool:
    """ "Volkswagen AG", "Acme Corp.": written capitalised right after the name ("El Mundo se …" is Spanish)."""
    match = _WORD.match(text[end:].lstrip(" "))
    word = match.group(0).rstrip(".,") if match else ""
    return bool(word) and not word.islower() and word.casefold() in words.company


def is_person_or_company(text: str, start: int, end: int, surnames: Callable[[], frozenset[str]] = frozenset) -> bool:
    """The cited name text[start:end] is a person or a company, not a news source; `surnames` gives the
    surnames the page has used in full names (asked only for a one-word name)."""
    words: NameWords = name_words()
    tokens = text[start:end].split()
    folded = [t.rstrip(".").casefold() for t in tokens]
    if folded[0] in words.honorifics or _word_before(text, start) in words.honorifics:
        return True  # "Dr. Patel", "M. Dupont"
    if folded[0] in words.company or (len(tokens) > 1 and folded[-1] in words.company):
        return True  # "ПАО «Сбербанк»", "Acme Corp"
    if _legal_form_after(text, end, words):
        return True  # "Acme Corp.", "Volkswagen AG"
    if _word_before(text, start) in words.company_descriptors or (
        len(tokens) > 1 and folded[0] in words.company_descriptors
    ):
        return True  # "компании «Газпром»", "the company Acme", "Spółka PKP Polskie Linie Kolejowe poinformowała"
    return len(tokens) == 1 and _is_title_word(tokens[0]) and _is_known_surname(tokens[0], surnames())
