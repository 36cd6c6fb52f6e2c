"""Session 41's speed round (issue 15): exact cuts, each held here to the code it replaced.

(1) `check_table` (every page's segment records, checked as one Arrow table) called `pc.greater_equal(column, bound)`
and `pc.is_in(column, value_set=pa.array(...))` once a rule and a page: the wrappers convert the bound to a scalar and
build the options before the registry's function runs. The function, its scalar bound and its options are now built
once per rule and called directly; a column is looked up once per field; a column of nulls only (an HTML field on a
text dump's rows) skips the rules that nulls pass. (2) `gallery_slide` looks at the line's two neighbours in a loop
instead of building a list and a generator on each short line.
"""

from __future__ import annotations

import math
import typing
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import Field

from schemas import ALL_RECORDS, Record, Segment, arrow_schema
from schemas.checks import _BOUNDS, Rule, Violation, check_table, rules_of, table_of
from tasks.text.features import line_features
from tasks.text.gallery import _same_block, gallery_slide, is_gallery_slide
from tasks.text.lines import Line
from tasks.text.rules import LineContext
from tasks.text.thresholds import DEFAULT_RULES
from tasks.text.verdicts import Verdict

# ---- (1) the whole-table checks, as they were before the round ----


def _old_passing(column: pa.ChunkedArray, rule: Rule) -> pa.ChunkedArray:
    if rule.name == "allowed_values":
        return pc.is_in(column, value_set=pa.array(rule.bound, pa.string()))
    if rule.name in ("min_length", "max_length"):
        size = pc.utf8_length(column) if pa.types.is_string(column.type) else pc.list_value_length(column)
        return pc.greater_equal(size, rule.bound) if rule.name == "min_length" else pc.less_equal(size, rule.bound)
    check = next(c for r, c, _ in _BOUNDS.values() if r == rule.name)
    return getattr(pc, check)(column, rule.bound)


def _old_failing_rows(column: pa.ChunkedArray, rule: Rule) -> list[int]:
    if rule.name == "not_null":
        return _rows(pc.is_null(column)) if column.null_count else []
    passing = _old_passing(column, rule)
    if sum(chunk.true_count for chunk in passing.chunks) == len(column) - column.null_count:
        return []
    return _rows(pc.and_(pc.is_valid(column), pc.invert(pc.fill_null(passing, False))))


def _rows(mask: pa.ChunkedArray) -> list[int]:
    return [int(row) for row in pc.indices_nonzero(mask).to_pylist()]


def _old_null_items(column: pa.ChunkedArray, rule: Rule) -> list[Violation]:
    rows: set[int] = set()
    offset = 0
    for chunk in column.chunks:
        items, parents = pc.list_flatten(chunk), pc.list_parent_indices(chunk)
        if items.null_count:
            rows.update(offset + int(p) for p in pc.filter(parents, pc.is_null(items)).to_pylist())
        offset += len(chunk)
    return [Violation(row, rule, None) for row in sorted(rows)]


def _old_check_table(model: type[Record], table: pa.Table) -> list[Violation]:
    found: list[Violation] = []
    for rule in rules_of(model):
        column = table.column(rule.field)
        if rule.name == "not_null_items":
            found += _old_null_items(column, rule)
            continue
        found += [Violation(row, rule, column[row].as_py()) for row in _old_failing_rows(column, rule)]
    return sorted(found, key=lambda v: v.row)


def _same(new: list[Violation], old: list[Violation]) -> bool:
    """Equal violations in the same order; NaN values compared as NaN (NaN != NaN would fail a plain ==)."""

    def key(v: Violation) -> tuple[Any, ...]:
        nan = isinstance(v.value, float) and math.isnan(v.value)
        return v.row, v.rule, "NaN" if nan else v.value, type(v.value)

    return [key(v) for v in new] == [key(v) for v in old]


