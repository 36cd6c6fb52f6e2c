"""The learned block model's features and decision: one row per block, margins, named evidence."""

from __future__ import annotations

import numpy as np
import pytest
from lxml import html as lxml_html  # type: ignore[import-untyped]

from schemas import Label
from tasks.html.block_features import FEATURE_NAMES, NEIGHBOUR_FEATURES, OWN_FEATURES, REGION_FEATURES, block_matrix
from tasks.html.block_model import BlockModel, decide_body
from tasks.html.blocks import clean_tree, page_blocks
from tasks.html.extract import find_container
from tasks.html.segment import rule_verdicts
from tasks.text.rules import Verdict
from tests.test_html_pipeline import _article_page


def _page():  # type: ignore[no-untyped-def]
    root = lxml_html.fromstring(_article_page())
    clean_tree(root)
    blocks, info = page_blocks(root)
    view = find_container(blocks, info)
    return blocks, view, rule_verdicts(blocks, view)


def test_one_row_of_every_feature_per_block() -> None:
    blocks, view, ruled = _page()
    rows = block_matrix(blocks, view, ruled)
    assert rows.shape == (len(blocks), len(FEATURE_NAMES))
    assert len(FEATURE_NAMES) == len(OWN_FEATURES) + len(REGION_FEATURES) + len(NEIGHBOUR_FEATURES)
    rule_body = rows[:, FEATURE_NAMES.index("rule_body")]
    assert list(rule_body) == [float(v.label == Label.BODY) for v in ruled.verdicts]
    assert rows[0, FEATURE_NAMES.index("body_prev1")] == -1.0  # nothing before the first block
    assert np.isfinite(rows).all()


def _verdict(label: Label) -> Verdict:
    return Verdict(label, "paragraph", "x", "x", 0.9)


def test_the_model_overturns_the_rules_only_when_it_is_sure() -> None:
    verdicts = [_verdict(Label.BODY), _verdict(Label.BODY), _verdict(Label.CHROME), _verdict(Label.CHROME)]
    probability = np.array([0.3, 0.1, 0.7, 0.9])
    assert list(decide_body(verdicts, probability, margin=0.2)) == [True, False, False, True]


def test_titles_and_credit_lines_stay_the_rules() -> None:
    verdicts = [_verdict(Label.TITLE), _verdict(Label.ATTRIBUTION)]
    assert list(decide_body(verdicts, np.array([1.0, 1.0]), margin=0.2)) == [False, False]


class _AlwaysBody:
    """A stand-in booster: p(body) = 0.95 for every block, 'rule_body' the only contribution."""

    def predict(self, rows, num_threads: int = 1, pred_contrib: bool = False):  # type: ignore[no-untyped-def]
        if pred_contrib:
            contributions = np.zeros((len(rows), len(FEATURE_NAMES) + 1))
            contributions[:, FEATURE_NAMES.index("window_body_share")] = 2.0
            return contributions
        return np.full(len(rows), 0.95)


def test_an_overturned_verdict_names_its_strongest_evidence() -> None:
    blocks, view, ruled = _page()
    revised = BlockModel(_AlwaysBody(), margin=0.2).revise(blocks, view, ruled)
    flipped = [v for v, old in zip(revised, ruled.verdicts, strict=True) if old.label == Label.CHROME]
    assert flipped and all(v.label == Label.BODY and v.reason_code == "block_model" for v in flipped)
    assert all("window_body_share" in v.reason for v in flipped)
    kept = [v for v, old in zip(revised, ruled.verdicts, strict=True) if old.label == Label.TITLE]
    assert all(v.label == Label.TITLE for v in kept)


@pytest.mark.parametrize("margin", [0.0])
def test_a_zero_margin_never_overturns(margin: float) -> None:
    blocks, view, ruled = _page()
    revised = BlockModel(_AlwaysBody(), margin=margin).revise(blocks, view, ruled)
    assert [v.label for v in revised] == [v.label for v in ruled.verdicts]


def test_eval_reports_the_cards_held_out_scores_beside_the_rules() -> None:
    from tasks.html.block_model import model_card
    from tasks.report.evaluate_html import block_model_lines

    card = model_card()
    assert set(card["trained_on"]).isdisjoint(card["evaluation_only"])
    assert "dragnet" in card["evaluation_only"] and "l3s" in card["evaluation_only"]
    assert "evaluation-only" in block_model_lines("l3s")[0]
    assert "leave-one-set-out" in block_model_lines("aeb")[0]
    assert block_model_lines("no-such-set") == []
