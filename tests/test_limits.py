"""Per-document limits: the time limit interrupts any code, memory budgets reject before spending."""

from __future__ import annotations

import contextlib
import gzip
import threading
import time
from datetime import UTC, datetime

import pytest

import tasks.pipeline
from schemas import RejectReason
from tasks.document import RunContext
from tasks.pipeline import process_bytes
from tasks.read.limits import (
    MAX_GUNZIPPED_BYTES,
    MAX_HTML_ELEMENTS,
    MAX_TEXT_LINES,
    REFIRE_SECONDS,
    DocumentTimeout,
    TimeLimit,
)
from tasks.read.raw import RawInput
from tests.page_fixtures import RU_PARAGRAPHS

NOW = datetime(2024, 5, 17, 9, 30, tzinfo=UTC)
PAGE = "\n\n".join(["Заголовок", *RU_PARAGRAPHS]) + "\n"


def _spin() -> None:
    while True:
        pass


def _interrupted_after(seconds: float) -> float:
    """CPU seconds of this thread until the limit stopped the loop (wall time depends on the machine's load)."""
    started = time.thread_time()
    limit = TimeLimit(seconds)
    try:
        with limit:
            _spin()
    except DocumentTimeout:
        limit.cancel()
    return time.thread_time() - started


def test_time_limit_interrupts_a_busy_loop_in_the_main_thread_and_in_a_worker_thread() -> None:
    # Stopped by the CPU limit, or on a very busy machine by the wall-time backstop (6x) a little before it.
    assert 0.0 < _interrupted_after(0.2) < 1.0
    took: list[float] = []
    worker = threading.Thread(target=lambda: took.append(_interrupted_after(0.2)))
    worker.start()
    worker.join(timeout=5)
    assert len(took) == 1 and 0.0 < took[0] < 1.0


def test_a_finished_document_is_never_interrupted_later() -> None:
    for _ in range(100):
        with TimeLimit(0.01):
            pass
    time.sleep(0.2)  # a stale watch would raise DocumentTimeout here


def test_a_hanging_text_document_is_a_timeout_reject(monkeypatch: pytest.MonkeyPatch) -> None:
    assert process_bytes(RawInput("/in/warm.txt", PAGE.encode()), RunContext("run-test", NOW)).article is not None
    monkeypatch.setattr(tasks.pipeline, "extract_attributions", lambda *_: _spin())
    ctx = RunContext("run-test", NOW, time_limit=0.3)
    started = time.thread_time()
    result = process_bytes(RawInput("/in/a.txt", PAGE.encode()), ctx)
    assert time.thread_time() - started < 2.0  # CPU time: wall time depends on the machine's load
    assert result.reject is not None and result.reject.reason == RejectReason.TIMEOUT
    assert result.reject.message.startswith("over the 0.3 s per-document time limit (CPU time; stopped at tasks/")
    monkeypatch.undo()  # the next document in the same thread is processed normally
    assert process_bytes(RawInput("/in/b.txt", PAGE.encode()), RunContext("run-test", NOW)).article is not None


def test_a_slow_text_page_is_a_timeout_reject() -> None:
    # 20,000 blocks of prose: seconds of segmentation, far over a 0.2 s limit (and under the line budget).
    text = "\n\n".join(f"Абзац {n}. {RU_PARAGRAPHS[n % 4]}" for n in range(20_000))
    result = process_bytes(RawInput("/in/slow.txt", text.encode()), RunContext("run-test", NOW, time_limit=0.2))
    assert result.reject is not None and result.reject.reason == RejectReason.TIMEOUT


def test_a_slow_html_page_is_a_timeout_reject() -> None:
    html = "<html><body>" + "<div><p>word in a paragraph</p></div>" * 50_000 + "</body></html>"
    ctx = RunContext("run-test", NOW, time_limit=0.2)
    result = process_bytes(RawInput("/in/slow.html", html.encode()), ctx)
    assert result.reject is not None and result.reject.reason == RejectReason.TIMEOUT


def test_too_many_lines_is_too_large_before_segmenting() -> None:
    text = "x\n" * (MAX_TEXT_LINES + 1)
    started = time.perf_counter()
    result = process_bytes(RawInput("/in/lines.txt", text.encode()), RunContext("run-test", NOW))
    assert time.perf_counter() - started < 2.0  # decided from a count, not by segmenting
    assert result.reject is not None and result.reject.reason == RejectReason.TOO_LARGE
    assert "memory budget" in result.reject.message


def test_too_many_html_elements_is_too_large() -> None:
    html = "<html><body>" + "<b></b>" * (MAX_HTML_ELEMENTS + 1) + "<p>text</p></body></html>"
    result = process_bytes(RawInput("/in/wide.html", html.encode()), RunContext("run-test", NOW))
    assert result.reject is not None and result.reject.reason == RejectReason.TOO_LARGE
    assert result.reject.stage == "parse" and "memory budget" in result.reject.message


@pytest.mark.parametrize("name, head", [("bomb.txt.gz", b""), ("bomb.html.gz", b"<html><body>")])
def test_a_gzip_bomb_is_too_large_without_expanding(name: str, head: bytes) -> None:
    bomb = gzip.compress(head + b" " * (MAX_GUNZIPPED_BYTES + 1024), compresslevel=9)
    assert len(bomb) < 200_000
    result = process_bytes(RawInput(f"/in/{name}", bomb), RunContext("run-test", NOW))
    assert result.reject is not None and result.reject.reason == RejectReason.TOO_LARGE
    assert "gzip expands past" in result.reject.message


def test_a_swallowed_timeout_is_raised_again() -> None:
    # An async exception can land in a __del__, where Python ignores it, or in a bare `except:`.
    started = time.thread_time()
    limit = TimeLimit(0.1)
    try:
        with limit:
            with contextlib.suppress(DocumentTimeout):  # swallowed
                _spin()
            _spin()
    except DocumentTimeout:
        limit.cancel()
    assert time.thread_time() - started < 0.1 + REFIRE_SECONDS + 0.5


def test_a_timeout_lost_for_good_is_raised_when_the_block_ends() -> None:
    # The interrupt may land where Python ignores it (CI once saw it in hypothesis's gc callback)
    # and the document finish before the next fire: over the limit is still a timeout.
    limit = TimeLimit(0.05)
    # The innermost context loses the only fire before the block ends.
    with pytest.raises(DocumentTimeout, match="caught on exit"), limit, contextlib.suppress(DocumentTimeout):
        _spin()
    assert limit.cancel() is False  # nothing left pending or watched
