"""Atomic Parquet writes: publishing batches, crash recovery, empty datasets, row removal."""

from __future__ import annotations

import errno
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from schemas import Article, Label, Record, Reject, RejectReason, Segment, arrow_schema, to_table
from tasks.store import write
from tasks.store.write import (
    DATASETS,
    READY,
    STAGING,
    committed_doc_ids,
    dataset_files,
    drop_rows,
    ensure_datasets,
    recover,
    write_batch,
)

NOW = datetime(2024, 5, 17, 9, 30, tzinfo=UTC)


def _doc(n: int) -> str:
    return f"{n:032x}"


def _article(n: int) -> Article:
    return Article(
        doc_id=_doc(n), source_path=f"/in/{n}.txt", language="en", language_score=0.9, encoding="utf-8",
        title=f"Title {n}", body=f"Body of {n}.", paragraphs=[f"Body of {n}."], site=None, n_lines=2,
        n_title=1, n_body=1, n_attribution=0, n_chrome=0, run_id="run", processed_at=NOW,
    )  # fmt: skip


def _segment(n: int, line: int = 1) -> Segment:
    return Segment(
        doc_id=_doc(n), block_index=0, line_start=line, line_end=line, text=f"line {line} of {n}",
        label=Label.BODY, kind="paragraph", reason_code="prose_in_main_text", reason="prose", score=0.8,
    )  # fmt: skip


def _reject(n: int | None, reason: RejectReason = RejectReason.EMPTY) -> Reject:
    return Reject(
        doc_id=_doc(n) if n is not None else None, source_path=f"/in/r{n}.txt",
        sha256=(_doc(n) * 2) if n is not None else None, reason=reason, stage="decode", message="m",
        run_id="run", rejected_at=NOW,
    )  # fmt: skip


def _batch(*ns: int) -> dict[str, list[Record]]:
    return {
        "articles": [_article(n) for n in ns],
        "segments": [_segment(n, line) for n in ns for line in (1, 2)],
        "attributions": [],
        "rejects": [],
    }


def _parquet_in_datasets(output: Path) -> list[Path]:
    return sorted(p for p in output.rglob("*.parquet") if STAGING not in p.parts)


def _count(output: Path, dataset: str) -> int:
    with duckdb.connect() as con:
        row = con.execute(f"SELECT count(*) FROM '{output / dataset}/*.parquet'").fetchone()
    assert row is not None
    return int(row[0])


# --- write_batch --------------------------------------------------------------------


def test_write_batch_publishes_parts(tmp_path: Path) -> None:
    written = write_batch(tmp_path, "b0001", _batch(1, 2))
    assert written == {"articles": 2, "segments": 4}
    assert _parquet_in_datasets(tmp_path) == [
        tmp_path / "articles" / "part-b0001.parquet",
        tmp_path / "segments" / "part-b0001.parquet",
    ]
    assert not (tmp_path / STAGING / "b0001").exists()
    assert list((tmp_path / STAGING).iterdir()) == []
    articles = pq.read_table(tmp_path / "articles" / "part-b0001.parquet")
    assert articles.schema.equals(arrow_schema(Article))
    assert articles.column("doc_id").to_pylist() == [_doc(1), _doc(2)]


def test_write_batch_skips_empty_datasets(tmp_path: Path) -> None:
    write_batch(tmp_path, "b1", {"articles": [], "rejects": [_reject(7)]})
    assert not (tmp_path / "articles").exists()
    assert dataset_files(tmp_path, "rejects") == [tmp_path / "rejects" / "part-b1.parquet"]


def test_batches_accumulate(tmp_path: Path) -> None:
    write_batch(tmp_path, "b1", _batch(1))
    write_batch(tmp_path, "b2", _batch(2, 3))
    assert [p.name for p in dataset_files(tmp_path, "articles")] == ["part-b1.parquet", "part-b2.parquet"]
    assert _count(tmp_path, "articles") == 3
    assert _count(tmp_path, "segments") == 6


# --- recover ------------------------------------------------------------------------


