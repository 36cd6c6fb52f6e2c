"""Rows of an article's head that stand inside the main text: the byline's date row, a bare name over a date, and a
dateline's place alone.

The main text often starts at the standfirst, so the head rows between it and the first paragraph fall inside it;
:mod:`tasks.text.inline` asks these tests of every line there that no single-line rule took.
"""

from __future__ import annotations

import re

from schemas import AttributionKind, ChromeKind, Label
from tasks.lexicon.wire_citations import MAX_DATELINE_PLACE_WORDS
from tasks.lexicon.word_classes import is_caseless
from tasks.text.bio import is_shown_name
from tasks.text.lines import Line
from tasks.text.region import PageView
from tasks.text.verdicts import Verdict


def date_under_byline(i: int, lines: list[Line], view: PageView) -> Verdict | None:
    """Line i inside the main text, a short line with a date and no sentence, in one block right under the writer's
    byline ("By Jo Smith" over "Sunday, 6 April 2025 · 5 min read"): the byline's date row, the article's furniture. A
    weekday and a date alone may head a blog's post as its text; under a byline it is the head's."""
    feat = view.features[i]
    if i == 0 or view.prose[i] or not feat.has_date or feat.n_words > view.rules.stamp_max_words:
        return None
    verdict = view.verdicts[i - 1]
    if verdict is None or verdict.reason_code != "credit_line" or verdict.kind != AttributionKind.AUTHOR:
        return None
    if lines[i - 1].block_index != lines[i].block_index:
        return None
    return Verdict(
        Label.CHROME, ChromeKind.COUNTER, "date_under_byline",
        "a short line with a date right under the byline, in its block: the byline's date row", 0.75,
    )  # fmt: skip


def date_under_bare_name(i: int, lines: list[Line], view: PageView, region: tuple[int, int]) -> Verdict | None:
    """Line i inside the main text, the short dated line under a bare name that :func:`name_over_date` takes for the
    byline ("ویب ڈیسک" over "12 جون 2025", "Uxía Paz" over "14 de novembro de 2025"): the byline's date row, as under
    a cued byline (:func:`date_under_byline`); the name alone was the head's furniture and its date was left as text."""
    if i == 0 or not view.features[i].has_date or view.prose[i]:
        return None  # most lines: no date, so no name over one (asked before the name's words are split)
    if not is_name_over_date(i - 1, lines, view) or _below_second_text_line(view, region, i - 1):
        return None
    return Verdict(
        Label.CHROME, ChromeKind.COUNTER, "date_under_byline",
        "a short line with a date right under a bare name taken for the byline, in its block: the byline's date row",
        0.75,
    )  # fmt: skip


def date_closing_head_block(i: int, lines: list[Line], view: PageView, region: tuple[int, int]) -> Verdict | None:
    """Line i, a short line with a date and no sentence, closes the head's block right under the standfirst, the
    headline above them in the block ("Chiziviso: …" over "Mhuri … inozivisa …" over "Chishanu, 14 Kurume 2025"; "መጋቢት 5
    ቀን 2017 ዓ.ም", an Ethiopian-calendar date): the article's date, set with its head, not its text. A date alone in a
    block of its own may head a post as its text (a benchmark's gold counts it so)."""
    feat, head = view.features[i], region[0]
    if i != head + 1 or view.prose[i] or not feat.has_date or feat.ends_sentence:
        return None
    if feat.n_words > view.rules.stamp_max_words or lines[head].index_in_block == 0:
        return None
    closes = i + 1 >= len(lines) or lines[i + 1].block_index != lines[i].block_index
    if lines[head].block_index != lines[i].block_index or not closes or not view.is_text(head):
        return None
    return Verdict(
        Label.CHROME, ChromeKind.COUNTER, "date_closing_head_block",
        "a short line with a date closing the head's block under the standfirst: the article's date", 0.75,
    )  # fmt: skip


NAME_MIN_WORDS, NAME_MAX_WORDS = 2, 4
# Punctuation at a word's ends: a caseless line holding it is a phrase or a sentence, not a name.
_MARKS = ".,;:!?()[]«»\"'“”|/-–—।"


