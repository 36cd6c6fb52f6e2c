"""Session 40's speed round (issue 15): exact cuts, each held here to the code it replaced.

(1) `without_glued_prefixes` (asked of about 63,000 texts a pass: every text the agency gazetteer reads) searched any
lower-case letter before a capital ("iPhone", "McDonald") before its prefixes' pattern; it now searches that pattern
without its look-behind, a necessary condition built from the same vocabulary, so the blanking runs where a glued
prefix can stand at all. (2) The table of native decimal digits the line features read in ASCII is built at its first
use, with `str.isdecimal` (Unicode's Decimal numeric type) for `unicodedata.category(c) == "Nd"`.
"""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.lexicon.attached_prefixes import _glued_prefix, without_glued_prefixes
from tasks.lexicon.vocabulary import name_word_role
from tasks.text.features import _ascii_digits, line_features
from tasks.text.lines import Line

# ---- (1) the glued prefixes' necessary condition ----

PREFIXES = sorted(name_word_role("glued_prefix"))


def _blanked_unguarded(text: str) -> str:
    """The blanking as it runs with no pre-test at all: the full pattern's substitution on every text."""
    glued, _candidate = _glued_prefix()
    return glued.sub(lambda m: " " * len(m.group(0)), text)


def test_the_vocabulary_has_glued_prefixes() -> None:
    assert PREFIXES  # else the properties below would hold of nothing


def test_the_pre_test_is_the_pattern_without_its_look_behind() -> None:
    glued, candidate = _glued_prefix()
    assert glued.pattern.startswith(r"(?<![\w-])")
    assert candidate.pattern == glued.pattern.removeprefix(r"(?<![\w-])")


def test_a_prefix_on_a_capital_is_blanked_and_words_that_only_look_so_are_not() -> None:
    for prefix in PREFIXES:
        text = f"Maererano {prefix}New Ziana"
        assert without_glued_prefixes(text) == f"Maererano {' ' * len(prefix)}New Ziana"
        # inside a word, after a hyphen, before a lower-case letter: no prefix of a proper noun
        for kept in (f"x{prefix}New", f"ab-{prefix}New", f"{prefix}new", f"{prefix} New", "iPhone", "McDonald"):
            assert without_glued_prefixes(kept) == kept


# Texts made of the prefixes, capitals, lower-case letters, hyphens, spaces and other scripts' letters, where the
# pre-test's answer and the pattern's meet most often.
_OTHERS = ["New", "ZBC", "n", "e", "a", "kw", "-", " ", "x", "É", "İ", "ß", "ה", "\n", "1", "_"]
_PIECES = st.sampled_from([*PREFIXES, *(p.upper() for p in PREFIXES), *(p.title() for p in PREFIXES), *_OTHERS])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_the_guarded_blanking_is_the_unguarded_one(text: str) -> None:
    glued, candidate = _glued_prefix()
    if glued.search(text):
        assert candidate.search(text)  # a necessary condition: wherever the pattern matches, so does the pre-test
    assert without_glued_prefixes(text) == _blanked_unguarded(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_the_guarded_blanking_is_the_unguarded_one_on_any_text(text: str) -> None:
    assert without_glued_prefixes(text) == _blanked_unguarded(text)


# ---- (2) the native digits' table ----


def test_the_digit_table_is_every_decimal_digit_of_category_nd() -> None:
    table = {
        c: 0x30 + unicodedata.decimal(chr(c)) for c in range(0x80, 0x20000) if unicodedata.category(chr(c)) == "Nd"
    }
    assert _ascii_digits() == table
    assert _ascii_digits() is _ascii_digits()  # built once


def test_a_date_in_native_digits_reads_as_its_ascii_twin() -> None:
    for native, twin in (("ថ្ងៃអង្គារ ទី០៨ ខែតុលា ឆ្នាំ២០២៤ ម៉ោង ១០:២០", "ថ្ងៃអង្គារ ទី08 ខែតុលា ឆ្នាំ2024 ម៉ោង 10:20"),
                         ("١٥ مارس ٢٠٢٤ الساعة ١٠:٣٠", "15 مارس 2024 الساعة 10:30"),
                         ("১৫ মার্চ ২০২৪", "15 মার্চ 2024"), ("Kapitel ២", "Kapitel 2")):  # fmt: skip
        (read,), (reference,) = line_features([Line(1, native, 0, 0)]), line_features([Line(1, twin, 0, 0)])
        assert (read.has_date, read.has_timestamp) == (reference.has_date, reference.has_timestamp)
    assert line_features([Line(1, "ទី០៨ ខែតុលា ឆ្នាំ២០២៤ ម៉ោង ១០:២០", 0, 0)])[0].has_timestamp
