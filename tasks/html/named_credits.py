"""A picture's caption whose credit the markup names: an element inside the caption's own, named a credit or an author
by its class, holding a few words and no cue ("<div class="photo__caption">Petani memetik kopi di Desa …<div
class="photo__author">JATIMTERKINI/RIZKY ANANDA PUTRA</div></div>", the Kompas template; "<span
class="caption__copyright">Reuters</span>"). The cue a credit line opens with ("Foto:") is the markup's class there:
the caption and its credit, which every gold convention leaves out of the text (:mod:`tasks.html.credited_captions`).
"""

from __future__ import annotations

from tasks.html.blocks import Block
from tasks.html.vocab import PICTURE_CREDIT_HINTS, class_words

# The credit names its photographer and outlet and no more ("KOMPAS.com/Rizky Ananda Putra").
NAMED_CREDIT_MAX_WORDS = 8


def credit_named_inside(block: Block) -> bool:
    """The block's own element (a caption, the caller says) holds a child element named a credit by its class, of a
    credit's few words, beside the caption's own text (inline or a block of its own)."""
    owner = block.ancestors[-1] if block.ancestors else None
    if owner is None:
        return False
    for child in owner:
        if not isinstance(child.tag, str) or not PICTURE_CREDIT_HINTS & set(class_words(str(child.get("class") or ""))):
            continue
        credit = str(child.text_content()).split()
        if 0 < len(credit) <= NAMED_CREDIT_MAX_WORDS and " ".join(credit) != " ".join(block.text.split()):
            return True
    return False
