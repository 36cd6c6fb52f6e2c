"""A furniture box set between two paragraphs, its lines in one block: a paywall's notice over its buttons ("This
article is for subscribers only." … "Already a subscriber? Log in" over "Continue reading"), an audio player's cue over
its controls ("Listen to this story" over "Duration 3′ 42″", "From Morning Report", "Download | Share"). The cue line is
a furniture phrase (``boilerplate_phrases.csv``); the short lines under it in its block are the box's buttons and
fields, which the segmenter would read as the text's short lines or a subheading over the next paragraph. A gallery
set into the text has its controls under its last slide, each in a block of its own ("Anterior | Próxima", "Ver todas
as fotos em tela cheia" under "Foto 4 de 8", its caption and its credit): the slides' counter marks them, whatever
the language.
"""

from __future__ import annotations

from schemas import ChromeKind, Label
from tasks.text.gallery import WORDED_SLIDE_REACH, is_counter_of_slides
from tasks.text.lines import Line
from tasks.text.region import PageView
from tasks.text.verdicts import Verdict

# A box's button or field has at most this many words ("Already a subscriber? Log in" is the phrase's own line).
MAX_BUTTON_WORDS = 5
# A gallery's control has at most this many words ("Ver todas as fotos em tela cheia", seven).
MAX_GALLERY_CONTROL_WORDS = 8
# The controls under a gallery's last slide: at most this many lines, each in a block of its own.
MAX_GALLERY_CONTROLS = 2
_FURNITURE = "boilerplate_phrase"
_COPYRIGHT = ("©", "ⓒ")


def button_under_furniture(i: int, lines: list[Line], view: PageView) -> Verdict | None:
    """Line i, which no rule took, is a short line ending no sentence in the block of a furniture phrase's line above
    it, every line between as short and untaken: the box's button. A copyright line is a caption's credit, under
    which the text may go on in its block, so it opens no box."""
    k = i
    while k > 0 and lines[k - 1].block_index == lines[i].block_index:
        k -= 1
        verdict = view.verdicts[k]
        if verdict is not None:
            if verdict.reason_code != _FURNITURE or any(c in lines[k].text for c in _COPYRIGHT):
                return None
            break
        if not _is_button(view, k):
            return None
    else:
        return None
    if not _is_button(view, i):
        return None
    return Verdict(
        Label.CHROME, ChromeKind.BOILERPLATE, "furniture_box_button",
        f"a short line in the block of the furniture line {lines[k].number}: the box's button or field", 0.7,
    )  # fmt: skip


def _is_button(view: PageView, k: int) -> bool:
    feat = view.features[k]
    return (
        view.verdicts[k] is None and not view.prose[k] and not feat.ends_sentence and feat.n_words <= MAX_BUTTON_WORDS
    )


def control_under_gallery(i: int, lines: list[Line], view: PageView) -> Verdict | None:
    """Line i, which no rule took, is short and ends no sentence, and it (or a line as short right above it) stands
    right under the block of a gallery's last slide, its counter alone on its line ("Foto 4 de 8", "4 / 14") that the
    slide before confirms, then its caption and credit: the gallery's pager or button ("Anterior | Próxima", "Ver
    todas as fotos em tela cheia"), not a subheading over the next paragraph."""
    k = i
    for _ in range(MAX_GALLERY_CONTROLS):
        if not _is_control(view, k):
            return None
        slide_end = k - 1
        if (
            slide_end >= 0
            and lines[slide_end].block_index != lines[k].block_index
            and _ends_slide(lines, view, slide_end)
        ):
            return Verdict(
                Label.CHROME, ChromeKind.BOILERPLATE, "gallery_control",
                f"a short line under the gallery's last slide (line {lines[slide_end].number}): its pager or button",
                0.7,
            )  # fmt: skip
        k -= 1
    return None


def _is_control(view: PageView, k: int) -> bool:
    if k < 0 or view.verdicts[k] is not None:
        return False
    return not view.features[k].ends_sentence and view.features[k].n_words <= MAX_GALLERY_CONTROL_WORDS


def _ends_slide(lines: list[Line], view: PageView, end: int) -> bool:
    """Line `end` closes the block of a gallery's slide: a counter that the slide before or after confirms stands
    within the slide's reach above it, in its block."""
    for j in range(end, max(-1, end - WORDED_SLIDE_REACH), -1):
        if is_counter_of_slides(view.features, j):
            return True
        if j > 0 and lines[j - 1].block_index != lines[end].block_index:
            return False
    return False
