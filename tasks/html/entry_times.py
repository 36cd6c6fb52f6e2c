"""The time of a live blog's entry, shown alone beside it: "<li class="nn-post"><span class="nn-post__time">18.05</span>
<div class="nn-post__content">…</div></li>". The clock time is the entry's stamp, as a byline's date is the story's,
no sentence of its text; the golds of the own sets leave it out. Told by its markup: a <time> element or an element
whose class names a time ("time", "hour", "clock"; class_hints.csv kind `entry_time`) holding the clock alone. A time
written as a paragraph of its own ("<p>4:14 p.m.</p>", the AP's "The Latest" pages, which aeb's gold keeps) is named
by neither and stays.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from schemas import ChromeKind, Label
from tasks.html.blocks import Block
from tasks.html.vocab import ENTRY_TIME_HINTS, class_words
from tasks.text.verdicts import Verdict

_ENTRY_TIME = Verdict(
    Label.CHROME, ChromeKind.BOILERPLATE, "entry_time",
    "a live blog entry's time alone in an element named for it (a <time>, a class of 'time' or 'hour'): its stamp",
    0.8,
)  # fmt: skip
# A clock time alone: 24-hour or with its half of the day ("18.05", "16:45", "01:20 PM", "9:05 a.m.").
_CLOCK = re.compile(r"\s*\d{1,2}[:.]\d{2}(?:\s*(?i:[ap]\.?\s?m\.?))?\s*")
# How deep under the block's own element the time's element may stand ("<li><span><time>…").
MAX_TIME_DEPTH = 3


def without_entry_times(blocks: list[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """The verdicts with the body blocks that are a live entry's time alone made furniture."""
    return [
        _ENTRY_TIME if v.label == Label.BODY and _CLOCK.fullmatch(b.text) and _named_time(b) else v
        for b, v in zip(blocks, verdicts, strict=True)
    ]


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
