"""Write datasets as Parquet, atomically: a batch is all there or not there at all.

Layout: ``<output>/<dataset>/run_date=YYYY-MM-DD/part-<batch_key>.parquet`` (Hive-style, one
partition per UTC day of the run), plus ``<output>/<dataset>/part-empty.parquet``, an empty file
carrying the schema so that a ``<dataset>/**/*.parquet`` glob always reads. Files of the older
flat layout (``<dataset>/part-*.parquet``) keep being read, rewritten and dropped like the others.

A batch is first written to ``<output>/_staging/<batch_key>/``. A ``READY`` journal is written once
every file is complete; it lists where each staged file goes and which committed files it replaces
(compaction). ``publish`` then applies it, and ``recover`` finishes a batch that crashed after its
journal (roll forward) and deletes one that crashed before (roll back). Readers globbing the
datasets never see a partial file or a partial batch.

The output may be a local directory or a URI (see ``tasks/fs.py``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TypeAlias

import pyarrow as pa
import pyarrow.compute as pc

from schemas import Article, Attribution, Record, Reject, RunSummary, Segment, arrow_schema, to_table
from tasks.read.fs import Location, resolve

STAGING = "_staging"
READY = "READY"
COMPRESSION = "zstd"
PARTITION_KEY = "run_date"
EMPTY_FILE = "part-empty.parquet"
# Row groups of about this many bytes (in memory, before compression): large enough for column
# scans, small enough that one group decodes in well under a second.
ROW_GROUP_BYTES = 64 * 1024 * 1024
DATASETS: dict[str, type[Record]] = {m.dataset: m for m in (Article, Segment, Attribution, Reject, RunSummary)}

Output = Path | str | Location
# A dataset's rows for one batch: records, or a table already built and checked with the dataset's
# schema (the segments, validated as columns by schemas.checks).
Rows: TypeAlias = Sequence[Record] | pa.Table


def location(output: Output) -> Location:
    """The output as a filesystem location."""
    return output if isinstance(output, Location) else resolve(output)


def partition_of(when: datetime) -> str:
    """The partition folder of rows written at `when`: run_date=YYYY-MM-DD (UTC date of the run)."""
    return f"{PARTITION_KEY}={when.date().isoformat()}"


def row_group_rows(table: pa.Table) -> int:
    """Rows per row group so that a group holds about ROW_GROUP_BYTES."""
    rows, size = int(table.num_rows), int(table.nbytes)
    if rows == 0 or size == 0:
        return max(1, rows)
    return max(1, min(rows, rows * ROW_GROUP_BYTES // size))


def write_parquet(table: pa.Table, path: str, loc: Location) -> None:
    """Write a Parquet file atomically, with row groups of about ROW_GROUP_BYTES."""
    loc.write_table(table, path, row_group_size=row_group_rows(table))


def table_of_rows(name: str, rows: Rows) -> pa.Table:
    """A dataset's rows as a table with its schema; a given table must already have that schema."""
    if not isinstance(rows, pa.Table):
        return to_table(DATASETS[name], rows)
    schema = arrow_schema(DATASETS[name])
    if not rows.schema.equals(schema):
        raise ValueError(f"{name}: table schema differs from the dataset's:\n{rows.schema}\nexpected:\n{schema}")
    return rows


def stage_batch(output: Output, batch_key: str, records: Mapping[str, Rows]) -> dict[str, int]:
    """Write one batch's records to staging, not yet visible; returns rows written per dataset."""
    loc = location(output)
    loc.makedirs(STAGING, batch_key)
    written: dict[str, int] = {}
    for name, rows in records.items():
        table = table_of_rows(name, rows)
        if table.num_rows:
            write_parquet(table, loc.path(STAGING, batch_key, f"{name}.parquet"), loc)
            written[name] = table.num_rows
    return written


def mark_ready(output: Output, batch_key: str, partition: str, replaces: Iterable[str] = ()) -> None:
    """Write the batch's journal: from now on the batch is committed, even if publishing stops."""
    loc = location(output)
    staged = [p.rsplit("/", 1)[-1] for p in loc.find(STAGING, batch_key)]
    folder = f"/{partition}" if partition else ""
    moves = {name: f"{name.removesuffix('.parquet')}{folder}/part-{batch_key}.parquet" for name in staged}
    write_journal(loc, batch_key, moves, replaces)


def write_journal(loc: Location, batch_key: str, moves: Mapping[str, str], deletes: Iterable[str] = ()) -> None:
    """Commit a staged batch: where each staged file goes, which committed files it replaces."""
    journal = {"moves": dict(moves), "deletes": sorted(deletes)}
    loc.write_text(loc.path(STAGING, batch_key, READY), json.dumps(journal))


