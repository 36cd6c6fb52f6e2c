"""Charts render offline to static SVG, one per breakdown, with the data they were given."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from tasks.report.charts import report_charts
from tasks.report.data import ReportData, report_data
from tests.report_fixtures import small_output

SVG = "{http://www.w3.org/2000/svg}"


def _texts(svg: str) -> list[str]:
    return [t.text or "" for t in ET.fromstring(svg).iter(f"{SVG}text")]


def test_each_breakdown_is_a_static_svg_chart(tmp_path: Path) -> None:
    charts = {c.key: c for c in report_charts(report_data(small_output(tmp_path)))}
    assert list(charts) == ["articles-by-site-day", "chrome-share", "languages", "credits-by-month", "rejects",
                            "clusters", "throughput"]  # fmt: skip
    for chart in charts.values():
        assert chart.svg is not None and chart.rows
        root = ET.fromstring(chart.svg)  # well-formed XML
        assert root.tag == f"{SVG}svg" and not list(root.iter(f"{SVG}script")) and not list(root.iter(f"{SVG}image"))
    assert {"a.kz", "b.ru"} <= set(_texts(charts["chrome-share"].svg or ""))
    assert {"empty", "not_text"} <= set(_texts(charts["rejects"].svg or ""))
    assert [t for t in _texts(charts["rejects"].svg or "") if t.isdigit()] == ["0", "1", "2"]  # whole counts only
    assert charts["chrome-share"].columns == ("site", "articles", "chrome_share")


def test_markup_in_the_data_stays_text_in_the_svg(tmp_path: Path) -> None:
    svg = next(c.svg for c in report_charts(report_data(small_output(tmp_path))) if c.key == "credits-by-month")
    assert svg is not None and "<script" not in svg
    assert "<script>alert(1)</script>" in _texts(svg)  # escaped in the XML, so a label once parsed


def test_no_data_makes_no_chart() -> None:
    charts = report_charts(ReportData(totals={}))
    assert [c.svg for c in charts] == [None] * 7
