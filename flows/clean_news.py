"""The Prefect flow: thin task wrappers around tasks/, sequenced in one direction.

discover → plan (skip committed) → [read → decode → segment → attribute → validate → write] per batch
→ commit the run manifest.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture, wait
from prefect.runtime import flow_run
from pydantic import Field

from schemas import RunSummary
from tasks.batch import BatchStats, Plan, plan_inputs, process_batch
from tasks.io import DEFAULT_MAX_BYTES, discover_files
from tasks.lock import run_lock
from tasks.pipeline import RunContext
from tasks.report import run_summary, summary_markdown
from tasks.syndication import SyndicationIndex, load_index, save_index
from tasks.templates import TemplateMemory, learn_files, load_memory, save_memory
from tasks.write import committed_doc_ids, drop_rows, ensure_datasets, recover, write_run

DEFAULT_BATCH_SIZE = 200
TEMPLATE_STATE = Path("_state") / "templates"


def package_version() -> str:
    try:
        return version("newsclean")
    except PackageNotFoundError:
        return "0+unknown"


@task(name="discover", cache_policy=NO_CACHE)
def discover_task(inputs: list[str]) -> list[str]:
    return discover_files(inputs)


@task(name="plan", cache_policy=NO_CACHE)
def plan_task(paths: list[str], output: Path, force: bool, max_bytes: int) -> Plan:
    committed = set() if force else committed_doc_ids(output)
    plan = plan_inputs(paths, committed, max_bytes)
    if force:
        ids = [p.doc_id for p in plan.todo if p.doc_id]
        for dataset in ("articles", "segments", "attributions", "rejects"):
            drop_rows(output, dataset, "doc_id", ids)
    # Files that could not be read have no doc_id: replace their earlier rejects, not pile them up.
    drop_rows(output, "rejects", "source_path", [p.path for p in plan.todo if p.doc_id is None])
    return plan


@task(name="process-batch", cache_policy=NO_CACHE)
def process_batch_task(
    paths: list[str], duplicates: dict[str, str], ctx: RunContext, output: Path, batch_key: str
) -> BatchStats:
    return process_batch(paths, duplicates, ctx, output, batch_key)


def _collect(futures: list[PrefectFuture[BatchStats]]) -> BatchStats:
    """Sum the batches' stats in order; the first failed batch raises its error."""
    logger = get_run_logger()
    total = BatchStats()
    for n, future in enumerate(futures, start=1):
        stats = future.result()
        total.add(stats)
        logger.info("batch %d/%d: %d files, %d articles, %d rejects in %.2f s", n, len(futures), stats.files,
                    stats.articles, sum(stats.rejects.values()), stats.seconds)  # fmt: skip
    return total


@task(name="learn-templates", cache_policy=NO_CACHE)
def learn_templates_task(paths: list[str], output: Path, max_bytes: int) -> TemplateMemory:
    memory = load_memory(output / TEMPLATE_STATE)
    learn_files(memory, paths, max_bytes)
    return memory


@task(name="commit-run", cache_policy=NO_CACHE)
def commit_run_task(output: Path, summary: RunSummary, memory: TemplateMemory, index: SyndicationIndex) -> None:
    """Save what this run learnt (site templates, syndication index), then its manifest, last."""
    save_memory(output / TEMPLATE_STATE, memory, summary.run_id)
    save_index(output, index)
    write_run(output, summary)


@flow(name="clean-news", validate_parameters=True)
def clean_news(
    input: list[str] = ["seeds"],  # noqa: B006 - Prefect parameters must be JSON defaults
    output: str = "outputs",
    batch_size: int = Field(default=DEFAULT_BATCH_SIZE, ge=1, le=100_000),
    force: bool = False,
    max_bytes: int = Field(default=DEFAULT_MAX_BYTES, ge=1),
) -> RunSummary:
    """Clean scraped news pages into Parquet datasets under `output`.

    One run at a time per output directory: a second run fails at once with RunLockError.
    """
    started = datetime.now(UTC)
    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    params = {"input": input, "output": output, "batch_size": batch_size, "force": force, "max_bytes": max_bytes}
    with run_lock(out):
        return _run(input, out, batch_size, force, max_bytes, started, params)


def _run(
    inputs: list[str], out: Path, batch_size: int, force: bool, max_bytes: int, started: datetime,
    params: dict[str, object],
) -> RunSummary:  # fmt: skip
    """The flow's body, run while holding the output directory's lock."""
    logger = get_run_logger()
    run_id = str(flow_run.id or uuid.uuid4())
    forward, back = recover(out)
    ensure_datasets(out)
    if forward or back:
        logger.warning("recovered a crashed run's batches: %d finished, %d discarded", forward, back)
    paths = discover_task(inputs)
    logger.info("found %d input files", len(paths))
    plan = plan_task(paths, out, force, max_bytes)
    logger.info("%d to process, %d already committed, %d duplicates", len(plan.todo), len(plan.skipped),
                len(plan.duplicates))  # fmt: skip
    todo = [p.path for p in plan.todo] + list(plan.duplicates)
    memory = learn_templates_task([p.path for p in plan.todo], out, max_bytes)
    index = load_index(out)
    ctx = RunContext(run_id=run_id, now=started, max_bytes=max_bytes, templates=memory, syndication=index)
    batches = [todo[i : i + batch_size] for i in range(0, len(todo), batch_size)]
    futures = [
        process_batch_task.submit(batch, plan.duplicates, ctx, out, f"{run_id[:8]}-{n:05d}")
        for n, batch in enumerate(batches)
    ]
    try:
        total = _collect(futures)
    finally:
        wait(futures)  # a failed batch must not leave others writing once the run lock is released
    summary = run_summary(run_id, started, datetime.now(UTC), params, len(paths), plan, total, package_version())
    commit_run_task(out, summary, memory, index)
    report = summary_markdown(summary)
    create_markdown_artifact(report, key="newsclean-run-summary", description="newsclean run summary")
    logger.info("run %s: %d files, %d articles, %d rejects, %d skipped", summary.status, summary.files_seen,
                summary.articles, summary.rejects, summary.files_skipped)  # fmt: skip
    if summary.status != "completed":
        raise RuntimeError(f"files in ({summary.files_seen}) != articles + rejects + skipped: {summary}")
    return summary
