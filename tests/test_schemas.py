"""Record models and their derived Arrow schemas: shape, Parquet round trip, validation."""

from __future__ import annotations

import typing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from schemas import (
    ALL_RECORDS,
    Article,
    Attribution,
    AttributionKind,
    Label,
    Record,
    Reject,
    RejectReason,
    RunSummary,
    Segment,
    arrow_schema,
    to_table,
)

NOW = datetime(2024, 5, 17, 9, 30, 15, 123456, tzinfo=UTC)
DOC = "0123456789abcdef0123456789abcdef"


def _nullable(annotation: object) -> bool:
    return type(None) in typing.get_args(annotation)


def _article(**over: object) -> Article:
    fields: dict[str, object] = {
        "doc_id": DOC,
        "source_path": "/in/a.txt",
        "language": "ru",
        "language_score": 0.98,
        "encoding": "cp1251",
        "title": "Заголовок",
        "body": "Первый абзац.\n\nВторой абзац.",
        "paragraphs": ["Первый абзац.", "Второй абзац."],
        "site": None,
        "n_lines": 4,
        "n_title": 1,
        "n_body": 2,
        "n_attribution": 0,
        "n_chrome": 1,
        "run_id": "run-1",
        "processed_at": NOW,
    }
    fields.update(over)
    return Article(**fields)  # type: ignore[arg-type]


def _segment(**over: object) -> Segment:
    fields: dict[str, object] = {
        "doc_id": DOC,
        "block_index": 0,
        "line_start": 1,
        "line_end": 1,
        "text": "Some line",
        "label": Label.BODY,
        "kind": "paragraph",
        "reason_code": "prose_in_main_text",
        "reason": "sentence-like text",
        "score": 0.75,
    }
    fields.update(over)
    return Segment(**fields)  # type: ignore[arg-type]


def _attribution(**over: object) -> Attribution:
    fields: dict[str, object] = {
        "doc_id": DOC,
        "kind": AttributionKind.AGENCY,
        "name": "ТАСС",
        "name_normalized": "тасс",
        "canonical_id": "tass",
        "line": 5,
        "char_start": 10,
        "char_end": 14,
        "in_body": True,
        "evidence": "сообщает ТАСС",
    }
    fields.update(over)
    return Attribution(**fields)  # type: ignore[arg-type]


def _reject(**over: object) -> Reject:
    fields: dict[str, object] = {
        "doc_id": None,
        "source_path": "/in/b.pdf",
        "sha256": None,
        "reason": RejectReason.UNREADABLE,
        "stage": "read",
        "message": "PermissionError",
        "run_id": "run-1",
        "rejected_at": NOW,
    }
    fields.update(over)
    return Reject(**fields)  # type: ignore[arg-type]


def _run(**over: object) -> RunSummary:
    fields: dict[str, object] = {
        "run_id": "run-1",
        "started_at": NOW,
        "finished_at": NOW + timedelta(seconds=3),
        "parameters": "{}",
        "files_seen": 3,
        "files_skipped": 0,
        "articles": 1,
        "rejects": 2,
        "segments": 10,
        "attributions": 1,
        "labels": '{"body": 2}',
        "reject_reasons": '{"empty": 2}',
        "package_version": "0.1.0",
        "status": "completed",
    }
    fields.update(over)
    return RunSummary(**fields)  # type: ignore[arg-type]


SAMPLES: dict[type[Record], list[Record]] = {
    Article: [_article(), _article(doc_id="f" * 32, language=None, language_score=None, title=None, site="x.ru")],
    Segment: [_segment(), _segment(label=Label.CHROME, kind="teaser", score=0.0, text="")],
    Attribution: [
        _attribution(),
        _attribution(kind=AttributionKind.PHOTO, name=None, name_normalized=None, canonical_id=None, in_body=False),
    ],
    Reject: [_reject(), _reject(doc_id=DOC, sha256="ab" * 32, reason=RejectReason.NOT_TEXT, stage="decode")],
    RunSummary: [_run()],
}


def test_every_record_type_has_samples() -> None:
    assert set(SAMPLES) == set(ALL_RECORDS)


@pytest.mark.parametrize("model", ALL_RECORDS, ids=lambda m: m.__name__)
def test_schema_fields_follow_the_model(model: type[Record]) -> None:
    schema = arrow_schema(model)
    assert schema.names == list(model.model_fields)
    for name, info in model.model_fields.items():
        field = schema.field(name)
        assert field.nullable == _nullable(info.annotation), name
        if info.description:
            assert field.metadata[b"description"] == info.description.encode()
    assert schema.metadata[b"dataset"] == model.dataset.encode()


def test_schema_types() -> None:
    articles = arrow_schema(Article)
    assert articles.field("n_lines").type == pa.int64()
    assert articles.field("language_score").type == pa.float64()
    assert articles.field("processed_at").type == pa.timestamp("us", tz="UTC")
    paragraphs = articles.field("paragraphs").type
    assert pa.types.is_list(paragraphs)
    assert paragraphs.value_type == pa.string()
    assert not paragraphs.value_field.nullable
    assert arrow_schema(Segment).field("label").type == pa.string()
    assert arrow_schema(Attribution).field("in_body").type == pa.bool_()


