"""A picture gallery set into an article: its slides' captions, numbered "1/24", "2/24", … by the CMS.

A slideshow rendered as text puts each slide's caption on a line opened by its place in the gallery ("1/5 Ervas
novas crescem entre as cinzas. Tiago Lourenço Bessa", "3/24 Djeca na ramenima roditelja"), often under the
gallery's heading ("Galerija (24 fotografije)", "Galeria") and over its button ("Pogledaj cijelu galeriju"), in
one block. The captions are short and sit between the article's paragraphs, where they would pass for its text.
What gives them away in any language is the counter: the same total, and the slide's number one more than the
line's above. Some CMSs write the counter in words on a line of its own over each slide's caption and credit ("Foto 1
de 8", "Photo 2 of 12", "Bild 3 von 10"): the next slide's counter is then a few lines away, not the next line.
"""

from __future__ import annotations

import re

from schemas import ChromeKind, Label
from tasks.lexicon.vocabulary import credit_cues
from tasks.text.features import LineFeatures
from tasks.text.lines import Line
from tasks.text.thresholds import SegmentRules
from tasks.text.verdicts import LineContext, Verdict

GALLERY_SLIDE = "gallery_slide"  # the verdicts' reason code
# A slide's place in its gallery opening the line: "1/24", "2 / 24", then a space or the line's end.
_SLIDE_COUNTER = re.compile(r"^(\d{1,3})\s?/\s?(\d{1,3})(?=\s|$)")


def _slide_of(text: str) -> tuple[int, int] | None:
    """(slide, slides) when the line opens with a gallery's counter; not "1/2 cup" alone (checked against its
    neighbours) nor "12/3" (a date: the slide's number is never above the total)."""
    return _counted(_SLIDE_COUNTER.match(text.strip()))


def _counted(match: re.Match[str] | None) -> tuple[int, int] | None:
    """(slide, slides) of a counter's match, when the slide's number is within a total of two at least."""
    if match is None:
        return None
    slide, slides = int(match.group(1)), int(match.group(2))
    return (slide, slides) if 1 <= slide <= slides and slides >= 2 else None


# The counter in words alone on its line: a picture's word, the slide's number, a short word for "of" ("de", "of",
# "von", "di", "z", "из") and the total ("Foto 1 de 8", "Photo 2 of 12"); some CMSs drop the picture's word ("1 de 8").
_WORDED_COUNTER = re.compile(r"^(?:[^\W\d_]{2,12}\s)?(\d{1,3})\s[^\W\d_]{1,3}\s(\d{1,3})$")
# The shapes such a counter opens with: a word then the number ("Foto 1 de 8"), or the number then its word ("1 de 8").
_WORDED_SHAPES = ("A0|", "0a|")
# A worded counter's slide holds its caption and its credit under it: the next counter stands this many lines on.
WORDED_SLIDE_REACH = 3


def _worded_slide_of(text: str) -> tuple[int, int] | None:
    """A counter alone on its line, in words ("Foto 1 de 8") or in figures ("1 / 14": a CMS that sets each slide's
    counter over its caption, as the worded ones do)."""
    return _counted(_WORDED_COUNTER.match(text.strip()) or _ALONE_COUNTER.fullmatch(text.strip()))


_ALONE_COUNTER = re.compile(r"(\d{1,3})\s?/\s?(\d{1,3})")


def is_gallery_slide(ctx: LineContext, i: int) -> bool:
    """Line i opens with a gallery's counter, and the line above or below it with the counter before or after it; or
    line i is a counter in words, and one of the few lines above or below it the slide's before or after it."""
    if not 0 <= i < len(ctx.lines):
        return False
    shape = ctx.features[i].shape
    if _counter_shape(shape) and (worded := _worded_slide_of(ctx.lines[i].text)) is not None:
        near = range(max(0, i - WORDED_SLIDE_REACH), min(len(ctx.lines), i + WORDED_SLIDE_REACH + 1))
        if any(_worded_slide_of(ctx.lines[j].text) == (worded[0] + (j > i) - (j < i), worded[1])
               for j in near if j != i):  # fmt: skip
            return True  # else a counter in figures may still have its slide right above or below ("3/5 …" over "4/5")
    if shape[:1] != "0":
        return False  # most lines: the shape's first token opens with no digit, so no counter opens the line
    here = _slide_of(ctx.lines[i].text)
    if here is None:
        return False
    before = _slide_of(ctx.lines[i - 1].text) if i > 0 else None
    after = _slide_of(ctx.lines[i + 1].text) if i + 1 < len(ctx.lines) else None
    return before == (here[0] - 1, here[1]) or after == (here[0] + 1, here[1])


def _counter_shape(shape: str) -> bool:
    """The shape of a counter alone on its line: in words ("Foto 1 de 8", "1 de 8") or in figures ("1 / 14")."""
    return shape[:3] in _WORDED_SHAPES or shape in _ALONE_SHAPES


_ALONE_SHAPES = ("0/|/", "0|/")


