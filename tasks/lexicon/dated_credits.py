"""A credit after the date that opens its line: a page's date and byline spans joined into one block
("2024-05-08 10:20 来源：新华网 作者：张三", "February 1, 2019 | BY: Ann Lee", "中華民國114年7月3日 星期四
記者王怡君／台中報導"). Split from :mod:`tasks.lexicon.credit_lines`, whose readers are
passed in."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice

from tasks.lexicon.credit_base import CreditLine
from tasks.lexicon.date_text import date_tail_start
from tasks.lexicon.date_vocabulary import date_cues

Reader = Callable[[str], "CreditLine | None"]

# A numeric date (and clock time) opening an info bar, with its label: "2024-05-08 10:20 来源：新华网 作者：张三",
# "发布时间：2024年05月08日 07:12 来源：…". The credits after it are the line's; a Han cue may follow the time with no
# space, the page's date and source spans joined ("2024-07-08 09:36来源：椰城视点网").
# The spaces before it are taken whole (possessive: no cue and no digit starts with one), where backing off space by
# space before the cues' alternation cost a millisecond a call on a caption's tail padded to keep its offsets.
_DATE_HEAD = re.compile(
    r"^\s*+(?:(?:" + "|".join(re.escape(c) for c in date_cues("published")) + r")\s*[:：]?\s*)?"
    r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s+|(?=[\u3400-\u9fff]))",
    re.IGNORECASE,
)

_DIGIT = re.compile(r"\d")
# A part of a line parted from the next by a bar or a bullet: "February 1, 2019 | BY: Ann Lee, MS".
_PART_BAR = re.compile(r"\s+[|·•]\s+")
# A date in words is a few words: a label, the date, a weekday, a time ("中華民國114年7月3日 星期四 10:42"); the byline
# must start after at most this many of the line's words.
MAX_DATE_HEAD_WORDS = 8
_TOKEN = re.compile(r"\S+")
# Where a line's words are not parted by spaces (Chinese, Japanese), the credit after the date opens with its cue
# glued to the name ("記者王怡君／台中報導"): no first word to look up, so the whole reader is asked.
_HAN_OR_KANA = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff〔【（]")
# What the glued reading is trusted with: one Chinese name of two to four characters, as "王怡君" (a longer or spaced
# "name" there is the date's other words or a list the head readers part better).
_ONE_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _dated_part_end(text: str) -> int:
    """Where the part after a date in words and its bar starts ("February 1, 2019 | BY: Ann Lee"), else 0."""
    if "|" not in text and "·" not in text and "•" not in text:
        return 0  # no bar or bullet for `_PART_BAR`, opened by spaces, to find after its scan of every space
    bar = _PART_BAR.search(text)
    return bar.end() if bar is not None and date_tail_start(text[: bar.start()].lstrip()) == 0 else 0


def _worded_date_credit(text: str, whole: Reader) -> tuple[int, CreditLine] | None:
    """(shift, credit) of a cued credit glued to its name after a date in words and a space ("中華民國114年7月3日
    星期四 記者王怡君／台中報導": a Taiwanese paper's date and byline spans joined), the longest date head first (the
    weekday is the date's, no part of the name); else None. (Where words are parted by spaces the text path's head
    readers already take a byline after its date, "06 November 2012 by Eric Abent Discuss (0)", and cut what follows
    the name, which a credit read here would keep.)"""
    if _HAN_OR_KANA.search(text) is None:
        return None  # every token below is refused by its first character's `_HAN_OR_KANA.match`: most lines
    # the line's first words only, the whole date first (a paragraph's every token was listed before: issue 15)
    for token in reversed(list(islice(_TOKEN.finditer(text), MAX_DATE_HEAD_WORDS + 1))[1:]):
        head, rest = text[: token.start()], text[token.start() :]
        if not _DIGIT.search(head):
            continue
        if _HAN_OR_KANA.match(rest) is None or date_tail_start(head.strip()) != 0:
            continue
        credit = whole(rest)
        if credit is not None and credit.cue and _ONE_HAN_NAME.fullmatch(credit.name or ""):
            return token.start(), credit
    return None


# A date's label before it ("Posted on", "Published:", "Veröffentlicht am"): the label, its colon and a preposition.
_DATE_LABEL = re.compile(
    r"^(?:" + "|".join(re.escape(c) for c in date_cues("published")) + r")\s*[:：]?\s*(?:(?:on|am|le|el)\s+)?",
    re.IGNORECASE,
)


def _labelled_date_credit(text: str, first: Reader) -> tuple[int, CreditLine] | None:
    """(shift, credit) of a byline opened by its cue after a labelled date in words and its time ("Posted on March 5,
    2024 by Ann Lee", "Published March 5, 2024 at 10:12 am by Ann Lee", "Veröffentlicht am 5. März 2024 von Ann Lee":
    a blog's post line, WordPress themes' default, the date before the writer), the earliest cue first; else None.
    The label is asked first, the cue next, the date only of a line both open. Without the label ("06 November 2012
    by …") a line cost a never-studied set of real pages precision as much as it found (session 33)."""
    label = _DATE_LABEL.match(text)
    if label is None:
        return None
    for token in list(_TOKEN.finditer(text))[2 : MAX_DATE_HEAD_WORDS + 3]:
        if token.start() <= label.end():
            continue
        credit = first(text[token.start() :])
        if credit is None:
            continue
        head = text[label.end() : token.start()].strip()
        return (token.start(), credit) if _DIGIT.search(head) and date_tail_start(head) == 0 else None
    return None


def credit_after_date(text: str, first: Reader, whole: Reader) -> CreditLine | None:
    """The credit after the date that opens a line, its offsets the line's: `first` reads a credit opened by its cue,
    `whole` any credit line (asked only where the words are not parted by spaces)."""
    if not _DIGIT.search(text):
        return None  # a date of digits opens the line, or a date in words ends its first part: both hold a digit
    head = _DATE_HEAD.match(text)
    shift = head.end() if head else _dated_part_end(text)
    credit = first(text[shift:]) if shift else None
    if credit is None and (not shift or _HAN_OR_KANA.match(text, shift)):
        # no bar, or the cue glued to the name after a numeric date: the longest date head before a credit; else a
        # cued byline after a date in words
        worded = _worded_date_credit(text, whole) or (None if shift else _labelled_date_credit(text, first))
        shift, credit = worded if worded is not None else (0, None)
    if credit is None:
        return None
    end = None if credit.rest_end is None else credit.rest_end + shift
    return CreditLine(credit.kind, credit.cue, credit.name, credit.name_start + shift, credit.name_end + shift,
                      credit.rest_start + shift, end)  # fmt: skip
