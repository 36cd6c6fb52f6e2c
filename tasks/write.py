"""Write datasets as Parquet, atomically: a batch is all there or not there at all.

Layout: ``<output>/<dataset>/part-<batch_key>.parquet``. A batch is first written to
``<output>/_staging/<batch_key>/``; a ``READY`` marker is written once every file is complete,
then the files are renamed into the dataset folders. ``recover`` finishes a batch that
crashed after its marker (roll forward) and deletes one that crashed before (roll back),
so readers globbing ``<dataset>/*.parquet`` never see a partial file or a partial batch.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from schemas import Article, Attribution, Record, Reject, RunSummary, Segment, arrow_schema, to_table

STAGING = "_staging"
READY = "READY"
COMPRESSION = "zstd"
DATASETS: dict[str, type[Record]] = {m.dataset: m for m in (Article, Segment, Attribution, Reject, RunSummary)}


def _write_parquet_atomically(table: pa.Table, path: Path) -> None:
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp, compression=COMPRESSION)
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def write_batch(output: Path, batch_key: str, records: Mapping[str, Sequence[Record]]) -> dict[str, int]:
    """Write one batch's records to every dataset at once; returns rows written per dataset."""
    stage = output / STAGING / batch_key
    stage.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    for name, rows in records.items():
        if rows:
            _write_parquet_atomically(to_table(DATASETS[name], rows), stage / f"{name}.parquet")
            written[name] = len(rows)
    marker = stage / (READY + ".tmp")
    marker.write_text(json.dumps(written), encoding="utf-8")
    os.replace(marker, stage / READY)
    _publish(output, stage)
    return written


def _publish(output: Path, stage: Path) -> None:
    for part in sorted(stage.glob("*.parquet")):
        dataset_dir = output / part.stem
        dataset_dir.mkdir(parents=True, exist_ok=True)
        os.replace(part, dataset_dir / f"part-{stage.name}.parquet")
    shutil.rmtree(stage)


def recover(output: Path) -> tuple[int, int]:
    """Finish or undo batches a crashed run left in staging: (rolled forward, rolled back)."""
    forward = back = 0
    staging = output / STAGING
    if not staging.is_dir():
        return 0, 0
    for stage in sorted(p for p in staging.iterdir() if p.is_dir()):
        if (stage / READY).exists():
            _publish(output, stage)
            forward += 1
        else:
            shutil.rmtree(stage)
            back += 1
    return forward, back


def ensure_datasets(output: Path) -> None:
    """Give every dataset at least an empty file with its schema, so a glob over it always reads."""
    for name, model in DATASETS.items():
        directory = output / name
        directory.mkdir(parents=True, exist_ok=True)
        if not any(directory.glob("*.parquet")):
            _write_parquet_atomically(arrow_schema(model).empty_table(), directory / "part-empty.parquet")


def dataset_files(output: Path, dataset: str) -> list[Path]:
    """The committed Parquet files of a dataset."""
    return sorted((output / dataset).glob("*.parquet"))


def read_column(output: Path, dataset: str, column: str) -> set[str]:
    """Distinct non-null values of one column across a dataset's files."""
    values: set[str] = set()
    for path in dataset_files(output, dataset):
        values.update(v for v in pq.read_table(path, columns=[column]).column(column).to_pylist() if v)
    return values


def committed_doc_ids(output: Path) -> set[str]:
    """Documents already written by an earlier run, as an article or a reject."""
    return read_column(output, "articles", "doc_id") | read_column(output, "rejects", "doc_id")


def drop_rows(output: Path, dataset: str, column: str, values: Iterable[str]) -> int:
    """Remove rows whose column is in values, rewriting affected files atomically."""
    value_set = pa.array(sorted(set(values)), type=pa.string())
    if len(value_set) == 0:
        return 0
    dropped = 0
    for path in dataset_files(output, dataset):
        table = pq.read_table(path, schema=arrow_schema(DATASETS[dataset]))
        hit = pc.is_in(table.column(column), value_set=value_set)
        n_hit = pc.sum(hit).as_py() or 0
        if not n_hit:
            continue
        kept = table.filter(pc.invert(pc.fill_null(hit, False)))
        if kept.num_rows:
            _write_parquet_atomically(kept, path)
        else:
            path.unlink()
        dropped += n_hit
    return dropped


def write_run(output: Path, summary: RunSummary) -> None:
    """Commit the run's manifest row, last of all its writes."""
    directory = output / summary.dataset
    directory.mkdir(parents=True, exist_ok=True)
    _write_parquet_atomically(to_table(RunSummary, [summary]), directory / f"run-{summary.run_id}.parquet")
