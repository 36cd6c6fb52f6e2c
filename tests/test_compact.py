"""Compaction merges small files per partition without losing or duplicating a row, even on a crash."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from flows.cli import main
from tasks.store import compact as compact_module
from tasks.store.compact import compact, compact_dataset
from tasks.store.write import (
    STAGING,
    committed_doc_ids,
    dataset_files,
    ensure_datasets,
    partition_of,
    recover,
    write_batch,
)
from tests.test_write import _batch

DAY1 = partition_of(datetime(2024, 5, 17, tzinfo=UTC))
DAY2 = partition_of(datetime(2024, 5, 18, tzinfo=UTC))


def _rows(output: Path, dataset: str) -> Counter[tuple[object, ...]]:
    rows: Counter[tuple[object, ...]] = Counter()
    for path in dataset_files(output, dataset):
        rows.update(tuple(map(repr, r.values())) for r in pq.read_table(path).to_pylist())
    return rows


def _hourly_runs(output: Path) -> None:
    """Ten small batches on one day, three on the next, and one file of the older flat layout."""
    ensure_datasets(output)
    for n in range(10):
        write_batch(output, f"d1-{n:02d}", _batch(n), DAY1)
    for n in range(10, 13):
        write_batch(output, f"d2-{n:02d}", _batch(n), DAY2)
    write_batch(output, "flat", _batch(99))


def _snapshot(output: Path) -> dict[str, Counter[tuple[object, ...]]]:
    return {name: _rows(output, name) for name in ("articles", "segments")}


def test_compaction_merges_each_partition_and_keeps_every_row(tmp_path: Path) -> None:
    _hourly_runs(tmp_path)
    before = _snapshot(tmp_path)
    ids = committed_doc_ids(tmp_path)

    done = {c.dataset: c for c in compact(tmp_path)}

    assert _snapshot(tmp_path) == before
    assert committed_doc_ids(tmp_path) == ids
    assert done["articles"].files_before == 14 and done["articles"].files_after == 3  # day 1, day 2, flat
    folders = sorted(p.parent.name for p in dataset_files(tmp_path, "articles") if p.name != "part-empty.parquet")
    assert folders == ["articles", DAY1, DAY2]
    assert [p.name for p in (tmp_path / "rejects").rglob("*.parquet")] == ["part-empty.parquet"]
    assert not list((tmp_path / STAGING).iterdir())
    again = compact_dataset(tmp_path, "articles")
    assert again.files_before == again.files_after == 3 and again.rows == 0


def test_target_size_bounds_the_merged_files(tmp_path: Path) -> None:
    _hourly_runs(tmp_path)
    before = _snapshot(tmp_path)
    size = max(p.stat().st_size for p in (tmp_path / "segments" / DAY1).iterdir())
    compact_dataset(tmp_path, "segments", target=3 * size)
    assert 3 <= len(list((tmp_path / "segments" / DAY1).iterdir())) < 10
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize("crash_in", ["write_journal", "publish"])
def test_a_crash_mid_compaction_loses_and_duplicates_nothing(
    crash_in: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _hourly_runs(tmp_path)
    before = _snapshot(tmp_path)

    def crash(*args: Any, **kwargs: Any) -> None:
        raise OSError("killed")

    with monkeypatch.context() as patch:
        patch.setattr(compact_module, crash_in, crash)
        with pytest.raises(OSError):
            compact_dataset(tmp_path, "articles")
    assert _rows(tmp_path, "articles") == before["articles"]  # before publishing, old files are all there
    assert recover(tmp_path) == ((1, 0) if crash_in == "publish" else (0, 1))
    assert _snapshot(tmp_path) == before
    if crash_in == "publish":  # the journal was written: recovery finished the merge
        assert len(dataset_files(tmp_path, "articles")) < 15


def test_compact_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _hourly_runs(tmp_path)
    before = _snapshot(tmp_path)
    assert main(["compact", "--output", str(tmp_path)]) == 0
    assert "articles: 14 -> 3 files (13 rows merged)" in capsys.readouterr().out
    assert _snapshot(tmp_path) == before
    assert main(["compact", "--output", str(tmp_path / "nothing")]) == 2
