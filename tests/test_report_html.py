"""The report page: every chart inline with its numbers, self-contained; the markdown for Prefect."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import lxml.html
import pytest

from flows.cli import main
from tasks.report.charts import report_charts
from tasks.report.data import report_data
from tasks.report.report_page import charts_markdown, write_report
from tests.html_checks import check_self_contained
from tests.report_fixtures import NASTY, small_output


def test_the_report_page_holds_every_chart_and_its_numbers(tmp_path: Path) -> None:
    output = small_output(tmp_path / "out")
    data, charts, seconds = write_report(output, tmp_path / "report.html")
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    check_self_contained(html)
    doc = lxml.html.fromstring(html)
    figures = doc.xpath("//figure[@class='chart']")
    assert [f.get("id") for f in figures] == [c.key for c in charts]
    assert all(f.xpath(".//svg") for f in figures)  # inline SVG, no image to fetch
    rejects = doc.xpath("//figure[@id='rejects']//table//tr/td/text()")
    assert rejects == ["empty", "2", "not_text", "1"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and NASTY not in html  # a credited name, as text
    assert "<script" not in html and seconds > 0 and data.totals["articles"] == 5


def test_an_empty_output_still_makes_a_page(tmp_path: Path) -> None:
    write_report(tmp_path, tmp_path / "report.html")
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    check_self_contained(html)
    assert html.count("No data yet") == 7


def test_markdown_embeds_each_chart_as_an_svg_data_uri(tmp_path: Path) -> None:
    data = report_data(small_output(tmp_path))
    markdown = charts_markdown(data, report_charts(data))
    images = re.findall(r"!\[[^\]]*\]\(data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)\)", markdown)
    assert len(images) == 7
    assert all(base64.b64decode(i).decode("utf-8").startswith("<svg") for i in images)
    assert "| empty | 2 |" in markdown and "**5** articles" in markdown


def test_cli_report_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = small_output(tmp_path / "out")
    assert main(["report", "--output", str(output), "--html", str(tmp_path / "r.html")]) == 0
    assert "7 charts of 5 articles" in capsys.readouterr().out
    assert lxml.html.fromstring((tmp_path / "r.html").read_text(encoding="utf-8")).xpath("//figure")
