"""Session 34's study of a learned page-level judge of where the article is (issue 12; docs/segmenter.md, "Session 34").

The judge scores candidate regions (the rules' region and the next heaviest runs of prose) on the regions' own facts,
never on which one the rules chose, and switches only past a margin; it learns from the public training sets and our
studied dumps, never from a check set. It did not win held out, so it is not shipped: these tests hold the study's
pieces to what they say. Pages are invented."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from tasks.text.lines import split_lines
from tasks.text.segment import plan_page, segment_text
from tests.bench_modules import bench_module as _bench

_ARTICLE = (
    "The council voted on Tuesday to keep the library open through the winter, after a petition signed by "
    "more than two thousand residents asked it to reverse last month's decision.",
    "Members said the heating costs had been overstated in the first report, and that a local firm had offered "
    "to insulate the reading room at cost, which would cut the bill by a third.",
    "The library will now close only on Sundays, and the mobile branch will keep its route to the villages in "
    "the north of the district, where the nearest building is an hour away by bus.",
)
_THREAD = (
    "2 Comments",
    "Anna, 12 March 2024 at 10:15",
    "Thank you for this, we have walked to that library every week since the children were small, and the "
    "thought of losing it over a heating bill made no sense to any of us on the street.",
    "Ben, 12 March 2024 at 11:20",
    "About time the council listened, though I would like to know who wrote the first report and why nobody "
    "checked the figures before the vote, because this is not the first time it has happened.",
)


def _page() -> str:
    menu = "Home\nNews\nSport\nWeather\nContact"
    return "\n".join([menu, "Library stays open through the winter", "12 March 2024", *_ARTICLE, *_THREAD])


def _labelled(tmp_path: Path) -> Path:
    text = _page()
    body = set(_ARTICLE)
    lines = [{"line": n, "label": "body" if t in body else "chrome", "text": t}
             for n, t in enumerate(text.split("\n"), start=1)]  # fmt: skip
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    label_file = tmp_path / "page.json"
    label_file.write_text(json.dumps({"language": "en", "lines": lines}), encoding="utf-8")
    return label_file


def test_the_judge_learns_only_from_studied_sets_never_a_check_set() -> None:
    judge, checks = _bench("region_judge"), _bench("check_sets")
    own = set(judge.OWN_SETS)
    assert not own & set(checks.DUMP_SETS) and not own & set(checks.PAGE_SETS)
    assert all(int(name.removeprefix("dumps_ml")) % 2 == 1 for name in own)
    assert "dumps_ml3" in own and "dumps_ml55" in own
    grouped = [s for sets in judge.OWN_GROUPS.values() for s in sets]
    assert sorted(grouped) == sorted(own) and len(grouped) == len(set(grouped))
    assert not set(judge.EVAL_ONLY) & set(judge.PUBLIC)


def test_a_candidate_is_described_without_the_rules_choice() -> None:
    """The rows do not depend on which region comes first: the rules' region is weighed as any other."""
    pages = _bench("region_judge_pages")
    plan = plan_page(split_lines(_page()))
    view = plan.view
    regions = [(7, 9), (12, 14), (0, 4)]
    rows = pages.region_features(view.features, view.prose, plan.shares, regions)
    turned = pages.region_features(view.features, view.prose, plan.shares, regions[::-1])
    assert rows.shape == (3, len(pages.FEATURE_NAMES))
    np.testing.assert_array_equal(rows, turned[::-1])
    assert not any("rule" in name for name in pages.FEATURE_NAMES)


def test_the_rules_region_is_the_first_candidate_and_counts_as_newsclean_eval(tmp_path: Path) -> None:
    pages = _bench("region_judge_pages")
    page = pages.page_rows("invented", _labelled(tmp_path))
    first, last = segment_text(_page()).main_region or (0, 0)
    assert page.regions[0] == (first - 1, last - 1)  # indices, where the segmenter reports line numbers
    assert len(page.regions) >= 2 and len(set(page.regions)) == len(page.regions)
    assert tuple(page.counts[0]) == (3, 0, 0) and bool(page.on_main_run[0])
    # the comment thread's prose is a candidate too, and choosing it would lose the article
    thread = next(k for k, r in enumerate(page.regions) if r is not None and r[0] >= 10)
    assert pages.f1(*page.counts[thread]) == 0.0 and not page.on_main_run[thread]


def test_the_gold_main_run_is_the_longest_run_of_body() -> None:
    pages = _bench("region_judge_pages")
    assert pages.gold_main_run([3, 4, 6, 30, 31, 32, 33, 40]) == {30, 31, 32, 33}
    assert pages.gold_main_run([]) == set()


def test_the_judge_switches_only_past_its_margin() -> None:
    judge = _bench("region_judge")
    assert judge.choose(np.array([0.3, 0.9, 0.5]), 0.5) == 1
    assert judge.choose(np.array([0.5, 0.9, 0.5]), 0.5) == 0  # not confident enough that the rules are wrong
    assert judge.choose(np.array([0.1, 0.9]), None) == 0  # None: the rules alone
    assert judge.choose(np.array([0.1]), 0.0) == 0


def test_a_wrong_region_is_a_low_page_or_one_that_misses_the_main_run() -> None:
    judge, pages = _bench("region_judge"), _bench("region_judge_pages")
    right = pages.PageRows("g", "d", [(0, 3), (5, 9)], np.zeros((2, 1), np.float32),
                           np.array([[9, 1, 0], [0, 4, 9]]), np.array([True, False]))  # fmt: skip
    assert not judge.wrong_region(right) and judge.wrong_region(right, 1)
    missed = pages.PageRows("g", "d", [(0, 3)], np.zeros((1, 1), np.float32), np.array([[5, 0, 5]]), np.array([False]))
    assert judge.wrong_region(missed)
    no_body = pages.PageRows("g", "d", [None], np.zeros((1, 1), np.float32), np.array([[0, 0, 0]]), np.array([False]))
    assert not judge.wrong_region(no_body)
