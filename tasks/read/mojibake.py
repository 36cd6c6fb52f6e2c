"""Undo double encoding: UTF-8 bytes once read as cp1251, cp1252, latin-1 or koi8-r and saved again.

ftfy repairs most mojibake, but not koi8-r's, and not text made with ``errors="replace"``, where
a byte the code page had no character for became U+FFFD: ftfy then leaves the line (or more)
broken. Here the repair is per word, so a page that is only partly double-encoded keeps its good
words: a word is re-encoded with the code page and must decode as valid UTF-8. A lost byte stays
lost (U+FFFD), except in cp1251, where 0x98 is the only byte with no character, so it is known.

A short word can decode by chance (Russian "её" read back as koi8-r is valid UTF-8), so a word is
repaired only when most non-ASCII words of its line repair with the same code page, or when it is
long enough that chance is ruled out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CODE_PAGES = ("cp1251", "cp1252", "latin-1", "koi8-r")
# The one byte a code page cannot decode, when there is only one: it is what a U+FFFD stood for.
_LOST_BYTE = {"cp1251": b"\x98"}
_INVALID_UTF8 = b"\xff"
# A word repaired on its own, whatever its line, decodes to at least this many non-ASCII characters.
MIN_CHARS_ALONE = 3
# Share of a line's non-ASCII words that must repair with one code page for all of them to be repaired.
MIN_LINE_SHARE = 0.5
_SPACE = re.compile(r"([ \t\n\r]+)")
_REPLACEMENTS = re.compile("\ufffd+")


def _chars(code_page: str, first: int, last: int) -> str:
    return "".join(bytes([b]).decode(code_page, errors="ignore") for b in range(first, last + 1))


# A UTF-8 lead byte (0xC2-0xF4) read as the code page, then a continuation byte (0x80-0xBF): the
# signature of double encoding. Text without it is left alone at the cost of one regex search.
_SIGNATURES = {
    page: re.compile(f"[{re.escape(_chars(page, 0xC2, 0xF4))}][{re.escape(_chars(page, 0x80, 0xBF))}\ufffd]")
    for page in CODE_PAGES
}


@dataclass(frozen=True)
class Repaired:
    """Text with its double encoding undone, and which code page it was read as (None: untouched)."""

    text: str
    code_page: str | None
    words: int  # words repaired


def unmangle_word(word: str, code_page: str) -> str | None:
    """The word's UTF-8 reading when it is double-encoded through `code_page`, else None."""
    if word.isascii():
        return None
    lost = _LOST_BYTE.get(code_page, _INVALID_UTF8)
    try:
        raw = lost.join(part.encode(code_page) for part in word.split("\ufffd"))
    except UnicodeEncodeError:
        return None
    fixed = raw.decode("utf-8", errors="replace")
    if "\ufffd" in fixed:  # a lost byte leaves one U+FFFD per character, not one per byte
        fixed = _REPLACEMENTS.sub("\ufffd", fixed)
        if fixed.count("\ufffd") > word.count("\ufffd"):
            return None
    return None if fixed.isascii() or fixed == word else fixed


def _non_ascii(text: str) -> int:
    return sum(1 for c in text if ord(c) > 0x7F and c != "\ufffd")


def repair_line(line: str, code_page: str) -> tuple[str, int]:
    """The line with its double-encoded words repaired, and how many were."""
    parts = _SPACE.split(line)
    candidates = [k for k, part in enumerate(parts) if k % 2 == 0 and not part.isascii()]
    fixed = {k: f for k in candidates if (f := unmangle_word(parts[k], code_page)) is not None}
    if not fixed:
        return line, 0
    whole_line = len(fixed) >= MIN_LINE_SHARE * len(candidates)
    repaired = 0
    for k, word in fixed.items():
        if whole_line or _non_ascii(word) >= MIN_CHARS_ALONE:
            parts[k] = word
            repaired += 1
    return "".join(parts), repaired


def repair_double_encoding(text: str) -> Repaired:
    """Undo UTF-8 read as one of CODE_PAGES, line by line; the code page that repairs most words wins."""
    if text.isascii():
        return Repaired(text, None, 0)
    pages = [page for page in CODE_PAGES if _SIGNATURES[page].search(text)]
    best = Repaired(text, None, 0)
    for page in pages:
        lines = text.split("\n")
        words = 0
        for n, line in enumerate(lines):
            if _SIGNATURES[page].search(line):
                lines[n], count = repair_line(line, page)
                words += count
        if words > best.words:
            best = Repaired("\n".join(lines), page, words)
    return best
