"""Where the flow's batch tasks run: worker processes on this machine (default), threads, Dask or Ray.

- ``process``: Prefect's ProcessPoolTaskRunner, one worker per core; batches are CPU-bound Python,
  so threads would share one core through the GIL.
- ``thread``: Prefect's default ThreadPoolTaskRunner, everything in one process (debugging).
- ``dask``: prefect-dask's DaskTaskRunner on a LocalCluster of N single-threaded worker processes,
  or on an existing cluster given by its scheduler address (``tcp://scheduler:8786``).
- ``ray``: prefect-ray's RayTaskRunner, when ``prefect-ray`` is installed.

Task runs in other processes report to a Prefect API. Without PREFECT_API_URL every such process
would start its own temporary server (about 6 s each, and a database of its own), so
:func:`shared_api` points them at the server this flow run already uses.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

from prefect.client.orchestration import get_client
from prefect.futures import PrefectFuture, wait
from prefect.settings import PREFECT_API_URL, temporary_settings
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner

T = TypeVar("T")
R = TypeVar("R")
RUNNERS = ("process", "thread", "dask", "ray")
DEFAULT_RUNNER = "process"


def default_workers() -> int:
    """One worker per core."""
    return os.cpu_count() or 1


def make_task_runner(name: str = DEFAULT_RUNNER, workers: int | None = None, address: str | None = None) -> Any:
    """The task runner called `name`, with `workers` workers (default: one per core)."""
    n = workers or default_workers()
    if name == "process":
        return ProcessPoolTaskRunner(max_workers=n)
    if name == "thread":
        return ThreadPoolTaskRunner(max_workers=n)
    if name == "dask":
        from prefect_dask.task_runners import DaskTaskRunner

        if address:
            return DaskTaskRunner(address=address)
        # One thread per worker process: the batches hold the GIL, so threads would not add speed.
        return DaskTaskRunner(cluster_kwargs={"n_workers": n, "threads_per_worker": 1, "processes": True,
                                              "dashboard_address": None})  # fmt: skip
    if name == "ray":
        try:
            from prefect_ray import RayTaskRunner  # optional: pip install prefect-ray
        except ImportError as exc:
            raise RuntimeError("--runner ray needs the prefect-ray package: pip install prefect-ray") from exc
        return RayTaskRunner(address=address) if address else RayTaskRunner()
    raise ValueError(f"unknown runner {name!r}; choose one of {', '.join(RUNNERS)}")


def runs_in_other_processes(runner: TaskRunner[Any]) -> bool:
    """True when the runner's tasks run outside this process (they cannot share its memory)."""
    return not isinstance(runner, ThreadPoolTaskRunner)


def current_api_url() -> str:
    """The API this process talks to; with no PREFECT_API_URL, the temporary server it started."""
    with get_client(sync_client=True) as client:
        return str(client.api_url)


@contextmanager
def shared_api() -> Iterator[None]:
    """Task runs submitted in this block report to this flow run's server, wherever they run.

    Process and Dask runners serialise the current settings with every task they submit, so a
    temporary PREFECT_API_URL setting reaches their workers.
    """
    if PREFECT_API_URL.value():
        yield
        return
    with temporary_settings(updates={PREFECT_API_URL: current_api_url()}):
        yield


def run_bounded(
    submit: Callable[[T], PrefectFuture[R]], items: Sequence[T], handle: Callable[[T, Callable[[], R]], None],
    in_flight: int,
) -> None:  # fmt: skip
    """Submit a task per item, at most `in_flight` at a time, and hand each result over in item order.

    `handle` gets the item and a callable returning its result (it raises if the task failed), so the
    caller decides whether a failure stops the run. Memory stays flat in the number of items: only
    `in_flight` results are ever held. Nothing is left running when this returns or raises.
    """
    pending: deque[tuple[T, PrefectFuture[R]]] = deque()
    try:
        with shared_api():
            for item in items:
                pending.append((item, submit(item)))
                while len(pending) >= max(1, in_flight):
                    done, future = pending.popleft()
                    handle(done, future.result)
            while pending:
                done, future = pending.popleft()
                handle(done, future.result)
    finally:
        wait([future for _, future in pending])


class Unwalked(Generic[T]):
    """A task argument that Prefect passes on as it is, without walking it for upstream futures.

    Prefect visits every element of a task's arguments (lists, dicts, dataclasses), once when the task
    is submitted and once in the worker; for the run's context (its template memory holds hundreds of
    thousands of counts) or the syndication index, that took about 2 s each time, per batch (measured
    on 2,000 pages). A plain object is not walked. (Prefect's own `quote` does this too, but comes out
    of Dask's serialisation as a bare tuple.)
    """

    __slots__ = ("value",)

    def __init__(self, value: T) -> None:
        self.value = value
