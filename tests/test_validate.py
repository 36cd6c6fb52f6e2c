"""Segment records built as one checked Arrow table (tasks/validate.py), and what a bad one costs."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

import pytest

import tasks.pipeline
from schemas import RejectReason, Segment, from_table
from schemas.checks import InvalidRecordsError
from tasks.document import RunContext
from tasks.pipeline import process_bytes
from tasks.read.decode import Decoded, decode_bytes
from tasks.read.raw import RawInput
from tasks.text.lines import split_lines
from tasks.text.segment import Segmented, segment_lines
from tasks.validate import build_segments

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CTX = RunContext(run_id="run-test", now=datetime(2024, 5, 17, tzinfo=UTC))
DOC = "0123456789abcdef0123456789abcdef"


def _segmented(path: Path) -> Segmented:
    decoded = decode_bytes(path.read_bytes())
    assert isinstance(decoded, Decoded)
    return segment_lines(split_lines(decoded.text))


def _one_model_per_line(segmented: Segmented) -> list[Segment]:
    """The records as they were built before the Arrow checks: one pydantic model per line."""
    return [
        Segment(doc_id=DOC, block_index=ll.line.block_index, line_start=ll.line.number, line_end=ll.line.number,
                text=ll.line.text, label=ll.verdict.label, kind=str(ll.verdict.kind),
                reason_code=ll.verdict.reason_code, reason=ll.verdict.reason, score=round(ll.verdict.score, 4))
        for ll in segmented.lines
    ]  # fmt: skip


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_the_table_holds_what_one_model_per_line_held(path: Path) -> None:
    segmented = _segmented(path)
    table = build_segments(DOC, segmented)
    assert table.num_rows == len(segmented.lines) > 0
    assert from_table(Segment, table) == _one_model_per_line(segmented)


def test_html_structure_fills_tag_path_and_link_density() -> None:
    segmented = _segmented(SEEDS[0])
    structure = [(f"div/p{i}", 0.5) for i in range(len(segmented.lines))]
    rows = build_segments(DOC, segmented, structure).to_pylist()
    assert [(r["tag_path"], r["link_density"]) for r in rows] == structure


def test_structure_of_another_length_is_refused() -> None:
    segmented = _segmented(SEEDS[0])
    with pytest.raises(ValueError, match="structure entries"):
        build_segments(DOC, segmented, [("p", 0.0)])


def _with_score(segmented: Segmented, index: int, score: float) -> Segmented:
    lines = list(segmented.lines)
    ll = lines[index]
    lines[index] = dataclasses.replace(ll, verdict=dataclasses.replace(ll.verdict, score=score))
    return dataclasses.replace(segmented, lines=lines)


def test_a_bad_line_raises_naming_its_row_field_and_rule() -> None:
    segmented = _with_score(_segmented(SEEDS[0]), 2, 1.5)
    with pytest.raises(InvalidRecordsError) as caught:
        build_segments(DOC, segmented)
    assert [(v.row, v.rule.field, v.rule.name) for v in caught.value.violations] == [(2, "score", "le")]


def test_a_document_with_a_bad_segment_is_an_invalid_record_reject(monkeypatch: pytest.MonkeyPatch) -> None:
    real = tasks.pipeline.segment_page

    def segment_page(*args: object, **kwargs: object) -> Segmented:
        segmented = real(*args, **kwargs)  # type: ignore[arg-type]
        return _with_score(_with_score(segmented, 0, -0.25), 3, float("nan"))

    monkeypatch.setattr(tasks.pipeline, "segment_page", segment_page)
    result = process_bytes(RawInput("/in/seed.txt", SEEDS[0].read_bytes()), CTX)
    assert result.reject is not None and result.article is None
    assert (result.reject.reason, result.reject.stage) == (RejectReason.INVALID_RECORD, "validate")
    assert result.reject.message.startswith("segments row 0: score must be ≥ 0.0 (rule ge, got -0.25)")
    assert "segments row 3: score must be ≥ 0.0 (rule ge, got nan)" in result.reject.message
    assert result.segments.num_rows == 0 and result.attributions == []