def _stage_by_hand(output: Path, key: str, records: dict[str, list[Record]], ready: bool) -> Path:
    """What write_batch leaves when the process dies before or after its READY marker."""
    stage = output / STAGING / key
    stage.mkdir(parents=True)
    written = {}
    for name, rows in records.items():
        if rows:
            pq.write_table(to_table(DATASETS[name], rows), stage / f"{name}.parquet")
            written[name] = len(rows)
    if ready:
        (stage / READY).write_text(json.dumps(written), encoding="utf-8")
    else:
        (stage / "rejects.parquet.tmp").write_bytes(b"PAR1 half a file")
        (stage / (READY + ".tmp")).write_text(json.dumps(written), encoding="utf-8")
    return stage


def test_recover_rolls_forward_a_ready_batch(tmp_path: Path) -> None:
    write_batch(tmp_path, "b1", _batch(1))
    stage = _stage_by_hand(tmp_path, "b2", _batch(2, 3), ready=True)
    assert recover(tmp_path) == (1, 0)
    assert not stage.exists()
    assert (tmp_path / "articles" / "part-b2.parquet").is_file()
    assert committed_doc_ids(tmp_path) == {_doc(1), _doc(2), _doc(3)}
    assert _count(tmp_path, "segments") == 6


def test_recover_finishes_a_half_published_batch(tmp_path: Path) -> None:
    stage = _stage_by_hand(tmp_path, "b2", _batch(2), ready=True)
    (tmp_path / "articles").mkdir()
    os.replace(stage / "articles.parquet", tmp_path / "articles" / "part-b2.parquet")  # crash mid-publish
    assert recover(tmp_path) == (1, 0)
    assert not stage.exists()
    assert _count(tmp_path, "articles") == 1
    assert _count(tmp_path, "segments") == 2


def test_recover_rolls_back_a_batch_without_marker(tmp_path: Path) -> None:
    write_batch(tmp_path, "b1", _batch(1))
    before = {p: p.read_bytes() for p in _parquet_in_datasets(tmp_path)}
    stage = _stage_by_hand(tmp_path, "b2", _batch(2, 3), ready=False)
    assert recover(tmp_path) == (0, 1)
    assert not stage.exists()
    assert {p: p.read_bytes() for p in _parquet_in_datasets(tmp_path)} == before
    assert committed_doc_ids(tmp_path) == {_doc(1)}


def test_recover_handles_both_at_once(tmp_path: Path) -> None:
    _stage_by_hand(tmp_path, "b1", _batch(1), ready=True)
    _stage_by_hand(tmp_path, "b2", _batch(2), ready=False)
    _stage_by_hand(tmp_path, "b3", _batch(3), ready=True)
    assert recover(tmp_path) == (2, 1)
    assert committed_doc_ids(tmp_path) == {_doc(1), _doc(3)}
    assert list((tmp_path / STAGING).iterdir()) == []
    assert recover(tmp_path) == (0, 0)


def test_recover_without_staging(tmp_path: Path) -> None:
    assert recover(tmp_path) == (0, 0)
    assert recover(tmp_path / "never-created") == (0, 0)


# --- ensure_datasets ----------------------------------------------------------------


def test_ensure_datasets_makes_every_glob_readable(tmp_path: Path) -> None:
    ensure_datasets(tmp_path)
    for name, model in DATASETS.items():
        files = dataset_files(tmp_path, name)
        assert [p.name for p in files] == ["part-empty.parquet"]
        assert pq.read_schema(files[0]).equals(arrow_schema(model))
        assert _count(tmp_path, name) == 0


def test_ensure_datasets_next_to_data(tmp_path: Path) -> None:
    write_batch(tmp_path, "b1", _batch(1, 2))
    ensure_datasets(tmp_path)
    assert [p.name for p in dataset_files(tmp_path, "articles")] == ["part-b1.parquet"]
    assert [p.name for p in dataset_files(tmp_path, "rejects")] == ["part-empty.parquet"]
    assert _count(tmp_path, "articles") == 2
    assert _count(tmp_path, "rejects") == 0
    ensure_datasets(tmp_path)  # idempotent
    assert [p.name for p in dataset_files(tmp_path, "rejects")] == ["part-empty.parquet"]


