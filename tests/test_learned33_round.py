"""Session 33's study of the learned line decision (issue 12; docs/segmenter.md, "Session 33"): the trainer may learn
from our own studied dumps, never from the never-studied check sets, and scores them a group at a time; the study's
decisions that use the model only where it is likely to help (a second opinion where the rules are unsure, a page-level
check) do what they say. The rules stay the shipped default: none of these won held out."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np

from tasks.text.line_model import LineModel, load_model
from tests.bench_modules import bench_module as _bench
from tests.conftest import ROOT


def test_the_own_training_sets_are_the_studied_ones_never_a_check_set() -> None:
    trainer, checks = _bench("train_segmenter"), _bench("check_sets")
    own = set(trainer.OWN_SETS)
    assert not own & set(checks.DUMP_SETS)
    assert not own & set(checks.PAGE_SETS)
    assert "dumps_ml2" in own and "dumps_ml53" in own and "dumps_ml52" not in own
    for name in own:
        assert name == "dumps_ml2" or int(name.removeprefix("dumps_ml")) % 2 == 1, name
        assert trainer.label_files(name), name  # labelled pages, found under tests/data
        assert all(Path(p).parent == ROOT / "tests" / "data" / name for p in trainer.label_files(name))


def test_the_own_groups_hold_every_own_set_once() -> None:
    trainer = _bench("train_segmenter")
    grouped = [s for sets in trainer.OWN_GROUPS.values() for s in sets]
    assert sorted(grouped) == sorted(trainer.OWN_SETS) and len(grouped) == len(set(grouped))


def test_the_public_sets_are_still_read_from_the_shared_dumps() -> None:
    trainer = _bench("train_segmenter")
    assert all(p.parent == trainer.DUMPS / "aeb" for p in trainer.label_files("aeb"))


def _hmm() -> LineModel:
    stay = math.log(0.95)
    switch = math.log(0.05)
    return LineModel("test", load_model().booster, ((stay, switch), (switch, stay)), 0.3)


def test_a_second_opinion_is_asked_only_where_the_rules_are_unsure() -> None:
    study = _bench("segmenter_study")
    p = np.array([0.7, 0.7, 0.3, 0.3, 0.95])
    rules = np.array([False, False, True, True, False])
    scores = np.array([0.55, 0.9, 0.55, 0.9, 0.9])
    # unsure lines (score under 0.75) take the model's side; sure ones keep the rules' unless the model is past 0.9
    assert study.second_opinion(0.75)(p, rules, scores, _hmm()) == [True, False, False, True, True]


def test_a_page_check_keeps_the_rules_where_the_model_agrees() -> None:
    study = _bench("segmenter_study")
    p = np.array([0.01, 0.99, 0.99, 0.99, 0.01])
    agreeing = np.array([False, True, True, True, False])
    assert study.page_check(0.4)(p, agreeing, np.ones(5), _hmm()) == agreeing.tolist()
    # the rules' region elsewhere on the page: the model's run of body is taken whole
    elsewhere = np.array([True, False, False, False, False])
    assert study.page_check(0.4)(p, elsewhere, np.ones(5), _hmm()) == [False, True, True, True, False]


def test_agreement_is_the_f1_of_one_labelling_against_the_other() -> None:
    study = _bench("segmenter_study")
    a, b = np.array([True, True, False, False]), np.array([True, False, True, False])
    assert study.agreement(a, b) == 0.5
    assert study.agreement(np.zeros(3, dtype=bool), np.zeros(3, dtype=bool)) == 1.0


def test_a_model_that_may_only_demote_never_adds_body() -> None:
    study = _bench("segmenter_study")
    p = np.array([0.99, 0.1, 0.5, 0.05])
    rules = np.array([False, True, True, False])
    assert study.demote(0.2)(p, rules, np.ones(4), _hmm()) == [False, False, True, False]
