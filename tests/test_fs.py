"""Any filesystem: datasets, recovery, compaction, state and the flow on memory:// and file:// URIs."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import fsspec
import pyarrow.parquet as pq
import pytest

from tasks.read.fs import is_uri, join, resolve
from tasks.read.raw import discover_files, read_raw
from tasks.store.compact import compact
from tasks.store.write import (
    READY,
    STAGING,
    committed_doc_ids,
    dataset_paths,
    drop_rows,
    ensure_datasets,
    partition_of,
    recover,
    stage_batch,
    write_batch,
)
from tasks.text.templates import TemplateMemory, load_memory, save_memory
from tests.conftest import SEEDS
from tests.test_compact import DAY1
from tests.test_write import _batch, _doc


@pytest.fixture
def memory_uri() -> Iterator[str]:
    """A fresh folder on fsspec's in-memory filesystem, removed afterwards."""
    uri = f"memory://newsclean-{uuid.uuid4().hex[:8]}"
    yield uri
    fs = fsspec.filesystem("memory")
    if fs.exists(resolve(uri).root):
        fs.rm(resolve(uri).root, recursive=True)


def _rows(uri: str, dataset: str) -> list[str]:
    loc = resolve(uri)
    return sorted(str(r) for p in dataset_paths(uri, dataset) for r in loc.read_table(p).to_pylist())


def test_resolve_and_join() -> None:
    assert not is_uri("outputs") and is_uri("s3://bucket/x")
    assert resolve("outputs").is_local and resolve("file:///tmp/x").is_local
    assert not resolve("memory://x").is_local
    assert join("memory://out/", "_state/templates") == "memory://out/_state/templates"
    assert join("outputs", "_state") == Path("outputs/_state")


def test_batches_recovery_and_row_removal_on_memory(memory_uri: str) -> None:
    ensure_datasets(memory_uri)
    write_batch(memory_uri, "b1", _batch(1, 2), DAY1)
    stage_batch(memory_uri, "b2", _batch(3))  # staged, never marked READY: a crashed batch
    assert committed_doc_ids(memory_uri) == {_doc(1), _doc(2)}
    assert recover(memory_uri) == (0, 1)
    assert [p.rsplit("/", 2)[-2] for p in dataset_paths(memory_uri, "articles")] == ["articles", DAY1]
    assert drop_rows(memory_uri, "segments", "doc_id", [_doc(1)]) == 2
    assert len(_rows(memory_uri, "segments")) == 2
    assert not resolve(memory_uri).fs.exists(resolve(memory_uri).path(STAGING, "b2", READY))


def test_compaction_on_memory(memory_uri: str) -> None:
    for n in range(5):
        write_batch(memory_uri, f"h{n}", _batch(n), DAY1)
    before = _rows(memory_uri, "segments")
    compact(memory_uri)
    assert _rows(memory_uri, "segments") == before
    assert len(dataset_paths(memory_uri, "segments")) == 1


def test_template_memory_on_memory(memory_uri: str) -> None:
    memory = TemplateMemory()
    memory.observe("example.com", {11, 12})
    state = str(join(memory_uri, "_state/templates"))
    assert save_memory(state, memory, "run") == 3
    assert load_memory(state).counts == memory.counts


def test_inputs_from_a_uri(memory_uri: str, tmp_path: Path) -> None:
    fs = fsspec.filesystem("memory")
    root = resolve(memory_uri).root
    fs.pipe(f"{root}/inbox/a.txt", b"one")
    fs.pipe(f"{root}/inbox/.hidden/b.txt", b"two")
    (found,) = discover_files([f"{memory_uri}/inbox"])
    raw = read_raw(found)
    assert not isinstance(raw, Exception) and getattr(raw, "data", None) == b"one"
    with pytest.raises(FileNotFoundError):
        discover_files([f"{memory_uri}/nothing/*.txt"])
    local = discover_files([f"file://{SEEDS}"])
    assert len(local) == len(list(SEEDS.glob("*.txt")))


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_flow_reads_and_writes_memory_uris(memory_uri: str) -> None:
    """The whole flow against an in-memory filesystem (threads: memory:// is per process)."""
    from flows.clean_news import clean_news
    from flows.runners import make_task_runner

    fs = fsspec.filesystem("memory")
    root = resolve(memory_uri).root
    for seed in sorted(SEEDS.glob("*.txt")):
        fs.pipe(f"{root}/inbox/{seed.name}", seed.read_bytes())
    output = f"{memory_uri}/out"
    run = clean_news.with_options(task_runner=make_task_runner("thread", workers=2))
    first = run(input=[f"{memory_uri}/inbox"], output=output, batch_size=2)
    assert (first.status, first.articles) == ("completed", 5)
    assert len(_rows(output, "articles")) == 5
    assert fs.exists(f"{root}/out/_state/templates/templates.parquet")
    assert fs.exists(f"{root}/out/_state/syndication/index.parquet")
    second = run(input=[f"{memory_uri}/inbox"], output=output, batch_size=2)
    assert second.files_skipped == 5 and second.articles == 0
    runs = dataset_paths(output, "runs")
    assert sum(pq.read_metadata(fs.open(p)).num_rows for p in runs) == 2
    assert all(partition_of(first.started_at) in p for p in runs if "run-" in p)
