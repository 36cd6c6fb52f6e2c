"""Per-document limits: a time limit that interrupts any code, and memory budgets.

The time limit is enforced by one watchdog thread per process. A document registers its limit;
when it passes, the watchdog raises :class:`DocumentTimeout` inside the document's thread
(CPython's ``PyThreadState_SetAsyncExc``, the mechanism behind ``stopit`` and ``func_timeout``).
Unlike SIGALRM this works in any thread (Prefect runs tasks in worker threads), and unlike
deadline checks it needs no cooperation from the segmenter, lxml callers or libraries. The hot
path pays a lock and a dict insert per document; the watchdog wakes every TICK_SECONDS only while
documents are registered. The exception arrives between two bytecodes, so one long C call (a
20 MB lxml parse) finishes first.

The limit counts the CPU time of the document's thread, not wall time: on a machine shared by
many processes a page that needs 2 s of CPU can take 15 s of wall time, and whether it is
rejected must not depend on the neighbours. A wall-time backstop (WALL_TIME_FACTOR times the
limit) catches a thread that hangs without using CPU.

Memory is budgeted, not measured: RSS is per process (and Prefect may run several documents in
one), and tracemalloc slows everything down. What a document will cost is known cheaply before
it is spent: the bytes a gzip expands to, the lines of a text dump, the elements of a DOM.
"""

from __future__ import annotations

import ctypes
import itertools
import os
import threading
import time
from dataclasses import dataclass
from types import TracebackType

DEFAULT_TIME_LIMIT_SECONDS = 10.0
WALL_TIME_FACTOR = 6.0
TICK_SECONDS = 0.05
# Memory budgets, measured on this machine (see docs/reliability.md): a text line costs ~6 KB
# through segmentation, an HTML element ~1 KB with lxml's node and our NodeInfo. News pages have
# a few thousand lines and tens of thousands of elements; the budgets are ~10x the largest eval page.
MAX_GUNZIPPED_BYTES = 64 * 1024 * 1024
MAX_TEXT_LINES = 50_000
MAX_HTML_ELEMENTS = 400_000


class DocumentTimeout(BaseException):
    """Raised in a document's thread when its time limit passes.

    A BaseException, so that no ``except Exception`` in our code or a library swallows it.
    """


# The exception can land where Python ignores it (inside a __del__): the watchdog raises it again
# this long after, at most this many times.
REFIRE_SECONDS = 1.0
MAX_FIRES = 5


@dataclass
class _Watch:
    thread_id: int
    cpu_clock: int | None  # the thread's CPU-time clock; None where the platform has none
    cpu_deadline: float
    wall_deadline: float
    fired: int = 0

    def is_over(self, wall_now: float) -> bool:
        """Past its limit: the thread's CPU time, or the wall-time backstop; later fires come REFIRE_SECONDS apart."""
        delay = self.fired * REFIRE_SECONDS
        if wall_now >= self.wall_deadline + delay * WALL_TIME_FACTOR:
            return True
        if self.cpu_clock is None:
            return False
        try:
            return time.clock_gettime(self.cpu_clock) >= self.cpu_deadline + delay
        except OSError:  # the thread is gone
            return False


def _watch(seconds: float) -> _Watch:
    thread_id = threading.get_ident()
    clock: int | None = None
    cpu_now = 0.0
    try:
        clock = time.pthread_getcpuclockid(thread_id)
        cpu_now = time.clock_gettime(clock)
    except (AttributeError, OSError):  # no per-thread CPU clocks: wall time only
        clock = None
    wall_now = time.perf_counter()
    wall_limit = seconds * (WALL_TIME_FACTOR if clock is not None else 1.0)
    return _Watch(thread_id, clock, cpu_now + seconds, wall_now + wall_limit)


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    """Schedule `exc` in a thread; None clears a scheduled one that has not been raised yet."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc else None)


class _Watchdog:
    """One daemon thread per process that fires the deadlines of registered documents."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._watches: dict[int, _Watch] = {}
        self._tokens = itertools.count()
        self._pid = -1

    def watch(self, seconds: float) -> int:
        with self._cond:
            if self._pid != os.getpid():  # first use, or a forked worker: threads do not survive fork
                self._pid = os.getpid()
                self._watches.clear()
                threading.Thread(target=self._run, name="newsclean-time-limit", daemon=True).start()
            token = next(self._tokens)
            self._watches[token] = _watch(seconds)
            self._cond.notify()
            return token

    def cancel(self, token: int) -> bool:
        """Forget a watch; if it fired but the exception is still pending, clear it. True if it fired."""
        with self._cond:
            watch = self._watches.pop(token, None)
            if watch is not None and watch.fired:
                _raise_in(watch.thread_id, None)
                return True
            return False

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._watches:
                    self._cond.wait()
                now = time.perf_counter()
                for watch in self._watches.values():
                    if watch.fired < MAX_FIRES and watch.is_over(now):
                        watch.fired += 1
                        _raise_in(watch.thread_id, DocumentTimeout)
            time.sleep(TICK_SECONDS)


_WATCHDOG = _Watchdog()


class TimeLimit:
    """``with TimeLimit(seconds):`` raises DocumentTimeout in this thread once it has used `seconds` of CPU.

    Catch DocumentTimeout around the ``with`` (it may also arrive while the block exits) and call
    :meth:`cancel` there, which is safe to call twice. A block that ends normally after its limit
    fired raises DocumentTimeout on exit: the interrupt landed where Python ignores exceptions (a
    ``__del__``, a garbage-collector callback such as hypothesis installs) and the block finished
    before the next fire. Over the limit is a timeout whether or not the interrupt got through.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._token: int | None = None

    def __enter__(self) -> TimeLimit:
        self._token = _WATCHDOG.watch(self.seconds)
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self.cancel() and kind is None:
            raise DocumentTimeout(f"over the {self.seconds:g} s limit (the interrupt was lost; caught on exit)")

    def cancel(self) -> bool:
        """Stop watching; True if the limit had fired."""
        fired = False
        if self._token is not None:
            fired = _WATCHDOG.cancel(self._token)
            self._token = None
        return fired