def is_worded_slide(ctx: LineContext, i: int) -> bool:
    """Line i is a gallery's counter in words ("Foto 2 de 8") that a counter of the slide before or after it confirms:
    the line under it in its block is that slide's caption, whatever it reads like (a CMS renders a slide as its
    counter, then its caption, then maybe its credit; the article's paragraphs stand between the slides)."""
    return _worded_slide_of(ctx.lines[i].text) is not None and is_gallery_slide(ctx, i)


def _same_block(ctx: LineContext, i: int, j: int) -> bool:
    return 0 <= j < len(ctx.lines) and abs(ctx.lines[i].number - ctx.lines[j].number) == 1


def gallery_slide(ctx: LineContext) -> Verdict | None:
    """A gallery's slide caption, or the short line (no sentence) right above or below its slides in their block:
    the gallery's heading or its button."""
    i, features = ctx.index, ctx.features
    feat = features[i]
    # a slide opens with its counter, so its shape with a digit (`is_gallery_slide`'s own first test): asked here of
    # the line and its two neighbours before any call, the same answer on most lines, whose three shapes open with none
    if (feat.shape[:1] == "0" or feat.shape[:3] == "A0|") and is_gallery_slide(ctx, i):
        return Verdict(
            Label.CHROME, ChromeKind.BOILERPLATE, GALLERY_SLIDE,
            "opens with a gallery's counter ('2/24'), next to the slide before or after it: a slide's caption", 0.8,
        )  # fmt: skip
    if feat.ends_sentence or feat.n_words > ctx.rules.gallery_edge_max_words:
        return None
    # the neighbour above, then the one below (a loop, not a list and a generator built on each of the ~66,000 short
    # lines a pass that reach here, nearly all of whose neighbours open with no digit; session 41)
    for j in (i - 1, i + 1):
        digit = 0 <= j < len(features) and features[j].shape[:1] == "0"
        if digit and _same_block(ctx, i, j) and is_gallery_slide(ctx, j):
            break
    else:
        return None
    return Verdict(
        Label.CHROME, ChromeKind.BOILERPLATE, GALLERY_SLIDE,
        "a short line in one block with a gallery's numbered slides: the gallery's heading or button", 0.75,
    )  # fmt: skip


def caption_under_counter(
    i: int, lines: list[Line], features: list[LineFeatures], rules: SegmentRules
) -> Verdict | None:
    """Line i inside the main text, right under a gallery's counter alone on its line in its block (in words or in
    figures: "Foto 3 de 8", "4 / 14") and of a caption's length at most: the slide's caption, credited or not ("Foto 3
    de 8" over "Crianças no espaço da agricultura familiar."), which reads as one of the text's short sentences.
    Asked inside the main text only: the region search still weighs the caption as it did, so the slides' credits
    stay near the text they belong to."""
    if i == 0 or not _counter_shape(features[i - 1].shape) or features[i].n_words > rules.caption_max_words:
        return None
    ctx = LineContext(i - 1, lines, features, None, rules)
    if not _same_block(ctx, i, i - 1) or not is_worded_slide(ctx, i - 1):
        return None
    return Verdict(
        Label.CHROME, ChromeKind.BOILERPLATE, "caption_under_counter",
        "right under a gallery's counter alone on its line ('Foto 2 de 8', '2 / 14'): the slide's caption", 0.75,
    )  # fmt: skip


def is_counter_of_slides(features: list[LineFeatures], i: int) -> bool:
    """Line i is a gallery's counter alone on its line ("1/6", "Foto 2 de 8") that the counter of the slide before or
    after it confirms a few lines away: a gallery page's slide, not a table's cell, though it reads as a number."""
    if not _counter_shape(features[i].shape) or (here := _worded_slide_of(features[i].key)) is None:
        return False
    near = range(max(0, i - WORDED_SLIDE_REACH), min(len(features), i + WORDED_SLIDE_REACH + 1))
    return any(_worded_slide_of(features[j].key) == (here[0] + (j > i) - (j < i), here[1]) for j in near if j != i)


def slide_lines_above(features: list[LineFeatures], i: int, region: tuple[int, int] | None) -> int:
    """How many lines between line i and the main text below it are a gallery's slides, each its counter and its
    caption: a gallery page's head (its title, date and "Argazkiak: …" credit) stands over the slides, and the slides
    stand over the text, so the head's credit is as near the text as the slides leave it (each slide adds nothing to
    the distance a credit may stand from it)."""
    if region is None or i >= region[0]:
        return 0
    return 2 * sum(is_counter_of_slides(features, k) for k in range(i + 1, region[0]))


def opens_with_plural_picture_cue(text: str) -> bool:
    """The line opens with a gallery's plural picture cue and its colon ("Argazkiak: …", "Photos: …",
    ``photo_plural`` in ``credit_cues.csv``): the credit of a gallery's pictures."""
    head, colon, _ = text.partition(":")
    return bool(colon) and head.strip().casefold() in credit_cues()["photo_plural"]
