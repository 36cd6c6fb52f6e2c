"""Session 49's whole-page study (issue 12; docs/segmenter.md, "Session 49 (helper s49-wholepage)").

Two study tools, no change to the rules: bench/region_judge49.py asks session 34's page-level judge of the region
again, also in forms that cannot switch for size alone (only to a candidate lighter than the rules' region; without
the size facts), learning only from studied sets; bench/wholepage_share.py measures how much of a set's loss is whole
pages placed wrong and where the rest of the missed body stands. These tests hold the tools to what they say. Pages
are invented."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from tests.bench_modules import bench_module as _bench
from tests.conftest import ROOT

_HEAD = ("Home", "News", "Sport", "Weather", "Contact", "Ferry timetable kept for the winter", "By Ruth Ellison")
_ARTICLE = (
    "The island council voted on Tuesday to keep the winter ferry timetable, after a petition signed by more "
    "than two thousand residents asked it to reverse last month's decision to cut the early crossing.",
    "Members said the fuel costs had been overstated in the first report, and that the operator had offered to "
    "run the early boat at cost until March, which would keep the school run and the surgery reachable.",
    "The timetable will now change only on Sundays, and the freight crossing will keep its slot in the evening, "
    "when most of the island's deliveries arrive from the mainland by lorry.",
)
_THREAD = (
    "2 Comments",
    "Anna, 12 March 2024 at 10:15",
    "Thank you for this, we have taken that early boat every week since the children were small, and the thought "
    "of losing it over a fuel bill made no sense to any of us who live on the north side of the island.",
    "Ben, 12 March 2024 at 11:20",
    "About time the council listened, though I would like to know who wrote the first report and why nobody "
    "checked the figures before the vote, because this is not the first time it has happened here.",
)


def _labelled(tmp_path: Path, body: set[str]) -> Path:
    text = "\n".join([*_HEAD, *_ARTICLE, *_THREAD])
    lines = [{"line": n, "label": "body" if t in body else "chrome", "text": t}
             for n, t in enumerate(text.split("\n"), start=1)]  # fmt: skip
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    label_file = tmp_path / "page.json"
    label_file.write_text(json.dumps({"language": "en", "lines": lines}), encoding="utf-8")
    return label_file


def test_the_judge_learns_only_from_studied_sets_never_a_check_set() -> None:
    judge, checks = _bench("region_judge49"), _bench("check_sets")
    own = set(judge.OWN_SETS)
    assert not own & set(checks.DUMP_SETS) and not own & set(checks.PAGE_SETS)
    assert all(int(name.removeprefix("dumps_ml")) % 2 == 1 for name in own) and "dumps_ml85" in own
    grouped = [s for sets in judge.OWN_GROUPS.values() for s in sets]
    assert sorted(grouped) == sorted(own) and len(grouped) == len(set(grouped))
    assert all(name.startswith("wholepage") and (ROOT / "tests" / "data" / name).is_dir() for name in judge.INVENTED)


def test_the_lighter_judge_is_offered_only_candidates_with_fewer_words() -> None:
    judge, pages = _bench("region_judge49"), _bench("region_judge_pages")
    features = np.zeros((4, len(pages.FEATURE_NAMES)), np.float32)
    features[:, judge.WORDS] = [5.0, 6.0, 4.0, 5.0]  # the rules' region, a heavier one, a lighter one, an equal one
    page = pages.PageRows("g", "d", [(0, 3), (5, 9), (11, 12), (14, 15)], features, np.zeros((4, 3)), np.ones(4, bool))
    assert judge.lighter(page) == [2]
    assert judge.every(page) == [1, 2, 3]
    scores = np.array([0.2, 0.95, 0.8, 0.9])
    assert judge.pick(scores, judge.lighter(page), 0.5) == 2  # the heavier one scores more, but is not offered
    assert judge.pick(scores, judge.lighter(page), 0.7) == 0  # not confident enough that the rules are wrong
    assert judge.pick(scores, [], 0.0) == 0


def test_the_shape_judge_reads_no_fact_of_size() -> None:
    judge, pages = _bench("region_judge49"), _bench("region_judge_pages")
    assert set(judge.SIZE) <= set(pages.FEATURE_NAMES)  # a misspelt name would leave a size fact in
    shape = {pages.FEATURE_NAMES[k] for k in judge.SHAPE}
    assert not shape & set(judge.SIZE) and len(shape) == len(pages.FEATURE_NAMES) - len(judge.SIZE)


def test_a_byline_the_gold_keeps_is_missed_above_a_right_region(tmp_path: Path) -> None:
    """The rules choose the article; the gold keeps its byline as body too (dragnet's convention): one body line
    missed above the region, on a page whose region is right."""
    share = _bench("wholepage_share")
    page = share.page_counts(_labelled(tmp_path, {*_ARTICLE, "By Ruth Ellison"}))
    assert not page.wrong_region and page.counts == (3, 0, 1)
    assert page.missed_at == {"above": 1}


def test_a_gold_that_keeps_only_the_thread_makes_the_region_wrong(tmp_path: Path) -> None:
    """The gold keeps the comments, not the article (cleaneval-dev 13's convention): the whole page is placed wrong,
    and a set's F1 with it right counts its missed lines as found and its false body as gone."""
    share = _bench("wholepage_share")
    page = share.page_counts(_labelled(tmp_path, {_THREAD[2], _THREAD[4]}))
    assert page.wrong_region and page.counts == (0, 3, 2)
    s = share.SetShare()
    s.add(page)
    s.add(share.PageCounts((8, 1, 1), False, share.Counter({"below": 1}), share.Counter({"after_main_text": 1})))
    assert s.wrong_pages == 1 and s.total == [8, 4, 3] and s.missed_at == {"below": 1}
    assert s.perfect_wrong() == share.f1(10, 1, 1)


def test_a_set_with_no_wrong_page_is_its_own_ceiling() -> None:
    share = _bench("wholepage_share")
    s = share.SetShare()
    s.add(share.PageCounts((8, 1, 1), False, share.Counter(), share.Counter()))
    assert s.perfect_wrong() == share.f1(8, 1, 1) and s.wrong_pages == 0
