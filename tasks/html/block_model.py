"""The learned block model: a small LightGBM forest that revises the rules' body/chrome verdict of a block.

The model file (``models/block_model.txt``, LightGBM's text format) is trained by
``bench/train_html.py`` (``make train-html``) and committed with a JSON card beside it (training
command, data fingerprint, leave-one-set-out and evaluation-only scores). Nothing is trained at run
time; a missing model file leaves the rules' verdicts as they are. The card's ``adopted`` says whether
the pipeline uses it: today it does not, since it does not beat the rules on held-out-style scores
(docs/html.md); ``segment_blocks(..., reviser=load_block_model().revise)`` is how it would.

Titles and credit lines stay the rules' (crisp, and scored differently by every benchmark); every
other block keeps the rules' verdict unless the model is sure otherwise (the card's margin). A verdict the model
changes names its strongest evidence: the feature that pushed the probability furthest its way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from schemas import ChromeKind, Label, TextKind
from tasks.html.block_features import FEATURE_NAMES, block_matrix
from tasks.html.blocks import Block
from tasks.html.extract import ContainerView
from tasks.html.segment import RuleView
from tasks.text.rules import Verdict

MODEL_DIR = Path(__file__).resolve().parent / "models"
MODEL_FILE = MODEL_DIR / "block_model.txt"
CARD_FILE = MODEL_DIR / "block_model.json"
DEFAULT_MARGIN = 0.2
# Verdicts the model never changes: the headline and credit lines.
FIXED_LABELS = frozenset({Label.TITLE, Label.ATTRIBUTION})


def revisable(verdicts: list[Verdict]) -> NDArray[np.bool_]:
    """Which blocks the model decides: all but titles and credit lines."""
    return np.array([v.label not in FIXED_LABELS for v in verdicts], dtype=bool)


def decide_body(verdicts: list[Verdict], probability: NDArray[np.float64], margin: float) -> NDArray[np.bool_]:
    """Body or not per block: the model overturns a revisable rule verdict only when it is sure, i.e. its
    probability of body is at least 1 - margin (rules said not body) or under margin (rules said body)."""
    rule_body = np.array([v.label == Label.BODY for v in verdicts], dtype=bool)
    overturn = revisable(verdicts) & np.where(rule_body, probability < margin, probability >= 1.0 - margin)
    return np.where(overturn, ~rule_body, rule_body)


@dataclass(frozen=True)
class BlockModel:
    """A loaded booster and how sure it must be to overturn the rules (see :func:`decide_body`)."""

    booster: Any  # lightgbm.Booster (LightGBM ships no type hints)
    margin: float

    def probability(self, rows: NDArray[np.float32]) -> NDArray[np.float64]:
        if len(rows) == 0:
            return np.zeros(0)
        return np.asarray(self.booster.predict(rows, num_threads=1), dtype=np.float64)

    def strongest_evidence(self, row: NDArray[np.float32], body: bool) -> str:
        """The feature that moved this block's score furthest toward the verdict, with its value."""
        contributions = np.asarray(self.booster.predict(row[None, :], pred_contrib=True, num_threads=1))[0, :-1]
        k = int(np.argmax(contributions if body else -contributions))
        return f"{FEATURE_NAMES[k]} = {row[k]:.3g}"

    def revise(self, blocks: list[Block], view: ContainerView, ruled: RuleView) -> list[Verdict]:
        """The rules' verdicts, with the model's decision on every revisable block."""
        rows = block_matrix(blocks, view, ruled)
        probability = self.probability(rows)
        body = decide_body(ruled.verdicts, probability, self.margin)
        out: list[Verdict] = []
        for i, (block, verdict) in enumerate(zip(blocks, ruled.verdicts, strict=True)):
            if verdict.label in FIXED_LABELS:
                out.append(verdict)
            elif body[i] == (verdict.label == Label.BODY):
                confidence = round(float(probability[i] if body[i] else 1.0 - probability[i]), 3)
                out.append(Verdict(verdict.label, verdict.kind, verdict.reason_code, verdict.reason, confidence))
            else:
                out.append(self._overturned(block, bool(body[i]), float(probability[i]), rows[i]))
        return out

    def _overturned(self, block: Block, body: bool, probability: float, row: NDArray[np.float32]) -> Verdict:
        evidence = self.strongest_evidence(row, body)
        said = f"the block model says {'body' if body else 'not body'} (p(body) = {probability:.2f}) against the rules"
        if body:
            kind = TextKind.SUBHEADING if block.heading else TextKind.PARAGRAPH
            return Verdict(Label.BODY, kind, "block_model", f"{said}; strongest evidence: {evidence}", probability)
        chrome = ChromeKind.TEASER if block.link_density > 0.5 else ChromeKind.BOILERPLATE
        return Verdict(
            Label.CHROME, chrome, "block_model", f"{said}; strongest evidence: {evidence}", 1.0 - probability
        )


def model_card(path: Path = CARD_FILE) -> dict[str, Any]:
    """The committed model's card: training command, data fingerprint, scores ({} when absent)."""
    return dict(json.loads(path.read_text(encoding="utf-8"))) if path.is_file() else {}


@lru_cache(maxsize=2)
def load_block_model(path: Path = MODEL_FILE) -> BlockModel | None:
    """The committed block model, loaded once per process; None when the file is absent."""
    if not path.is_file():
        return None
    import lightgbm  # deferred: only a page that needs the model pays for importing LightGBM

    card = model_card(path.with_suffix(".json"))
    booster = lightgbm.Booster(model_str=path.read_text(encoding="utf-8"))
    return BlockModel(booster, float(card.get("margin", DEFAULT_MARGIN)))
