"""Summaries of a run, for logs, the CLI and the `runs` dataset."""

from __future__ import annotations

import json
from datetime import datetime

from schemas import RunSummary
from tasks.batch import BatchStats, Plan


def run_summary(
    run_id: str,
    started: datetime,
    finished: datetime,
    parameters: dict[str, object],
    files_seen: int,
    plan: Plan,
    stats: BatchStats,
    version: str,
) -> RunSummary:
    """The `runs` record of a finished run."""
    status = (
        "completed" if files_seen == stats.articles + sum(stats.rejects.values()) + len(plan.skipped) else "mismatch"
    )
    return RunSummary(
        run_id=run_id, started_at=started, finished_at=finished,
        parameters=json.dumps(parameters, sort_keys=True, default=str), files_seen=files_seen,
        files_skipped=len(plan.skipped), articles=stats.articles, rejects=sum(stats.rejects.values()),
        segments=stats.segments, attributions=stats.attributions,
        labels=json.dumps(dict(sorted(stats.labels.items()))),
        reject_reasons=json.dumps(dict(sorted(stats.rejects.items()))), package_version=version, status=status,
    )  # fmt: skip


def summary_markdown(summary: RunSummary) -> str:
    """A short markdown report of a run."""
    seconds = (summary.finished_at - summary.started_at).total_seconds()
    rate = summary.files_seen / seconds if seconds > 0 else 0.0
    rows = [
        ("files seen", summary.files_seen),
        ("skipped (already committed)", summary.files_skipped),
        ("articles written", summary.articles),
        ("rejects", summary.rejects),
        ("segments", summary.segments),
        ("attributions", summary.attributions),
        ("wall time", f"{seconds:.1f} s ({rate:.1f} files/s)"),
    ]
    lines = [f"## newsclean run {summary.run_id}", "", "| what | count |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in rows]
    labels = json.loads(summary.labels)
    if labels:
        lines += ["", "Lines by label: " + ", ".join(f"{k} {v}" for k, v in labels.items())]
    reasons = json.loads(summary.reject_reasons)
    if reasons:
        lines += ["", "Rejects by reason: " + ", ".join(f"{k} {v}" for k, v in reasons.items())]
    lines += ["", f"Status: {summary.status}"]
    return "\n".join(lines)
