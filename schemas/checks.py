"""Validate records as whole Arrow columns, with the rules the pydantic models declare.

Building thousands of pydantic models one row at a time is what validation used to cost; here a
record type's rows arrive as columns, become one Arrow table with the schema of
:func:`schemas.arrow.arrow_schema`, and each rule is one vectorised check over a column. The rules
are read from the models themselves (annotations and ``Field`` constraints), never restated, and a
constraint this module does not know makes :func:`rules_of` raise, so the two cannot drift
silently; ``tests/test_checks.py`` holds them to the same verdicts on generated records.
"""

from __future__ import annotations

import itertools
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Any

import annotated_types as at
import pyarrow as pa
import pyarrow.compute as pc

from schemas.arrow import arrow_schema
from schemas.records import Record

# Comparison constraints: pydantic's name for each, the check a valid value passes, how to say it.
_BOUNDS: dict[type, tuple[str, str, str]] = {
    at.Ge: ("ge", "greater_equal", "≥"),
    at.Gt: ("gt", "greater", ">"),
    at.Le: ("le", "less_equal", "≤"),
    at.Lt: ("lt", "less", "<"),
}


@dataclass(frozen=True)
class Rule:
    """One thing every value of a field must satisfy: `name` is pydantic's word for it."""

    field: str
    name: str  # not_null, type, allowed_values, ge, gt, le, lt, min_length, max_length, extra_forbidden
    bound: Any = None  # the limit, or the allowed values
    says: str = ""  # the rule in words

    def describe(self) -> str:
        return f"{self.field} {self.says}" if self.says else f"{self.field}: {self.name}"


@dataclass(frozen=True)
class Violation:
    """A row that breaks a rule, with the value it holds."""

    row: int
    rule: Rule
    value: Any = None

    def message(self) -> str:
        return f"row {self.row}: {self.rule.describe()} (rule {self.rule.name}, got {self.value!r:.60})"


class InvalidRecordsError(ValueError):
    """Records of one dataset that break their model's rules (raised where pydantic would raise)."""

    def __init__(self, dataset: str, violations: Sequence[Violation]) -> None:
        self.dataset, self.violations = dataset, list(violations)
        super().__init__(f"{len(self.violations)} invalid {dataset} values")

    def messages(self, limit: int) -> list[str]:
        """The first `limit` violations in words, each naming the dataset, row, field and rule."""
        return [f"{self.dataset} {v.message()}" for v in self.violations[:limit]]


def _optional(annotation: Any) -> tuple[Any, bool]:
    """(inner annotation, nullable) of `X | None`."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0], len(args) < len(typing.get_args(annotation))
    return annotation, False


def _constraint_rule(name: str, constraint: object) -> Rule:
    for kind, (rule, _check, sign) in _BOUNDS.items():
        if isinstance(constraint, kind):
            bound = getattr(constraint, rule)
            return Rule(name, rule, bound, f"must be {sign} {bound}")
    if isinstance(constraint, at.MinLen):
        return Rule(name, "min_length", constraint.min_length, f"must have length ≥ {constraint.min_length}")
    if isinstance(constraint, at.MaxLen):
        return Rule(name, "max_length", constraint.max_length, f"must have length ≤ {constraint.max_length}")
    raise TypeError(f"{name}: no Arrow check for the constraint {constraint!r}; add one to schemas/checks.py")


@cache
def rules_of(model: type[Record]) -> tuple[Rule, ...]:
    """Every rule the model's fields declare, in field order (types are checked when columns are built)."""
    rules: list[Rule] = []
    for name, info in model.model_fields.items():
        inner, nullable = _optional(info.annotation)
        if not nullable:
            rules.append(Rule(name, "not_null", None, "must not be null"))
        if typing.get_origin(inner) is list:
            rules.append(Rule(name, "not_null_items", None, "must hold no null items"))
        if isinstance(inner, type) and issubclass(inner, Enum):
            allowed = tuple(str(member.value) for member in inner)
            rules.append(Rule(name, "allowed_values", allowed, f"must be one of {', '.join(allowed)}"))
        rules.extend(_constraint_rule(name, constraint) for constraint in info.metadata)
    return tuple(rules)


def _passing(column: pa.ChunkedArray, rule: Rule) -> pa.ChunkedArray:
    """A boolean mask, true where a non-null value keeps `rule` (not_null and list items are checked apart)."""
    function, arguments, options = _compute_call(rule.name, rule.bound, _type_name(rule.bound))
    if rule.name in ("min_length", "max_length"):
        size = pc.utf8_length(column) if pa.types.is_string(column.type) else pc.list_value_length(column)
        return function.call([size, *arguments], options)
    return function.call([column, *arguments], options)  # NaN passes no comparison, as in pydantic


def _type_name(value: object) -> str:
    return f"{type(value).__module__}.{type(value).__qualname__}"


