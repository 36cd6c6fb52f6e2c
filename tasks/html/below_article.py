"""What follows the article inside its container and is no part of it: a caption or list item shown again word for
word, the blocks after a link-list heading below the text ("Related stories"), the comments after a comments heading
(:mod:`tasks.html.segment` applies them to the rules' verdicts)."""

from __future__ import annotations

from schemas import ChromeKind, Label
from tasks.html.blocks import Block
from tasks.html.threads import is_comments_heading
from tasks.text.features import normalize_for_match
from tasks.text.rules import Verdict

# A body block of at least this many words that repeats an earlier one is a copy (short lines, like list
# bullets and tweet signatures, may legitimately repeat).
REPEAT_MIN_WORDS = 15
# A comments heading ends the article only below this many words of it (the text path's 50 words of prose).
COMMENTS_MIN_ARTICLE_WORDS = 50
# A body paragraph of at least this many words after a link-list heading, in the article's own element, says
# the article goes on past the heading.
CONTINUED_MIN_WORDS = 8


def drop_repeats(blocks: list[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """A block that repeats an earlier block word for word, when either copy is a caption or list item (a
    slideshow's caption shown once per frame and again under the lead photo), is shown again, not written
    again: it is not body. Repeated paragraphs of running text are left alone: an article may quote itself."""
    seen: dict[str, bool] = {}  # text -> some copy of it sits in a list or caption
    out: list[Verdict] = []
    for block, verdict in zip(blocks, verdicts, strict=True):
        key = normalize_for_match(block.text) if block.text.count(" ") + 1 >= REPEAT_MIN_WORDS else ""
        if len(key.split()) >= REPEAT_MIN_WORDS:
            framed = block.in_list or block.in_caption
            if verdict.label == Label.BODY and key in seen and (framed or seen[key]):
                verdict = Verdict(
                    Label.CHROME, ChromeKind.TEASER, "repeated_caption",
                    "repeats an earlier caption or list item of the article word for word", 0.8,
                )  # fmt: skip
            seen[key] = seen.get(key, False) or framed
        out.append(verdict)
    return out


def _parent(block: Block) -> object:
    return block.ancestors[-2] if len(block.ancestors) > 1 else None


def _continues(blocks: list[Block], verdicts: list[Verdict], first: int, i: int) -> bool:
    """The article goes on after block i: a later body paragraph sits in an element that holds the article's
    paragraphs above it (a 'Related:' line or a pull box in the middle of the text)."""
    article = {_parent(blocks[k]) for k in range(first, i) if verdicts[k].label == Label.BODY}
    return any(
        verdicts[k].label == Label.BODY and _parent(blocks[k]) in article
        and len(blocks[k].text.split()) >= CONTINUED_MIN_WORDS
        for k in range(i + 1, len(blocks))
    )  # fmt: skip


def after_related(blocks: list[Block], verdicts: list[Verdict], first: int | None) -> list[Verdict]:
    """Body blocks after a link-list heading ('Also on HuffPost:', 'Related stories') below the article."""
    if first is None:
        return verdicts
    words = 0
    for i in range(first, len(blocks)):
        if (
            verdicts[i].reason_code == "link_list_heading"
            and words >= COMMENTS_MIN_ARTICLE_WORDS
            and not _continues(blocks, verdicts, first, i)
        ):
            related = Verdict(
                Label.CHROME, ChromeKind.TEASER, "related_section",
                f"after the link-list heading '{blocks[i].text[:40]}'", 0.75,
            )  # fmt: skip
            return [related if k > i and v.label == Label.BODY else v for k, v in enumerate(verdicts)]
        if verdicts[i].label == Label.BODY:
            words += len(blocks[i].text.split())
    return verdicts


def _is_subheading(blocks: list[Block], verdicts: list[Verdict], i: int) -> bool:
    """A heading only a loose word names ("Comment", "Reactions" are section names too) is one of the
    article's own subheadings when a later heading of its level, not about comments, leads body text."""
    if not blocks[i].heading or is_comments_heading(blocks[i], loose=False):
        return False
    level = blocks[i].heading
    return any(
        blocks[k].heading == level and not is_comments_heading(blocks[k]) and verdicts[k + 1].label == Label.BODY
        for k in range(i + 1, len(blocks) - 1)
    )


def _ends_article(blocks: list[Block], verdicts: list[Verdict], first: int, i: int) -> bool:
    """A comments heading with some article above it: a comment count shown by the headline
    ("102 Comments posted") sits above the text, not below it."""
    if not is_comments_heading(blocks[i]) or _is_subheading(blocks, verdicts, i):
        return False
    words = sum(len(blocks[k].text.split()) for k in range(first, i) if verdicts[k].label == Label.BODY)
    return words >= COMMENTS_MIN_ARTICLE_WORDS


def after_comments(blocks: list[Block], verdicts: list[Verdict], first: int | None) -> list[Verdict]:
    """Body blocks after a comments heading inside the article are the comments, not the article."""
    if first is None:
        return verdicts
    start = next((i for i in range(first, len(blocks)) if _ends_article(blocks, verdicts, first, i)), None)
    if start is None:
        return verdicts
    comment = Verdict(
        Label.CHROME, ChromeKind.COMMENTS, "comments_section",
        f"after the comments heading '{blocks[start].text[:40]}'", 0.8,
    )  # fmt: skip
    return [comment if i >= start and v.label == Label.BODY else v for i, v in enumerate(verdicts)]