def write_batch(output: Output, batch_key: str, records: Mapping[str, Rows], partition: str = "") -> dict[str, int]:
    """Write and commit one batch's records to every dataset at once; returns rows written per dataset."""
    written = stage_batch(output, batch_key, records)
    mark_ready(output, batch_key, partition)
    publish(output, batch_key)
    return written


def _journal(loc: Location, batch_key: str) -> dict[str, object]:
    data = json.loads(loc.read_text(loc.path(STAGING, batch_key, READY)))
    if "moves" not in data:  # an older journal: {dataset: rows}, files went to the dataset's root
        data = {"moves": {f"{n}.parquet": f"{n}/part-{batch_key}.parquet" for n in data}, "deletes": []}
    return dict(data)


def publish(output: Output, batch_key: str) -> None:
    """Apply a committed batch's journal (idempotent): replaced files go, staged files move in."""
    loc = location(output)
    journal = _journal(loc, batch_key)
    for relative in journal["deletes"]:  # type: ignore[attr-defined]
        loc.remove(loc.path(relative))
    for staged, target in journal["moves"].items():  # type: ignore[attr-defined]
        source = loc.path(STAGING, batch_key, staged)
        if loc.fs.exists(source):
            loc.move(source, loc.path(target))
    loc.remove(loc.path(STAGING, batch_key), recursive=True)


def recover(output: Output) -> tuple[int, int]:
    """Finish or undo batches a crashed run left in staging: (rolled forward, rolled back)."""
    loc = location(output)
    forward = back = 0
    if not loc.fs.isdir(loc.path(STAGING)):
        return 0, 0
    for stage in sorted(str(p) for p in loc.fs.ls(loc.path(STAGING), detail=False)):
        if not loc.fs.isdir(stage):
            continue
        key = stage.rstrip("/").rsplit("/", 1)[-1]
        if loc.exists(STAGING, key, READY):
            publish(loc, key)
            forward += 1
        else:
            loc.remove(stage, recursive=True)
            back += 1
    return forward, back


def ensure_datasets(output: Output) -> None:
    """Give every dataset at least an empty file with its schema, so a glob over it always reads."""
    loc = location(output)
    for name, model in DATASETS.items():
        loc.makedirs(name)
        if not loc.find(name):
            write_parquet(arrow_schema(model).empty_table(), loc.path(name, EMPTY_FILE), loc)


def dataset_files(output: Output, dataset: str) -> list[Path]:
    """The committed Parquet files of a local dataset, every partition included."""
    return [Path(p) for p in dataset_paths(output, dataset)]


def dataset_paths(output: Output, dataset: str) -> list[str]:
    """The committed Parquet files of a dataset as paths on its filesystem, every partition included."""
    return location(output).find(dataset)


def read_column(output: Output, dataset: str, column: str) -> set[str]:
    """Distinct non-null values of one column across a dataset's files."""
    loc = location(output)
    values: set[str] = set()
    for path in loc.find(dataset):
        values.update(v for v in loc.read_table(path, columns=[column]).column(column).to_pylist() if v)
    return values


def committed_doc_ids(output: Output) -> set[str]:
    """Documents already written by an earlier run, as an article or a reject."""
    return read_column(output, "articles", "doc_id") | read_column(output, "rejects", "doc_id")


def drop_rows(output: Output, dataset: str, column: str, values: Iterable[str]) -> int:
    """Remove rows whose column is in values, rewriting affected files atomically."""
    value_set = pa.array(sorted(set(values)), type=pa.string())
    if len(value_set) == 0:
        return 0
    loc = location(output)
    dropped = 0
    for path in loc.find(dataset):
        table = loc.read_table(path, schema=arrow_schema(DATASETS[dataset]))
        hit = pc.is_in(table.column(column), value_set=value_set)
        n_hit = pc.sum(hit).as_py() or 0
        if not n_hit:
            continue
        kept = table.filter(pc.invert(pc.fill_null(hit, False)))
        if kept.num_rows:
            write_parquet(kept, path, loc)
        else:
            loc.remove(path)
        dropped += n_hit
    return dropped


def write_run(output: Output, summary: RunSummary) -> None:
    """Commit the run's manifest row, last of all its writes."""
    loc = location(output)
    partition = partition_of(summary.started_at)
    loc.makedirs(summary.dataset, partition)
    path = loc.path(summary.dataset, partition, f"run-{summary.run_id}.parquet")
    write_parquet(to_table(RunSummary, [summary]), path, loc)
