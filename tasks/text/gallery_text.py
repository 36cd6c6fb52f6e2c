"""The article's text on under a gallery set into it: a CMS renders the slides (a counter, a caption, a credit) between
two paragraphs and closes them with the gallery's buttons ("Ver todas as fotos", "Anterior", "Próxima"); the
paragraphs under those buttons are the same article's, which the region search, weighing a dozen lines of counters,
credits and buttons against them, left out."""

from __future__ import annotations

from schemas import Label
from tasks.text.gallery import GALLERY_SLIDE
from tasks.text.lines import Line
from tasks.text.region import PageView

# A gallery's buttons under its last slide: a heading and a pager ("Ver todas as fotos", "Anterior", "Próxima").
MAX_GALLERY_BUTTONS = 4


def _is_slide(view: PageView, i: int) -> bool:
    verdict = view.verdicts[i]
    return verdict is not None and verdict.reason_code == GALLERY_SLIDE


def _in_slides(lines: list[Line], view: PageView, i: int, slides: set[int]) -> bool:
    """Line i is a slide's: in a block holding a slide's counter, and no text line, unless right under the counter
    (the slide's caption, which reads as a short sentence)."""
    if lines[i].block_index not in slides:
        return False
    return not view.is_text(i) or (i > 0 and _is_slide(view, i - 1))


def _is_button(view: PageView, i: int) -> bool:
    """A gallery's button: a short line of no sentence and no credit ("Ver todas as fotos" reads as a heading of
    related links; the text under the buttons, in a block of its own, tells them apart)."""
    feat, verdict = view.features[i], view.verdicts[i]
    if view.prose[i] or feat.ends_sentence or feat.n_words > view.rules.gallery_edge_max_words:
        return False
    return verdict is None or verdict.label == Label.CHROME


def across_gallery(lines: list[Line], view: PageView, region: tuple[int, int] | None) -> tuple[int, int] | None:
    """The main text on over a gallery whose slides (`tasks.text.gallery`: counters the slide before or after
    confirms) it ends in or right over, and over the gallery's buttons in one block under them, to the paragraphs
    below: they close sentences and stand in blocks of their own, where a list of teasers under a gallery does not."""
    if region is None:
        return region
    n, end = len(lines), region[1]
    slides = {lines[k].block_index for k in range(region[0], n) if _is_slide(view, k)}
    if not slides or not (lines[end].block_index in slides or (end + 1 < n and _is_slide(view, end + 1))):
        return region
    last = end
    while last + 1 < n and _in_slides(lines, view, last + 1, slides):
        last += 1
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