@pytest.mark.parametrize("model", ALL_RECORDS, ids=lambda m: m.__name__)
def test_parquet_round_trip(model: type[Record], tmp_path: Path) -> None:
    records = SAMPLES[model]
    path = tmp_path / f"{model.dataset}.parquet"
    pq.write_table(to_table(model, records), path)
    table = pq.read_table(path)
    assert table.schema.equals(arrow_schema(model))
    rows = table.to_pylist()
    assert rows == [r.model_dump(mode="python") for r in records]
    assert [model.model_validate(row) for row in rows] == records


def test_round_trip_keeps_values(tmp_path: Path) -> None:
    path = tmp_path / "a.parquet"
    pq.write_table(to_table(Article, SAMPLES[Article]), path)
    first, second = pq.read_table(path).to_pylist()
    assert first["paragraphs"] == ["Первый абзац.", "Второй абзац."]
    assert first["processed_at"] == NOW
    assert first["encoding"] == "cp1251"
    assert second["language"] is None and second["title"] is None and second["site"] == "x.ru"


def test_enums_are_stored_as_their_values(tmp_path: Path) -> None:
    path = tmp_path / "s.parquet"
    pq.write_table(to_table(Segment, SAMPLES[Segment]), path)
    assert pq.read_table(path).column("label").to_pylist() == ["body", "chrome"]


def test_timestamps_in_other_zones_are_stored_as_utc(tmp_path: Path) -> None:
    moscow = timezone(timedelta(hours=3))
    local = datetime(2024, 5, 17, 12, 30, tzinfo=moscow)
    path = tmp_path / "r.parquet"
    pq.write_table(to_table(Reject, [_reject(rejected_at=local)]), path)
    stored = pq.read_table(path).column("rejected_at").to_pylist()[0]
    assert stored == local
    assert stored.utcoffset() == timedelta(0)
    assert stored.hour == 9


def test_empty_table_has_schema() -> None:
    table = to_table(Attribution, [])
    assert table.num_rows == 0
    assert table.schema.equals(arrow_schema(Attribution))


@pytest.mark.parametrize(
    "build",
    [
        pytest.param(lambda: _segment(score=1.5), id="segment-score-above-1"),
        pytest.param(lambda: _segment(score=-0.1), id="segment-score-negative"),
        pytest.param(lambda: _segment(line_start=0), id="segment-line-0"),
        pytest.param(lambda: _segment(label="footer"), id="segment-unknown-label"),
        pytest.param(lambda: _segment(extra="x"), id="segment-extra-field"),
        pytest.param(lambda: _article(paragraphs=[]), id="article-no-paragraphs"),
        pytest.param(lambda: _article(body=""), id="article-empty-body"),
        pytest.param(lambda: _article(doc_id="abc"), id="article-short-doc-id"),
        pytest.param(lambda: _article(n_body=0), id="article-no-body-lines"),
        pytest.param(lambda: _article(colour="red"), id="article-extra-field"),
        pytest.param(lambda: _attribution(kind="rumour"), id="attribution-unknown-kind"),
        pytest.param(lambda: _attribution(evidence=""), id="attribution-empty-evidence"),
        pytest.param(lambda: _reject(reason="bored"), id="reject-unknown-reason"),
        pytest.param(lambda: _run(files_seen=-1), id="run-negative-count"),
    ],
)
def test_invalid_records_raise(build: typing.Callable[[], Record]) -> None:
    with pytest.raises(ValidationError):
        build()


def test_missing_field_raises() -> None:
    fields = _segment().model_dump()
    del fields["reason"]
    with pytest.raises(ValidationError):
        Segment(**fields)


def test_records_are_frozen() -> None:
    segment = _segment()
    with pytest.raises(ValidationError):
        segment.score = 0.1  # type: ignore[misc]


segments = st.builds(
    Segment,
    doc_id=st.text(max_size=40),
    block_index=st.integers(min_value=0, max_value=2**63 - 1),
    line_start=st.integers(min_value=1, max_value=2**63 - 1),
    line_end=st.integers(min_value=1, max_value=2**63 - 1),
    text=st.text(max_size=200),
    label=st.sampled_from(Label),
    kind=st.text(max_size=20),
    reason_code=st.text(max_size=20),
    reason=st.text(max_size=80),
    score=st.floats(min_value=0.0, max_value=1.0, allow_nan=False),
)


@settings(max_examples=100, deadline=None)
@given(st.lists(segments, max_size=8))
def test_segments_survive_parquet_round_trip(tmp_path_factory: pytest.TempPathFactory, rows: list[Segment]) -> None:
    path = tmp_path_factory.mktemp("seg") / "segments.parquet"
    pq.write_table(to_table(Segment, rows), path)
    back = [Segment.model_validate(r) for r in pq.read_table(path).to_pylist()]
    assert back == rows
