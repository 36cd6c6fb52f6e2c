"""The caption of an embedded player: the title of a video shown between the article's paragraphs.

A <figure> named for its player by its class, whose player (an <iframe>, a <video>) was dropped with the page's other
embeds before the walk, holds no picture and no text but its caption: it captions the clip, not a picture of the story
("<figure class="embed embed--type-video"><iframe …></iframe><figcaption><span class="embed__headline">Day 3, Part 10:
Tim Morrison's opening statement</span></figcaption></figure>", CBS News: each clip another story's headline). The
benchmarks' golds leave the player and its title out. A figure named so by no class keeps its caption: its picture may
be loaded lazily, with no <img> in the markup.
"""

from __future__ import annotations

from schemas import ChromeKind, Label
from tasks.html.blocks import Block
from tasks.html.vocab import PLAYER_HINTS, class_words
from tasks.text.verdicts import Verdict

_PLAYER_CAPTION = Verdict(
    Label.CHROME, ChromeKind.TEASER, "player_caption",
    "the caption of an embedded player (a <figure> holding no picture and no text but its caption): the clip's title",
    0.8,
)  # fmt: skip
_PICTURES = ("img", "picture", "amp-img")


def without_player_captions(blocks: list[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """The verdicts with the body blocks of a player's <figcaption> made furniture."""
    return [
        _PLAYER_CAPTION if v.label == Label.BODY and b.in_caption and _captions_a_player(b) else v
        for b, v in zip(blocks, verdicts, strict=True)
    ]


def _captions_a_player(block: Block) -> bool:
    figure = next((e for e in reversed(block.ancestors) if e.tag == "figure"), None)
    if figure is None or next(figure.iter(*_PICTURES), None) is not None:
        return False
    # named for its player by its class: a figure whose picture is lazily loaded shows no <img> either
    if not PLAYER_HINTS & set(class_words(str(figure.get("class") or ""))):
        return False
    # a quotation's or a table's figure shows its own text beside the caption
    shown = " ".join(str(figure.text_content()).split())
    caption = " ".join(" ".join(str(c.text_content()).split()) for c in figure.iter("figcaption"))
    return bool(caption) and shown == caption
