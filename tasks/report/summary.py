"""Summaries of a run, for logs, the CLI, Prefect artifacts and the `runs` dataset."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime

from schemas import RejectReason, RunSummary
from tasks.batch import BatchStats
from tasks.plan import Plan

INTERNAL = str(RejectReason.INTERNAL_ERROR)
# How many attribution sources and agencies a run summary keeps.
TOP_CREDITS = 10
# Stage order in the report; the per-file stages are summed over batches (which may run in parallel).
STAGES = ("discover", "plan", "learn_templates", "read", "process", "write")


def _json(counts: Counter[str] | dict[str, int]) -> str:
    return json.dumps(dict(sorted(counts.items())), ensure_ascii=False)


def _top(counts: Counter[str]) -> str:
    """The most common entries, ties broken by name so the report is stable."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_CREDITS]
    return json.dumps(dict(ranked), ensure_ascii=False)


def run_summary(
    run_id: str,
    started: datetime,
    finished: datetime,
    parameters: dict[str, object],
    files_seen: int,
    plan: Plan,
    stats: BatchStats,
    version: str,
    stage_seconds: dict[str, float] | None = None,
) -> RunSummary:
    """The `runs` record of a finished run; `stage_seconds` adds the flow's own stages to the batches'."""
    status = (
        "completed" if files_seen == stats.articles + sum(stats.rejects.values()) + len(plan.skipped) else "mismatch"
    )
    stages = {**(stage_seconds or {}), **stats.stage_seconds}
    ordered = {k: round(stages[k], 3) for k in (*STAGES, *sorted(set(stages) - set(STAGES))) if k in stages}
    return RunSummary(
        run_id=run_id, started_at=started, finished_at=finished,
        parameters=json.dumps(parameters, sort_keys=True, default=str), files_seen=files_seen,
        files_skipped=len(plan.skipped), articles=stats.articles, rejects=sum(stats.rejects.values()),
        segments=stats.segments, attributions=stats.attributions,
        labels=_json(stats.labels), reject_reasons=_json(stats.rejects), package_version=version, status=status,
        chrome_kinds=_json(stats.chrome_kinds), languages=_json(stats.languages),
        top_sources=_top(stats.sources), top_agencies=_top(stats.agencies), stage_seconds=json.dumps(ordered),
        records_skipped=_json(plan.records_skipped), archives_unchanged=len(plan.archives_unchanged),
    )  # fmt: skip


def _counts(raw: str | None) -> dict[str, int | float]:
    loaded = json.loads(raw) if raw else {}
    return loaded if isinstance(loaded, dict) else {}


def summary_tables(summary: RunSummary) -> dict[str, list[dict[str, object]]]:
    """The summary's breakdowns as rows, one table per topic (for Prefect table artifacts)."""
    topics = {
        "rejects": ("reason", summary.reject_reasons), "labels": ("label", summary.labels),
        "chrome-kinds": ("kind", summary.chrome_kinds), "languages": ("language", summary.languages),
        "sources": ("source", summary.top_sources), "agencies": ("agency", summary.top_agencies),
        "records-skipped": ("reason", summary.records_skipped),
    }  # fmt: skip
    tables: dict[str, list[dict[str, object]]] = {
        topic: [{column: key, "count": value} for key, value in _counts(raw).items()]
        for topic, (column, raw) in topics.items()
    }
    tables["stages"] = [{"stage": k, "seconds": v} for k, v in _counts(summary.stage_seconds).items()]
    return tables


def _inline(raw: str | None, unit: str = "") -> str:
    counts = _counts(raw)
    return ", ".join(f"{k} {v}{unit}" for k, v in counts.items()) if counts else "none"


def summary_markdown(summary: RunSummary) -> str:
    """A short markdown report of a run: counts, then one line per breakdown."""
    seconds = (summary.finished_at - summary.started_at).total_seconds()
    rate = summary.files_seen / seconds if seconds > 0 else 0.0
    rows = [
        ("files in", summary.files_seen),
        ("skipped (already committed)", summary.files_skipped),
        ("archive records that are not pages", sum(_counts(summary.records_skipped).values())),
        ("archives done earlier, not scanned", summary.archives_unchanged or 0),
        ("articles written", summary.articles),
        ("rejects", summary.rejects),
        ("internal errors (rejects with reason internal_error)", _counts(summary.reject_reasons).get(INTERNAL, 0)),
        ("segments (lines)", summary.segments),
        ("attributions", summary.attributions),
        ("wall time", f"{seconds:.1f} s ({rate:.1f} files/s)"),
    ]
    lines = [f"## newsclean run {summary.run_id}", "", "| what | count |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in rows]
    lines += [
        "",
        f"- **Rejects by reason**: {_inline(summary.reject_reasons)}",
        f"- **Archive records skipped**: {_inline(summary.records_skipped)}",
        f"- **Lines by label**: {_inline(summary.labels)}",
        f"- **Chrome by kind**: {_inline(summary.chrome_kinds)}",
        f"- **Languages**: {_inline(summary.languages)}",
        f"- **Top sources**: {_inline(summary.top_sources)}",
        f"- **Top agencies**: {_inline(summary.top_agencies)}",
        f"- **Time per stage**: {_inline(summary.stage_seconds, ' s')}",
        "",
        f"Status: {summary.status}" + (f" ({summary.error})" if summary.error else ""),
    ]
    return "\n".join(lines)
