"""The committed line model: its description, and the Viterbi step that makes a page's labels coherent."""

from __future__ import annotations

import math

import numpy as np

from tasks.text.columns import FEATURE_NAMES
from tasks.text.line_model import LineModel, load_model, model_meta, viterbi


def _hmm(stay: float, prior: float = 0.4) -> LineModel:
    log_t = ((math.log(stay), math.log(1 - stay)), (math.log(1 - stay), math.log(stay)))
    return LineModel("test", load_model().booster, log_t, prior)


def test_one_doubtful_line_inside_a_body_run_stays_body() -> None:
    p = np.array([0.01, 0.9, 0.95, 0.35, 0.9, 0.92, 0.01])
    assert viterbi(p, _hmm(0.95)) == [False, True, True, True, True, True, False]


def test_strong_evidence_switches_state_even_for_a_sticky_model() -> None:
    p = np.array([0.9, 0.9, 0.001, 0.001, 0.001, 0.9])
    assert viterbi(p, _hmm(0.9)) == [True, True, False, False, False, True]


def test_without_stickiness_viterbi_follows_the_classifier() -> None:
    p = np.array([0.2, 0.7, 0.3, 0.8])
    assert viterbi(p, _hmm(0.5, prior=0.5)) == [False, True, False, True]


def test_committed_models_match_the_feature_columns_and_say_how_they_were_made() -> None:
    meta = model_meta()
    assert meta["features"] == FEATURE_NAMES
    assert len(meta["data_fingerprint"]) == 64 and "train" in meta["command"]
    assert set(meta["training_sets"]).isdisjoint(meta["evaluation_only_sets"])
    for name, entry in meta["models"].items():
        assert not set(entry["trained_on"]) & set(meta["evaluation_only_sets"]), name
        if name.startswith("without-"):
            assert name.removeprefix("without-") not in entry["trained_on"]
    assert load_model().booster.feature_name() == FEATURE_NAMES
