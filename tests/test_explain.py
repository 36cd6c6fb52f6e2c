"""Learned verdicts in words: every feature has a phrase, the strongest evidence comes first."""

from __future__ import annotations

import numpy as np

from tasks.text.columns import FEATURE_NAMES
from tasks.text.explain import describe, strongest_evidence


def test_every_feature_can_be_said_in_words() -> None:
    for name in FEATURE_NAMES:
        phrase = describe(name, 1.0)
        assert phrase and "_" not in phrase, name


def test_values_are_turned_back_into_counts() -> None:
    assert describe("log_words", float(np.log1p(45))) == "45 words"
    assert describe("prose_-1", 1.0) == "the line above is prose"
    assert describe("prose_+2", -1.0) == "2 lines down is past the page's edge"
    assert describe("prose_density_5", 0.5) == "50% of the 11 lines around are prose"


def test_evidence_names_the_features_pushing_towards_the_label_strongest_first() -> None:
    names = ["log_words", "ends_sentence", "prose"]
    row = np.array([np.log1p(30), 1.0, 0.0], dtype=np.float32)
    contributions = np.array([2.0, 0.5, -1.0, 0.1])  # the last column is the bias
    assert strongest_evidence(contributions, row, names, body=True) == "30 words; ends like a sentence"
    assert strongest_evidence(contributions, row, names, body=False) == "does not read as prose"