class Bounded(Record):
    """Every kind of rule, with bounds of both numeric types on both column types (0 and 0.0 are equal keys)."""

    dataset: typing.ClassVar[str] = "bounded"

    a: float = Field(ge=0, lt=1)
    b: int = Field(gt=0, le=3.0)
    c: float | None = Field(default=None, ge=0.0, le=1.0)
    d: str = Field(min_length=2, max_length=4)
    e: list[str] = Field(max_length=2)
    f: int | None = Field(default=None, ge=-1)


_FLOATS = st.one_of(
    st.none(), st.floats(-0.5, 3.5), st.sampled_from([0.0, -0.0, 0.5, 1.0, math.nan, math.inf, -math.inf])
)
_VALUES: dict[str, st.SearchStrategy[Any]] = {
    "a": _FLOATS, "b": st.one_of(st.none(), st.integers(-2, 5)), "c": _FLOATS,
    "d": st.one_of(st.none(), st.text(max_size=6)), "e": st.one_of(st.none(), st.lists(st.one_of(st.none(),
    st.text(max_size=2)), max_size=3)), "f": st.one_of(st.none(), st.integers(-3, 3)),
}  # fmt: skip


@st.composite
def _bounded_table(draw: st.DrawFn) -> pa.Table:
    """A Bounded table in one to three chunks; each column sometimes null throughout."""
    n = draw(st.integers(0, 7))
    columns = {}
    for name, values in _VALUES.items():
        columns[name] = [None] * n if draw(st.integers(0, 4)) == 0 else [draw(values) for _ in range(n)]
    table = pa.Table.from_pydict(columns, schema=arrow_schema(Bounded).remove_metadata())
    cuts = sorted(draw(st.lists(st.integers(0, n), max_size=2)))
    pieces = [table.slice(a, b - a) for a, b in zip([0, *cuts], [*cuts, n], strict=True)]
    return pa.concat_tables(pieces) if pieces else table


@settings(max_examples=300, deadline=None)
@given(table=_bounded_table())
def test_the_checks_find_what_the_wrapped_calls_found(table: pa.Table) -> None:
    assert _same(check_table(Bounded, table), _old_check_table(Bounded, table))


@pytest.mark.parametrize("model", [*ALL_RECORDS, Bounded], ids=lambda m: m.__name__)
def test_a_column_of_nulls_only_breaks_only_not_null(model: type[Record]) -> None:
    schema = arrow_schema(model)
    table = pa.Table.from_arrays([pa.nulls(3, f.type) for f in schema], schema=schema.remove_metadata())
    new = check_table(model, table)
    assert _same(new, _old_check_table(model, table))
    assert {v.rule.name for v in new} <= {"not_null"}
    assert {v.rule.field for v in new} == {r.field for r in rules_of(model) if r.name == "not_null"}


def test_a_bound_of_either_numeric_type_is_kept_apart() -> None:
    # 0 and 0.0 are one dictionary key; their scalars are an int64 and a double: each rule gets its own
    table = pa.table({"a": [0.0, -0.0, 0.25, math.nan], "b": [1, 0, 3, 4], "c": [None, 1.5, None, 0.0],
                      "d": ["ab", "a", "abcde", None], "e": [["x"], None, ["x", None], ["a", "b", "c"]],
                      "f": [None, None, -1, -2]}, schema=arrow_schema(Bounded).remove_metadata())  # fmt: skip
    new = check_table(Bounded, table)
    assert _same(new, _old_check_table(Bounded, table))
    assert {(v.row, v.rule.field, v.rule.name) for v in new} == {
        (3, "a", "ge"), (3, "a", "lt"), (1, "b", "gt"), (3, "b", "le"), (1, "c", "le"), (1, "d", "min_length"),
        (2, "d", "max_length"), (3, "d", "not_null"), (1, "e", "not_null"), (2, "e", "not_null_items"),
        (3, "e", "max_length"), (3, "f", "ge"),
    }  # fmt: skip


