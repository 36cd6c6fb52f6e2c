"""Faults inside a real flow run: disk full / permission denied on output, and records failing their schema."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq
import pytest

import tasks.pipeline
import tasks.validate
from tasks.store.write import READY, STAGING
from tests.test_crash import assert_datasets_readable, assert_every_input_once, dataset_parquet, write_inbox

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness")]

BATCH_SIZE = 10


def _fail_batch(monkeypatch: pytest.MonkeyPatch, code: int, batch_suffix: str = "-00001") -> None:
    """The given batch's first Parquet write starts, leaves half a file, then fails with OSError(code)."""
    real = pq.write_table

    def write_table(table: Any, where: Any, *args: Any, **kwargs: Any) -> None:
        path = Path(where)
        if STAGING in path.parts and path.parent.name.endswith(batch_suffix):
            path.write_bytes(b"PAR1\x00\x00 half a file")
            raise OSError(code, os.strerror(code), str(path))
        real(table, where, *args, **kwargs)

    monkeypatch.setattr(pq, "write_table", write_table)


def _runs(output: Path) -> list[dict[str, Any]]:
    return [row for p in sorted((output / "runs").rglob("run-*.parquet")) for row in pq.read_table(p).to_pylist()]


def _snapshot(output: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in dataset_parquet(output)}


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EACCES], ids=["disk-full", "permission-denied"])
def test_write_fault_fails_the_run_keeps_committed_data_and_next_run_recovers(
    code: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.clean_news import clean_news

    inbox, output = tmp_path / "inbox", tmp_path / "out"
    write_inbox(inbox, 10)
    clean_news(input=[str(inbox)], output=str(output), batch_size=BATCH_SIZE)
    before = _snapshot(output)
    write_inbox(inbox, 30, start=10)  # three new batches: 00000, 00001 (fails), 00002

    with monkeypatch.context() as patch:
        _fail_batch(patch, code)
        with pytest.raises(OSError) as info:
            clean_news(input=[str(inbox)], output=str(output), batch_size=BATCH_SIZE)
    assert info.value.errno == code
    assert os.strerror(code) in str(info.value)

    after = _snapshot(output)
    assert {p: after.get(p) for p in before} == before  # the first run's files are untouched
    assert not [p for p in after if "-00001" in p.name]  # the failed batch is not visible
    (failed,) = [r for r in _runs(output) if r["status"] == "failed"]  # the failed run is recorded too
    assert failed["error"].startswith(f"{type(info.value).__name__}: [Errno {code}] {os.strerror(code)}")
    assert failed["files_seen"] == 40 and failed["files_skipped"] == 10
    assert failed["articles"] + failed["rejects"] == 20  # what it committed: batches 00000 and 00002
    assert len(_runs(output)) == 2
    assert_datasets_readable(output)
    (torn,) = (output / STAGING).iterdir()  # the failed batch's half-written file waits in staging, unmarked
    assert torn.name.endswith("-00001") and not (torn / READY).exists()

    summary = clean_news(input=[str(inbox)], output=str(output), batch_size=BATCH_SIZE)
    assert summary.status == "completed"
    assert summary.files_skipped == 30  # the first run's 10 and the failed run's two good batches
    assert summary.articles + summary.rejects == BATCH_SIZE
    assert not list((output / STAGING).iterdir())  # the torn batch was rolled back
    assert_datasets_readable(output)
    assert_every_input_once(output, 40)


@pytest.mark.usefixtures("prefect_harness")
def test_cli_reports_a_write_fault_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.cli import main

    inbox, output = tmp_path / "inbox", tmp_path / "out"
    write_inbox(inbox, 20)
    _fail_batch(monkeypatch, errno.ENOSPC)
    code = main(["run", str(inbox), "--output", str(output), "--batch-size", str(BATCH_SIZE)])
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("newsclean:")]
    assert code == 1
    assert len(lines) == 1
    assert lines[0].startswith(f"newsclean: error: writing {output} failed: [Errno {errno.ENOSPC}] No space left")
    assert lines[0].endswith("committed batches are intact, rerun to resume")


def test_invalid_record_is_rejected_with_field_errors_and_the_batch_continues(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.clean_news import clean_news

    inbox, output = tmp_path / "inbox", tmp_path / "out"
    paths = write_inbox(inbox, 9)  # page 9 would be a menu: keep them all articles
    bad = paths[4]
    real = tasks.validate.build_article  # what tasks.pipeline calls

    def build_article(doc_id: str, source_path: str, *args: Any, **kwargs: Any) -> Any:
        if source_path == str(bad):
            doc_id = "not-a-hash"  # shorter than the schema's 16 characters: pydantic raises
        return real(doc_id, source_path, *args, **kwargs)

    monkeypatch.setattr(tasks.pipeline, "build_article", build_article)
    summary = clean_news(input=[str(inbox)], output=str(output), batch_size=100)  # one batch

    assert summary.status == "completed"
    assert (summary.articles, summary.rejects) == (8, 1)
    with duckdb.connect() as con:
        query = f"SELECT source_path, reason, stage, message, doc_id FROM '{output}/rejects/**/*.parquet'"
        rejects = con.execute(query)
        (source, reason, stage, message, doc_id) = rejects.fetchall()[0]
        articles = {r[0] for r in con.execute(f"SELECT source_path FROM '{output}/articles/**/*.parquet'").fetchall()}
        attributions = con.execute(f"SELECT count(*) FROM '{output}/attributions/**/*.parquet' WHERE doc_id = ?",
                                   [doc_id]).fetchone()  # fmt: skip
    assert (source, reason, stage) == (str(bad), "invalid_record", "validate")
    assert message.startswith("doc_id: String should have at least 16 characters")
    assert len(doc_id) == 32  # the reject carries the real content hash, so a rerun skips it
    assert articles == {str(p) for p in paths} - {str(bad)}
    assert attributions == (0,)
    assert_every_input_once(output, 9)
