"""The per-line records (Verdict, LineContext, LabelledLine, Line) write their own __init__ (issue 15: a frozen
dataclass's generated one costs twice as much, and about 660 are built a page). Each __init__ must take the fields in
order with the dataclass's defaults and set every one of them, so a field added without it fails here."""

from __future__ import annotations

import dataclasses
import inspect
import pickle

import pytest

from schemas import Label
from tasks.text.lines import Line, split_lines
from tasks.text.segment import LabelledLine
from tasks.text.thresholds import DEFAULT_RULES
from tasks.text.verdicts import LineContext, Verdict

RECORDS = (Verdict, LineContext, LabelledLine, Line)


@pytest.mark.parametrize("record", RECORDS)
def test_init_takes_the_fields_in_order_with_their_defaults(record: type) -> None:
    parameters = list(inspect.signature(record.__init__).parameters.values())[1:]  # self
    fields = dataclasses.fields(record)
    assert [p.name for p in parameters] == [f.name for f in fields]
    for parameter, field in zip(parameters, fields, strict=True):
        default = inspect.Parameter.empty if field.default is dataclasses.MISSING else field.default
        assert parameter.default == default and parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD


@pytest.mark.parametrize("record", RECORDS)
def test_init_sets_every_field_and_stays_frozen(record: type) -> None:
    values = [object() for _ in dataclasses.fields(record)]
    built = record(*values)
    assert vars(built) == {f.name: v for f, v in zip(dataclasses.fields(record), values, strict=True)}
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.__setattr__(dataclasses.fields(record)[0].name, None)


def test_records_compare_hash_copy_and_pickle_as_before() -> None:
    verdict = Verdict(Label.BODY, "paragraph", "prose", "a sentence", 0.8)
    same = Verdict(label=Label.BODY, kind="paragraph", reason_code="prose", reason="a sentence", score=0.8)
    assert verdict == same and hash(verdict) == hash(same) and verdict != dataclasses.replace(same, score=0.7)
    assert repr(verdict).startswith("Verdict(label=")
    assert pickle.loads(pickle.dumps(verdict)) == verdict
    line = split_lines("a\n\nb")[1]
    assert line == Line(number=3, text="b", block_index=1, index_in_block=0)
    labelled = LabelledLine(line, verdict)
    assert dataclasses.replace(labelled, verdict=same) == labelled
    assert LineContext(0, [line], [], None, DEFAULT_RULES).site is None


def test_a_line_with_no_flag_skips_only_rules_that_would_not_fire() -> None:
    from tasks.text import rules
    from tasks.text.features import line_features

    text = "Headline\n\nHeadline\n\n{{ tag }}\n\n2024\n\nRead more: a teaser…\n\nCopyright 2024 All rights reserved\n\n"
    lines = split_lines(text + "A plain sentence of the article, long enough to be prose in it.")
    features = line_features(lines)
    for i in range(len(lines)):
        ctx = LineContext(i, lines, features, "LATIN", DEFAULT_RULES)
        every = next((v for rule in rules.LOCAL_RULES if (v := rule(ctx)) is not None), None)
        assert rules.local_verdict(ctx) == every
        if not rules._flagged(features[i]):
            assert all(rule(ctx) is None for rule in rules._FLAG_RULES)
