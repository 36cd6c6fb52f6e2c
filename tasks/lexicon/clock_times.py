"""Clock times written in pieces, put back together before a date line is read or its words are counted."""

from __future__ import annotations

import re

H_TIME = re.compile(r"\b(\d{1,2}) ?h ?(\d{2})\b")  # "10h20", "23 h 47": French and Portuguese clock times
# A clock time with a space after its colon ("১০: ৩০", "10: 30"): a CMS's template or a typist's, read as one time.
_SPACED_COLON_TIME = re.compile(r"(?<![\d:])(\d{1,2}):\s(\d{2})(?![\d:])")


def compact_clock(text: str) -> str:
    """ "à 23 h 47" → "à 23h47": a Quebec and French clock time counted as one word, as it is one; "১০: ৩০" →
    "১০:৩০" too."""
    text = H_TIME.sub(r"\1h\2", text) if " h " in text else text
    return _SPACED_COLON_TIME.sub(r"\1:\2", text) if ": " in text else text


# A clock time closing a date line after a comma, with up to two words naming the half of the day before it
# ("2025 ඔක්තෝබර් 09 බ්‍රහස්පතින්දා, රාත්‍රී 11:35", Sinhala "night"; "১২ মার্চ ২০২৫, রাত ১১:৩৫"): dateparser knows
# few languages' day periods, and reads no date from the whole line; the day is the same without its time.
_CLOCK_TAIL = re.compile(r",\s*(?:[^\s\d,]+\s+){0,2}\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*$")


def without_clock_tail(text: str) -> str | None:
    """The line without the clock time (and its day-period words) closing it after a comma, if a digit is left
    before it; else None."""
    match = _CLOCK_TAIL.search(text)
    # the words before the time name a part of the day, no one: a capitalised word is a name or an outlet ("…,
    # Reuters 11:35")
    if match is None or any(w[:1].isupper() for w in match.group(0).split()):
        return None
    head = match.string[: match.start()].strip()
    return head if any(c.isdigit() for c in head) else None


# A clock time and up to two words of its own after it (its half of the day, its zone: "10:32 AM EST", "10:32 a.m.
# EST"), closing the text before a date.
_CLOCK_BEFORE = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?((?:\s*[^\W\d_][\w.]*){0,2})\s*$")


def clock_before_start(text: str, words: frozenset[str]) -> int | None:
    """Where the clock time closing `text` starts, its words after it being clock `words` ("Updated 10:32 AM EST,"
    before "Thu March 3, 2011": a byline's template writes the time first); else None."""
    match = _CLOCK_BEFORE.search(text)
    if match is None or any(w.casefold().replace(".", "") not in words for w in match.group(1).split()):
        return None
    return match.start()
