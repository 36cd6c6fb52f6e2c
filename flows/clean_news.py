"""The Prefect flow: thin task wrappers around tasks/, sequenced in one direction.

discover → plan (skip committed) → [read → decode → segment → attribute → validate → write] per batch
→ commit the run manifest.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.runtime import flow_run
from pydantic import Field

from flows.artifacts import publish_charts, publish_report
from flows.progress import file_done, run_started
from flows.runners import Unwalked, default_workers, make_task_runner, run_bounded
from schemas import RunSummary
from tasks.batch import BatchStats, commit_batch, learn_batch, merge_memory, process_batch
from tasks.document import RunContext
from tasks.plan import Plan, plan_inputs
from tasks.read.fs import is_uri, join
from tasks.read.raw import DEFAULT_MAX_BYTES, discover_files
from tasks.read.records import JsonlFields
from tasks.report.summary import run_summary
from tasks.store.archives import load_archives, save_archives
from tasks.store.lock import run_lock
from tasks.store.syndication import SyndicationIndex, load_index, save_index
from tasks.store.write import committed_doc_ids, drop_rows, ensure_datasets, partition_of, recover, write_run
from tasks.text.templates import TemplateMemory, load_memory, save_memory

DEFAULT_BATCH_SIZE = 200
# Batches submitted but not yet committed, per worker: enough to keep every worker busy while the
# flow commits, few enough that memory does not grow with the number of files.
IN_FLIGHT_PER_WORKER = 2
TEMPLATE_STATE = Path("_state") / "templates"
FAILED = "failed"
MAX_RUN_ERROR_CHARS = 2_000


def package_version() -> str:
    try:
        return version("newsclean")
    except PackageNotFoundError:
        return "0+unknown"


@task(name="discover", cache_policy=NO_CACHE)
def discover_task(inputs: list[str]) -> list[str]:
    return discover_files(inputs)


@task(name="plan", cache_policy=NO_CACHE)
def plan_task(
    paths: list[str], output: Path | str, force: bool, max_bytes: int, fields: JsonlFields | None = None
) -> Plan:  # fmt: skip
    committed = set() if force else committed_doc_ids(output)
    plan = plan_inputs(paths, committed, max_bytes, fields, {} if force else load_archives(output))
    if force:
        ids = [p.doc_id for p in plan.todo if p.doc_id]
        for dataset in ("articles", "segments", "attributions", "rejects"):
            drop_rows(output, dataset, "doc_id", ids)
    # Files that could not be read have no doc_id: replace their earlier rejects, not pile them up.
    drop_rows(output, "rejects", "source_path", [p.path for p in plan.todo if p.doc_id is None])
    return plan


@task(name="process-batch", cache_policy=NO_CACHE)
def process_batch_task(
    paths: list[str], duplicates: dict[str, str], ctx: Unwalked[RunContext], output: Path | str, batch_key: str
) -> BatchStats:
    """Process and stage one batch (in a worker); the flow clusters and commits it."""
    return process_batch(paths, duplicates, ctx.value, output, batch_key, stage_only=True)


def _process_batches(
    batches: list[list[str]], duplicates: dict[str, str], ctx: RunContext, out: Path | str, index: SyndicationIndex,
    in_flight: int, total: BatchStats,
) -> None:  # fmt: skip
    """Run the batches with a bounded number in flight, committing each in order as it finishes.

    The workers segment and stage; the flow places articles in syndication clusters in batch
    order (so clusters do not depend on the runner) and commits. A failed batch does not stop the
    others; the first failure is raised once they are committed. A single batch runs here, in the
    flow's process, with no worker start-up cost. `total` counts the committed batches, also when
    one fails (the failed run's manifest says what it committed).
    """
    logger = get_run_logger()
    partition = partition_of(ctx.now)
    worker_ctx = replace(ctx, syndication=None)  # the index stays here; workers return signatures
    errors: list[BaseException] = []
    keyed = [(f"{ctx.run_id[:8]}-{n:05d}", batch) for n, batch in enumerate(batches)]

    def submit(item: tuple[str, list[str]]) -> PrefectFuture[BatchStats]:
        key, batch = item
        return process_batch_task.submit(batch, _own(batch, duplicates), Unwalked(worker_ctx), out, key)

    def commit(item: tuple[str, list[str]], result: Callable[[], BatchStats]) -> None:
        key = item[0]
        try:
            stats = result()
            commit_batch(out, key, partition, stats, index, ctx.run_id)
        except Exception as exc:  # re-raised after the other batches are committed
            logger.error("batch %s failed: %s", key, exc)
            errors.append(exc)
            return
        total.add(stats)
        for _ in range(stats.files):  # progress per committed batch: workers may run in other processes
            file_done()
        logger.info("batch %s: %d files, %d articles, %d rejects in %.2f s", key, stats.files, stats.articles,
                    sum(stats.rejects.values()), stats.seconds)  # fmt: skip

    if len(keyed) == 1:
        key, batch = keyed[0]
        commit(keyed[0], lambda: process_batch_task(batch, _own(batch, duplicates), Unwalked(worker_ctx), out, key))
    else:
        run_bounded(submit, keyed, commit, in_flight)
    if errors:
        raise errors[0]


def _own(batch: list[str], duplicates: dict[str, str]) -> dict[str, str]:
    """The duplicates among one batch's files (not the run's whole map, which grows with the run)."""
    return {p: duplicates[p] for p in batch if p in duplicates}


@task(name="learn-templates", cache_policy=NO_CACHE)
def learn_templates_task(paths: list[str], max_bytes: int, fields: JsonlFields | None = None) -> TemplateMemory:
    """One batch's site-template counts (in a worker)."""
    return learn_batch(paths, max_bytes, fields)


