"""Whole-table checks (schemas/checks.py) against pydantic: the same verdicts on the same records."""

from __future__ import annotations

import math
import typing
from datetime import UTC, datetime
from enum import Enum
from typing import Any

import annotated_types as at
import pyarrow as pa
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, Field, ValidationError

from schemas import ALL_RECORDS, Label, Record, Segment, arrow_schema
from schemas.checks import InvalidRecordsError, Rule, check_table, rules_of, table_of

# Text without lone surrogates: Arrow cannot hold them (a type error there), pydantic can.
_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
_floats = st.one_of(st.floats(-0.5, 1.5), st.sampled_from([0.0, 1.0, math.nan, math.inf, -math.inf]))
_when = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC))


def _values(annotation: Any) -> st.SearchStrategy[Any]:
    """Values of the annotated type, good and bad for the field's rules, and None."""
    origin = typing.get_origin(annotation)
    if origin is list:
        return st.lists(st.one_of(st.none(), _values(typing.get_args(annotation)[0])), max_size=3)
    if origin is not None:  # X | None
        return st.one_of([_values(a) for a in typing.get_args(annotation) if a is not type(None)])
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return st.sampled_from([str(m.value) for m in annotation] + ["bogus", ""])
    strategies: dict[Any, st.SearchStrategy[Any]] = {
        str: _text, int: st.integers(-3, 5), float: _floats, bool: st.booleans(), datetime: _when,
    }  # fmt: skip
    return strategies[annotation]


@st.composite
def _record(draw: st.DrawFn, model: type[Record]) -> dict[str, Any]:
    """Field values for `model`: each one of its type, sometimes None, sometimes left out."""
    fields: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        choice = draw(st.sampled_from(["value", "value", "value", "none", "omit"]))
        if choice == "value":
            fields[name] = draw(_values(info.annotation))
        elif choice == "none":
            fields[name] = None
    return fields


def _pydantic_fields(model: type[Record], fields: dict[str, Any]) -> set[str]:
    """The fields pydantic finds fault with; empty when the record validates."""
    try:
        model(**fields)
    except ValidationError as exc:
        return {str(e["loc"][0]) for e in exc.errors()}
    return set()


def _arrow_fields(model: type[Record], rows: list[dict[str, Any]]) -> list[set[str]]:
    """The fields the Arrow checks find fault with, per row, all rows checked as one table."""
    columns = {name: [row.get(name) for row in rows] for name in model.model_fields}
    for name in model.model_fields:  # a field left out of every row is left out of the columns
        if all(name not in row for row in rows):
            del columns[name]
    _, violations = table_of(model, columns)
    faults: list[set[str]] = [set() for _ in rows]
    for v in violations:
        faults[v.row].add(v.rule.field)
    return faults


@pytest.mark.parametrize("model", ALL_RECORDS, ids=lambda m: m.__name__)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_arrow_checks_and_pydantic_agree(model: type[Record], data: st.DataObject) -> None:
    """Row by row, in one table, the Arrow checks fault the same fields pydantic does."""
    n_rows = data.draw(st.integers(1, 4))
    rows = [data.draw(_record(model)) for _ in range(n_rows)]
    # A field left out of some rows but not all has to be a column: the absent rows hold None.
    present = {name for row in rows for name in row}
    # Rows that leave out every field are no columns at all, and columns without one column hold no rows to fault
    # (test_no_columns_are_no_rows); the writer's records always hold their fields. Hypothesis draws this case.
    assume(present)
    rows = [{name: row.get(name) for name in present} for row in rows]
    expected = [_pydantic_fields(model, row) for row in rows]
    assert _arrow_fields(model, rows) == expected


@pytest.mark.parametrize("model", ALL_RECORDS, ids=lambda m: m.__name__)
def test_no_columns_are_no_rows(model: type[Record]) -> None:
    table, violations = table_of(model, {})
    assert table.num_rows == 0 and violations == []
    assert table.schema.equals(arrow_schema(model))


