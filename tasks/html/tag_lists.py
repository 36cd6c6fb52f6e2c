"""Tag lists: a line made of the page's tag links ("<a rel="tag">stock car brasil</a>, <a rel="tag">…</a>").

Blog engines and news CMSs mark a post's tags and categories with the rel-tag microformat (WordPress's the_tags() and
the_category() write `rel="tag"` and `rel="category tag"` on every link, as do Blogger's labels and many themes). A
line of such links is the post's keyword list, not its text, whatever the box around it: inside the
article's element (a theme that prints the tags in a `<strong>` at the foot of the text) the container keeps it, and
every benchmark's gold leaves it out. A sentence of the text that links one tag ("… in <a rel="tag">Spain</a> …")
keeps its words: the line must be the tags, the separators between them and a short label, nothing else (a tag's
name is matched as whole words; a first form that counted only the share of the line the tag names covered cut a
block of one dragnet page, recall -0.158 there, its errors unread).
"""

from __future__ import annotations

import re

from schemas import ChromeKind, Label
from tasks.html.blocks import Block
from tasks.text.verdicts import Verdict

# The words a tag list may hold besides its tags: its label ("Tags", "Posted in", "Filed under", "Marcadores"); a
# sentence that links a tag or two leaves many more.
MAX_LABEL_WORDS = 3
_WORD = re.compile(r"\w+")
# A keyword list names several tags: one linked word is a sentence's link or a lone category label.
MIN_TAGS = 2
# A tag list is links nearly all through (a label and separators are the rest).
MIN_LINK_DENSITY = 0.5
_TAG_LIST = Verdict(
    Label.CHROME, ChromeKind.NAVIGATION, "tag_list",
    "a list of the post's tag links (rel=\"tag\", the blog engines' keyword microformat), not its text", 0.85,
)  # fmt: skip


def _is_tag_link(rel: str | None) -> bool:
    return "tag" in (rel or "").lower().split()


def is_tag_list(block: Block) -> bool:
    """The block is a list of links marked rel="tag" inside its element, two at least, with nothing else on the line
    but the separators between them and a short label before them ("Tags:", "Posted in", "Marcadores:")."""
    owner = block.ancestors[-1] if block.ancestors else None
    if owner is None or block.link_density < MIN_LINK_DENSITY:
        return False  # most lines hold few links: their element's links are not looked at
    tags = {" ".join(str(a.text_content()).split()) for a in owner.iter("a") if _is_tag_link(a.get("rel"))}
    rest, listed = block.text, 0
    for tag in sorted(tags - {""}, key=len, reverse=True):  # the longest first: "stock car brasil" before "stock car"
        rest, n = re.subn(rf"(?<!\w){re.escape(tag)}(?!\w)", " ", rest)
        listed += n
    return listed >= MIN_TAGS and len(_WORD.findall(rest)) <= MAX_LABEL_WORDS


def without_tag_lists(blocks: list[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """The verdicts with the body blocks that are tag lists made furniture."""
    return [
        _TAG_LIST if v.label == Label.BODY and is_tag_list(b) else v for b, v in zip(blocks, verdicts, strict=True)
    ]  # fmt: skip