def _learn_templates(
    paths: list[str], output: Path | str, max_bytes: int, batch_size: int, in_flight: int, fields: JsonlFields
) -> TemplateMemory:
    """The saved template memory plus this run's pages, learnt in batches on the workers."""
    memory = load_memory(join(output, TEMPLATE_STATE))
    batches = [paths[i : i + batch_size] for i in range(0, len(paths), batch_size)]
    if len(batches) == 1:
        merge_memory(memory, learn_batch(batches[0], max_bytes, fields))
    elif batches:
        run_bounded(lambda batch: learn_templates_task.submit(batch, max_bytes, fields), batches,
                    lambda _, result: merge_memory(memory, result()), in_flight)  # fmt: skip
    return memory


@task(name="commit-run", cache_policy=NO_CACHE)
def commit_run_task(
    output: Path | str, summary: RunSummary, memory: Unwalked[TemplateMemory], index: Unwalked[SyndicationIndex],
    archives: dict[str, tuple[str, int]] | None = None,
) -> None:  # fmt: skip
    """Save what this run learnt (site templates, syndication index, finished archives), then its manifest, last."""
    save_memory(join(output, TEMPLATE_STATE), memory.value, summary.run_id)
    save_index(output, index.value)
    save_archives(output, archives or {}, summary.run_id)
    write_run(output, summary)


# Worker processes, one per core, by default; the CLI picks another with --runner (flows/runners.py).
@flow(name="clean-news", validate_parameters=True, task_runner=make_task_runner())
def clean_news(
    input: list[str] = ["seeds"],  # noqa: B006 - Prefect parameters must be JSON defaults
    output: str = "outputs",
    batch_size: int = Field(default=DEFAULT_BATCH_SIZE, ge=1, le=100_000),
    force: bool = False,
    max_bytes: int = Field(default=DEFAULT_MAX_BYTES, ge=1),
    workers: int = Field(default=0, ge=0, description="workers of the task runner; 0: one per core"),
    url_field: str = Field(default="url", min_length=1, description="JSON Lines field with the page's URL"),
    html_field: str = Field(default="html", min_length=1, description="JSON Lines field with the page's HTML"),
    text_field: str = Field(default="text", min_length=1, description="JSON Lines field with the page's text"),
) -> RunSummary:
    """Clean scraped news pages into Parquet datasets under `output`.

    One run at a time per output directory: a second run fails at once with RunLockError.
    """
    started = datetime.now(UTC)
    out: Path | str = output if is_uri(output) else Path(output)
    params = {"input": input, "output": output, "batch_size": batch_size, "force": force, "max_bytes": max_bytes}
    fields = JsonlFields(url=url_field, html=html_field, text=text_field)
    if fields != JsonlFields():
        params["jsonl_fields"] = {"url": url_field, "html": html_field, "text": text_field}
    n = workers or default_workers()
    if isinstance(out, str):  # object stores have no flock: one scheduler per output must ensure it
        get_run_logger().warning("no run lock on %s: make sure one run at a time writes there", output)
        return _run(input, out, batch_size, force, max_bytes, started, params, n, fields)
    out.mkdir(parents=True, exist_ok=True)
    with run_lock(out):
        return _run(input, out, batch_size, force, max_bytes, started, params, n, fields)


