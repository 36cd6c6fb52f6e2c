"""Whether a line could be in another language at all, by stopwords alone: a test before language identification.

`tasks.text.language_rules.foreign_language` calls a line foreign only when the language identified for it has a larger
share of its own stopwords in the line than the article's language has. When no language identification could name
has a larger share, the line is not foreign whatever it names, and identifying it (py3langid's byte-by-byte walk,
about 150 µs a line) is skipped: on the 120 dev dumps 200 of the 350 lines identified there were such lines (issue
15). The shares are counted in one pass over the line's words through an index of the stoplists that hold each word.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import chain, repeat

from tasks.lexicon.language import language_codes
from tasks.lexicon.stopwords import stoplist
from tasks.text.words import share_of, stopword_tokens


@lru_cache(maxsize=1)
def _stoplists_of_word() -> dict[str, tuple[str, ...]]:
    """Stopword → the codes (of those language identification names) whose stoplist holds it."""
    index: dict[str, list[str]] = {}
    for code in language_codes():
        for word in stoplist(code):
            index.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in index.items()}


def load_stoplist_index() -> None:
    """Build the stoplists' index now (`tasks.pipeline.warm_up`): 148,000 words read from 140 stoplists, 0.2 s of
    CPU that the first page asking a line's language paid inside its own time, and whose objects the warm-up's
    `gc.freeze` now keeps out of every later collection (session 32)."""
    _stoplists_of_word()


def no_language_outshares(text: str, share: float, language: str | None) -> bool:
    """No language but `language` has a share of its stopwords in the text above `share` (each share counted as
    `tasks.text.words.stopword_share` counts it)."""
    words = stopword_tokens(text)
    # The codes of every word's stoplists counted in C (`map` of the index's `get`, chained), where a generator yielded
    # each (word, code) pair; the share is n / words, rising with n, so the largest count of another language answers
    # for all of them (the same answer; session 35).
    hits = Counter(chain.from_iterable(map(_stoplists_of_word().get, words, repeat(()))))
    hits.pop(language, None)  # type: ignore[arg-type]  # a None language is no key: nothing to pop
    return not hits or share_of((max(hits.values()), len(words))) <= share
