"""What the learned block model sees of one block: DOM structure, text shape, context and the rules' verdict.

Every feature is language-independent (lengths, shares, punctuation, tags, positions); class/id words
enter only through the reviewed hint vocabularies of :mod:`tasks.html.vocab`, never as raw tokens, so
the model cannot learn one site's class names. The rules' verdict and reason are features: the model
learns where the rules go wrong rather than relearning what they get right.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np
from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints
from numpy.typing import NDArray

from schemas import Label
from tasks.html.blocks import Block, NodeInfo
from tasks.html.extract import ContainerView
from tasks.html.scoring import is_unlikely, paragraph_score
from tasks.html.segment import RuleView
from tasks.html.vocab import CHROME_HINTS, CHROME_TAGS, FULL_STOPS

# Categorical codes: position in these tuples (unknown values get the length of the tuple).
REASON_CODES = (
    "article_container", "outside_container", "class_hint", "image_gallery", "list_box", "tiny_box", "link_box",
    "link_block", "page_headline", "credit_line", "template_leftover", "related_heading", "related_link",
    "boilerplate",
)  # fmt: skip
OWNER_TAGS = (
    "p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt",
    "figcaption", "caption", "section", "article", "header", "footer", "aside", "nav", "span", "a", "body",
    "address", "time", "form", "center",
)  # fmt: skip
LABELS = (Label.BODY, Label.CHROME, Label.TITLE, Label.ATTRIBUTION)
NEIGHBOURS = (-2, -1, 1, 2)
WINDOW = 3  # blocks each side for the local density of rule-body blocks
MAX_DISTANCE = 50  # blocks; farther from the article is as far as it gets
_DIGIT = re.compile(r"\d")
_UPPER = re.compile(r"[^\W\d_]")  # letters; upper-case share below is over these

OWN_FEATURES = (
    "rule_body", "rule_label", "rule_reason", "inside_container", "cut", "log_chars", "words", "link_density",
    "heading", "in_list", "in_table", "in_caption", "in_article", "owner_tag", "chrome_hint",
    "content_ancestor", "depth", "depth_below_container", "position", "chars_before_share",
    "blocks_after_first", "blocks_after_last", "ends_sentence", "commas_per_word", "digit_share",
    "upper_share", "owner_share", "owner_link_density", "owner_prose_paragraphs", "owner_chars_per_block",
    "container_share", "same_path_count", "same_path_body_share", "window_body_share", "window_log_chars",
)  # fmt: skip
# Where the block sits relative to the page's strongest prose, whichever container the rules chose.
REGION_FEATURES = (
    "paragraph_points", "best_ancestor_score_share", "shared_with_best_paragraph", "unlikely", "hint_code",
    "owner_prose_share",
)  # fmt: skip
NEIGHBOUR_FEATURES = tuple(
    f"{name}_{'prev' if k < 0 else 'next'}{abs(k)}" for k in NEIGHBOURS for name in ("body", "log_chars", "links")
)
FEATURE_NAMES = OWN_FEATURES + REGION_FEATURES + NEIGHBOUR_FEATURES
CATEGORICAL = ("rule_label", "rule_reason", "owner_tag", "hint_code")
HINTS = tuple(sorted(CHROME_TAGS)) + CHROME_HINTS


def _code(value: str, vocabulary: tuple[str, ...]) -> int:
    return vocabulary.index(value) if value in vocabulary else len(vocabulary)


def _text_shape(text: str) -> tuple[float, float, float, float, float]:
    """(words, ends like a sentence, commas per word, digit share, upper-case share of letters)."""
    words = max(1, text.count(" ") + 1)
    letters = _UPPER.findall(text)
    upper = sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
    ends = float(text.rstrip().rstrip("\"'”»)").endswith((*FULL_STOPS, "!", "?", ":")))
    commas = sum(text.count(c) for c in ",，、;") / words
    return float(words), ends, commas, len(_DIGIT.findall(text)) / max(1, len(text)), upper


def _clip(distance: int) -> float:
    return float(max(-MAX_DISTANCE, min(MAX_DISTANCE, distance)))


def _owner(block: Block) -> HtmlElement:
    return block.ancestors[-1]


def _container_depth(view: ContainerView) -> int:
    if view.top is None:
        return 0
    return sum(1 for _ in view.top.iterancestors())


def region_columns(
    block: Block, view: ContainerView, page_chars: int, best_score: float, prose_chars: int
) -> tuple[float, ...]:
    """:data:`REGION_FEATURES` of one block."""
    ancestor_score = max((view.scores.get(e, 0.0) for e in block.ancestors), default=0.0)
    shared = sum(1 for e in block.ancestors if e in view.anchors) / max(1, len(block.ancestors))
    owner = view.info[_owner(block)]
    return (
        paragraph_score(block), ancestor_score / best_score if best_score > 0 else 0.0, shared,
        float(is_unlikely(block, view.info, page_chars)), _code(block.chrome_hint or "", HINTS),
        owner.prose_chars / prose_chars if prose_chars else 0.0,
    )  # fmt: skip


def block_matrix(blocks: list[Block], view: ContainerView, ruled: RuleView) -> NDArray[np.float32]:
    """One row of :data:`FEATURE_NAMES` per block."""
    n = len(blocks)
    info: dict[HtmlElement, NodeInfo] = view.info
    page_chars = max(1, sum(len(b.text) for b in blocks))
    top_depth = _container_depth(view)
    container_share = info[view.top].text_chars / page_chars if view.top is not None and view.top in info else 0.0
    body = np.array([v.label == Label.BODY for v in ruled.verdicts], dtype=np.float32)
    log_chars = np.array([math.log1p(len(b.text)) for b in blocks], dtype=np.float32)
    links = np.array([b.link_density for b in blocks], dtype=np.float32)
    paths = Counter(b.tag_path for b in blocks)
    path_body: Counter[str] = Counter()
    for b, is_body in zip(blocks, body, strict=True):
        path_body[b.tag_path] += int(is_body)
    first = ruled.first if ruled.first is not None else n
    last = ruled.last if ruled.last is not None else -1
    rows = np.zeros((n, len(FEATURE_NAMES)), dtype=np.float32)
    best_score = max(view.scores.values(), default=0.0)
    prose_chars = max((node.prose_chars for node in info.values()), default=0)
    before = 0
    for i, (block, verdict) in enumerate(zip(blocks, ruled.verdicts, strict=True)):
        inside, cut = ruled.located[i]
        owner = info[_owner(block)]
        lo, hi = max(0, i - WINDOW), min(n, i + WINDOW + 1)
        words, *shape = _text_shape(block.text)
        own = (
            float(body[i]), _code(verdict.label, LABELS), _code(verdict.reason_code, REASON_CODES), float(inside),
            float(cut is not None), float(log_chars[i]), words, float(links[i]),
            block.heading, float(block.in_list), float(block.in_table), float(block.in_caption),
            float(block.in_article), _code(block.tag, OWNER_TAGS), float(block.chrome_hint is not None),
            float(any(info[e].content_hint for e in block.ancestors)), len(block.ancestors),
            len(block.ancestors) - top_depth, i / n, before / page_chars,
            _clip(i - first), _clip(i - last),
            *shape, owner.text_chars / page_chars,
            owner.link_chars / owner.text_chars if owner.text_chars else 0.0, owner.prose_paragraphs,
            owner.text_chars / max(1, owner.blocks), container_share, math.log1p(paths[block.tag_path]),
            path_body[block.tag_path] / paths[block.tag_path], float(body[lo:hi].mean()),
            float(np.log1p(np.expm1(log_chars[lo:hi]).sum())),
        )  # fmt: skip
        rows[i, : len(own)] = own
        at = len(own)
        rows[i, at : at + len(REGION_FEATURES)] = region_columns(block, view, page_chars, best_score, prose_chars)
        at += len(REGION_FEATURES)
        for k in NEIGHBOURS:
            j = i + k
            rows[i, at : at + 3] = (body[j], log_chars[j], links[j]) if 0 <= j < n else (-1.0, 0.0, 0.0)
            at += 3
        before += len(block.text)
    return rows