@pytest.mark.parametrize("model", ALL_RECORDS, ids=lambda m: m.__name__)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_every_record_type_checks_as_before(model: type[Record], data: st.DataObject) -> None:
    """The records' own tables (defaults filled in, bad values made null by table_of) checked both ways."""
    n = data.draw(st.integers(1, 4))
    columns: dict[str, list[Any]] = {}
    for name, info in model.model_fields.items():
        inner = typing.get_args(info.annotation) or (info.annotation,)
        kinds = {a for a in inner if a is not type(None)}
        pool: list[Any] = [None, 0, -1, 1.5, math.nan, "", "body", "x" * 20, ["a", None], []]
        if kinds <= {str}:
            pool = [None, "", "x", "body", "x" * 40]
        columns[name] = [data.draw(st.sampled_from(pool)) for _ in range(n)]
    table, _ = table_of(model, columns)
    assert _same(check_table(model, table), _old_check_table(model, table))


def test_good_segments_still_pass() -> None:
    columns = {
        "doc_id": ["d"] * 2, "block_index": [0, 1], "line_start": [1, 3], "line_end": [1, 3], "text": ["H", "B."],
        "label": ["title", "body"], "kind": ["title", "paragraph"], "reason_code": ["a", "b"], "reason": ["A", "B"],
        "score": [1.0, -0.0],
    }  # fmt: skip
    table, violations = table_of(Segment, columns)
    assert violations == [] == _old_check_table(Segment, table)


# ---- (2) a gallery's edge lines, as they were read before the round ----


def _old_gallery_slide(ctx: LineContext) -> Verdict | None:
    i, features = ctx.index, ctx.features
    feat = features[i]
    if (feat.shape[:1] == "0" or feat.shape[:3] == "A0|") and is_gallery_slide(ctx, i):
        return gallery_slide(ctx)  # the first branch is untouched: its verdict, as the new function gives it
    if feat.ends_sentence or feat.n_words > ctx.rules.gallery_edge_max_words:
        return None
    neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(features) and features[j].shape[:1] == "0"]
    if not any(_same_block(ctx, i, j) and is_gallery_slide(ctx, j) for j in neighbours):
        return None
    return gallery_slide(ctx)


def _page(texts: list[str], gaps: list[bool]) -> list[Line]:
    lines: list[Line] = []
    number, block, at = 1, 0, 0
    for text, gap in zip(texts, gaps, strict=True):
        if lines:
            number, block, at = (number + 2, block + 1, 0) if gap else (number + 1, block, at + 1)
        lines.append(Line(number, text, block, at))
    return lines


def _verdicts(lines: list[Line], reader: Any) -> list[Verdict | None]:
    features = line_features(lines)
    return [reader(LineContext(i, lines, features, None, DEFAULT_RULES, None)) for i in range(len(lines))]


_GALLERY_LINES = st.sampled_from([
    "1/3 Ervas novas crescem.", "2/3 Djeca na ramenima", "3/3 Ann Lee", "2 / 3 A slide", "1/2 cup of flour",
    "12/3", "Galerija (3 fotografije)", "Pogledaj cijelu galeriju", "Foto 1 de 3", "Foto 2 de 3", "Photo 3 of 3",
    "The council met on Tuesday and voted for the plan.", "Share", "Bild 2 von 10", "", "0/5 nothing", "4/3 over",
])  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(texts=st.lists(_GALLERY_LINES, min_size=1, max_size=9), data=st.data())
def test_a_gallerys_edges_are_read_as_before(texts: list[str], data: st.DataObject) -> None:
    lines = _page(texts, [data.draw(st.booleans()) for _ in texts])
    assert _verdicts(lines, gallery_slide) == _verdicts(lines, _old_gallery_slide)


def test_a_galleries_heading_and_button_are_its_edges() -> None:
    texts = ["Galerija (3 fotografije)", "1/3 Ervas novas", "2/3 Djeca na ramenima", "3/3 Ann Lee", "Pogledaj sve"]
    found = _verdicts(_page(texts, [False] * 5), gallery_slide)
    assert [v is not None and v.reason_code == "gallery_slide" for v in found] == [True] * 5
    apart = _verdicts(_page(texts, [False, True, False, False, True]), gallery_slide)  # other blocks: no edges
    assert [v is not None for v in apart] == [False, True, True, True, False]
    assert found == _verdicts(_page(texts, [False] * 5), _old_gallery_slide)
