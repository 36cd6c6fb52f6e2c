"""Word classes the name-span grammar reads: scripts without case, domains, name-like tokens, the function words of
the main languages (:mod:`tasks.lexicon.spans` and the credit readers share them)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from tasks.lexicon.site_domains import has_public_suffix
from tasks.lexicon.stopwords import stoplist
from tasks.lexicon.vocabulary import name_word_role

_DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\b", re.IGNORECASE)
ELISION = re.compile(r"^[ldLD][’']")  # l'AFP, d'Europe: an article elided onto a name
# Languages whose sentence-initial function words ("Как", "Wie") must not pass for names.
STOP_LANGUAGES = ("ru", "uk", "be", "bg", "sr", "mk", "kk", "en", "de", "fr", "es", "pt", "it", "nl", "pl",
                   "cs", "sk", "hr", "sl", "ro", "hu", "tr", "sv", "da", "no", "fi", "id", "lt", "lv")  # fmt: skip


# The scripts that space phrases, not words (Thai, Lao, Burmese, Khmer): a regex character class's ranges.
UNSPACED_SCRIPTS = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"


def is_caseless(word: str) -> bool:
    """Letters of a script without case (Arabic, Hebrew, Chinese, ...) or written without it (Georgian).

    Unicode gives Georgian capitals (Mtavruli), but names are written in Mkhedruli lower case.
    """
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.upper() == c.lower() or "\u10d0" <= c <= "\u10ff" for c in letters)


def is_domain(text: str) -> bool:
    """A host name with a real public suffix (kazpravda.kz), not an abbreviation (S.Paulo)."""
    return _DOMAIN.fullmatch(text) is not None and has_public_suffix(text)


def is_namey(token: str) -> bool:
    """Capitalised (Reuters), all caps (ТАСС), mixed case (bTV, iDNES) or elided (d’Orsay)."""
    if ELISION.match(token):
        token = token[2:]
    return token[:1].isupper() or sum(c.isupper() for c in token) >= 2


def is_title_case_word(token: str) -> bool:
    """A capital and lower-case letters (Martin), or a surname's prefix before its inner capital (MacDonald,
    McCarthy, NicLeòid, O'Connor: ``surname_prefix`` in ``name_words.csv``)."""
    if not token[:1].isupper():
        return False
    if token[1:] == token[1:].lower():
        return True
    folded = token.casefold()
    return any(
        folded.startswith(p) and token[len(p) : len(p) + 1].isupper() and token[len(p) + 1 :].islower()
        for p in name_word_role("surname_prefix")
    )


@lru_cache(maxsize=1)
def sentence_stopwords() -> frozenset[str]:
    words: set[str] = set()
    for language in STOP_LANGUAGES:
        words |= stoplist(language)
    return frozenset(words)


def is_function_word(word: str) -> bool:
    """A stopword of one of the main languages ("More", "This", "Как")."""
    return word.casefold() in sentence_stopwords()


def is_letters(word: str) -> bool:
    """Letters and the combining vowel signs of Indic and Southeast Asian scripts ("पांडेय", "ศรีสุข"), which
    isalpha() refuses; and the zero-width non-joiner and joiner that Persian, Pashto, Urdu and Indic scripts write
    inside a word ("جلال‌آباد", "می‌گوید")."""
    return all(c.isalpha() or unicodedata.category(c)[0] == "M" or c in _ZERO_WIDTH_JOINERS for c in word)


_ZERO_WIDTH_JOINERS = frozenset("\u200c\u200d")
