"""Session 29's speed round, the text core (issue 15): patterns that opened with a look-behind (or an alternation) made
`re` try every position of a line; each now opens with what its match starts with, the look-behind after it, or is
asked after a cheap pattern every match holds. A word before a day is found from the days. Each is held to the code it
replaced: the same matches, spans and groups, on invented lines and on generated ones."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.lexicon import day_words
from tasks.lexicon.date_text import _DAY_THEN_DOTTED, _NUMERIC_DATE, FULL_YEAR, has_month_date
from tasks.lexicon.date_vocabulary import month_names
from tasks.lexicon.outlet_clauses import _sentence_openings, as_clause_spans
from tasks.text import features
from tasks.text.features import line_features
from tasks.text.inline import _MERIDIEM_END, _MERIDIEM_REACH
from tasks.text.lines import split_lines

_L, _LM, _M = day_words.LETTER, day_words.LETTER_OR_MARK, day_words.MARK
OLD_WORD_THEN_DAY = re.compile(rf"(?<!\w)({_L}{_LM}{{2,}})\.?,?\s+\d{{1,2}}(?![\d:])")
OLD_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
OLD_DAY_THEN_WORD = re.compile(rf"(?<![\d.:])\d{{1,2}}\.?\s+({_L}{_LM}{{2,}})(?!\w|{_M})")
OLD_DAY_THEN_DOTTED = re.compile(rf"(?<![\d.:])\d{{1,2}}\s+((?:{_L}{_LM}?\.){{2,3}})")
OLD_FULL_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
OLD_YEAR_OR_DATE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
OLD_NUMERIC_DATE = re.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4}\s?[年년]|\d{4}-\d{2}-\d{2}|(?<![\d.])\d{1,2}\.\s\d{1,2}\.\s(?:19|20)\d\d(?!\d)"
)
OLD_SENTENCE_OPENINGS = re.compile(r"(?:^|[.!?]\s+)(\w[\w\u0300-\u036f]*)\s")

# Invented lines: datelines and bylines with a day next to a month's name either way round, in Latin, Cyrillic, Thai
# (dotted months) and Devanagari (vowel signs inside the month, a letter after a sign), clock times of every kind,
# years glued to letters and digits, days next to colons and three-digit numbers, a caption's padded tail.
LINES = [
    "July 24", "Tuesday July 24, 10:34 AM", "24 июля 2024, 21:13", "24. Juli", "Posted 3 March", "Updated May 5:30",
    "a3 March", "x July 24", "1.2 March", ":3 May", "May 123", "5 Mayo de 2024", "By Ann Lee, March 2, 2025 at 07h40",
    "8. 3. 2024", "18.3. 2024", "3. 12. 2026", "2024年5月", "2024-05-08 10:20", "12.5.24", "x 06:15 a. m.",
    "Der Zug fuhr um 17:00 h.", "Hasta las 11:20 น.", "at 6 p.m.\n", "the map.",
    "8 เม.ย. 2567", "12 มี.ค.", "โดย ณัฐพล 15 ม.ค. 2569", "जून 24, 2024", "24 जून", "क\u093eन 5", "ab\u0301cd 12",
    "Ju\u0301ly 24", "\u0301July 24", "klo 12.05", "kl. 06.00", "KL 6.00", "17:35", "1999-12-31", "x2024", "2024x",
    "12024", "20245", "in 1987.", "3/4/25", "03.12.2026", "٢٤ يوليو", "Sept. 5", "Sept., 5", "Sept. , 5", "Mar.  7 ",
    " " * 30 + "March 4", "He said in May 2 things were clear. In June 14 more came.", "",
]  # fmt: skip
_ALPHABET = st.sampled_from(
    [*"aM y5 12:.,\u0301\u093e\u0915x_٣\u00a0\t\n-/'hHkKlo09pm年", "May", "июля", " 24", "3 ", "19", "20", "เม.ย.", "ा"]
)
_TEXTS = st.lists(_ALPHABET, max_size=16).map("".join)


def _spans(matches: object) -> list[tuple[tuple[int, int], str, tuple[str | None, ...]]]:
    return [(m.span(), m.group(0), m.groups()) for m in matches]  # type: ignore[attr-defined]


def _same_matches(text: str) -> None:
    assert _spans(day_words.words_then_days(text)) == _spans(OLD_WORD_THEN_DAY.finditer(text))
    for new, old in ((day_words.DAY_NUMBER, OLD_DAY_NUMBER), (day_words.DAY_THEN_WORD, OLD_DAY_THEN_WORD),
                     (_DAY_THEN_DOTTED, OLD_DAY_THEN_DOTTED), (FULL_YEAR, OLD_FULL_YEAR),
                     (features._YEAR_OR_DATE, OLD_YEAR_OR_DATE), (_NUMERIC_DATE, OLD_NUMERIC_DATE)):  # fmt: skip
        assert _spans(new.finditer(text)) == _spans(old.finditer(text)), old.pattern
    if features._CLOCK.search(text) is not None:
        assert features._CLOCK_SIGN.search(text) is not None  # the gate never refuses a clock time
    assert _spans(_sentence_openings(text)) == _spans(OLD_SENTENCE_OPENINGS.finditer(text))
    closing = max(0, len(text) - _MERIDIEM_REACH)  # the clock's full stop looked for in the text's last characters
    assert _spans([_MERIDIEM_END.search(text, closing)] if _MERIDIEM_END.search(text, closing) else []) == _spans(
        [_MERIDIEM_END.search(text)] if _MERIDIEM_END.search(text) else []
    )


@pytest.mark.parametrize("text", LINES)
def test_the_patterns_match_as_before_on_invented_lines(text: str) -> None:
    _same_matches(text)


@settings(max_examples=3000, deadline=None)
@given(_TEXTS)
def test_the_patterns_match_as_before_on_generated_lines(text: str) -> None:
    _same_matches(text)


def test_full_year_from_a_position_and_whole() -> None:
    text = "Seit 1999 und x2024: 2025"
    for pos in range(len(text) + 1):  # the look-behind sees the characters before `pos`, as before
        assert _spans(FULL_YEAR.finditer(text, pos)) == _spans(OLD_FULL_YEAR.finditer(text, pos))
        assert (FULL_YEAR.search(text, 0, pos) is None) == (OLD_FULL_YEAR.search(text, 0, pos) is None)
    assert FULL_YEAR.fullmatch("2024") and not FULL_YEAR.fullmatch("1850")


def _old_has_month_date(text: str) -> bool:
    if not OLD_DAY_NUMBER.search(text):
        return False
    months = month_names()
    if any(m.group(1).casefold() in months for p in (OLD_WORD_THEN_DAY, OLD_DAY_THEN_WORD) for m in p.finditer(text)):
        return True
    return "." in text and any(m.group(1) in months for m in OLD_DAY_THEN_DOTTED.finditer(text))


@pytest.mark.parametrize("text", LINES)
def test_a_day_next_to_a_month_as_before(text: str) -> None:
    assert has_month_date(text) == _old_has_month_date(text)


def test_dates_and_clock_times_still_read() -> None:
    assert has_month_date("Tuesday July 24, 10:34 AM") and has_month_date("24 июля") and has_month_date("12 มี.ค.")
    assert not has_month_date("May 123") and not has_month_date("Updated May 5:30")
    feats = line_features(split_lines("Anna says:\nMarch 3, 2024 at 10:34 am\n17:35\nPublished 2024\nklo 12.05"))
    assert [(f.has_date, f.has_timestamp) for f in feats] == [
        (False, False), (True, True), (False, False), (True, False), (False, False)
    ]  # fmt: skip


def test_an_as_clause_still_names_its_outlet() -> None:
    found = as_clause_spans("Comme le souligne « Le Courrier picard », la ville a voté. As the Valley Herald noted, …")
    assert [how for _span, how in found] == ["as_clause", "as_clause"]
