"""Whether a dateparser locale could read a short text at all: a test before dateparser, which takes about a
millisecond to refuse a text ("2 stars", "Campaign 2008", "Comments (1)") and tens the first time in a language.

dateparser tries a locale on a text only when the locale is applicable to it (`Locale.is_applicable`): each token
of the text, once sanitized, stripped of accents and of a time zone, simplified and split at the locale's words, is
a number, a relative expression or a word of the locale's dictionary (with IGNORE_SURROUNDING_TEXT off, as here).
A known word is split out only where it stands between non-letters, so each run of letters of the text is a token
as it stands. A text with a run of letters that no string of the locale's data holds as a word (nor a time zone's
name, a skip token or a token the parser knows) is then read by no locale of the language: dateparser returns None.

The test is looser than dateparser's, never stricter: every word of every string of the locale's data counts (the
words of its simplification patterns too), a roman numeral counts (a year: "April MMX"), and it is not made where a
locale could turn unknown letters into known ones: scripts written without spaces, simplifications that match any
letter ("ו(\\w+)"), letter variants, a calendar quarter ("Q1 2024").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from dateparser.conf import settings as default_settings
from dateparser.date import _RE_QUARTER, _VARIANT_LETTERS, sanitize_date
from dateparser.languages.dictionary import ALWAYS_KEEP_TOKENS, KNOWN_WORD_TOKENS, PARSER_KNOWN_TOKENS
from dateparser.languages.loader import LocaleDataLoader
from dateparser.timezones import timezone_info_list
from dateparser.utils import normalize_unicode

# A run of letters as dateparser's word split bounds it: between non-word characters, digits or "_".
_LETTERS = re.compile(r"[^\W\d_]+")
_ROMAN = re.compile(r"[ivxlcdm]+")
# A character class that takes any letter (negated, a letter range, \w, \S, \D, \p), or a dot outside a class: a
# pattern holding one may rewrite letters it does not name.
_CLASS = re.compile(r"(?<!\\)\[(\^?)((?:\\.|[^\]])*)\]")
_ANY_LETTER_IN_CLASS = re.compile(r"[^\W\d_]-[^\W\d_]|\\[wSDpP]")
_ANY_LETTER = re.compile(r"\\[wSDpPX]|(?<!\\)\.")


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _words_of(strings: Iterator[str] | list[str]) -> set[str]:
    words: set[str] = set()
    for text in strings:
        for form in (text, normalize_unicode(text)):
            words.update(w.casefold() for w in _LETTERS.findall(form))
    return words


def _matches_any_letter(pattern: str) -> bool:
    classes = _CLASS.findall(pattern)
    if any(negated or _ANY_LETTER_IN_CLASS.search(body) for negated, body in classes):
        return True
    return _ANY_LETTER.search(_CLASS.sub("", pattern)) is not None


def _patterns(info: dict[str, object]) -> Iterator[str]:
    simplifications = info.get("simplifications") or []
    for simplification in simplifications if isinstance(simplifications, list) else []:
        yield from simplification.keys() if isinstance(simplification, dict) else ()
    relative = info.get("relative-type-regex") or {}
    for patterns in relative.values() if isinstance(relative, dict) else []:
        yield from patterns if isinstance(patterns, list) else ()


@lru_cache(maxsize=1)
def _shared_words() -> frozenset[str]:
    """Words every locale reads: time zones' names (popped before the locale's test), the parser's own tokens."""
    zones = [name for info in timezone_info_list for name, _offset in info["timezones"]]
    tokens = [*KNOWN_WORD_TOKENS, *PARSER_KNOWN_TOKENS, *ALWAYS_KEEP_TOKENS, *default_settings.SKIP_TOKENS]
    return frozenset(_words_of([*zones, *tokens]))


@lru_cache(maxsize=256)
def locale_words(language: str) -> frozenset[str] | None:
    """Every word (case-folded, with and without accents) the locales of a dateparser language hold in their data;
    None where the test cannot be made: a language dateparser does not know, a script written without spaces, a
    simplification that may rewrite any letter."""
    try:
        locales = list(
            LocaleDataLoader().get_locales(languages=[language], locales=None, region=None, use_given_order=False)
        )
    except ValueError:  # a language dateparser does not know: it raises, and the caller's handling stays
        return None
    words: set[str] = set(_shared_words())
    for locale in locales:
        info = locale.info
        if info.get("no_word_spacing") or any(_matches_any_letter(p) for p in _patterns(info)):
            return None
        words |= _words_of(_strings(info))
    return frozenset(words)


def locale_may_read(text: str, language: str) -> bool:
    """False when no locale of the dateparser language could read the text as a date ("2 stars" in English),
    because a run of its letters is no word of theirs; True when one might ("17 May 2024", "vor 2 Stunden")."""
    words = locale_words(language)
    if words is None:
        return True
    sanitized = sanitize_date(text)  # dateparser's first step: the text every locale is asked about
    if _VARIANT_LETTERS.intersection(sanitized) or _RE_QUARTER.fullmatch(sanitized):
        return True
    runs = (run.casefold() for run in _LETTERS.findall(normalize_unicode(sanitized)))
    return all(run in words or _ROMAN.fullmatch(run) for run in runs)
