"""Session 28's speed round, the text core (issue 15): the gallery rule asks the shapes of the line and its two
neighbours (does one open with a digit?) before any call, the test `is_gallery_slide` opens with. Held to the code it
replaced: the same verdict on every line of invented pages."""

from __future__ import annotations

import pytest

from schemas import ChromeKind, Label
from tasks.text.features import line_features
from tasks.text.gallery import GALLERY_SLIDE, _same_block, gallery_slide, is_gallery_slide
from tasks.text.lines import split_lines
from tasks.text.thresholds import DEFAULT_RULES
from tasks.text.verdicts import LineContext, Verdict


def _old_gallery_slide(ctx: LineContext) -> Verdict | None:
    """`gallery_slide` as it was before session 28: the counter asked of the line and both neighbours by a call."""
    i, feat = ctx.index, ctx.feat
    if is_gallery_slide(ctx, i):
        return Verdict(
            Label.CHROME, ChromeKind.BOILERPLATE, GALLERY_SLIDE,
            "opens with a gallery's counter ('2/24'), next to the slide before or after it: a slide's caption", 0.8,
        )  # fmt: skip
    if feat.ends_sentence or feat.n_words > ctx.rules.gallery_edge_max_words:
        return None
    edge = any(_same_block(ctx, i, j) and is_gallery_slide(ctx, j) for j in (i - 1, i + 1))
    if not edge:
        return None
    return Verdict(
        Label.CHROME, ChromeKind.BOILERPLATE, GALLERY_SLIDE,
        "a short line in one block with a gallery's numbered slides: the gallery's heading or button", 0.75,
    )  # fmt: skip


# Invented pages: a gallery under its heading and over its button, in one block and apart; counters that are no
# gallery's ("1/2 cup", a date "12/3", a score "2/1"); a gallery at the page's first and last lines.
PAGES = [
    "Gallery (3 photos)\n1/3 The old bridge at dawn\n2/3 Fishermen on the quay\n3/3 The market square\nSee the whole "
    "gallery\n\nThe council met on Monday. It agreed the plan.",
    "1/4 Crowds in the square\n2/4 The mayor speaks\n\n3/4 Rain in the evening\n4/4 Lights on the river",
    "Ingredients\n1/2 cup of flour\n2 eggs\n\nMix them well. Bake for an hour.",
    "Results\n12/3 Home win\n2/1 Away loss\n3/1 Draw at home",
    "A caption\n1/2 First slide\n2/2 Second slide",
    "Read more\n\n5/9 A lone slide\nClose",
]


@pytest.mark.parametrize("page", PAGES)
def test_the_gallery_rule_reads_every_line_as_before(page: str) -> None:
    lines = split_lines(page)
    features = line_features(lines)
    for i in range(len(lines)):
        ctx = LineContext(i, lines, features, "LATIN", DEFAULT_RULES)
        assert gallery_slide(ctx) == _old_gallery_slide(ctx)


def test_a_gallery_still_reads_as_one() -> None:
    lines = split_lines(PAGES[0])
    features = line_features(lines)
    codes = [v.reason_code if (v := gallery_slide(LineContext(i, lines, features, "LATIN", DEFAULT_RULES))) else None
             for i in range(len(lines))]  # fmt: skip
    assert codes[:5] == [GALLERY_SLIDE] * 5  # the heading, the three slides, the button
    assert codes[5:] == [None] * (len(lines) - 5)
