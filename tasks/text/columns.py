"""The learned segmenter's features: one numpy column per feature over all lines of a page.

The per-line facts (:class:`tasks.text.features.LineFeatures`, stopword shares, the single-line
rules' verdicts, the rules' main region) are computed once by the rule pass; this module turns
them into columns and adds the context a line cannot see by itself, with array operations over
the whole page: windows of neighbours, position, the prose clusters and the densest run of
prose, list runs. Column order is :data:`FEATURE_NAMES`; the model file stores it too.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from tasks.text.lines import Line
from tasks.text.region import PageView, best_region, prose_weight

Matrix = NDArray[np.float32]
Column = NDArray[np.float64]

# Single-line rule verdicts, as a categorical feature (0: no rule fired).
LOCAL_REASONS = (
    "template_placeholder", "bare_number", "credit_line", "link_list_heading", "related_link",
    "boilerplate_phrase", "repeated_line", "teaser_lead", "site_template", "script_mismatch",
)  # fmt: skip
# Neighbours looked at line by line; wider context comes from the window means.
NEIGHBOUR_OFFSETS = (-3, -2, -1, 1, 2, 3)
# Half-widths of the centred windows over which prose, length and chrome verdicts are averaged.
WINDOWS = (2, 5, 12)
# Non-prose lines in a row that end a prose cluster.
CLUSTER_BREAK = 3
_DIGIT = np.vectorize(lambda s: sum(ch.isdigit() for ch in s), otypes=[np.float64])


@dataclass(frozen=True)
class PageFacts:
    """What the rule pass learnt about a page, the input of the feature columns."""

    lines: list[Line]
    view: PageView
    shares: list[float | None]  # per line: share of the article language's stopwords
    article_share: float  # the same share over the article's own text
    region: tuple[int, int] | None  # the rules' main text
    rule_body: list[bool]  # the rules' final verdict per line is body


def _own_columns(facts: PageFacts) -> dict[str, Column]:
    feats, texts = facts.view.features, [ln.text.strip() for ln in facts.lines]
    words = np.array([f.n_words for f in feats], dtype=np.float64)
    chars = np.array([f.n_chars for f in feats], dtype=np.float64)
    shares = np.array([np.nan if s is None else s for s in facts.shares], dtype=np.float64)
    reasons = {code: k + 1 for k, code in enumerate(LOCAL_REASONS)}
    verdicts = facts.view.verdicts
    return {
        "log_words": np.log1p(words),
        "log_chars": np.log1p(chars),
        "ends_sentence": np.array([f.ends_sentence for f in feats], dtype=np.float64),
        "inner_punct_per_word": np.array([f.n_inner_punct for f in feats], dtype=np.float64) / np.maximum(words, 1),
        "script_share": np.array([f.script_share for f in feats], dtype=np.float64),
        "has_timestamp": np.array([f.has_timestamp for f in feats], dtype=np.float64),
        "log_copies": np.log(np.array([f.n_copies for f in feats], dtype=np.float64)),
        "stopword_share": shares,
        "stopword_ratio": shares / facts.article_share if facts.article_share else np.full(len(feats), np.nan),
        "prose": np.array(facts.view.prose, dtype=np.float64),
        "digit_share": _DIGIT(np.array(texts, dtype=object)) / np.maximum(chars, 1),
        "starts_upper": np.array([t[:1].isupper() for t in texts], dtype=np.float64),
        "ends_colon": np.array([t.endswith(":") for t in texts], dtype=np.float64),
        "first_in_block": np.array([ln.index_in_block == 0 for ln in facts.lines], dtype=np.float64),
        "local_rule": np.array([0 if v is None else reasons.get(v.reason_code, 0) for v in verdicts], np.float64),
        "rule_body": np.array(facts.rule_body, dtype=np.float64),
    }


def _shift(col: Column, k: int, fill: float = 0.0) -> Column:
    """col[i + k] at i, `fill` beyond the page's ends."""
    out = np.full_like(col, fill)
    if k > 0:
        out[:-k] = col[k:]
    elif k < 0:
        out[-k:] = col[:k]
    else:
        out[:] = col
    return out


def _window_mean(col: Column, half: int) -> Column:
    """Mean of col over lines i-half..i+half that exist, by cumulative sums."""
    n = len(col)
    csum = np.concatenate([[0.0], np.cumsum(col)])
    idx = np.arange(n)
    lo, hi = np.maximum(idx - half, 0), np.minimum(idx + half + 1, n)
    out: Column = (csum[hi] - csum[lo]) / (hi - lo)
    return out


