"""The article head's reading time ("Lectura: 7 min", "Temps de lecture : 2 min", "5 min read", "Lesezeit: 4 Min."):
a few words, a number of minutes and a word for reading, from ``tasks/lexicon/data/reading_times.csv``. It is site
furniture wherever it stands; between a standfirst and the first paragraph with no byline near, the head rows' rule
(which asks for one) took it for a subheading."""

from __future__ import annotations

import re
from functools import lru_cache

from tasks.lexicon.vocabulary import read_rows, split_cell

# A reading time is a label and a count: "Temps de lecture : 2 min" (5 words), "Czas czytania: ok. 3 minuty" (5).
READING_TIME_MAX_WORDS = 6


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words: dict[str, set[str]] = {"reading": set(), "minute": set()}
    for row in read_rows("reading_times.csv"):
        words[row["role"]].update(split_cell(row["words"]))

    def alternation(role: str) -> str:
        return "|".join(re.escape(w) for w in sorted(words[role], key=len, reverse=True))

    # the minutes right after the number ("7 min", "2 minutes", "4 Min."), then a word boundary or the end
    minutes = re.compile(rf"\d+\s*(?:{alternation('minute')})(?!\w)")
    reading = re.compile(rf"(?<!\w)(?:{alternation('reading')})(?!\w)")
    return minutes, reading


# Words a reading time may hold besides its label and count: "Czas czytania: ok. 3 minuty", "about 4 min read".
READING_TIME_OTHER_WORDS = 1


def is_reading_time(folded: str) -> bool:
    """The case-folded line is a reading time alone: a count of minutes, a word for reading and at most one word
    more; a byline or a date beside it ("By Ana Lee · 5 min read") leaves it to the rules that read those."""
    if not any(c.isdigit() for c in folded) or len(folded.split()) > READING_TIME_MAX_WORDS:
        return False
    minutes, reading = _patterns()
    counted, read = minutes.search(folded), reading.search(folded)
    if counted is None or read is None:
        return False
    rest = minutes.sub(" ", reading.sub(" ", folded))
    return sum(any(c.isalnum() for c in word) for word in rest.split()) <= READING_TIME_OTHER_WORDS
