"""The report's numbers come from the datasets alone, grouped as each chart needs them."""

from __future__ import annotations

import json
from pathlib import Path

from tasks.report.analysis import UNKNOWN_SITE, Cluster
from tasks.report.data import EARLIER, as_json, by_site_day, cluster_row, report_data
from tests.report_fixtures import NASTY, small_output


def test_every_breakdown_of_a_small_output(tmp_path: Path) -> None:
    data = report_data(small_output(tmp_path))
    assert data.totals == {"articles": 5, "rejects": 3, "runs": 2, "sites": 2, "languages": 3}
    assert data.articles_by_site_day == [
        {"site": UNKNOWN_SITE, "day": "2024-05-02", "articles": 1},  # no date: the day it was processed
        {"site": "a.kz", "day": "2024-03-03", "articles": 2},
        {"site": "b.ru", "day": "2024-04-09", "articles": 2},
    ]
    assert data.chrome_share_by_site == [
        {"site": "a.kz", "articles": 2, "chrome_share": 0.5},  # 4 chrome lines of 8
        {"site": UNKNOWN_SITE, "articles": 1, "chrome_share": 0.25},
        {"site": "b.ru", "articles": 2, "chrome_share": 0.25},
    ]
    assert data.languages == [{"language": "ru", "articles": 2}, {"language": "en", "articles": 2},
                              {"language": "(unknown)", "articles": 1}]  # fmt: skip
    assert data.credits_by_month == [  # agencies and sources only: the photo credit is not a citation
        {"month": "2024-03", "name": "interfax", "kind": "agency", "citations": 1},
        {"month": "2024-03", "name": "tass", "kind": "agency", "citations": 2},
        {"month": "2024-04", "name": NASTY, "kind": "source", "citations": 1},
        {"month": "2024-04", "name": "kazpravda.kz", "kind": "source", "citations": 1},
    ]
    assert data.rejects_by_reason == [{"reason": "empty", "rejects": 2}, {"reason": "not_text", "rejects": 1}]
    assert [(c["copies"], c["sites"], c["cluster"]) for c in data.clusters] == [(3, "a.kz, b.ru", "title a · a0000000")]
    assert [(r["files"], r["seconds"], r["files_per_second"]) for r in data.runs] == [(8, 4.0, 2.0), (2, 2.0, 1.0)]
    assert json.loads(as_json(data))["totals"]["articles"] == 5


def test_untitled_clusters_stay_apart() -> None:
    rows = [cluster_row(Cluster(cid * 32, 2, ("s",), None)) for cid in "ab"]
    assert [r["cluster"] for r in rows] == ["(untitled) · aaaaaaaa", "(untitled) · bbbbbbbb"]


def test_an_empty_output_has_no_rows(tmp_path: Path) -> None:
    data = report_data(tmp_path)
    assert data.totals == {"articles": 0, "rejects": 0, "runs": 0, "sites": 0, "languages": 0}
    assert data.articles_by_site_day == data.runs == data.clusters == []


def test_only_the_latest_days_are_shown_one_by_one() -> None:
    articles = [{"site": "s", "day": f"2024-01-{d:02d}"} for d in range(1, 32)] + [{"site": "s", "day": None}]
    rows = by_site_day([{**a, "day": a["day"] or "2023-12-31"} for a in articles])
    assert rows[0] == {"site": "s", "day": EARLIER, "articles": 2}  # 2023-12-31 and 2024-01-01
    assert len(rows) == 31 and rows[-1]["day"] == "2024-01-31"
