"""The words before a cited name that the name-span grammar skips: articles, outlet descriptors and an adjective
before one ("laut dem Blatt …", "el diario …", "според регионалния сайт „…“"), and whether they showed the name to be
an outlet's (:mod:`tasks.lexicon.spans` reads the name after them)."""

from __future__ import annotations

import re

from tasks.lexicon.vocabulary import NameWords, job_titles
from tasks.lexicon.word_classes import ELISION, is_caseless, is_namey

# Opening quote → the closing quotes it accepts.
QUOTES: dict[str, str] = {
    "«": "»", "»": "«", "„": "“”\"", "“": "”\"", "”": "”", '"': '"', "'": "'’", "‚": "‘’'", "‘": "’'",
    "《": "》", "「": "」", "『": "』", "‹": "›",
}  # fmt: skip
# A word: letters, digits and the marks inside names; the Latin combining accents stay on their letter ("Ọ̀yọ́",
# the Yoruba tone marks over the dotted vowels, which have no precomposed letter: the word is not cut after "Ọ"); the
# zero-width non-joiner inside a Persian word ("شمال‌شرق", "می‌گوید") is part of it, as a hyphen is.
TOKEN = re.compile(r"[^\W_][\u0300-\u036f]*(?:[\w'’.&+\u0300-\u036f\u200c-]*[^\W_][\u0300-\u036f]*)?")
MAX_LEAD_TOKENS = 3  # articles and descriptors skipped before a name
MAX_CASELESS_TOKENS = 2
_MODIFIER_ARTICLES = frozenset({"a", "an", "the"})


def lead_end(text: str, i: int, words: NameWords) -> tuple[int, bool, bool]:
    """Past the articles and outlet descriptors before a name; whether a descriptor, an article was seen."""
    described = article = False
    for _ in range(MAX_LEAD_TOKENS):
        while i < len(text) and text[i].isspace():
            i += 1
        token = TOKEN.match(text, i)
        if token is None:
            break
        word = token.group(0).casefold()
        two = TOKEN.match(text, token.end() + 1)
        pair = f"{word} {two.group(0).casefold()}" if two and text[token.end()] == " " else ""
        if pair in words.descriptors:
            i, described = two.end() if two else token.end(), True
        elif word in words.descriptors and (not is_namey(token.group(0)) or _noun_capital(text, token)):
            # a capitalised one belongs to the name ("Deník N", "Gazeta Wyborcza"), unless a quoted name
            # follows (German capitalises every noun: "dem Blatt „Handelsblatt“")
            i, described = token.end(), True
        elif _is_adjective_before_descriptor(text, token, two, words):
            # "според регионалния сайт „…“", "according to the local paper …": an adjective before the noun
            i = token.end()
        elif word in words.articles_strip or (word in words.articles and token.group(0).islower()):
            # English puts nouns after names as modifiers ("a Taliban representative"); Italian does not
            # ("il Corriere della Sera citando ..."), so only English articles make that check.
            i, article = token.end(), word in _MODIFIER_ARTICLES
        else:
            break
    while i < len(text) and text[i].isspace():
        i += 1
    if ELISION.match(text[i : i + 2]) and text[i].islower() and text[i + 2 : i + 3].isupper():  # "L'Est" keeps it
        i += 2
    return i, described, article


def caseless_outlet_at(text: str, i: int, words: NameWords) -> tuple[int, int] | None:
    """ "وبحسب ما نقلته السومرية نيوز": in a script without case, a name closed by an outlet word ("نيوز", "news")
    within the words a descriptor would let in shows itself an outlet, as a descriptor before it would: its bounds."""
    tokens: list[re.Match[str]] = []
    while len(tokens) < MAX_CASELESS_TOKENS:
        token = TOKEN.match(text, tokens[-1].end() + 1 if tokens else i)
        if token is None or (tokens and text[tokens[-1].end()] != " ") or not is_caseless(token.group(0)):
            break
        tokens.append(token)
    if len(tokens) > 1 and tokens[-1].group(0).casefold() in words.outlet_words:
        return tokens[0].start(), tokens[-1].end()
    return None


def _is_adjective_before_descriptor(
    text: str, token: re.Match[str], following: re.Match[str] | None, words: NameWords
) -> bool:
    """A lower-case word right before an outlet descriptor qualifies it ("регионалния сайт", "local paper",
    "der regionalen Zeitung „…“"), as adjectives do before nouns in most languages; prepositions,
    conjunctions and time words do not (stoplists cannot tell: they hold "local" and "местного")."""
    word = token.group(0)
    if following is None or text[token.end()] != " " or not word.isalpha() or not word.islower() or len(word) < 3:
        return False
    noun = following.group(0)
    if noun.casefold() not in words.descriptors or (is_namey(noun) and not _quote_follows(text, following.end())):
        return False  # no descriptor follows (most words): asked first, before the closed words and the job titles
    folded = word.casefold()
    closed = words.conjunctions | words.locatives | words.source_prepositions | words.clause_ends
    # "по словам редактора газеты «…»": the editor speaks, inflected titles included
    return folded not in closed and not any(
        folded == t or (len(t) > 4 and folded.startswith(t)) for t in job_titles().titles
    )


_CYRILLIC_WORD = re.compile(r"[\u0400-\u052f]")


def _noun_capital(text: str, token: re.Match[str]) -> bool:
    """A capitalised descriptor before a quoted name is the noun's capital of a Latin-script language (German writes
    every noun so); in Cyrillic, where only names are capitalised, it opens the body's full name ("съобщиха от
    Агенция „Пътна инфраструктура“": Bulgaria's road agency, an official body, not a news agency)."""
    return _quote_follows(text, token.end()) and not _CYRILLIC_WORD.match(token.group(0))


def _quote_follows(text: str, end: int) -> bool:
    rest = text[end:].lstrip()
    return bool(rest) and rest[0] in QUOTES
