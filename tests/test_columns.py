"""The learned segmenter's feature columns: shapes, window arithmetic, page-level context."""

from __future__ import annotations

import numpy as np

from schemas import Label
from tasks.text.columns import FEATURE_NAMES, PageFacts, _run_lengths, _shift, _window_mean, page_matrix
from tasks.text.lines import split_lines
from tasks.text.segment import final_verdict, plan_page

PROSE = "The council approved the new budget on Tuesday after a debate that lasted well into the night."


def _facts(text: str) -> PageFacts:
    plan = plan_page(split_lines(text))
    rule_body = [final_verdict(i, plan).label == Label.BODY for i in range(len(plan.lines))]
    return PageFacts(plan.lines, plan.view, plan.shares, plan.article.stopword_share, plan.region, rule_body)


def test_window_mean_averages_only_lines_that_exist() -> None:
    col = np.array([1.0, 0.0, 0.0, 1.0])
    assert _window_mean(col, 1).tolist() == [0.5, 1 / 3, 1 / 3, 0.5]


def test_shift_looks_at_neighbours_and_fills_past_the_edges() -> None:
    col = np.array([1.0, 2.0, 3.0])
    assert _shift(col, 1, -1.0).tolist() == [2.0, 3.0, -1.0]
    assert _shift(col, -2, -1.0).tolist() == [-1.0, -1.0, 1.0]


def test_run_lengths_give_every_line_the_length_of_its_run() -> None:
    assert _run_lengths(np.array([True, False, False, True, True, True])).tolist() == [1, 2, 2, 3, 3, 3]


def test_one_row_per_line_and_one_column_per_named_feature() -> None:
    text = "\n\n".join(["Home", "News", *[PROSE] * 1, "Sport", "Weather"]) + "\n"
    matrix, names = page_matrix(_facts(text))
    assert names == FEATURE_NAMES
    assert matrix.shape == (5, len(FEATURE_NAMES))
    prose = matrix[:, names.index("prose")]
    assert prose.tolist() == [0, 0, 1, 0, 0]
    assert matrix[2, names.index("prose_-1")] == 0 and matrix[0, names.index("prose_-1")] == -1


def test_the_biggest_prose_cluster_ranks_first() -> None:
    small = "A short teaser paragraph that ends here with a full stop for sure."
    menu = ["Home", "News", "Sport", "Weather"]
    text = "\n\n".join([small, *menu, PROSE, PROSE.replace("Tuesday", "Monday"), *menu]) + "\n"
    matrix, names = page_matrix(_facts(text))
    rank = matrix[:, names.index("cluster_rank")]
    assert rank[5] == 0 and rank[0] == 1


def test_an_empty_page_has_an_empty_matrix() -> None:
    matrix, names = page_matrix(_facts(""))
    assert matrix.shape == (0, len(names))
