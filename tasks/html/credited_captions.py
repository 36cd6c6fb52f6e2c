"""A picture's caption inside the article's element that credits its photographer: a caption, not the text.

Captions inside the container are kept as text (some benchmarks' gold keeps a figure's caption); one that closes on a
photo credit ("Færgen ved lejet i Esbjerg. Arkivfoto: Jens Christian Bruun", "… (Foto: Gentileza vecinos)") says
what it is: the picture's caption and its credit, which every gold convention leaves out of the article's text. Its
credit is still read (`tasks.pipeline_html.caption_credits`).
"""

from __future__ import annotations

from schemas import ChromeKind, Label
from tasks.html.blocks import Block
from tasks.lexicon.captions import holds_photo_credit
from tasks.text.verdicts import Verdict

_CREDITED_CAPTION = Verdict(
    Label.CHROME, ChromeKind.BOILERPLATE, "credited_caption",
    "a picture's caption (<figcaption>, <figure>) holding its photo credit", 0.8,
)  # fmt: skip


def without_credited_captions(blocks: list[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """The verdicts with the body blocks in a caption that holds a photo credit made furniture."""
    return [
        _CREDITED_CAPTION if v.label == Label.BODY and b.in_caption and holds_photo_credit(b.text) else v
        for b, v in zip(blocks, verdicts, strict=True)
    ]
