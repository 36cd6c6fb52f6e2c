"""Fault injection: SIGKILL a real `newsclean run` mid-flight; data stays readable, a rerun finishes exactly once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from tasks.store.write import DATASETS, READY, STAGING
from tests.conftest import ROOT
from tests.page_fixtures import RU_PARAGRAPHS

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness")]

N_FILES = 200
BATCH_SIZE = 20
FIRST_COMMIT_TIMEOUT = 120.0  # Prefect's ephemeral server takes 7-16 s to start on a fresh PREFECT_HOME

TITLES = [
    "Правительство утвердило программу поддержки малого бизнеса",
    "Le gouvernement présente un projet de loi sur l'énergie renouvelable",
    "Minister promises a balanced budget by the end of next year",
    "Министерският съвет одобри проекта на държавния бюджет",
]
PARAGRAPHS = [
    *RU_PARAGRAPHS[:3],
    "Le gouvernement français a présenté mercredi un projet de loi sur l'énergie renouvelable. Selon le "
    "ministre, les émissions de gaz à effet de serre diminueront d'ici à la fin de la décennie.",
    "Les députés de l'opposition ont critiqué la réforme, qu'ils jugent trop coûteuse pour les ménages.",
    "The minister said on Tuesday that the new budget would be balanced by the end of next year, "
    "despite slowing growth and high energy prices across the region.",
    "Opposition parties called the plan unrealistic and demanded a full debate in parliament before the vote.",
]
MENU = ["Главная", "Новости", "Политика", "Экономика", "Спорт", "Контакты"]


def page(n: int) -> str:
    """A small, realistic text dump, different for every n; every tenth is a menu page with no article."""
    rng = random.Random(n)
    if n % 10 == 9:
        return "\n".join([*rng.sample(MENU, len(MENU)), f"© {1990 + n} Все права защищены"]) + "\n"
    paragraphs = rng.sample(PARAGRAPHS, 3)
    dateline = f"Обновлено {n % 28 + 1}.05.2024, материал № {n}"
    return "\n\n".join([TITLES[n % len(TITLES)], dateline, *paragraphs, "Источник: delovoy-vestnik.ru"]) + "\n"


def write_inbox(directory: Path, count: int, start: int = 0) -> list[Path]:
    """`count` distinct text dumps in `directory`, numbered from `start`."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = [directory / f"page-{n:05d}.txt" for n in range(start, start + count)]
    for n, path in enumerate(paths, start=start):
        path.write_text(page(n), encoding="utf-8")
    return paths


def dataset_parquet(output: Path) -> list[Path]:
    """Every Parquet file readers can see (staging excluded)."""
    return sorted(p for name in DATASETS for p in (output / name).rglob("*") if p.is_file())


def assert_datasets_readable(output: Path) -> None:
    """No temp files in dataset folders, every file reads, every dataset glob reads in DuckDB."""
    files = dataset_parquet(output)
    assert not [p for p in files if not p.name.endswith(".parquet")], files
    for path in files:
        pq.read_table(path)  # raises on a truncated or torn file
    with duckdb.connect() as con:
        for name in DATASETS:
            con.execute(f"SELECT count(*) FROM '{output / name}/**/*.parquet'").fetchall()


def assert_every_input_once(output: Path, n_inputs: int) -> None:
    """Each input ends as exactly one article or one reject, never both, never twice."""
    query = f"""
        SELECT count(*), count(DISTINCT doc_id), count(DISTINCT source_path) FROM (
            SELECT doc_id, source_path FROM '{output}/articles/**/*.parquet'
            UNION ALL SELECT doc_id, source_path FROM '{output}/rejects/**/*.parquet')
    """
    with duckdb.connect() as con:
        row = con.execute(query).fetchone()
    assert row == (n_inputs, n_inputs, n_inputs)


