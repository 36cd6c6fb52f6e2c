"""Derive Arrow schemas from the pydantic record models, so both come from one definition."""

from __future__ import annotations

import types
import typing
from datetime import datetime
from enum import Enum
from functools import cache
from typing import Any

import pyarrow as pa

from schemas.records import Record

_SCALARS: dict[type, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    datetime: pa.timestamp("us", tz="UTC"),
}


def _arrow_type(annotation: Any) -> tuple[pa.DataType, bool]:
    """Map one field annotation to (arrow type, nullable)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"unsupported union {annotation!r}")
        inner, _ = _arrow_type(args[0])
        return inner, True
    if origin is list:
        (item,) = typing.get_args(annotation)
        inner, _ = _arrow_type(item)
        return pa.list_(pa.field("item", inner, nullable=False)), False
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return pa.string(), False
    if annotation in _SCALARS:
        return _SCALARS[annotation], False
    raise TypeError(f"no Arrow type for {annotation!r}")


@cache
def arrow_schema(model: type[Record]) -> pa.Schema:
    """The Arrow schema of a record type, field order and nullability included (derived once per type)."""
    fields = []
    for name, info in model.model_fields.items():
        dtype, nullable = _arrow_type(info.annotation)
        metadata = {"description": info.description} if info.description else None
        fields.append(pa.field(name, dtype, nullable=nullable, metadata=metadata))
    return pa.schema(fields, metadata={"dataset": model.dataset})


def to_table(model: type[Record], records: typing.Sequence[Record]) -> pa.Table:
    """Records of one type as an Arrow table with the derived schema."""
    rows = [r.model_dump(mode="python") for r in records]
    return pa.Table.from_pylist(rows, schema=arrow_schema(model))


R = typing.TypeVar("R", bound=Record)


def from_table(model: type[R], table: pa.Table) -> list[R]:
    """The rows of a table as pydantic records (each validated): for tests and inspection, not bulk work."""
    return [model.model_validate(row) for row in table.to_pylist()]
