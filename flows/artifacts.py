"""Publish a run's report as Prefect artifacts: one markdown summary and a table per breakdown."""

from __future__ import annotations

from prefect.artifacts import create_markdown_artifact, create_table_artifact

from schemas import RunSummary
from tasks.report.summary import summary_markdown, summary_tables

SUMMARY_KEY = "newsclean-run-summary"
TABLE_KEY_PREFIX = "newsclean-"


def publish_report(summary: RunSummary) -> str:
    """Create the run's artifacts (keys: newsclean-run-summary, newsclean-rejects, ...); returns the markdown."""
    report = summary_markdown(summary)
    create_markdown_artifact(report, key=SUMMARY_KEY, description="newsclean run summary")
    for topic, rows in summary_tables(summary).items():
        create_table_artifact(rows, key=TABLE_KEY_PREFIX + topic,
                              description=f"newsclean run {summary.run_id}: {topic}")  # fmt: skip
    return report
