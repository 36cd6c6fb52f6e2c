"""Reader-comment threads in the DOM, so that the article container is never a thread.

A thread is prose with commas, and often longer than the article, so readability's score alone can
pick it. Two signs name a thread before any scoring:
- an element that opens with a comments heading ("COMMENTS", "23 Responses", "Leave a Reply"; not the
  words that are section names too, like "Comment"), when it does not hold the headline (a count by
  the headline sits above the article instead);
- an element whose class/id says comments (``id="comments"``) and that does not hold the page's
  headline. Other furniture hints on an element holding most of the page are a wrapper's name
  (``page-with-sidebar``), but a comment thread can be most of a page, and a wrapper holds the headline.
"""

from __future__ import annotations

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.blocks import Block, NodeInfo
from tasks.html.vocab import COMMENT_HINTS
from tasks.lexicon.comments import is_comment_heading

# A comments heading is a short block: at most this many words once counts are removed.
COMMENT_HEADING_MAX_WORDS = 6
COMMENT_HEADING_MAX_CHARS = 80  # longer text is never a comments heading, whatever its counts and punctuation
# A block mostly made of link text is a link ("Comments (4)" leading to the thread), not a heading over it.
HEADING_MAX_LINK_DENSITY = 0.6


def is_comments_heading(block: Block, loose: bool = True) -> bool:
    """A heading over the reader comments: "23 Comments", "Leave a Reply", "Kommentare (4)"; with
    ``loose``, also the words that are section names too ("Comment", "Reactions")."""
    if block.link_density > HEADING_MAX_LINK_DENSITY or len(block.text) > COMMENT_HEADING_MAX_CHARS:
        return False
    return is_comment_heading(block.text, loose=loose, max_words=COMMENT_HEADING_MAX_WORDS)


def _opened_by(blocks: list[Block], i: int) -> HtmlElement | None:
    """The largest element whose first block is blocks[i] (below <body>), if any."""
    before = set(blocks[i - 1].ancestors)
    opened = None
    for element in reversed(blocks[i].ancestors):
        if element in before or element.tag in ("body", "html"):
            break
        opened = element
    return opened


def thread_elements(blocks: list[Block], info: dict[HtmlElement, NodeInfo]) -> frozenset[HtmlElement]:
    """Elements that hold a reader-comment thread (see the module's docstring)."""
    headline = next((b for b in blocks if b.heading == 1), None)
    holds_headline = frozenset(headline.ancestors) if headline is not None else frozenset()
    threads = {
        element
        for element, node in info.items()
        if node.chrome_hint in COMMENT_HINTS and not node.content_hint and element not in holds_headline
    }
    for i in range(1, len(blocks)):
        if blocks[i].heading and is_comments_heading(blocks[i], loose=False):
            opened = _opened_by(blocks, i)
            if opened is not None and opened not in holds_headline:
                threads.add(opened)
    return frozenset(threads)
