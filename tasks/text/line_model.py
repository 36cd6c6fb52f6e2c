"""The learned line model: load the committed LightGBM file, score a page's lines, make them coherent.

Nothing is trained here (see ``bench/train_segmenter.py``). A page's feature matrix
(:mod:`tasks.text.columns`) is scored in one call; a two-state hidden Markov model over the
scores (body / not body, transitions counted on the training pages) then picks the most
likely label sequence with Viterbi, so that a page's article comes out as runs, not as
scattered lines: whole pages going wrong, not single lines, is what costs most.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import lightgbm as lgb
import numpy as np
from numpy.typing import NDArray

from tasks.text.columns import FEATURE_NAMES, Matrix

MODELS = Path(__file__).parent / "models"
META_FILE = MODELS / "segmenter.json"
SHIPPED = "shipped"
# Probabilities are kept this far from 0 and 1 so that one line's score cannot veto a run.
PROBABILITY_FLOOR = 1e-4


@dataclass(frozen=True)
class LineModel:
    """A trained booster with the HMM that smooths its scores."""

    name: str
    booster: lgb.Booster
    log_transitions: tuple[tuple[float, float], tuple[float, float]]  # [from][to], 0 chrome, 1 body
    body_prior: float  # share of body lines in the training data
    # When set, the rules' label stands unless the model's probability is this far past 0.5 the
    # other way (no Viterbi): the model corrects the rules instead of replacing them.
    margin: float | None = None

    def decide(self, probability: NDArray[np.float64], rule_body: list[bool]) -> list[bool]:
        """Body or not, per line: Viterbi over the probabilities, or the rules corrected past the margin."""
        if not len(probability):
            return []
        if self.margin is None:
            return viterbi(probability, self)
        rules = np.array(rule_body, dtype=bool)
        body = np.where(rules, probability >= 0.5 - self.margin, probability >= 0.5 + self.margin)
        return [bool(b) for b in body]

    def body_probability(self, matrix: Matrix) -> NDArray[np.float64]:
        """Per line, the classifier's probability that it is body text."""
        if not len(matrix):
            return np.zeros(0)
        return np.asarray(self.booster.predict(matrix, num_threads=1), dtype=np.float64)

    def contributions(self, matrix: Matrix) -> NDArray[np.float64]:
        """Per line and feature, its push towards body (log-odds); the last column is the bias."""
        return np.asarray(self.booster.predict(matrix, pred_contrib=True, num_threads=1), dtype=np.float64)


def viterbi(body_probability: NDArray[np.float64], model: LineModel) -> list[bool]:
    """The most likely body/not-body sequence under the model's HMM, given per-line probabilities.

    Emissions are the classifier's posteriors divided by the prior (scaled likelihoods).
    """
    p = np.clip(body_probability, PROBABILITY_FLOOR, 1 - PROBABILITY_FLOOR)
    emit_body = (np.log(p) - math.log(model.body_prior)).tolist()
    emit_chrome = (np.log1p(-p) - math.log(1 - model.body_prior)).tolist()
    (cc, cb), (bc, bb) = model.log_transitions
    score_c, score_b = emit_chrome[0] + math.log(1 - model.body_prior), emit_body[0] + math.log(model.body_prior)
    back: list[tuple[bool, bool]] = []  # per line: best previous state is body, for (chrome, body)
    for ec, eb in zip(emit_chrome[1:], emit_body[1:], strict=True):
        from_c_to_c, from_b_to_c = score_c + cc, score_b + bc
        from_c_to_b, from_b_to_b = score_c + cb, score_b + bb
        back.append((from_b_to_c > from_c_to_c, from_b_to_b > from_c_to_b))
        score_c = max(from_c_to_c, from_b_to_c) + ec
        score_b = max(from_c_to_b, from_b_to_b) + eb
    state = score_b > score_c
    path = [state]
    for prev_if_chrome, prev_if_body in reversed(back):
        state = prev_if_body if state else prev_if_chrome
        path.append(state)
    return path[::-1]


def _model(name: str, entry: dict[str, Any]) -> LineModel:
    booster = lgb.Booster(model_str=(MODELS / entry["file"]).read_text(encoding="utf-8"))
    stickiness = float(entry.get("stickiness", 1.0))
    log_t = tuple(tuple(stickiness * math.log(v) for v in row) for row in entry["transitions"])
    return LineModel(name, booster, log_t, float(entry["body_prior"]), entry.get("margin"))  # type: ignore[arg-type]


def model_meta() -> dict[str, Any]:
    """The committed models' description: training command, data fingerprint, scores."""
    meta: dict[str, Any] = json.loads(META_FILE.read_text(encoding="utf-8"))
    return meta


@lru_cache(maxsize=8)
def load_model(name: str = SHIPPED) -> LineModel:
    """A committed model by name: "shipped" (all training sets) or "without-<set>" (leave-one-set-out)."""
    meta = model_meta()
    if meta["features"] != FEATURE_NAMES:
        raise ValueError(f"{META_FILE} was trained on other features; run `make train`")
    return _model(name, meta["models"][name])
