"""Progress of a run, for whoever shows it (the CLI's progress bar); the flow only reports.

Prefect runs batch tasks in worker threads, so reporting goes through one process-wide listener
instead of flow parameters. With no listener (tests, served runs, remote workers) reporting is free.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from rich.progress import TaskID


class ProgressListener(Protocol):
    """Receives the number of files a run will process, then progress as files and batches finish.

    Batches running in this process report each file; batches in worker processes cannot reach
    the listener, so the flow also reports each committed batch. Files done is the larger count.
    """

    def start(self, total: int) -> None: ...

    def file_done(self) -> None: ...

    def batch_done(self, files: int) -> None: ...


_lock = threading.Lock()
_listener: ProgressListener | None = None


@contextmanager
def reporting_to(listener: ProgressListener) -> Iterator[None]:
    """Send the progress of runs started in this block to `listener`."""
    global _listener
    with _lock:
        previous, _listener = _listener, listener
    try:
        yield
    finally:
        with _lock:
            _listener = previous


def run_started(total: int) -> None:
    """The run has planned `total` files."""
    if _listener is not None:
        _listener.start(total)


def file_done() -> None:
    """One more file processed (called from batch worker threads; a no-op in worker processes)."""
    if _listener is not None:
        _listener.file_done()


def batch_done(files: int) -> None:
    """A batch of `files` files was committed (called by the flow)."""
    if _listener is not None:
        _listener.batch_done(files)


class ProgressBar:
    """A rich progress bar for `newsclean run`: files done of planned, docs/s, ETA (on stderr)."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(
            TextColumn("cleaning"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
            TextColumn("{task.fields[rate]}"), TextColumn("ETA"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=True,
        )  # fmt: skip
        self._task: TaskID | None = None
        self._files = 0  # reported one by one (batches in this process)
        self._committed = 0  # reported per committed batch (any process)
        self._lock = threading.Lock()

    def __enter__(self) -> ProgressBar:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def start(self, total: int) -> None:
        self._task = self._progress.add_task("clean", total=total, rate="")

    def file_done(self) -> None:
        with self._lock:
            self._files += 1
        self._show()

    def batch_done(self, files: int) -> None:
        with self._lock:
            self._committed += files
        self._show()

    def _show(self) -> None:
        if self._task is None:
            return
        self._progress.update(self._task, completed=max(self._files, self._committed))
        speed = self._progress.tasks[self._task].speed
        self._progress.update(self._task, rate=f"{speed:.1f} docs/s" if speed else "")
