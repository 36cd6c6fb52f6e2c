"""The run and dataset report as one self-contained HTML page of charts, and as markdown for Prefect."""

from __future__ import annotations

import base64
import time
from pathlib import Path

import jinja2

from tasks.report.charts import Chart, report_charts
from tasks.report.data import ReportData, report_data

# Rows of a chart's table kept in the markdown artifact (the HTML report keeps them all).
MARKDOWN_ROWS = 15

_ENV = jinja2.Environment(loader=jinja2.PackageLoader("tasks.report.summary", "views"), autoescape=True,
                          undefined=jinja2.StrictUndefined)  # fmt: skip


def render_report(data: ReportData, charts: list[Chart], output: str, seconds: float = 0.0) -> str:
    """The report page: totals, then each chart (inline SVG) with its numbers in a table under it."""
    template = _ENV.get_template("report.html.j2")
    return template.render(output=output, totals=data.totals, charts=charts, seconds=seconds)


def write_report(output: Path, html_path: Path) -> tuple[ReportData, list[Chart], float]:
    """Read the datasets under `output`, write the HTML report; the data, charts and seconds it took."""
    started = time.perf_counter()
    data = report_data(output)
    charts = report_charts(data)
    html = render_report(data, charts, str(output), time.perf_counter() - started)
    html_path.write_text(html, encoding="utf-8")
    return data, charts, time.perf_counter() - started


def svg_data_uri(svg: str) -> str:
    """An SVG as a data URI on a white ground, for places that take images but not inline SVG (markdown).

    The charts are transparent with dark text; an image does not take the page's dark-mode CSS, so in
    a dark UI (Prefect's) it needs its own light background to stay readable.
    """
    on_white = svg.replace("<svg ", '<svg style="background-color:#fff" ', 1)
    return "data:image/svg+xml;base64," + base64.b64encode(on_white.encode("utf-8")).decode("ascii")


def _cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def charts_markdown(data: ReportData, charts: list[Chart]) -> str:
    """The report as markdown: totals, then per chart its image (a data URI) and its first rows."""
    out = ["## newsclean dataset report", "", ", ".join(f"**{n}** {what}" for what, n in data.totals.items())]
    for chart in charts:
        out += ["", f"### {chart.title}", ""]
        if chart.svg is None:
            out.append(f"No data yet: {chart.description.lower()}.")
            continue
        out += [f"![{chart.description}]({svg_data_uri(chart.svg)})", ""]
        out += ["| " + " | ".join(chart.columns) + " |", "|" + "---|" * len(chart.columns)]
        out += ["| " + " | ".join(_cell(r[c]) for c in chart.columns) + " |" for r in chart.rows[:MARKDOWN_ROWS]]
        if len(chart.rows) > MARKDOWN_ROWS:
            out.append(f"\n({len(chart.rows) - MARKDOWN_ROWS} more rows in `newsclean report --html`)")
    return "\n".join(out)
