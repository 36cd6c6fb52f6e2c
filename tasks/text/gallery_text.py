"""The article's text on under a gallery set into it: a CMS renders the slides (a counter, a caption, a credit) between
two paragraphs and closes them with the gallery's buttons ("Ver todas as fotos", "Anterior", "Próxima"); the
paragraphs under those buttons are the same article's, which the region search, weighing a dozen lines of counters,
credits and buttons against them, left out."""

from __future__ import annotations

from schemas import Label
from tasks.text.gallery import GALLERY_SLIDE, is_counter_of_slides
from tasks.text.lines import Line
from tasks.text.region import PageView

# A gallery's buttons under its last slide: a heading and a pager ("Ver todas as fotos", "Anterior", "Próxima").
MAX_GALLERY_BUTTONS = 4


def _is_slide(view: PageView, i: int) -> bool:
    verdict = view.verdicts[i]
    return verdict is not None and verdict.reason_code == GALLERY_SLIDE


def _is_counter(view: PageView, i: int) -> bool:
    """A gallery's counter in figures alone on its line ("1/6") that the next or last slide's counter a few lines away
    confirms: a gallery page sets each slide's counter over its caption, and the counter reads as a number (a
    counter's verdict), not as a slide."""
    verdict = view.verdicts[i]
    if verdict is None:
        return False
    return verdict.reason_code == "bare_number" and is_counter_of_slides(view.features, i)


def _in_slides(lines: list[Line], view: PageView, i: int, slides: set[int]) -> bool:
    """Line i is a slide's: in a block holding a slide's counter, and no text line, unless right under the counter
    (the slide's caption, which reads as a short sentence)."""
    if lines[i].block_index not in slides:
        return False
    if i > 0 and (_is_counter(view, i) or _is_counter(view, i - 1)):
        return True  # a counter alone, or its slide's caption right under it
    return not view.is_text(i) or (i > 0 and _is_slide(view, i - 1))


def _only_slides(view: PageView, first: int, last: int) -> bool:
    """Lines first..last are a gallery's of counters alone: each one a rule took (a counter, a credit) or a caption
    right under its counter, but for the gallery's buttons closing it ("‹ Previous", "Next ›"). Another short line
    there would be read as the text's own inside the main text."""
    free = [k for k in range(first, last + 1) if view.verdicts[k] is None and not _is_counter(view, k - 1)]
    return not free or (len(free) <= MAX_GALLERY_BUTTONS and free == list(range(last - len(free) + 1, last + 1)))


def _is_button(view: PageView, i: int) -> bool:
    """A gallery's button: a short line of no sentence and no credit ("Ver todas as fotos" reads as a heading of
    related links; the text under the buttons, in a block of its own, tells them apart)."""
    feat, verdict = view.features[i], view.verdicts[i]
    if view.prose[i] or feat.ends_sentence or feat.n_words > view.rules.gallery_edge_max_words:
        return False
    return verdict is None or verdict.label == Label.CHROME


# A gallery page's text above its slides of counters alone: its standfirst, a paragraph or two at most.
MAX_TEXT_OVER_COUNTED_SLIDES = 2


def across_gallery(lines: list[Line], view: PageView, region: tuple[int, int] | None) -> tuple[int, int] | None:
    """The main text on over a gallery whose slides (`tasks.text.gallery`: counters the slide before or after
    confirms) it ends in or right over, and over the gallery's buttons in one block under them, to the paragraphs
    below: they close sentences and stand in blocks of their own, where a list of teasers under a gallery does not.

    A gallery page sets each slide's counter alone on its line over its caption ("1/6" over "…. Photo: …") right under
    a standfirst of a paragraph or two, and closes with a paragraph under the slides and their pager: the counters in
    figures read as numbers (no slide's verdict) and the standfirst alone was the main text. Such a gallery is crossed
    when every line of it is a counter, a caption right under one, a credit or another line a rule took, but for the
    pager closing it."""
    if region is None:
        return region
    n, end, counted = len(lines), region[1], False
    slides = {lines[k].block_index for k in range(region[0], n) if _is_slide(view, k)}
    if not (lines[end].block_index in slides or (end + 1 < n and _is_slide(view, end + 1))):
        if not (end + 1 < n and _is_counter(view, end + 1)):
            return region
        if sum(view.is_text(k) for k in range(region[0], end + 1)) > MAX_TEXT_OVER_COUNTED_SLIDES:
            return region
        slides |= {lines[k].block_index for k in range(end + 1, n) if _is_counter(view, k)}
        counted = True
    last = end
    while last + 1 < n and _in_slides(lines, view, last + 1, slides):
        last += 1
    if counted and not _only_slides(view, end + 1, last):
        return region
    if last == end or last + 1 >= n:
        return region
    k = last + 1
    block = lines[k].block_index
    while k < n and k - last <= MAX_GALLERY_BUTTONS and lines[k].block_index == block and _is_button(view, k):
        k += 1
    if k >= n or lines[k].block_index == lines[k - 1].block_index or not view.is_text(k):
        return region
    if not view.features[k].ends_sentence:
        return region
    while k + 1 < n and view.is_text(k + 1):
        k += 1
    return region[0], k
