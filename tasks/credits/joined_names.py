"""Two writers' names joined by their language's "and" on a line of the byline block ("Mari Tamm ja Jaan Kask"):
the name-line test reads one name (its words title case, lower-case particles inside), so the "and" between two
names made the line no one's, where the Polish and South Slavic "i" had passed as a particle's letter."""

from __future__ import annotations

from functools import lru_cache

from tasks.credits.name_lines import looks_like_name_line
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.byline_words import load_byline_words
from tasks.lexicon.stopwords import stoplist


@lru_cache(maxsize=1)
def _joiners() -> frozenset[str]:
    """Every language's "and" but the English words: English headings join title-case words with "and" and "&"
    ("Summer Chaos and Fall Plans"), as :func:`tasks.credits.name_lines.is_list_of_people` reads them too."""
    words = load_byline_words()
    every = {w for ands in load_author_words().and_words.values() for w in ands}  # "ja", "un": German, French words
    return frozenset((words.joiners | words.lower_joiners | every) - stoplist("en") - {"&"})


def two_joined_names(text: str, gazetteer: Gazetteer) -> bool:
    """The line is two names, each a name line of its own, joined by one lower-case "and" of a language other than
    English ("Mari Tamm ja Jaan Kask", "Kari Nordmann og Ola Hansen", "Anna Berg och Erik Lund")."""
    tokens = text.split()
    joined = [i for i, token in enumerate(tokens) if token in _joiners()]
    if len(joined) != 1:
        return False
    left, right = " ".join(tokens[: joined[0]]), " ".join(tokens[joined[0] + 1 :])
    return looks_like_name_line(left, gazetteer) and looks_like_name_line(right, gazetteer)
