"""Scale-out: the same flow on a 2-worker Dask LocalCluster writes the same datasets as the default runner."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pytest

from tests.conftest import SEEDS
from tests.site_fixtures import write_pages

# Columns that differ between any two runs by design.
RUN_COLUMNS = {"run_id", "processed_at", "rejected_at"}
DATASETS = ("articles", "segments", "attributions", "rejects")


def _rows(output: Path, dataset: str) -> list[tuple[object, ...]]:
    """A dataset's rows without per-run columns, sorted, so two runs compare equal."""
    table = ds.dataset(str(output / dataset), format="parquet", partitioning="hive").to_table()
    keep = sorted(c for c in table.column_names if c not in RUN_COLUMNS | {"run_date"})
    table = table.select(keep)
    return sorted((tuple(map(repr, row.values())) for row in table.to_pylist()), key=repr)


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    shutil.copytree(SEEDS, inbox)
    write_pages(inbox / "site", range(1, 7))  # one site's pages: the template memory matters
    shutil.copy(SEEDS / "002_5b4f1590329be00c.txt", inbox / "copy-of-002.txt")
    (inbox / "blank.txt").write_text("  \n\n", encoding="utf-8")
    return inbox


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_dask_runner_writes_the_same_datasets_as_the_default_runner(inbox: Path, tmp_path: Path) -> None:
    from flows.clean_news import clean_news
    from flows.runners import make_task_runner

    default = clean_news(input=[str(inbox)], output=str(tmp_path / "default"), batch_size=4)
    on_dask = clean_news.with_options(task_runner=make_task_runner("dask", workers=2))(
        input=[str(inbox)], output=str(tmp_path / "dask"), batch_size=4, workers=2
    )
    assert on_dask.status == default.status == "completed"
    assert (on_dask.files_seen, on_dask.articles, on_dask.rejects) == (
        default.files_seen, default.articles, default.rejects,
    )  # fmt: skip
    for dataset in DATASETS:
        assert _rows(tmp_path / "dask", dataset) == _rows(tmp_path / "default", dataset), dataset
    clusters = ds.dataset(str(tmp_path / "dask" / "articles"), format="parquet").to_table(columns=["cluster_id"])
    assert pa.compute.count(clusters["cluster_id"]).as_py() == on_dask.articles  # every article clustered


def test_runner_choice() -> None:
    from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

    from flows.runners import make_task_runner

    assert isinstance(make_task_runner(), ProcessPoolTaskRunner)
    assert isinstance(make_task_runner("thread", workers=3), ThreadPoolTaskRunner)
    assert make_task_runner("dask", workers=3).cluster_kwargs["n_workers"] == 3
    assert make_task_runner("dask", address="tcp://scheduler:8786").address == "tcp://scheduler:8786"
    with pytest.raises(ValueError, match="unknown runner"):
        make_task_runner("spark")
