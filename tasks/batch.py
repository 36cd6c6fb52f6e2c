"""Plan a run's work and process it in batches: the units the Prefect flow schedules."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from schemas import Record, RejectReason
from tasks.io import RawInput, ReadError, read_raw
from tasks.pipeline import DocResult, RunContext, doc_id_of, process_bytes, reject
from tasks.write import write_batch


@dataclass(frozen=True)
class Planned:
    """An input to process, with the doc_id its bytes hash to."""

    path: str
    doc_id: str | None  # None when the file could not be read at planning time


@dataclass(frozen=True)
class Plan:
    """What a run will do with each discovered file."""

    todo: list[Planned]
    skipped: list[str]  # already committed by an earlier run
    duplicates: dict[str, str]  # path -> earlier path in this run with the same bytes


def plan_inputs(paths: list[str], committed: set[str], max_bytes: int) -> Plan:
    """Hash every input; skip what earlier runs committed and repeats within this run."""
    todo: list[Planned] = []
    skipped: list[str] = []
    duplicates: dict[str, str] = {}
    first_path: dict[str, str] = {}
    for path in paths:
        raw = read_raw(path, max_bytes)
        doc_id = None if isinstance(raw, ReadError) else doc_id_of(raw.data)[0]
        if doc_id in committed:
            skipped.append(path)
        elif doc_id is not None and doc_id in first_path:
            duplicates[path] = first_path[doc_id]
        else:
            if doc_id is not None:
                first_path[doc_id] = path
            todo.append(Planned(path, doc_id))
    return Plan(todo, skipped, duplicates)


@dataclass
class BatchStats:
    """What one batch did, small enough to pass back through the orchestrator."""

    files: int = 0
    articles: int = 0
    rejects: Counter[str] = field(default_factory=Counter)
    labels: Counter[str] = field(default_factory=Counter)
    segments: int = 0
    attributions: int = 0
    seconds: float = 0.0

    def add(self, other: BatchStats) -> None:
        self.files += other.files
        self.articles += other.articles
        self.rejects.update(other.rejects)
        self.labels.update(other.labels)
        self.segments += other.segments
        self.attributions += other.attributions
        self.seconds += other.seconds


def _records(results: list[DocResult]) -> dict[str, list[Record]]:
    records: dict[str, list[Record]] = {"articles": [], "segments": [], "attributions": [], "rejects": []}
    for r in results:
        records["segments"].extend(r.segments)
        records["attributions"].extend(r.attributions)
        if r.article is not None:
            records["articles"].append(r.article)
        if r.reject is not None:
            records["rejects"].append(r.reject)
    return records


def process_batch(
    paths: list[str], duplicates: dict[str, str], ctx: RunContext, output: Path, batch_key: str
) -> BatchStats:
    """Process and commit one batch of files; every file ends as an article or a reject."""
    started = time.perf_counter()
    results: list[DocResult] = []
    for path in paths:
        raw = read_raw(path, ctx.max_bytes)
        if isinstance(raw, ReadError):
            results.append(DocResult(path, None, reject=reject(ctx, path, raw.reason, "read", raw.message)))
        elif path in duplicates:
            results.append(_duplicate(raw, duplicates[path], ctx))
        else:
            results.append(process_bytes(raw, ctx))
    records = _records(results)
    write_batch(output, batch_key, records)
    stats = BatchStats(files=len(paths), articles=len(records["articles"]))
    stats.rejects.update(str(r.reason) for r in records["rejects"])  # type: ignore[attr-defined]
    stats.labels.update(str(s.label) for s in records["segments"])  # type: ignore[attr-defined]
    stats.segments, stats.attributions = len(records["segments"]), len(records["attributions"])
    stats.seconds = time.perf_counter() - started
    return stats


def _duplicate(raw: RawInput, first: str, ctx: RunContext) -> DocResult:
    doc_id, sha256 = doc_id_of(raw.data)
    message = f"same bytes as {first}, processed in this run"
    return DocResult(raw.path, doc_id, reject=reject(ctx, raw.path, RejectReason.DUPLICATE, "plan", message, sha256))
