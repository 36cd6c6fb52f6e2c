"""The standfirst: the lead paragraph a CMS prints between the headline and the article's text, outside the element
that holds the text ("<p class="live-header__chapo">", "<h2 class="detail__sapo">", "<td class="entradilla">").

It is the article's text when its element is named as the lead in the site's language (class_hints.csv, kind
``lead``: chapô, sapo, entradilla, ingress, perex, spot, …). The English display names of the same element (dek,
standfirst, summary, subheadline) are not read so: the English benchmarks' gold leaves that text out, and no markup
tells the two conventions apart (session 14 measured the standfirst taken whatever its name: aeb −0.0027).
"""

from __future__ import annotations

from schemas import Label, TextKind
from tasks.html.blocks import Block
from tasks.html.vocab import LEAD_HINTS, class_names_one_of
from tasks.text.verdicts import Verdict

# A lead is a sentence or two: shorter blocks with a lead's class are a label or a date.
MIN_STANDFIRST_CHARS = 40
# A lead may link a name or a place, not be a link.
MAX_STANDFIRST_LINK_DENSITY = 0.2
# The block's own element and its parent are looked at ("<div class="field--name-field-lead"><p>…").
LEAD_CLASS_DEPTH = 2
_STANDFIRST = Verdict(
    Label.BODY, TextKind.PARAGRAPH, "standfirst", "the lead under the headline, named so by its class/id", 0.85
)


def with_standfirst(
    blocks: list[Block], verdicts: list[Verdict], title: int | None, first: int | None
) -> list[Verdict]:
    """The verdicts with the lead blocks between the headline and the article's first block made body."""
    if title is None or first is None or first <= title + 1:
        return verdicts
    out = list(verdicts)
    for i in range(title + 1, first):
        if verdicts[i].reason_code == "outside_container" and is_standfirst(blocks[i]):
            out[i] = _STANDFIRST
    return out


# schema.org microdata of the page's description ("<p itemprop="description alternativeHeadline"
# class="article__lead-paragraph">"): by the page's own word no part of its articleBody, which aeb's gold is.
_DESCRIPTION_PROPS = frozenset({"description", "alternativeheadline", "abstract"})


def is_standfirst(block: Block) -> bool:
    """A block of a sentence or more, no caption and few links, whose element or parent is named as the lead, and
    not marked as the page's description."""
    if block.in_caption or block.link_density > MAX_STANDFIRST_LINK_DENSITY or len(block.text) < MIN_STANDFIRST_CHARS:
        return False
    if any(_DESCRIPTION_PROPS & set(str(e.get("itemprop", "")).lower().split()) for e in block.ancestors[-2:]):
        return False
    return any(class_names_one_of(str(e.get("class", "")), LEAD_HINTS) for e in block.ancestors[-LEAD_CLASS_DEPTH:])
