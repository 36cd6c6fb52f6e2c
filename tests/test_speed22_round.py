"""Session 22's speed round: the cycle collector settled after the warm-up, enum members read once."""

from __future__ import annotations

import gc

from schemas import ChromeKind, Label
from tasks.credits import attribution, author_box, byline_block, openings
from tasks.pipeline import YOUNG_GENERATION_THRESHOLD, settle_collector
from tasks.text import region


def test_settle_collector_freezes_what_is_loaded_and_collects_the_young_less_often() -> None:
    before = gc.get_threshold()
    try:
        shared = [{"phrase": "a vocabulary entry"} for _ in range(100)]  # what a warm-up loads: lives on
        settle_collector()
        assert gc.get_freeze_count() >= len(shared)
        assert gc.get_threshold() == (YOUNG_GENERATION_THRESHOLD, before[1], before[2])
        settle_collector()  # twice (a second warm-up in a forked worker) keeps the older generations' thresholds
        assert gc.get_threshold() == (YOUNG_GENERATION_THRESHOLD, before[1], before[2])
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def test_young_collections_still_free_cycles() -> None:
    before = gc.get_threshold()
    try:
        settle_collector()

        class Node:
            pass

        a, b = Node(), Node()
        a.other, b.other = b, a  # type: ignore[attr-defined]
        del a, b
        assert gc.collect() >= 2  # the frozen objects are skipped, the new cycle is not
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def test_members_read_once_are_the_members() -> None:
    assert (attribution._BODY, attribution._CHROME, attribution._TITLE, attribution._ATTRIBUTION) == (
        Label.BODY, Label.CHROME, Label.TITLE, Label.ATTRIBUTION,
    )  # fmt: skip
    assert attribution._RELATED_HEADING is ChromeKind.RELATED_HEADING
    assert (byline_block._BODY, byline_block._CHROME, byline_block._TITLE) == (Label.BODY, Label.CHROME, Label.TITLE)
    assert openings._BODY is author_box._BODY is Label.BODY
    assert region._ATTRIBUTION is Label.ATTRIBUTION