def _run_lengths(flag: NDArray[np.bool_]) -> Column:
    """Per line, the length of the run of equal flags it belongs to."""
    n = len(flag)
    starts = np.flatnonzero(np.concatenate([[True], flag[1:] != flag[:-1]]))
    lengths = np.diff(np.concatenate([starts, [n]]))
    return np.repeat(lengths, lengths).astype(np.float64)


def _cluster_columns(prose: NDArray[np.bool_], words: Column) -> dict[str, Column]:
    """Prose clusters: stretches of the page without CLUSTER_BREAK non-prose lines in a row."""
    runs = _run_lengths(prose)
    gap = ~prose & (runs >= CLUSTER_BREAK)
    ids = np.cumsum(np.concatenate([[True], gap[1:] != gap[:-1]]))
    prose_words = np.bincount(ids, weights=np.where(prose, words, 0.0))
    size = prose_words[ids]
    biggest = max(float(prose_words.max()), 1.0)
    rank = np.argsort(np.argsort(-prose_words))[ids].astype(np.float64)
    total = max(float(prose_words.sum()), 1.0)
    before = np.concatenate([[0.0], np.cumsum(np.where(prose, words, 0.0))[:-1]]) / total
    return {
        "nonprose_run": np.where(prose, 0.0, np.log1p(runs)),
        "cluster_log_words": np.log1p(np.where(gap, 0.0, size)),
        "cluster_share_of_biggest": np.where(gap, 0.0, size / biggest),
        "cluster_rank": np.where(gap, 99.0, rank),
        "prose_words_before": before,
    }


def _region_columns(n: int, region: tuple[int, int] | None, prefix: str) -> dict[str, Column]:
    idx = np.arange(n, dtype=np.float64)
    if region is None:
        far = np.full(n, float(n))
        return {f"{prefix}_inside": np.zeros(n), f"{prefix}_before": far, f"{prefix}_after": far,
                f"{prefix}_share": np.zeros(n)}  # fmt: skip
    start, end = region
    return {
        f"{prefix}_inside": ((idx >= start) & (idx <= end)).astype(np.float64),
        f"{prefix}_before": np.log1p(np.maximum(start - idx, 0)),
        f"{prefix}_after": np.log1p(np.maximum(idx - end, 0)),
        f"{prefix}_share": np.full(n, (end - start + 1) / n),
    }


def _context_columns(facts: PageFacts, own: dict[str, Column]) -> dict[str, Column]:
    n = len(facts.lines)
    view = facts.view
    weights = [
        prose_weight(f, v, p, view.rules) for f, v, p in zip(view.features, view.verdicts, view.prose, strict=True)
    ]
    has_rule = (own["local_rule"] > 0).astype(np.float64)
    cols: dict[str, Column] = {
        "position": np.arange(n, dtype=np.float64) / max(n - 1, 1),
        "log_page_lines": np.full(n, np.log1p(n)),
    }
    for k in NEIGHBOUR_OFFSETS:
        cols[f"prose_{k:+d}"] = _shift(own["prose"], k, -1.0)
        cols[f"log_words_{k:+d}"] = _shift(own["log_words"], k, -1.0)
        cols[f"rule_{k:+d}"] = _shift(has_rule, k, -1.0)
        cols[f"rule_body_{k:+d}"] = _shift(own["rule_body"], k, -1.0)
    for half in WINDOWS:
        cols[f"prose_density_{half}"] = _window_mean(own["prose"], half)
        cols[f"mean_log_words_{half}"] = _window_mean(own["log_words"], half)
        cols[f"rule_density_{half}"] = _window_mean(has_rule, half)
    cols.update(_cluster_columns(np.array(view.prose, dtype=bool), np.exp(own["log_words"]) - 1))
    cols.update(_region_columns(n, facts.region, "region"))
    cols.update(_region_columns(n, best_region(weights), "densest"))
    return cols


def page_matrix(facts: PageFacts) -> tuple[Matrix, list[str]]:
    """The feature matrix of a page (one row per line) and its column names."""
    if not facts.lines:
        return np.zeros((0, len(FEATURE_NAMES)), dtype=np.float32), FEATURE_NAMES
    own = _own_columns(facts)
    cols = {**own, **_context_columns(facts, own)}
    names = list(cols)
    return np.column_stack([cols[k] for k in names]).astype(np.float32), names


def _feature_names() -> list[str]:
    from tasks.text.features import line_features
    from tasks.text.thresholds import DEFAULT_RULES

    lines = [Line(1, "x", 0, 0)]
    view = PageView(line_features(lines), [None], [False], DEFAULT_RULES)
    return page_matrix(PageFacts(lines, view, [None], 0.0, None, [False]))[1]


FEATURE_NAMES: list[str] = []
FEATURE_NAMES.extend(_feature_names())
