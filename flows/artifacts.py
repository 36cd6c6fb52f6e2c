"""Publish a run's report as Prefect artifacts: a markdown summary, a table per breakdown, the charts."""

from __future__ import annotations

from pathlib import Path

from prefect.artifacts import create_markdown_artifact, create_table_artifact

from schemas import RunSummary
from tasks.report.summary import summary_markdown, summary_tables

SUMMARY_KEY = "newsclean-run-summary"
TABLE_KEY_PREFIX = "newsclean-"
CHARTS_KEY = "newsclean-dataset-charts"


def publish_report(summary: RunSummary) -> str:
    """Create the run's artifacts (keys: newsclean-run-summary, newsclean-rejects, ...); returns the markdown."""
    report = summary_markdown(summary)
    create_markdown_artifact(report, key=SUMMARY_KEY, description="newsclean run summary")
    for topic, rows in summary_tables(summary).items():
        create_table_artifact(rows, key=TABLE_KEY_PREFIX + topic,
                              description=f"newsclean run {summary.run_id}: {topic}")  # fmt: skip
    return report


def publish_charts(output: Path) -> str:
    """The dataset report's charts as one markdown artifact; returns the markdown.

    Prefect's UI renders markdown images, so each chart is an SVG data URI with its first rows under it
    (the same charts as `newsclean report --html`).
    """
    from tasks.report.charts import report_charts  # imported here: altair costs ~1 s, only when charts are made
    from tasks.report.data import report_data
    from tasks.report.report_page import charts_markdown

    data = report_data(output)
    markdown = charts_markdown(data, report_charts(data))
    create_markdown_artifact(markdown, key=CHARTS_KEY, description=f"newsclean datasets in {output}: charts")
    return markdown