def test_empty_file_and_data_union_in_duckdb(tmp_path: Path) -> None:
    ensure_datasets(tmp_path)
    write_batch(tmp_path, "b1", _batch(1, 2, 3))
    assert len(dataset_files(tmp_path, "segments")) == 2
    assert _count(tmp_path, "segments") == 6
    with duckdb.connect() as con:
        ids = con.execute(f"SELECT DISTINCT doc_id FROM '{tmp_path}/articles/*.parquet' ORDER BY 1").fetchall()
    assert [r[0] for r in ids] == [_doc(1), _doc(2), _doc(3)]


# --- committed_doc_ids --------------------------------------------------------------


def test_committed_doc_ids_from_articles_and_rejects(tmp_path: Path) -> None:
    assert committed_doc_ids(tmp_path) == set()
    ensure_datasets(tmp_path)
    assert committed_doc_ids(tmp_path) == set()
    write_batch(tmp_path, "b1", {"articles": [_article(1)], "segments": [_segment(9)], "rejects": [_reject(2)]})
    write_batch(tmp_path, "b2", {"rejects": [_reject(None, RejectReason.UNREADABLE), _reject(3)]})
    assert committed_doc_ids(tmp_path) == {_doc(1), _doc(2), _doc(3)}


# --- drop_rows ----------------------------------------------------------------------


def test_drop_rows_removes_only_matching_rows(tmp_path: Path) -> None:
    write_batch(tmp_path, "b1", _batch(1, 2))
    write_batch(tmp_path, "b2", _batch(3))
    untouched = (tmp_path / "segments" / "part-b2.parquet").read_bytes()
    assert drop_rows(tmp_path, "segments", "doc_id", [_doc(1), _doc(99)]) == 2
    remaining = pq.read_table(tmp_path / "segments" / "part-b1.parquet")
    assert remaining.column("doc_id").to_pylist() == [_doc(2), _doc(2)]
    assert remaining.column("line_start").to_pylist() == [1, 2]
    assert remaining.schema.equals(arrow_schema(Segment))
    assert (tmp_path / "segments" / "part-b2.parquet").read_bytes() == untouched
    assert _count(tmp_path, "articles") == 3  # other datasets untouched


def test_drop_rows_deletes_a_file_left_empty(tmp_path: Path) -> None:
    write_batch(tmp_path, "b1", _batch(1))
    write_batch(tmp_path, "b2", _batch(2))
    assert drop_rows(tmp_path, "articles", "doc_id", {_doc(1)}) == 1
    assert [p.name for p in dataset_files(tmp_path, "articles")] == ["part-b2.parquet"]
    assert not list((tmp_path / "articles").glob("*.tmp"))


def test_drop_rows_keeps_null_keys(tmp_path: Path) -> None:
    write_batch(tmp_path, "b1", {"rejects": [_reject(None), _reject(1), _reject(2)]})
    assert drop_rows(tmp_path, "rejects", "doc_id", [_doc(1)]) == 1
    assert pq.read_table(tmp_path / "rejects" / "part-b1.parquet").column("doc_id").to_pylist() == [None, _doc(2)]


def test_drop_rows_with_nothing_to_drop(tmp_path: Path) -> None:
    write_batch(tmp_path, "b1", _batch(1))
    before = (tmp_path / "articles" / "part-b1.parquet").read_bytes()
    assert drop_rows(tmp_path, "articles", "doc_id", []) == 0
    assert drop_rows(tmp_path, "articles", "doc_id", [_doc(5)]) == 0
    assert (tmp_path / "articles" / "part-b1.parquet").read_bytes() == before


# --- failed writes ------------------------------------------------------------------


def _disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """write_table starts writing, then the disk fills up."""

    def failing_write_table(table: Any, where: Any, *args: Any, **kwargs: Any) -> None:
        Path(where).write_bytes(b"PAR1\x00\x00 half a file")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(where))

    monkeypatch.setattr(pq, "write_table", failing_write_table)


def _snapshot(output: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in _parquet_in_datasets(output)}


