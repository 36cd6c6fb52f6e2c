"""One bad document never costs its batch: an exception in any stage is an `internal_error` reject."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import tasks.pipeline
import tasks.text.segment
from schemas import RejectReason
from tasks.batch import process_batch
from tasks.document import RunContext
from tasks.pipeline import process_bytes, where_raised
from tasks.read.raw import RawInput
from tasks.store.write import dataset_files
from tests.page_fixtures import RU_PARAGRAPHS

CTX = RunContext(run_id="run-test", now=datetime(2024, 5, 17, 9, 30, tzinfo=UTC))
POISON = "Этот абзац вызывает ошибку в сегментаторе."


def _page(n: int, poison: bool = False) -> str:
    extra = [POISON] if poison else []
    return "\n\n".join([f"Заголовок статьи номер {n}", *RU_PARAGRAPHS, *extra]) + "\n"


def _break_segmenter_on_poison(monkeypatch: pytest.MonkeyPatch) -> None:
    """The segmenter raises on one page only, as a bug triggered by one page's content would."""
    real = tasks.text.segment.segment_lines

    def segment_lines(lines, *args, **kwargs):  # type: ignore[no-untyped-def]
        if any(POISON in line.text for line in lines):
            {}["no such key"]  # a real KeyError from a real frame
        return real(lines, *args, **kwargs)

    monkeypatch.setattr(tasks.pipeline, "segment_lines", segment_lines)


def test_a_document_that_raises_is_a_reject_and_its_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _break_segmenter_on_poison(monkeypatch)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    paths = []
    for n in range(5):
        path = inbox / f"page{n}.txt"
        path.write_text(_page(n, poison=n == 2), encoding="utf-8")
        paths.append(str(path))
    with caplog.at_level(logging.ERROR, logger="tasks.pipeline"):
        stats = process_batch(paths, {}, CTX, tmp_path / "out", "b0001")

    assert (stats.files, stats.articles, dict(stats.rejects)) == (5, 4, {"internal_error": 1})
    (part,) = dataset_files(tmp_path / "out", "rejects")
    (row,) = pq.read_table(part).to_pylist()
    assert row["source_path"] == paths[2] and row["reason"] == "internal_error" and row["doc_id"]
    # The innermost frame of ours: the patched segmenter lives in tests/, which is not the product.
    assert row["message"].startswith("KeyError: 'no such key' (at tasks/pipeline.py:")
    assert row["message"].endswith(" in segment_page)") and row["stage"] == "pipeline"
    assert any(paths[2] in r.getMessage() and r.levelno == logging.ERROR for r in caplog.records)


def test_internal_error_names_the_stage_and_innermost_frame_of_our_code(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    # Raised from a library the attribution stage calls: the innermost frame of ours is in tasks/.
    monkeypatch.setattr(tasks.pipeline, "extract_attributions", explode)
    result = process_bytes(RawInput("/in/a.txt", _page(1).encode()), CTX)
    assert result.article is None and result.reject is not None
    assert result.reject.reason == RejectReason.INTERNAL_ERROR
    assert result.reject.stage == "pipeline"
    assert result.reject.message.startswith("ZeroDivisionError: division by zero (at tasks/pipeline.py:")
    assert result.reject.message.endswith(" in process_document)")
    assert result.segments.num_rows == 0 and result.attributions == []


def test_where_raised_skips_library_frames() -> None:
    try:
        int("not a number")
    except ValueError as exc:
        assert where_raised(exc) == ("process", "unknown location")  # no frame of tasks/ or schemas/


def test_html_crash_is_isolated_too(monkeypatch: pytest.MonkeyPatch) -> None:
    import tasks.pipeline_html

    def explode(*args: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(tasks.pipeline_html, "find_container", explode)
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in RU_PARAGRAPHS) + "</body></html>"
    result = process_bytes(RawInput("/in/a.html", html.encode()), CTX)
    assert result.reject is not None and result.reject.reason == RejectReason.INTERNAL_ERROR
    assert result.reject.stage == "pipeline_html"
    assert "RecursionError" in result.reject.message and "in extract_html)" in result.reject.message