@cache
def _compute_call(
    name: str, bound: Any, _bound_type: str
) -> tuple[pc.Function, tuple[pa.Scalar, ...], pc.FunctionOptions | None]:
    """The compute function that checks a rule, its bound as an Arrow scalar and its options, built once per rule
    (keyed by the bound's type too: 0 and 0.0 are equal keys, but an int64 and a double scalar).

    `pc.greater_equal(column, bound)` and `pc.is_in(column, value_set=...)` are wrappers that convert the bound to a
    scalar (`pa.scalar`), or build the options, then call the registry's function: on a page's few hundred rows that
    wrapping cost as much as the check (issue 15, session 41). The call made here is the one they make."""
    if name == "allowed_values":
        return pc.get_function("is_in"), (), pc.SetLookupOptions(value_set=pa.array(bound, pa.string()))
    if name in ("min_length", "max_length"):
        check = "greater_equal" if name == "min_length" else "less_equal"
    else:
        check = next(c for r, c, _ in _BOUNDS.values() if r == name)
    return pc.get_function(check), (pa.scalar(bound),), None


def _failing_rows(column: pa.ChunkedArray, rule: Rule) -> list[int]:
    """The rows whose value breaks `rule`; the usual case, none, costs one compute call per rule."""
    if rule.name == "not_null":
        return _true_rows(pc.is_null(column)) if column.null_count else []
    if column.null_count == len(column):
        return []  # null values pass every rule but not_null (an HTML field on a text dump's rows)
    passing = _passing(column, rule)
    # Null values pass every rule but not_null: a clean column has as many true values as non-null ones.
    if sum(chunk.true_count for chunk in passing.chunks) == len(column) - column.null_count:
        return []
    failing = pc.and_(pc.is_valid(column), pc.invert(pc.fill_null(passing, False)))
    return _true_rows(failing)


def _true_rows(mask: pa.ChunkedArray) -> list[int]:
    return [int(row) for row in pc.indices_nonzero(mask).to_pylist()]


def _null_items(column: pa.ChunkedArray, rule: Rule) -> list[Violation]:
    rows: set[int] = set()
    for chunk, offset in zip(column.chunks, _chunk_offsets(column), strict=True):
        items, parents = pc.list_flatten(chunk), pc.list_parent_indices(chunk)
        if items.null_count:
            rows.update(offset + int(p) for p in pc.filter(parents, pc.is_null(items)).to_pylist())
    return [Violation(row, rule, None) for row in sorted(rows)]


def _chunk_offsets(column: pa.ChunkedArray) -> list[int]:
    offsets, at_row = [], 0
    for chunk in column.chunks:
        offsets.append(at_row)
        at_row += len(chunk)
    return offsets


def check_table(model: type[Record], table: pa.Table) -> list[Violation]:
    """The rows of `table` that break a rule of `model`, ordered by row; [] when all pass."""
    found: list[Violation] = []
    for field, rules in _rules_by_field(model):
        column = table.column(field)  # once a field (a lookup by name), not once a rule
        for rule in rules:
            if rule.name == "not_null_items":
                found += _null_items(column, rule)
                continue
            found += [Violation(row, rule, column[row].as_py()) for row in _failing_rows(column, rule)]
    return sorted(found, key=lambda v: v.row)


@cache
def _rules_by_field(model: type[Record]) -> tuple[tuple[str, tuple[Rule, ...]], ...]:
    """`rules_of(model)` grouped by field, in the same order (a field's rules are consecutive there)."""
    return tuple((field, tuple(rules)) for field, rules in itertools.groupby(rules_of(model), lambda r: r.field))


def _array(values: Sequence[Any], dtype: pa.DataType, name: str) -> tuple[pa.Array, list[Violation]]:
    """One column as an Arrow array; values that do not convert are type errors, and null in the array."""
    try:
        return pa.array(values, type=dtype), []
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
        rule = Rule(name, "type", str(dtype), f"must be of Arrow type {dtype}")
        bad = []
        for row, value in enumerate(values):
            try:
                pa.array([value], type=dtype)
            except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
                bad.append(Violation(row, rule, value))
        rows = {v.row for v in bad}
        return pa.array([None if row in rows else v for row, v in enumerate(values)], type=dtype), bad


def table_of(model: type[Record], columns: Mapping[str, Sequence[Any]]) -> tuple[pa.Table, list[Violation]]:
    """Columns of `model`'s records as one table with its schema, and every row that breaks a rule.

    A field with a default may be left out (every row gets the default); a required field left out,
    or a column the model does not have, is a violation on every row. The table is only fit to write
    when the list is empty.
    """
    schema = arrow_schema(model)
    n_rows = len(next(iter(columns.values()))) if columns else 0
    arrays: list[pa.Array] = []
    found: list[Violation] = []
    for name in columns.keys() - model.model_fields.keys():
        found += [Violation(row, Rule(name, "extra_forbidden", None, "is not a field")) for row in range(n_rows)]
    for name, info in model.model_fields.items():
        if name in columns:
            array, bad = _array(columns[name], schema.field(name).type, name)
            found += bad
        elif info.is_required():
            missing = Rule(name, "missing", None, "is required")
            found += [Violation(row, missing) for row in range(n_rows)]
            array = pa.nulls(n_rows, schema.field(name).type)
        else:
            array = pa.array([info.get_default(call_default_factory=True)] * n_rows, type=schema.field(name).type)
        arrays.append(array)
    table = pa.Table.from_arrays(arrays, schema=schema)
    return table, sorted(found + check_table(model, table), key=lambda v: v.row)