def _assert_every_parquet_reads(output: Path) -> None:
    for path in _parquet_in_datasets(output):
        pq.read_table(path)  # raises on a truncated file


def test_failed_batch_leaves_committed_data_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ensure_datasets(tmp_path)
    write_batch(tmp_path, "b1", _batch(1, 2))
    before = _snapshot(tmp_path)
    with monkeypatch.context() as patch:
        _disk_full(patch)
        with pytest.raises(OSError) as info:
            write_batch(tmp_path, "b2", _batch(3))
    assert info.value.errno == errno.ENOSPC
    assert _snapshot(tmp_path) == before
    _assert_every_parquet_reads(tmp_path)
    assert committed_doc_ids(tmp_path) == {_doc(1), _doc(2)}
    assert _count(tmp_path, "articles") == 2
    # the next run rolls the half-written batch back
    assert recover(tmp_path) == (0, 1)
    assert _snapshot(tmp_path) == before


def test_failed_batch_after_first_dataset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_batch(tmp_path, "b1", _batch(1))
    before = _snapshot(tmp_path)
    real = write.write_parquet
    calls = {"n": 0}

    def second_fails(table: Any, path: str, loc: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(table, path, loc)

    monkeypatch.setattr(write, "write_parquet", second_fails)
    with pytest.raises(OSError):
        write_batch(tmp_path, "b2", _batch(2))
    assert _snapshot(tmp_path) == before  # the article written first is not visible
    assert not (tmp_path / STAGING / "b2" / READY).exists()


def test_failed_drop_rows_leaves_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_batch(tmp_path, "b1", _batch(1, 2))
    before = _snapshot(tmp_path)
    with monkeypatch.context() as patch:
        _disk_full(patch)
        with pytest.raises(OSError):
            drop_rows(tmp_path, "segments", "doc_id", [_doc(1)])
    assert _snapshot(tmp_path) == before
    _assert_every_parquet_reads(tmp_path)
    assert _count(tmp_path, "segments") == 4


def _write_old_articles(output: Path, *ns: int) -> None:
    """An articles file written before url and fetched_at existed (and the empty file of that time)."""
    new = arrow_schema(Article)
    old = pa.schema([f for f in new if f.name not in ("url", "fetched_at")], metadata=new.metadata)
    table = to_table(Article, [_article(n) for n in ns]).select(old.names).cast(old)
    folder = output / "articles" / "run_date=2024-05-16"
    folder.mkdir(parents=True)
    pq.write_table(table, folder / "part-old.parquet")
    pq.write_table(old.empty_table(), output / "articles" / "part-empty.parquet")


def test_datasets_written_before_the_url_columns_still_read_write_and_query(tmp_path: Path) -> None:
    _write_old_articles(tmp_path, 1, 2)
    ensure_datasets(tmp_path)
    fetched = datetime(2024, 5, 1, 10, tzinfo=UTC)
    crawled = _article(3).model_copy(update={"url": "https://e.com/3", "fetched_at": fetched})
    write_batch(tmp_path, "new", {"articles": [crawled]}, "run_date=2024-05-17")

    assert committed_doc_ids(tmp_path) == {_doc(1), _doc(2), _doc(3)}
    files = f"'{tmp_path}/articles/**/*.parquet'"
    with duckdb.connect() as con:
        rows = con.execute(f"SELECT doc_id, url, fetched_at FROM read_parquet({files}, union_by_name=true) "
                           "ORDER BY doc_id").fetchall()  # fmt: skip
        plain = con.execute(f"SELECT count(*) FROM {files}").fetchall()  # still reads: the old columns only
    assert [(d, u) for d, u, _ in rows] == [(_doc(1), None), (_doc(2), None), (_doc(3), "https://e.com/3")]
    assert rows[2][2] == fetched and plain == [(3,)]
    assert drop_rows(tmp_path, "articles", "doc_id", [_doc(1)]) == 1  # rewrites the old file in the new schema
    rewritten = pq.read_table(tmp_path / "articles" / "run_date=2024-05-16" / "part-old.parquet")
    assert rewritten.column("url").to_pylist() == [None]
