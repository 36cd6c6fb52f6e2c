"""A second opinion on pages where the article found is short: trafilatura's extraction.

A short article is where a wrong container is most likely (an author's bio box, a caption, a
comment, or a post made of links that readability-style scoring does not count as prose). On such a
page, and only there, trafilatura extracts the page on its own. When its text is longer than ours and
the two mostly disagree, the page's blocks are labelled by whether trafilatura's text holds them.
Crisp verdicts (headline, credits, template leftovers) stay; every relabelled block says why.

Measured (docs/html.md): trafilatura runs on 1-8 % of the pages of the six eval sets, and token F1
rises on the sets nobody tuned for (cleaneval-dev, l3s, dragnet) and on readability, equal elsewhere.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from schemas import ChromeKind, Label, TextKind
from tasks.html.segment import StructuredSegmented
from tasks.text.rules import Verdict
from tasks.text.segment import LabelledLine
from tasks.text.words import bag_f1, bag_of_words

# Below this many characters of body text, the article found is short enough to ask for a second opinion.
SHORT_ARTICLE_CHARS = 500
# The two extractions agree (bag-of-words F1) at least this much: ours stands.
MIN_AGREEMENT = 0.5
# A block of at least this many words is in trafilatura's text when this share of its words are.
MIN_MATCH_WORDS = 4
MIN_WORD_SHARE = 0.8
# Verdicts the second opinion may overturn; the others (title, credits, placeholders) are crisp.
# Reader comments found by their heading or class stay comments (trafilatura may take a thread for the post).
REVISABLE = frozenset({"article_container", "outside_container", "class_hint", "link_box", "link_block", "tiny_box",
                       "list_box", "image_gallery"})  # fmt: skip


def _in_text(block: str, text: str, lines: frozenset[str], vocabulary: Counter[str]) -> bool:
    norm = " ".join(block.split())
    if norm in lines:
        return True
    words = bag_of_words(norm)
    total = sum(words.values())
    if total < MIN_MATCH_WORDS:
        return False
    return norm in text or sum(n for w, n in words.items() if w in vocabulary) >= MIN_WORD_SHARE * total


def _revised(ll: LabelledLine, kept: bool, ours_chars: int) -> LabelledLine:
    verdict = ll.verdict
    if verdict.reason_code not in REVISABLE or kept == (verdict.label == Label.BODY):
        return ll
    why = f"the article found held only {ours_chars} characters and trafilatura's extraction of the page"
    if kept:
        new = Verdict(Label.BODY, TextKind.PARAGRAPH, "second_opinion", f"{why} holds this block", 0.6)
    else:
        new = Verdict(Label.CHROME, ChromeKind.BOILERPLATE, "second_opinion", f"{why} leaves this block out", 0.6)
    return replace(ll, verdict=new)


def extract_elsewhere(html: bytes | str) -> str:
    """trafilatura's main text of a page ('' when it finds none), comments left out as ours are."""
    import trafilatura  # imported on first use: most runs and most pages never need it

    return trafilatura.extract(html, favor_precision=True, include_comments=False) or ""


def with_second_opinion(
    page: StructuredSegmented,
    html: bytes | str,
    threads: frozenset[HtmlElement] = frozenset(),
    extract: Callable[[bytes | str], str] = extract_elsewhere,
) -> StructuredSegmented:
    """The page, relabelled by trafilatura's extraction when ours is short and the two disagree;
    blocks inside reader-comment threads (tasks/html/threads.py) keep their verdicts."""
    ours = "\n".join(ll.line.text for ll in page.segmented.lines if ll.verdict.label == Label.BODY)
    if len(ours) >= SHORT_ARTICLE_CHARS:
        return page
    theirs = extract(html)
    if len(theirs) <= len(ours) or bag_f1(ours, theirs) >= MIN_AGREEMENT:
        return page
    text = " ".join(theirs.split())
    lines = frozenset(" ".join(line.split()) for line in theirs.splitlines())
    vocabulary = bag_of_words(theirs)
    revised = [
        ll
        if threads.intersection(block.ancestors)
        else _revised(ll, _in_text(ll.line.text, text, lines, vocabulary), len(ours))
        for ll, block in zip(page.segmented.lines, page.blocks, strict=True)
    ]
    # What trafilatura adds must be more article than we had, not a reader thread we already set apart.
    if sum(len(ll.line.text) for ll in revised if ll.verdict.label == Label.BODY) <= len(ours):
        return page
    return replace(page, segmented=replace(page.segmented, lines=revised))
