"""Held-out scores: which model scores which set, and the share of pages that went wrong."""

from __future__ import annotations

from tasks.report.evaluate import DatasetScores, LineCounts
from tasks.report.heldout import format_heldout, heldout_row
from tests.conftest import DUMPS


def _counts(tp: int, fp: int, fn: int) -> LineCounts:
    return LineCounts(lines=tp + fp + fn, correct=tp, tp=tp, fp=fp, fn=fn)


def test_low_page_share_counts_pages_with_body_whose_f1_is_below_0_2() -> None:
    per_doc = {"good": _counts(9, 1, 0), "lost": _counts(0, 5, 5), "no-body": _counts(0, 3, 0)}
    total = LineCounts()
    for c in per_doc.values():
        total.merge(c)
    assert DatasetScores(total, per_doc).low_share == 0.5


def test_a_training_set_is_scored_by_the_model_that_did_not_see_it() -> None:
    row = heldout_row(DUMPS / "readability", every=9)
    assert row.kind == "leave-one-set-out" and row.shipped is not None
    assert len(row.held_out.per_doc) == len(row.rules.per_doc) == 5
    assert "readability" in format_heldout([row])


def test_an_evaluation_only_set_is_scored_by_the_shipped_model() -> None:
    row = heldout_row(DUMPS / "l3s", every=100)
    assert row.kind == "evaluation-only" and row.shipped is None


def test_the_two_halves_split_a_set_into_even_and_odd_pages() -> None:
    from tasks.report.evaluate import evaluate_dataset

    even = evaluate_dataset(DUMPS / "readability", half=0)
    odd = evaluate_dataset(DUMPS / "readability", half=1)
    names = [p.stem for p in sorted((DUMPS / "readability").glob("*.json"))]  # in file-name order
    assert list(even.per_doc) == names[0::2] and list(odd.per_doc) == names[1::2]
    row = heldout_row(DUMPS / "readability", every=4, half=1)
    assert list(row.held_out.per_doc) == names[1::2][::4]
