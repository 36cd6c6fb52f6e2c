"""LineFeatures is built from a bare tuple in its fields' order (tasks/text/features.py, issue 15: the fastest way to
build one for every distinct line): each value sits under its field's name, and this test holds those names to the
fields, so a field added, removed or moved without the tuple fails here instead of shifting every value after it."""

from __future__ import annotations

import ast
import inspect

from tasks.text import features
from tasks.text.features import LineFeatures, _features_of, _text_features


def _built_tuple() -> ast.Tuple:
    tree = ast.parse(inspect.getsource(_features_of).strip())
    calls = [
        node for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_new_tuple"
    ]  # fmt: skip
    assert len(calls) == 1, "one tuple.__new__ call builds the features"
    cls, values = calls[0].args
    assert isinstance(cls, ast.Name) and cls.id == "LineFeatures"
    assert isinstance(values, ast.Tuple)
    return values


def test_the_tuple_names_every_field_in_order() -> None:
    names = []
    for element in _built_tuple().elts:
        assert isinstance(element, ast.Name), "each value is a local named as its field"
        names.append(element.id.removesuffix("_"))  # "ends_sentence_": the function ends_sentence computes it
    assert names == list(LineFeatures._fields)


def test_the_builder_is_tuple_new() -> None:
    assert features._new_tuple is tuple.__new__


def test_built_features_read_by_name() -> None:
    feat = _text_features("Jane Roe contributed to this report.")
    assert type(feat) is LineFeatures and len(feat) == len(LineFeatures._fields)
    assert feat.n_chars == len("Jane Roe contributed to this report.") and feat.n_words == 6
    assert feat.ends_sentence and not feat.ends_colon and not feat.is_clock_only
    assert feat.key == "jane roe contributed to this report" and feat.n_copies == 1 and feat.duplicate_of is None
    assert feat._replace(n_copies=2).n_copies == 2
    clock = _text_features("17:35")
    assert clock.is_clock_only and clock.is_numeric and clock.script is None
