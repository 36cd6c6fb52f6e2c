"""The comment probe of the byline block (a writer's name repeated under the article over a date is a reply, not a
menu) reads that date in the page's language and English, never with every dateparser locale: with no language
dateparser loads all of them, 1.8 s the first time in a process (session 15: the same records on 2,731 dumps)."""

from __future__ import annotations

from datetime import datetime

import pytest

import tasks.lexicon.date_text as date_text
from tasks.credits import byline_block
from tasks.credits.attribution import extract_attributions
from tasks.text.segment import segment_text

PARAGRAPHS = [
    "The council approved the new budget for the harbour on Tuesday evening after a long debate about the cost of"
    " dredging the channel, which the port authority says is overdue by several years.",
    "Opposition members argued that the money would be better spent on the ferry terminal, whose roof has leaked"
    " since the storms of last winter and whose waiting room was closed twice this year.",
    "The mayor said the dredging could not wait, because larger ships had already begun to avoid the port and the"
    " fishing fleet had lost two days at sea to low water in January alone.",
    "Work on the channel is due to start in May and to last until the end of the summer, the port authority said,"
    " and the terminal's roof will be repaired from what is left of the reserve fund.",
]
PAGE = "\n\n".join(
    [
        "Harbour budget approved after long debate",
        "Anna Berg",
        "March 3, 2026",
        *PARAGRAPHS,
        "Comments",
        "Anna Berg",
        "March 4, 2026 at 10:15 am",
        "Thanks for reading, the next meeting is in April.",
    ]
)


def test_the_comment_probe_asks_dateparser_with_a_language(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str | None] = []
    read = date_text.read_with_dateparser

    def recording(text: str, language: str | None, relative_base: datetime, order: str) -> object:
        asked.append(language)
        return read(text, language, relative_base, order)

    monkeypatch.setattr(date_text, "read_with_dateparser", recording)
    byline_block.is_date_line.cache_clear()  # its answers are kept per (text, language)
    date_text.parse_date_text.cache_clear()  # and dates per (text, clock, language)
    found = extract_attributions(segment_text(PAGE))
    assert [(f.line, f.name) for f in found] == [(3, "Anna Berg")]  # the reply under the text is no repeat
    assert asked and None not in asked