def _run(
    inputs: list[str], out: Path | str, batch_size: int, force: bool, max_bytes: int, started: datetime,
    params: dict[str, object], workers: int, fields: JsonlFields,
) -> RunSummary:  # fmt: skip
    """The flow's body, run while holding the output directory's lock.

    A run that fails (storage, orchestration) still leaves a `runs` row: status `failed`, the
    error, and the counts of the batches it committed before failing.
    """
    logger = get_run_logger()
    run = _RunState(run_id=str(flow_run.id or uuid.uuid4()), started=started, params=params)
    try:
        summary = _run_stages(inputs, out, batch_size, force, max_bytes, workers, fields, run)
    except Exception as exc:
        _record_failure(out, run, exc)
        raise
    logger.info("run %s: %d files, %d articles, %d rejects, %d skipped", summary.status, summary.files_seen,
                summary.articles, summary.rejects, summary.files_skipped)  # fmt: skip
    if summary.status != "completed":
        raise RuntimeError(f"files in ({summary.files_seen}) != articles + rejects + skipped: {summary}")
    return summary


@dataclass
class _RunState:
    """What a run has done so far: enough to write its manifest if it fails midway."""

    run_id: str
    started: datetime
    params: dict[str, object]
    paths: list[str] = field(default_factory=list)
    plan: Plan = field(default_factory=lambda: Plan([], [], {}))
    total: BatchStats = field(default_factory=BatchStats)
    stages: dict[str, float] = field(default_factory=dict)

    def summary(self) -> RunSummary:
        return run_summary(self.run_id, self.started, datetime.now(UTC), self.params, self.plan.inputs, self.plan,
                           self.total, package_version(), self.stages)  # fmt: skip


def _run_stages(
    inputs: list[str], out: Path | str, batch_size: int, force: bool, max_bytes: int, workers: int,
    fields: JsonlFields, run: _RunState,
) -> RunSummary:  # fmt: skip
    logger = get_run_logger()
    forward, back = recover(out)
    ensure_datasets(out)
    if forward or back:
        logger.warning("recovered a crashed run's batches: %d finished, %d discarded", forward, back)
    clock = time.perf_counter()
    run.paths = discover_task(inputs)
    logger.info("found %d input files", len(run.paths))
    run.stages["discover"] = time.perf_counter() - clock
    run.plan = plan = plan_task(run.paths, out, force, max_bytes, fields)
    run.stages["plan"] = time.perf_counter() - clock - run.stages["discover"]
    logger.info("%d to process, %d already committed, %d duplicates", len(plan.todo), len(plan.skipped),
                len(plan.duplicates))  # fmt: skip
    todo = [p.path for p in plan.todo] + list(plan.duplicates)
    clock = time.perf_counter()
    memory = _learn_templates([p.path for p in plan.todo], out, max_bytes, batch_size, IN_FLIGHT_PER_WORKER * workers,
                              fields)  # fmt: skip
    run.stages["learn_templates"] = time.perf_counter() - clock
    run_started(len(todo))
    index = load_index(out)
    ctx = RunContext(run_id=run.run_id, now=run.started, max_bytes=max_bytes, templates=memory, syndication=index,
                     jsonl_fields=fields)  # fmt: skip
    batches = [todo[i : i + batch_size] for i in range(0, len(todo), batch_size)]
    _process_batches(batches, plan.duplicates, ctx, out, index, IN_FLIGHT_PER_WORKER * workers, run.total)
    summary = run.summary()
    commit_run_task(out, summary, Unwalked(memory), Unwalked(index),
                    plan.archives if summary.status == "completed" else None)  # fmt: skip
    publish_report(summary)
    # The charts read the datasets back (~2 s CPU): only when this run changed them, and only on a local
    # output (remote outputs: `newsclean report --html` where the data is).
    if isinstance(out, Path) and summary.articles + summary.rejects > 0:
        try:
            publish_charts(out)
        except Exception as exc:  # the run's data is committed: a chart that fails to render must not fail it
            logger.warning("dataset charts not published: %s: %s", type(exc).__name__, exc)
    return summary


def _record_failure(out: Path | str, run: _RunState, exc: Exception) -> None:
    """Write the failed run's manifest row; if even that fails (the disk is full), log it and go on."""
    error = f"{type(exc).__name__}: {exc}"[:MAX_RUN_ERROR_CHARS]
    summary = run.summary().model_copy(update={"status": FAILED, "error": error})
    try:
        write_run(out, summary)
    except Exception as again:
        get_run_logger().error("could not record the failed run %s: %s", run.run_id, again)
        return
    get_run_logger().error("run failed after committing %d articles and %d rejects: %s", summary.articles,
                           summary.rejects, error)  # fmt: skip
