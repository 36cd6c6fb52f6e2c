"""Task arguments: Prefect walks them for upstream futures unless they are wrapped as Unwalked."""

from __future__ import annotations

import pickle

from prefect.utilities.collections import visit_collection

from flows.runners import Unwalked


def _visited(value: object) -> list[object]:
    seen: list[object] = []
    visit_collection(value, lambda x: seen.append(x) or x, return_data=False)
    return seen


def test_prefect_walks_a_plain_argument_but_not_an_unwalked_one() -> None:
    counts = {"site.example": [11, 22, 33]}
    assert 22 in _visited(counts)  # the cost: every count of the template memory, per batch
    assert 22 not in _visited(Unwalked(counts))


def test_an_unwalked_argument_travels_to_a_worker_process_whole() -> None:
    counts = {"site.example": [11, 22, 33]}
    assert pickle.loads(pickle.dumps(Unwalked(counts))).value == counts
