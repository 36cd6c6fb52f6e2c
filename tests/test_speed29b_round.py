"""Session 29's second speed pass over the text core (issue 15): three more patterns that opened with a look-behind
(or a guard made of them) and so were tried at every position of a line now open with the class of their first
character, the look-behinds read after it. Each is held to the pattern it replaced: the same matches, spans and
groups, searched whole and from every position, on invented lines and on generated ones."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.credits.blog_footers import _COMMENT_COUNT
from tasks.lexicon import next_credit
from tasks.lexicon.hijri_dates import _SOLAR_DATE, _SOLAR_MONTHS, solar_hijri_starts

_CJK, _CJK_PUNCTUATION = next_credit._CJK, next_credit._CJK_PUNCTUATION
_CUES = next_credit._NEXT_CUES
_OLD_GUARD = r"(?:(?<!\s)|(?!\s)|(?<=[" + _CJK + _CJK_PUNCTUATION + r"]))"
OLD_NEXT_CREDIT = re.compile(
    _OLD_GUARD
    + r"(?:(?:\s*[,;|/.、·•]\s*|\s+[-–—]\s+|(?<=["
    + _CJK
    + _CJK_PUNCTUATION
    + r"])\s+)("
    + "|".join(re.escape(c) for c in _CUES)
    + r")\s*[:：・]\s*\S"
    + r"|(?<=["
    + _CJK
    + r"])\s+("
    + "|".join(re.escape(c) for c in _CUES if re.fullmatch("[" + _CJK + "]+", c))
    + r")\s*(?=["
    + _CJK
    + "]))",
    re.IGNORECASE,
)
OLD_COMMENT_COUNT = re.compile(r"(?<!\w)\d+\s+comments?(?!\w)", re.IGNORECASE)
OLD_SOLAR_DATE = re.compile(r"(?<!\d)(\d{1,2})\s+(" + "|".join(_SOLAR_MONTHS) + r")\s+(1[34]\d\d)(?!\d)")
PAIRS = (
    (next_credit._NEXT_CREDIT, OLD_NEXT_CREDIT),
    (_COMMENT_COUNT, OLD_COMMENT_COUNT),
    (_SOLAR_DATE, OLD_SOLAR_DATE),
)

# Invented lines: credit lines with a second cue after a comma, a semicolon, a bar, a dash or spaces (CJK info bars with
# and without colons, the ideographic space, padded caption tails), post footers with comment counts glued to letters
# and digits, Solar Hijri dates in Persian and ASCII digits with days of one, two and three digits.
LINES = [
    "Foto: Marko Đokić, Video: N1", "Haber: Mehmet Yılmaz - Kamera: Ali Demir",
    "(Text: Anna Schmidt, Bild: Jonas Weber)", "来源：新华网 作者：张三 编辑：李四", "来源：人民网 记者 王丽 李强",
    "作者：\u3000责任编辑：肖春芳", "作者： 责任编辑：肖春芳", "Reporting by A; Writing by B",
    "Text: A" + " " * 20 + "Photo: B", "  Photo: B", " Foto:", "x.Foto: Y", "x /  foto : Y",
    "a — Photo: B", "a -Photo: B", "編集部 写真：田中", "編集部\u3000写真 田中", "FOTO:  ", "Foto:\n", "ab , ,Foto: c",
    "posted by Ann Lee @ 10:20 22 comments", "3 Comments", "x3 comments", "33comments", "٣ comments", "1 COMMENT",
    "12 commentsx", "_5 comments", "5\tcomments", "۲۴ اسفند ۱۴۰۲", "24 اسفند 1402", "124 اسفند 1402", "5 دی 1399",
    "x5 دی 1399", "15 فروردین 14030", "ساعت ۱۵ فروردین ۱۴۰۳ - ۱۰:۲۰", "",
]  # fmt: skip
_ALPHABET = st.sampled_from(
    [*" ,;|/.、·•-–—:：・\u3000\n\t 0123456789xX_", "Foto", "photo", "by", "作者", "编辑", "写真", "comments",
     "Comment", "٣", "۲۴", "اسفند", "دی", "1402", "13", "ſ"]
)  # fmt: skip
_TEXTS = st.lists(_ALPHABET, max_size=16).map("".join)


def _spans(matches: object) -> list[tuple[tuple[int, int], str, tuple[str | None, ...], list[tuple[int, int]]]]:
    return [
        (m.span(), m.group(0), m.groups(), [m.span(i) for i in range(1, m.re.groups + 1)])  # type: ignore[attr-defined]
        for m in matches  # type: ignore[attr-defined]
    ]


def _same_matches(text: str) -> None:
    for new, old in PAIRS:
        assert _spans(new.finditer(text)) == _spans(old.finditer(text)), old.pattern[:40]
        for pos in range(len(text) + 1):  # a search from a position: the look-behinds see the characters before it
            assert _spans(filter(None, [new.search(text, pos)])) == _spans(filter(None, [old.search(text, pos)]))


@pytest.mark.parametrize("text", LINES)
def test_the_patterns_match_as_before_on_invented_lines(text: str) -> None:
    _same_matches(text)


@settings(max_examples=3000, deadline=None)
@given(_TEXTS)
def test_the_patterns_match_as_before_on_generated_lines(text: str) -> None:
    _same_matches(text)


def test_the_readers_still_read() -> None:
    assert next_credit.next_credit_at("Foto: Marko Đokić, Video: N1", 5) == (17, 19)
    assert next_credit.next_credit_at("来源：新华网 作者：张三 编辑：李四", 3) == (6, 7)
    assert _COMMENT_COUNT.search("posted by Ann Lee @ 10:20 22 comments") and not _COMMENT_COUNT.search("x3 comments")
    assert solar_hijri_starts("ساعت ۱۵ فروردین ۱۴۰۳ - ۱۰:۲۰") == [5]