def name_over_date(i: int, lines: list[Line], view: PageView, region: tuple[int, int]) -> Verdict | None:
    """Line i inside the main text, a bare name (two to four capitalised words, a particle between them), in one block
    right over a short dated line that is no sentence ("Uxía Paz" over "Burela, 14 de novembro de 2025"), above the
    article's second text line: the writer's byline without a cue, under a standfirst. The name may follow the town
    or the outlet it files from and a spaced dash ("زاكورة - سعيد أيت بلعيد", "Tetouan – Ana Ruiz"). A subheading
    stands over its paragraph, not over a date."""
    words = _signed_name(lines[i].text).split()
    if not is_name_over_date(i, lines, view, words) or _below_second_text_line(view, region, i):
        return None
    return Verdict(
        Label.CHROME, ChromeKind.BOILERPLATE, "name_over_date",
        "a bare name right over a date, in its block, at the article's head: the byline", 0.7,
    )  # fmt: skip


def is_name_over_date(i: int, lines: list[Line], view: PageView, words: list[str] | None = None) -> bool:
    """Line i is a bare name (two to four capitalised words, a particle between them) right over a short dated line
    that is no sentence, in one block: a byline without a cue, in the article's head or at its foot (`words`: the
    name's, when the line holds more than the name)."""
    words = lines[i].text.split() if words is None else words
    if not NAME_MIN_WORDS <= len(words) <= NAME_MAX_WORDS or i + 1 >= len(lines):
        return False
    # a script without capitals shows no name by its case ("सुनिता गुरुङ" over "असार १३, २०८१"): words of its letters
    if not is_shown_name(words) and not all(is_caseless(w) and w.strip(_MARKS) == w for w in words):
        return False
    below = view.features[i + 1]
    if lines[i + 1].block_index != lines[i].block_index or not below.has_date or view.prose[i + 1]:
        return False
    return not below.ends_sentence and below.n_words <= view.rules.stamp_max_words


# A spaced dash between the place or outlet a writer files from and the writer's name ("Zagora - Said Ait Belaid").
_PLACE_DASH = re.compile(r"\s[-–—]\s")
# The place or outlet before that dash has at most this many words ("Souss Press", "Ksar El Kebir").
MAX_FILED_FROM_WORDS = 3


def _signed_name(text: str) -> str:
    """The name after a place's or an outlet's spaced dash, or the line when it has none."""
    parts = _PLACE_DASH.split(text.strip())
    return parts[1] if len(parts) == 2 and 0 < len(parts[0].split()) <= MAX_FILED_FROM_WORDS else text


# The marks a dateline's place ends with on its own line: "KAMPALA.", "NAIROBI:", "LAGOS —".
_PLACE_END = ".:—–-, "


def dateline_place_alone(i: int, text: str, view: PageView, region: tuple[int, int]) -> Verdict | None:
    """Line i inside the main text, a place in capitals alone on its line over the first paragraph ("KAMPALA.",
    "NAIROBI —"): the dateline that the paragraph under it would open with, set apart; the story's furniture, not a
    subheading. Only above the article's second text line (a standfirst may stand above it; a picture's caption over
    its credit is no text line), and only a word or two in capitals closed by a dateline's mark: a subheading in
    capitals has more words or none of those marks."""
    place = text.strip()
    name = place.rstrip(_PLACE_END)
    if name == place or not name.isupper() or not 0 < len(name.split()) <= MAX_DATELINE_PLACE_WORDS:
        return None
    if i + 1 >= len(view.features) or not view.is_text(i + 1):
        return None
    if _below_second_text_line(view, region, i):
        return None
    return Verdict(
        Label.CHROME, ChromeKind.BOILERPLATE, "dateline_place_alone",
        "a place in capitals alone on its line over the first paragraph: the story's dateline", 0.7,
    )  # fmt: skip


def _below_second_text_line(view: PageView, region: tuple[int, int], i: int) -> bool:
    """More than one of the article's text lines stand above line i (a picture's caption over its credit is none)."""
    return sum(view.is_text(k) and not _over_a_credit(view, k) for k in range(region[0], i)) > 1


def _over_a_credit(view: PageView, k: int) -> bool:
    """Line k stands right over a credit line: a picture's caption, not the article's text."""
    verdict = view.verdicts[k + 1] if k + 1 < len(view.verdicts) else None
    return verdict is not None and verdict.label == Label.ATTRIBUTION
