"""Compaction: merge the small files that frequent scheduled runs leave into few large ones.

Every run adds one file per batch and dataset to the partition of its day, so an hourly inbox of
a few files makes many small files. Per dataset and partition, compaction packs files smaller
than TARGET_FILE_BYTES into groups of up to that size, in name order, and rewrites each group as
one file with row groups sized for analytic reads.

Nothing is lost or duplicated, even on a crash: a group is written to staging, then a journal
names the new file and the files it replaces (tasks/write.py), then the old files are deleted and
the new one moved in. A crash before the journal leaves the old files as they were; a crash after
it is finished by the next run or compaction (``recover``). Readers that list files while a
compaction publishes may briefly miss the group's rows; run compaction between scheduled runs
(it takes the run lock when called from the CLI).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass

import pyarrow as pa

from schemas import arrow_schema
from tasks.read.fs import Location
from tasks.store.write import (
    DATASETS,
    EMPTY_FILE,
    STAGING,
    Output,
    location,
    publish,
    recover,
    write_journal,
    write_parquet,
)

# Files at least this large (compressed) are left alone; smaller ones are merged up to about it.
TARGET_FILE_BYTES = 128 * 1024 * 1024


@dataclass(frozen=True)
class Compacted:
    """What compaction did to one dataset."""

    dataset: str
    files_before: int
    files_after: int
    rows: int


def _groups(loc: Location, files: list[str], target: int) -> list[list[str]]:
    """Consecutive small files packed into groups of about `target` bytes; single files are left alone."""
    groups: list[list[str]] = []
    current: list[str] = []
    size = 0
    for path in files:
        n = int(loc.fs.size(path))
        if n >= target:
            continue
        if current and size + n > target:
            groups.append(current)
            current, size = [], 0
        current.append(path)
        size += n
    if current:
        groups.append(current)
    return [g for g in groups if len(g) > 1]


def _merge(loc: Location, dataset: str, group: list[str]) -> int:
    """Rewrite one group of files as one, through a staged, journalled batch; rows merged."""
    schema = arrow_schema(DATASETS[dataset])
    table = pa.concat_tables([loc.read_table(p, schema=schema) for p in group])
    key = f"compact-{uuid.uuid4().hex[:12]}"
    folder = loc.relative(group[0]).rsplit("/", 1)[0]
    loc.makedirs(STAGING, key)
    write_parquet(table, loc.path(STAGING, key, f"{dataset}.parquet"), loc)
    write_journal(loc, key, {f"{dataset}.parquet": f"{folder}/part-{key}.parquet"}, [loc.relative(p) for p in group])
    publish(loc, key)
    return int(table.num_rows)


def compact_dataset(output: Output, dataset: str, target: int = TARGET_FILE_BYTES) -> Compacted:
    """Merge one dataset's small files, partition by partition."""
    loc = location(output)
    files = [p for p in loc.find(dataset) if not p.endswith("/" + EMPTY_FILE)]
    by_folder: dict[str, list[str]] = defaultdict(list)
    for path in files:
        by_folder[path.rsplit("/", 1)[0]].append(path)
    rows = removed = added = 0
    for folder_files in by_folder.values():
        for group in _groups(loc, sorted(folder_files), target):
            rows += _merge(loc, dataset, group)
            removed += len(group)
            added += 1
    return Compacted(dataset, len(files), len(files) - removed + added, rows)


def compact(output: Output, target: int = TARGET_FILE_BYTES) -> list[Compacted]:
    """Finish any interrupted batch, then merge the small files of every dataset."""
    recover(output)
    return [compact_dataset(output, name, target) for name in DATASETS]
