"""Session 33's speed round, the text core and the HTML path (issue 15): exact cuts, each held here to what it
replaced.

(1) `credit_after_date` (asked of every line the credit readers before it refuse) looks for a bar's part only where a
bar or bullet is, and for a credit glued to its name after a date in words only where a Han or kana character is and
among the line's first words, where it listed every token of every line holding a digit; (2) `caption_tail_credit`
searches for a closing bracket only where one is, and for the words after the last sentence from its last sentence
mark on; (3) the HTML path's `holds_photo_credit` (every block of a page) asks for a closing bracket by five
substring tests instead of `any` over a generator, and for a supplier on a slash only where a slash is."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tasks.lexicon.caption_credits as caption_credits
import tasks.lexicon.captions as captions
import tasks.lexicon.dated_credits as dated_credits
from schemas import AttributionKind
from tasks.lexicon.caption_credits import (
    _AFTER_LAST_SENTENCE,
    _CLOSING_BRACKET,
    _closing_bracket_tail,
    _last_sentence_tail,
    caption_tail_credit,
    picture_credit,
)
from tasks.lexicon.captions import _CLOSING_BRACKETS, _SLASHED_SUPPLIER, _holds_closing_bracket, holds_photo_credit
from tasks.lexicon.credit_base import CreditLine
from tasks.lexicon.credit_lines import _cue_first, parse_credit_line
from tasks.lexicon.date_text import date_tail_start
from tasks.lexicon.dated_credits import (
    _DIGIT,
    _HAN_OR_KANA,
    _ONE_HAN_NAME,
    _PART_BAR,
    _TOKEN,
    MAX_DATE_HEAD_WORDS,
    _dated_part_end,
    _worded_date_credit,
    credit_after_date,
)

# ---- (1) credit_after_date ----


def _old_dated_part_end(text: str) -> int:
    bar = _PART_BAR.search(text)
    return bar.end() if bar is not None and date_tail_start(text[: bar.start()].lstrip()) == 0 else 0


def _old_worded_date_credit(text: str, whole: dated_credits.Reader) -> tuple[int, CreditLine] | None:
    for token in reversed(list(_TOKEN.finditer(text))[1 : MAX_DATE_HEAD_WORDS + 1]):
        head, rest = text[: token.start()], text[token.start() :]
        if not _DIGIT.search(head):
            continue
        if _HAN_OR_KANA.match(rest) is None or date_tail_start(head.strip()) != 0:
            continue
        credit = whole(rest)
        if credit is not None and credit.cue and _ONE_HAN_NAME.fullmatch(credit.name or ""):
            return token.start(), credit
    return None


def _old_credit_after_date(text: str) -> CreditLine | None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dated_credits, "_dated_part_end", _old_dated_part_end)
        patch.setattr(dated_credits, "_worded_date_credit", _old_worded_date_credit)
        return credit_after_date(text, _cue_first, parse_credit_line)


DATED = ["2024-05-08 10:20 来源：新华网 作者：张三", "发布时间：2024年05月08日 07:12 来源：人民网",
         "February 1, 2019 | BY: Ann Lee, MS", "February 1, 2019 · Von Anna Berg", "February 1, 2019 • By Ann Lee",
         "中華民國114年7月3日 星期四 記者王怡君／台中報導", "2025年7月3日 星期四 10:42 記者陳怡君／台北報導",
         "Posted 3 May 2024 by Ann Lee", "On 3 May 2024 the council met and 12 members voted for the plan.",
         "2017-03-10 09:58 来源：网易科学人", "3 May 2024 | Permalink | Comments (3)", "12 | 13 | 14", "", "2024",
         "平成30年5月3日 記者山田太郎撮影", "1 2 3 4 5 6 7 8 9 10 記者王怡君／台中報導",
         "It cost 3 € | ЦЕНА 4 ₽"]  # fmt: skip


@pytest.mark.parametrize("text", DATED)
def test_a_credit_after_a_date_as_before(text: str) -> None:
    assert _dated_part_end(text) == _old_dated_part_end(text)
    assert _worded_date_credit(text, parse_credit_line) == _old_worded_date_credit(text, parse_credit_line)
    assert credit_after_date(text, _cue_first, parse_credit_line) == _old_credit_after_date(text)


@pytest.mark.parametrize("text", ["2024-05-08 10:20 来源：新华网 作者：张三", "February 1, 2019 | BY: Ann Lee, MS",
                                  "中華民國114年7月3日 星期四 記者王怡君／台中報導"])  # fmt: skip
def test_the_dated_credits_are_still_read(text: str) -> None:
    assert credit_after_date(text, _cue_first, parse_credit_line) is not None


# Digits, bars and bullets, Han and kana, the date's words and a cue's: what the two readers look at.
DATED_ALPHABET = "0123456789 |·•-/.:年月日記者王怡君／台北報導来源：新华网ひらカナ星期四 ByMayAnLe,"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=DATED_ALPHABET, max_size=40))
def test_generated_lines_as_before(text: str) -> None:
    assert _dated_part_end(text) == _old_dated_part_end(text)
    assert _worded_date_credit(text, parse_credit_line) == _old_worded_date_credit(text, parse_credit_line)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=DATED_ALPHABET, max_size=40))
def test_generated_credits_after_a_date_as_before(text: str) -> None:
    assert credit_after_date(text, _cue_first, parse_credit_line) == _old_credit_after_date(text)


def test_a_long_line_lists_only_its_first_words() -> None:
    line = "2024年7月3日 記者王怡君／台中報導 " + "詞 " * 5000
    assert _worded_date_credit(line, parse_credit_line) == _old_worded_date_credit(line, parse_credit_line)


# ---- (2) caption_tail_credit ----

CAPTIONS = ["Protesters outside parliament on Monday. (Photo by Chip Somodevilla/Getty Images)",
            "Saved ... Sao Paulo police guard the paintings. Photograph: Sebastiao Moreira/EPA",
            "… durante la cerimonia (foto LaPresse).", "The tram depot [Keystone] .", "No mark here at all",
            "Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian", "Wow! Ann Lee/AP", "Is it? ",
            "“Quoted.” Ann Lee/Reuters", "A. B. C. D", "…", "", "(AP Photo/Alan Diaz, File)", "end. ”  Ann Lee  ",
            "The one. Credit... Doug Mills/The New York Times", "x. " + "word " * 40]  # fmt: skip


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span(1)


@pytest.mark.parametrize("text", CAPTIONS)
def test_the_tails_are_the_patterns_matches(text: str) -> None:
    assert _span(_closing_bracket_tail(text)) == _span(_CLOSING_BRACKET.search(text))
    assert _span(_last_sentence_tail(text)) == _span(_AFTER_LAST_SENTENCE.search(text))


def _old_caption_tail_credit(text: str, after_sentence: bool) -> object:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(caption_credits, "_closing_bracket_tail", _CLOSING_BRACKET.search)
        patch.setattr(caption_credits, "_last_sentence_tail", _AFTER_LAST_SENTENCE.search)
        return caption_tail_credit(text, after_sentence)


@pytest.mark.parametrize("text", CAPTIONS)
@pytest.mark.parametrize("after_sentence", [True, False])
def test_a_caption_tail_as_before(text: str, after_sentence: bool) -> None:
    assert caption_tail_credit(text, after_sentence) == _old_caption_tail_credit(text, after_sentence)


def test_a_caption_tail_is_still_credited() -> None:
    credit = picture_credit("Protesters outside parliament. Photo by Kirk Irwin/Getty Images")
    assert credit is not None and credit.credit.kind is AttributionKind.PHOTO
    bracketed = caption_tail_credit("Protesters outside parliament on Monday. (Photo by Chip Somodevilla/Getty Images)")
    assert bracketed is not None


# Sentence marks, quotes, brackets, spaces of several kinds and a credit's letters.
TAIL_ALPHABET = '.!?…"”’()[] \t\u00a0/APhotoReuters:,'


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=TAIL_ALPHABET, max_size=60))
def test_generated_tails_are_the_patterns_matches(text: str) -> None:
    assert _span(_closing_bracket_tail(text)) == _span(_CLOSING_BRACKET.search(text))
    assert _span(_last_sentence_tail(text)) == _span(_AFTER_LAST_SENTENCE.search(text))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=TAIL_ALPHABET, max_size=60))
def test_generated_caption_tails_as_before(text: str) -> None:
    assert caption_tail_credit(text) == _old_caption_tail_credit(text, True)


# ---- (3) the HTML path's holds_photo_credit ----


def _old_holds_photo_credit(text: str) -> bool:
    def old_slashed(text: str) -> bool:
        match = _SLASHED_SUPPLIER.search(text.rstrip())
        return match is not None and len(match.group(1).split()) <= captions.SLASHED_SUPPLIER_MAX_WORDS

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(captions, "_holds_closing_bracket", lambda t: any(b in t for b in _CLOSING_BRACKETS))
        patch.setattr(captions, "_closing_slashed_supplier", old_slashed)
        return holds_photo_credit(text)


BLOCKS = ["한옥마을 일대. /사진=호남일보 DB", "… 전기 추진 여객선. /남해안일보 DB", "… 모습. /연합뉴스", "a/b",
          "…通行。（記者陳怡君攝）113年5月12日", "（資料圖片）", "(கோப்புப் படம்)", "Protesters in Paris (Photo: Ann Lee)",
          "No credit here", "", "】", "x ］", "The end. / Reuters",
          "The end. /Reuters Photo Archive Desk Now"]  # fmt: skip


@pytest.mark.parametrize("text", BLOCKS)
def test_a_block_holds_its_credit_as_before(text: str) -> None:
    assert _holds_closing_bracket(text) == any(b in text for b in _CLOSING_BRACKETS)
    assert holds_photo_credit(text) == _old_holds_photo_credit(text)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="()）]］】[（/. 사진=연합뉴스DBAnLe攝記者。", max_size=30))
def test_generated_blocks_as_before(text: str) -> None:
    assert _holds_closing_bracket(text) == any(b in text for b in _CLOSING_BRACKETS)
    assert holds_photo_credit(text) == _old_holds_photo_credit(text)
