"""The time of a live blog's entry, shown alone beside it: "<li class="nn-post"><span class="nn-post__time">18.05</span>
<div class="nn-post__content">…</div></li>". The clock time is the entry's stamp, as a byline's date is the story's,
no sentence of its text; the golds of the own sets leave it out. Told by its markup: a <time> element or an element
whose class names a time ("time", "hour", "clock"; class_hints.csv kind `entry_time`) holding the clock alone. A time
written as a paragraph of its own ("<p>4:14 p.m.</p>", the AP's "The Latest" pages, which aeb's gold keeps) is named
by neither and stays. So is the entry's head of its time and its writer's name, each in an element named for it, and
the writer's name that closes an entry holding one such time ("<div class="jt-post"><span class="jt-post__time">20:15
</span><div class="jt-post__body"><p>…</p><span class="jt-post__author">Erik Lindqvist</span></div></div>").
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from schemas import ChromeKind, Label
from tasks.html.blocks import Block
from tasks.html.vocab import BLOCK_TAGS, BYLINE_HINTS, ENTRY_TIME_HINTS, class_words
from tasks.text.verdicts import Verdict

_ENTRY_TIME = Verdict(
    Label.CHROME, ChromeKind.BOILERPLATE, "entry_time",
    "a live blog entry's time alone in an element named for it (a <time>, a class of 'time' or 'hour'): its stamp",
    0.8,
)  # fmt: skip
_ENTRY_WRITER = Verdict(
    Label.CHROME, ChromeKind.BOILERPLATE, "entry_writer",
    "a live blog entry's writer: a name alone in an element named a byline, in an entry with its time named for it",
    0.8,
)  # fmt: skip
# A clock time alone: 24-hour or with its half of the day ("18.05", "16:45", "01:20 PM", "9:05 a.m.").
_CLOCK = re.compile(r"\s*\d{1,2}[:.]\d{2}(?:\s*(?i:[ap]\.?\s?m\.?))?\s*")
# How deep under the block's own element the time's element may stand ("<li><span><time>…").
MAX_TIME_DEPTH = 3


def without_entry_times(blocks: list[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """The verdicts with the body blocks that are a live entry's time alone made furniture."""
    return [
        _ENTRY_TIME if v.label == Label.BODY and ((_CLOCK.fullmatch(b.text) and _named_time(b)) or _timed_byline(b))
        else _ENTRY_WRITER if v.label == Label.BODY and _entry_writer(b)
        else v
        for b, v in zip(blocks, verdicts, strict=True)
    ]  # fmt: skip


# The entry's writer beside its time is a name: a few words.
ENTRY_WRITER_MAX_WORDS = 5


def _timed_byline(block: Block) -> bool:
    """The block is an entry's head: its time in an element named for it and its writer in an element named a byline
    beside it, nothing else ("<span class="live-entry__time">14:05</span><span class="live-entry__author">Anna
    Berg</span>" over each entry of a live blog, which the golds leave out as they leave out a story's byline)."""
    owner = block.ancestors[-1] if block.ancestors else None
    if owner is None or len(block.text.split()) > ENTRY_WRITER_MAX_WORDS + 2 or (owner.text or "").strip():
        return False
    # the inline parts of the entry's element before its text's paragraphs ("<div class="live-entry"><span>…</span>
    # <span>…</span><p>…</p></div>")
    parts = [c for c in owner if isinstance(c.tag, str) and c.tag not in BLOCK_TAGS]
    if len(parts) != 2 or any((c.tail or "").strip(" ·|,-–") for c in parts):
        return False
    texts = [" ".join(str(c.text_content()).split()) for c in parts]
    if "".join(texts).replace(" ", "") != block.text.replace(" ", ""):
        return False
    timed = [i for i, c in enumerate(parts) if _names_a_time(c) and _CLOCK.fullmatch(texts[i])]
    if len(timed) != 1:
        return False
    writer = parts[1 - timed[0]]
    words = set(class_words(str(writer.get("class") or "")))
    return bool(BYLINE_HINTS & words) and 0 < len(texts[1 - timed[0]].split()) <= ENTRY_WRITER_MAX_WORDS


# How far above the writer's block element (itself too) the entry's element may stand ("<div class="entry"><span
# class="time">…</span><div class="body"><p>…</p><span class="author">…"): the body's parent.
MAX_ENTRY_DEPTH = 2


def _entry_writer(block: Block) -> bool:
    """The block is the name of a live entry's writer under its text: an inline element named a byline holding the
    block's text alone, a few words without digits, in an entry whose element holds one time named for it (a page's
    whole feed holds many, so it is no entry)."""
    owner = block.ancestors[-1] if block.ancestors else None
    if (
        owner is None
        or not 0 < len(block.text.split()) <= ENTRY_WRITER_MAX_WORDS
        or any(c.isdigit() for c in block.text)
    ):
        return False
    shown = block.text.replace(" ", "")
    named = any(
        isinstance(c.tag, str) and c.tag not in BLOCK_TAGS and str(c.text_content()).replace(" ", "").strip() == shown
        and BYLINE_HINTS & set(class_words(str(c.get("class") or "")))
        for c in owner
    )  # fmt: skip
    if not named:
        return False
    entries = [e for e in block.ancestors[-1 - MAX_ENTRY_DEPTH :] if e.tag not in ("body", "html")]
    return any(_clock_times(entry) == 1 for entry in entries)


def _clock_times(element: HtmlElement) -> int:
    """How many elements named for a time, each holding a clock time alone, stand under the element."""
    return sum(
        1 for e in element.iter() if isinstance(e.tag, str) and _names_a_time(e)
        and _CLOCK.fullmatch(" ".join(str(e.text_content()).split()))
    )  # fmt: skip


def _named_time(block: Block) -> bool:
    """The block's clock stands in a <time> or in an element whose class names a time, itself or under its owner."""
    owner = block.ancestors[-1] if block.ancestors else None
    if owner is None:
        return False
    shown = block.text.strip()
    return any(
        _names_a_time(e) and " ".join(str(e.text_content()).split()) == shown for e in _near(owner, MAX_TIME_DEPTH)
    )


def _near(element: HtmlElement, depth: int) -> list[HtmlElement]:
    """The element and its descendants down to `depth` levels."""
    found, level = [element], [element]
    for _ in range(depth):
        level = [c for e in level for c in e if isinstance(c.tag, str)]
        found += level
    return found


def _names_a_time(element: HtmlElement) -> bool:
    return element.tag == "time" or bool(ENTRY_TIME_HINTS & set(class_words(str(element.get("class") or ""))))
