"""Words of a text: the benchmark's bag of words and the stoplist counts that tell prose from furniture."""

from __future__ import annotations

import itertools
import re
from collections import Counter

import regex

WORD = re.compile(r"\w+", re.UNICODE)
# Words as Unicode defines them, combining marks included: `re`'s \w leaves out the vowel signs of Devanagari,
# Bengali, Tamil or Thai ("के" read as "क"), which split every word there and hid the stoplists' words. The
# benchmark metric's bag of words (`bag_of_words`) keeps `re`'s tokens, so scores stay comparable with the peers'.
WORD_WITH_MARKS = regex.compile(r"\w+")
# Blocks of the scripts whose words carry combining vowel signs (Indic, Sinhala, Thai, Lao, Myanmar, Khmer): only
# texts in them need the slower tokenizer.
_MARKED = re.compile("[\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
MARK_SAMPLE_WORDS = 30


def bag_of_words(text: str) -> Counter[str]:
    """Case-folded word tokens with their counts: the article-extraction benchmark's bag of words."""
    return Counter(WORD.findall(text.casefold()))


def bag_f1(a: str, b: str) -> float:
    """Bag-of-words F1 between two texts (multiset overlap; 0 when they share no word)."""
    x, y = bag_of_words(a), bag_of_words(b)
    overlap = sum((x & y).values())
    return 2 * overlap / (sum(x.values()) + sum(y.values())) if overlap else 0.0


def stopword_count(text: str, stopwords: frozenset[str], marked: bool | None = None) -> tuple[int, int]:
    """How many of the text's words are in the stoplist, and how many words it has. `marked` says the language's
    words carry combining marks (:func:`has_marked_words` of its stoplist); None looks at the text."""
    words = stopword_tokens(text, marked)
    return sum(map(stopwords.__contains__, words)), len(words)


def stopword_tokens(text: str, marked: bool | None = None) -> list[str]:
    """The case-folded words `stopword_count` compares with a stoplist (`marked` as there)."""
    marked = bool(_MARKED.search(text)) if marked is None else marked
    return (WORD_WITH_MARKS if marked else WORD).findall(text.casefold())


def has_marked_words(words: frozenset[str]) -> bool:
    """The words are written in a script whose words carry combining vowel signs (a Hindi or Thai stoplist)."""
    return any(_MARKED.search(w) for w in itertools.islice(words, MARK_SAMPLE_WORDS))


def share_of(count: tuple[int, int]) -> float:
    """A stopword count (stopwords, words) as a share; 0 for a text without words."""
    hits, words = count
    return hits / words if words else 0.0


def stopword_share(text: str, stopwords: frozenset[str]) -> float:
    """Share of the text's words that are in the stoplist (0 for a text without words)."""
    return share_of(stopword_count(text, stopwords))