def test_good_segments_pass_and_keep_their_values() -> None:
    columns = {
        "doc_id": ["d" * 32] * 2, "block_index": [0, 1], "line_start": [1, 3], "line_end": [1, 3],
        "text": ["Headline", "Body."], "label": ["title", "body"], "kind": ["title", "paragraph"],
        "reason_code": ["a", "b"], "reason": ["A.", "B."], "score": [1.0, 0.0],
    }  # fmt: skip
    table, violations = table_of(Segment, columns)
    assert violations == []
    assert table.schema.field("tag_path").nullable and table.column("tag_path").null_count == 2
    assert [Segment.model_validate(r).label for r in table.to_pylist()] == [Label.TITLE, Label.BODY]


def test_each_bad_row_is_named_with_its_field_and_rule() -> None:
    columns = {
        "doc_id": ["d"] * 3, "block_index": [0, -1, 0], "line_start": [1, 2, 3], "line_end": [1, 2, 3],
        "text": ["a", "b", None], "label": ["body", "body", "sidebar"], "kind": ["p"] * 3,
        "reason_code": ["r"] * 3, "reason": ["r"] * 3, "score": [0.5, 0.5, 1.5],
    }  # fmt: skip
    _, violations = table_of(Segment, columns)
    found = [(v.row, v.rule.field, v.rule.name) for v in violations]
    assert sorted(found) == [
        (1, "block_index", "ge"), (2, "label", "allowed_values"), (2, "score", "le"), (2, "text", "not_null"),
    ]  # fmt: skip
    error = InvalidRecordsError("segments", violations)
    assert error.messages(1) == ["segments row 1: block_index must be ≥ 0 (rule ge, got -1)"]


def test_a_value_of_the_wrong_type_is_a_type_error_on_its_row() -> None:
    columns = {"doc_id": ["d", "d"], "block_index": [0, "zero"], "line_start": [1, 2], "line_end": [1, 2],
               "text": ["a", "b"], "label": ["body"] * 2, "kind": ["p"] * 2, "reason_code": ["r"] * 2,
               "reason": ["r"] * 2, "score": [0.5, 0.5]}  # fmt: skip
    _, violations = table_of(Segment, columns)
    assert {(v.row, v.rule.field, v.rule.name) for v in violations} >= {(1, "block_index", "type")}
    assert all(v.row == 1 for v in violations)


def test_missing_and_unknown_columns_fault_every_row() -> None:
    table, violations = table_of(Segment, {"doc_id": ["d", "e"], "colour": ["red", "blue"]})
    assert {(v.row, v.rule.field, v.rule.name) for v in violations} >= {
        (0, "colour", "extra_forbidden"), (1, "colour", "extra_forbidden"), (0, "score", "missing"),
    }  # fmt: skip
    assert table.num_rows == 2


def test_rules_come_from_the_models_field_metadata() -> None:
    rules = rules_of(Segment)
    assert Rule("score", "le", 1.0, "must be ≤ 1.0") in rules
    assert Rule("line_start", "ge", 1, "must be ≥ 1") in rules
    assert not any(r.field == "tag_path" and r.name == "not_null" for r in rules)
    assert next(r for r in rules if r.name == "allowed_values").bound == tuple(str(m) for m in Label)


def test_a_constraint_without_an_arrow_check_is_refused() -> None:
    class Odd(Record):
        dataset: typing.ClassVar[str] = "odd"
        n: int = Field(multiple_of=2)

    with pytest.raises(TypeError, match="MultipleOf"):
        rules_of(Odd)


def test_check_table_reads_a_table_written_elsewhere() -> None:
    schema = arrow_schema(Segment)
    row = {"doc_id": "d", "block_index": 0, "line_start": 1, "line_end": 1, "text": "t", "label": "body",
           "kind": "p", "reason_code": "r", "reason": "r", "score": 2.0, "tag_path": None,
           "link_density": None}  # fmt: skip
    table = pa.Table.from_pylist([row], schema=schema)
    assert [(v.rule.field, v.rule.name) for v in check_table(Segment, table)] == [("score", "le")]


def test_bounds_cover_annotated_types() -> None:
    # Every comparison annotated_types offers and pydantic's Field sets has a check.
    class Bounded(BaseModel):
        a: int = Field(gt=0, lt=5)

    metadata = Bounded.model_fields["a"].metadata
    assert {type(m) for m in metadata} == {at.Gt, at.Lt}
