"""A furniture box set between two paragraphs, its lines in one block: a paywall's notice over its buttons ("This
article is for subscribers only." … "Already a subscriber? Log in" over "Continue reading"), an audio player's cue over
its controls ("Listen to this story" over "Duration 3′ 42″", "From Morning Report", "Download | Share"). The cue line is
a furniture phrase (``boilerplate_phrases.csv``); the short lines under it in its block are the box's buttons and
fields, which the segmenter would read as the text's short lines or a subheading over the next paragraph."""

from __future__ import annotations

from schemas import ChromeKind, Label
from tasks.text.lines import Line
from tasks.text.region import PageView
from tasks.text.verdicts import Verdict

# A box's button or field has at most this many words ("Already a subscriber? Log in" is the phrase's own line).
MAX_BUTTON_WORDS = 5
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
