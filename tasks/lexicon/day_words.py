"""A day number next to a word, either way round ("July 24", "Tuesday July 24,", "24 июля", "24. Juli"): the patterns
`tasks.lexicon.date_text` reads a date without a year by, and a faster scan for the first of them.

Each pattern used to open with a look-behind, which keeps `re` from skipping ahead to the characters a match can
start with: it tried every position of a paragraph (issue 15, session 29: 30 µs a line with a digit, a tenth of a
line's features). The day number and the word after it now open with the digit and look behind after it (the same
matches); a word before a day is found from the days, which are rare, instead of from every word
(`words_then_days`: the matches of ``WORD_THEN_DAY.finditer``, tests/test_speed29_round.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator


def _mark_class() -> str:
    """A character class of the combining marks (Unicode M*): the vowel signs of Indic and Southeast Asian scripts,
    which \\w refuses, so "জুন" (June) or "जून" would read as letters cut apart by them."""
    marks = [c for c in map(chr, range(0x300, 0x10000)) if unicodedata.category(c)[0] == "M"]
    ranges: list[tuple[str, str]] = []
    for c in marks:
        if ranges and ord(c) == ord(ranges[-1][1]) + 1:
            ranges[-1] = (ranges[-1][0], c)
        else:
            ranges.append((c, c))
    return "[" + "".join(a if a == b else f"{a}-{b}" for a, b in ranges) + "]"


MARK = _mark_class()
# A word: a letter, then letters, the vowel signs written onto them, and the zero-width joiners Indic and Sinhala
# scripts write inside a word ("බ්‍රහස්පතින්දා", Thursday: one word, not "බ්" and "රහස්පතින්දා").
LETTER, LETTER_OR_MARK = r"[^\W\d_]", rf"(?:[^\W\d_]|{MARK}|[\u200c\u200d])"
# Two patterns, each scanned on its own: "Posted 3 March" holds a word before and one after the 3.
WORD_THEN_DAY = re.compile(rf"(?<!\w)({LETTER}{LETTER_OR_MARK}{{2,}})\.?,?\s+\d{{1,2}}(?![\d:])")
# A day of one or two digits, no digit either side: "(?<!\d)\d{1,2}(?!\d)", its look-behind after the first digit.
DAY_NUMBER = re.compile(r"\d(?<!\d\d)\d?(?!\d)")
# "(?<![\d.:])\d{1,2}\.?\s+(word)(?!\w|mark)", its look-behind after the first digit.
DAY_THEN_WORD = re.compile(rf"\d(?<![\d.:]\d)\d?\.?\s+({LETTER}{LETTER_OR_MARK}{{2,}})(?!\w|{MARK})")

# A day after a space, as WORD_THEN_DAY ends: one or two digits, then no digit and no colon.
_SPACED_DAY = re.compile(r"\s\d{1,2}(?![\d:])")
_LETTER_OR_MARK_CHAR = re.compile(LETTER_OR_MARK)


def words_then_days(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``WORD_THEN_DAY.finditer(text)``, in order, found from the days.

    A match ends in spaces and a day (`_SPACED_DAY`, one per day), and before them an optional full stop and comma
    and a run of letters and marks. `finditer` starts it at the run's first position where the pattern matches (a
    letter after no word character: the run's first or one after a mark), and the days of an earlier match lie before
    the run, so none overlaps it: matching the pattern from each such position in turn finds the same match."""
    for day in _SPACED_DAY.finditer(text):
        end = day.start()
        while end > 0 and text[end - 1].isspace():  # `\s` is str.isspace for a str pattern
            end -= 1
        if end > 0 and text[end - 1] == ",":
            end -= 1
        if end > 0 and text[end - 1] == ".":
            end -= 1
        start = end
        while start > 0 and _LETTER_OR_MARK_CHAR.match(text, start - 1, start):
            start -= 1
        for at in range(start, end - 2):  # the word takes three characters at least
            match = WORD_THEN_DAY.match(text, at)
            if match is not None:
                yield match
                break