def _subprocess_env(prefect_home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(
        PREFECT_HOME=str(prefect_home),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        DO_NOT_TRACK="1",
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="120",
        # two batches at a time, so commits are spread over the run and the kill lands mid-run
        PREFECT_TASKS_RUNNER_THREAD_POOL_MAX_WORKERS="2",
    )
    return env


def _committed_parts(output: Path) -> list[Path]:
    return [p for p in (output / "articles").rglob("part-*.parquet") if p.name != "part-empty.parquet"]


def _wait_for_first_commit(proc: subprocess.Popen[bytes], output: Path, log: Path) -> None:
    deadline = time.monotonic() + FIRST_COMMIT_TIMEOUT
    while not _committed_parts(output):
        if proc.poll() is not None:
            pytest.fail(f"newsclean exited ({proc.returncode}) before any commit:\n{log.read_text()[-3000:]}")
        if time.monotonic() > deadline:
            os.killpg(proc.pid, signal.SIGKILL)
            pytest.fail(f"no batch committed within {FIRST_COMMIT_TIMEOUT} s:\n{log.read_text()[-3000:]}")
        time.sleep(0.01)


def _rows_per_batch(output: Path) -> dict[str, int]:
    """Articles + rejects per committed batch key."""
    rows: dict[str, int] = {}
    for name in ("articles", "rejects"):
        for path in (output / name).rglob("part-*.parquet"):
            key = path.stem.removeprefix("part-")
            if key != "empty":
                rows[key] = rows.get(key, 0) + pq.read_metadata(path).num_rows
    return rows


def _assert_whole_batches(output: Path, committed: dict[str, int]) -> None:
    """Every batch readers see is whole, or the kill landed while its files were moving in: then its
    journal is still in staging and the next start rolls it forward (tasks/store/write.py: recover)."""
    for key, rows in committed.items():
        assert rows == BATCH_SIZE or (output / STAGING / key / READY).exists(), f"batch {key}: {rows} rows"


def _kill_after_first_commit(source: Path, output: Path, tmp_path: Path) -> int | None:
    """Run `newsclean run source` in a subprocess and SIGKILL it, with Prefect's server, once a batch is committed.

    Returns the CLI's return code (-SIGKILL when the kill landed mid-run).
    """
    log = tmp_path / "run.log"
    command = [sys.executable, "-m", "flows.cli", "run", str(source), "--output", str(output),
               "--batch-size", str(BATCH_SIZE)]  # fmt: skip
    with open(log, "wb") as sink:
        proc = subprocess.Popen(command, cwd=ROOT, env=_subprocess_env(tmp_path / "prefect-home"),
                                stdout=sink, stderr=subprocess.STDOUT, start_new_session=True)  # fmt: skip
        try:
            _wait_for_first_commit(proc, output, log)
        finally:
            os.killpg(proc.pid, signal.SIGKILL)  # the CLI and Prefect's server subprocess, mid-run
            proc.wait(timeout=30)
    return proc.returncode


def test_sigkill_mid_run_leaves_readable_data_and_rerun_finishes_exactly_once(tmp_path: Path) -> None:
    from flows.clean_news import clean_news

    inbox, output = tmp_path / "inbox", tmp_path / "out"
    write_inbox(inbox, N_FILES)
    assert _kill_after_first_commit(inbox, output, tmp_path) == -signal.SIGKILL

    # killed mid-run: no run manifest, only some batches, each whole or journaled (being moved in)
    assert not list((output / "runs").rglob("run-*.parquet")), "the run finished before the kill"
    committed = _rows_per_batch(output)
    assert 0 < len(committed) < N_FILES // BATCH_SIZE
    _assert_whole_batches(output, committed)
    assert_datasets_readable(output)

    summary = clean_news(input=[str(inbox)], output=str(output), batch_size=BATCH_SIZE)

    assert summary.status == "completed"
    assert summary.files_seen == N_FILES
    assert summary.files_skipped == BATCH_SIZE * len(committed)
    assert summary.articles + summary.rejects == N_FILES - summary.files_skipped
    assert not list((output / STAGING).glob("*")) if (output / STAGING).exists() else True
    assert_datasets_readable(output)
    assert_every_input_once(output, N_FILES)


def write_crawl(path: Path, count: int) -> Path:
    """A WARC archive of `count` distinct HTML pages (the same texts as write_inbox's)."""
    from tests.warc_fixtures import html_record, write_warc

    def html(n: int) -> bytes:
        blocks = page(n).strip().split("\n\n")
        paragraphs = "".join(f"<p>{b}</p>" for b in blocks[1:])
        return f"<html><body><h1>{blocks[0]}</h1><article>{paragraphs}</article></body></html>".encode()

    return write_warc(path, [html_record(f"https://delovoy-vestnik.ru/news/{n}", html(n)) for n in range(count)])


def test_sigkill_mid_archive_recovers_like_mid_folder(tmp_path: Path) -> None:
    from flows.clean_news import clean_news

    archive, output = write_crawl(tmp_path / "crawl.warc.gz", N_FILES), tmp_path / "out"
    _kill_after_first_commit(archive, output, tmp_path)
    assert not list((output / "runs").rglob("run-*.parquet")), "the run finished before the kill"
    committed = _rows_per_batch(output)
    assert 0 < len(committed) < N_FILES // BATCH_SIZE
    _assert_whole_batches(output, committed)
    assert_datasets_readable(output)

    summary = clean_news(input=[str(archive)], output=str(output), batch_size=BATCH_SIZE)

    assert summary.status == "completed" and summary.files_seen == N_FILES
    assert summary.files_skipped == BATCH_SIZE * len(committed)
    assert_datasets_readable(output)
    assert_every_input_once(output, N_FILES)
    with duckdb.connect() as con:
        refs = con.execute(f"SELECT count(*) FROM '{output}/articles/**/*.parquet' "
                           f"WHERE source_path LIKE '{archive}#offset=%'").fetchall()  # fmt: skip
    assert refs[0][0] > 0
