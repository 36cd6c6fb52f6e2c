"""One run at a time per output directory: an exclusive ``flock`` on ``<output>/_state/run.lock``.

The kernel drops the lock when its holder exits, however it exits (even SIGKILL), so a crashed
run never leaves a stale lock behind. The holder's pid is written into the file for the error
message a second run prints.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

STATE = "_state"
LOCK_FILE = "run.lock"


class RunLockError(RuntimeError):
    """Another run holds the output directory's lock."""

    def __init__(self, path: Path, pid: int | None) -> None:
        self.path = path
        self.pid = pid
        super().__init__(f"another newsclean run holds {path} (pid {pid if pid is not None else 'unknown'})")


def lock_path(output: Path) -> Path:
    """Where the run lock of an output directory lives."""
    return output / STATE / LOCK_FILE


def _holder_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def _record_pid(fd: int) -> None:
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)


@contextmanager
def run_lock(output: Path, blocking: bool = False) -> Iterator[Path]:
    """Hold the output directory's run lock; raise RunLockError at once if taken (unless blocking)."""
    path = lock_path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if blocking else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RunLockError(path, _holder_pid(fd)) from None
        _record_pid(fd)
        try:
            yield path
        finally:
            os.ftruncate(fd, 0)  # still held: no other run can have written its pid yet
    finally:
        os.close(fd)  # closing the descriptor releases the lock
