"""Plan a run's work: hash every input (each page record of an archive), skip what earlier runs committed, and
mark repeats in this run, before :mod:`tasks.batch` processes the rest in batches."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from tasks.document import doc_id_of
from tasks.read.raw import ReadError, read_raw
from tasks.read.reader import Scan, scan_archive
from tasks.read.records import JsonlFields, archive_fingerprint, is_archive


@dataclass(frozen=True)
class Planned:
    """An input to process, with the doc_id its bytes hash to."""

    path: str
    doc_id: str | None  # None when the file could not be read at planning time


@dataclass(frozen=True)
class Plan:
    """What a run will do with each discovered file, or each page record of an archive."""

    todo: list[Planned]
    skipped: list[str]  # already committed by an earlier run
    duplicates: dict[str, str]  # path -> earlier path in this run with the same bytes
    records_skipped: Counter[str] = field(default_factory=Counter)  # archive records that are not pages
    archives: dict[str, tuple[str, int]] = field(default_factory=dict)  # scanned whole: (fingerprint, records)
    archives_unchanged: list[str] = field(default_factory=list)  # finished by an earlier run, not scanned

    @property
    def inputs(self) -> int:
        """Files and archive page records the run saw: each ends as an article, a reject or a skip."""
        return len(self.todo) + len(self.skipped) + len(self.duplicates)


def _units(
    paths: list[str], max_bytes: int, fields: JsonlFields, scan: Scan, done: Mapping[str, str]
) -> Iterator[tuple[str, str | None]]:  # fmt: skip
    """(path or record reference, doc_id) of every input: a file, or each page record of an archive.

    An archive an earlier run finished (same fingerprint, in `done`) is not scanned again.
    """
    for path in paths:
        if is_archive(path):
            yield from _archive_units(path, max_bytes, fields, scan, done)
            continue
        raw = read_raw(path, max_bytes)
        yield path, None if isinstance(raw, ReadError) else doc_id_of(raw.data)[0]


def _archive_units(
    path: str, max_bytes: int, fields: JsonlFields, scan: Scan, done: Mapping[str, str]
) -> Iterator[tuple[str, str | None]]:  # fmt: skip
    try:
        fingerprint = archive_fingerprint(path)
    except (OSError, ValueError):
        fingerprint = ""
    if fingerprint and done.get(path) == fingerprint:
        scan.unchanged.append(path)
        return
    records = 0
    try:
        for unit in scan_archive(path, max_bytes, fields, scan):
            records += 1
            yield unit
    except (OSError, ValueError):  # the worker reads it again and rejects it, saying why
        yield path, None
        return
    if fingerprint:
        scan.finished[path] = (fingerprint, records)


def plan_inputs(
    paths: list[str], committed: set[str], max_bytes: int, fields: JsonlFields | None = None,
    done_archives: Mapping[str, str] | None = None,
) -> Plan:  # fmt: skip
    """Hash every input (archives: every page record); skip what earlier runs committed and repeats.

    `done_archives` (path → fingerprint) are archives earlier runs finished: unchanged, they are skipped
    without a scan.
    """
    todo: list[Planned] = []
    skipped: list[str] = []
    duplicates: dict[str, str] = {}
    first_path: dict[str, str] = {}
    scan = Scan.empty()
    for path, doc_id in _units(paths, max_bytes, fields or JsonlFields(), scan, done_archives or {}):
        if doc_id in committed:
            skipped.append(path)
        elif doc_id is not None and doc_id in first_path:
            duplicates[path] = first_path[doc_id]
        else:
            if doc_id is not None:
                first_path[doc_id] = path
            todo.append(Planned(path, doc_id))
    return Plan(todo, skipped, duplicates, scan.skipped, scan.finished, scan.unchanged)
