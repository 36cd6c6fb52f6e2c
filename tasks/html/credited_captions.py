"""A picture's caption inside the article's element that credits its photographer: a caption, not the text.

A caption is a <figcaption> or a <caption>, or an element whose class names a picture and its description
("news-detail__picture-desc", "article__image-desc"), which CMSs write outside a <figure>. Not a class named "caption"
alone: cleanportal's gold keeps such a credited caption (session 20 tried it: -0.003 there).

Captions inside the container are kept as text (some benchmarks' gold keeps a figure's caption); one that closes on a
photo credit ("Færgen ved lejet i Esbjerg. Arkivfoto: Jens Christian Bruun", "… (Foto: Gentileza vecinos)") says
what it is: the picture's caption and its credit, which every gold convention leaves out of the article's text. Its
credit is still read (`tasks.pipeline_html.caption_credits`).
"""

from __future__ import annotations

from schemas import ChromeKind, Label
from tasks.html.blocks import Block
from tasks.html.vocab import PICTURE_HINTS, PICTURE_TEXT_HINTS, class_words
from tasks.lexicon.captions import holds_photo_credit
from tasks.text.verdicts import Verdict

_CREDITED_CAPTION = Verdict(
    Label.CHROME, ChromeKind.BOILERPLATE, "credited_caption",
    "a picture's caption (<figcaption>, <figure>, a class naming a picture's description) holding its photo credit",
    0.8,
)  # fmt: skip


def without_credited_captions(blocks: list[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """The verdicts with the body blocks in a caption that holds a photo credit made furniture."""
    return [
        _CREDITED_CAPTION
        if v.label == Label.BODY and (b.in_caption or _named_caption(b)) and holds_photo_credit(b.text)
        else v
        for b, v in zip(blocks, verdicts, strict=True)
    ]


# The block's own element or its parent names the caption ("<div class="photo-desc"><p>…</p></div>").
CAPTION_DEPTH = 2


def _named_caption(block: Block) -> bool:
    """The block's element or its parent is named a picture's description by its class."""
    for element in block.ancestors[-CAPTION_DEPTH:]:
        value = element.get("class")
        if value and PICTURE_HINTS & (words := set(class_words(str(value)))) and PICTURE_TEXT_HINTS & words:
            return True
    return False
