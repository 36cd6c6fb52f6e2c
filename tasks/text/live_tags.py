"""A live blog's entry tag: the word or two in capitals that the blog's software sets over an entry, under its clock
stamp ("4:38 pm" over "GOAL" over "DUNDEE 2-1! Muir rises highest …"; "12:05" over "BREAKING"; "67'" over "RED CARD").
Inside the main text it reads like a subheading; it is the entry's furniture."""

from __future__ import annotations

from schemas import ChromeKind, Label
from tasks.text.features import is_clock_only, is_minute_mark
from tasks.text.lines import Line
from tasks.text.region import PageView
from tasks.text.verdicts import Verdict

# A tag is a word or a few: "GOAL", "RED CARD", "KEY EVENT"; a headline in capitals is longer.
MAX_TAG_WORDS = 3


def live_entry_tag(i: int, lines: list[Line], view: PageView) -> Verdict | None:
    """Line i inside the main text, at most `MAX_TAG_WORDS` words in capitals and no sentence, right under a clock
    time or a match minute alone (no blank line between: the stamp's block) and over a text line: the entry's tag.
    A script without case has no capitals, and a subheading in capitals stands under no stamp."""
    if i == 0 or i + 1 >= len(lines) or lines[i - 1].number != lines[i].number - 1:
        return None
    text, feat = lines[i].text.strip(), view.features[i]
    if not text.isupper() or feat.ends_sentence or len(text.split()) > MAX_TAG_WORDS:
        return None
    above = lines[i - 1].text
    if not (is_clock_only(above) or is_minute_mark(above)) or not view.is_text(i + 1):
        return None
    return Verdict(
        Label.CHROME, ChromeKind.COUNTER, "live_entry_tag",
        "a word in capitals under a live blog's clock stamp, over the entry: the entry's tag", 0.7,
    )  # fmt: skip
