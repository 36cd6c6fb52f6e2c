"""The numbers behind the run report's charts, read from the datasets in an output directory.

Plain rows (lists of dicts) grouped with pyarrow: no SQL engine and no dataframe library needed,
and the same rows feed the charts, the tables under them and the Prefect artifact.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from schemas import Article, Attribution, Reject, RunSummary, arrow_schema
from tasks.report.analysis import UNKNOWN_SITE, Cluster, largest_clusters

Rows = list[dict[str, Any]]
# Sites and credited names beyond these many are summed as OTHER, so a chart stays readable.
TOP_SITES = 12
TOP_CREDITED = 8
TOP_CLUSTERS = 10
# Days shown one by one in "articles per site and day"; older days are summed as EARLIER.
LATEST_DAYS = 30
OTHER = "(other)"
EARLIER = "(earlier)"
UNKNOWN_LANGUAGE = "(unknown)"


@dataclass(frozen=True)
class ReportData:
    """Every breakdown the report shows, as rows ready for a chart or a table."""

    totals: dict[str, int]
    articles_by_site_day: Rows = field(default_factory=list)  # site, day, articles
    chrome_share_by_site: Rows = field(default_factory=list)  # site, articles, chrome_share
    languages: Rows = field(default_factory=list)  # language, articles
    credits_by_month: Rows = field(default_factory=list)  # month, name, kind, citations
    rejects_by_reason: Rows = field(default_factory=list)  # reason, rejects
    clusters: Rows = field(default_factory=list)  # cluster (title · id), copies, sites
    runs: Rows = field(default_factory=list)  # run, started, files, seconds, files_per_second, articles, rejects


def _read(output: Path, model: type[Article | Attribution | Reject | RunSummary], columns: list[str]) -> pa.Table:
    directory = output / model.dataset
    files = sorted(str(p) for p in directory.rglob("*.parquet")) if directory.is_dir() else []
    schema = arrow_schema(model)
    if not files:
        return schema.empty_table().select(columns)
    return ds.dataset(files, schema=schema, format="parquet").to_table(columns=columns)


def _top(counts: Counter[str], n: int) -> set[str]:
    return {k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]}


def _articles(output: Path) -> Rows:
    columns = ["doc_id", "site", "language", "published_at", "processed_at", "n_lines", "n_chrome"]
    table = _read(output, Article, columns)
    day = pc.strftime(pc.coalesce(table["published_at"], table["processed_at"]), format="%Y-%m-%d")
    table = table.set_column(table.schema.get_field_index("published_at"), "day", day)
    rows: Rows = table.select(["doc_id", "site", "language", "day", "n_lines", "n_chrome"]).to_pylist()
    for row in rows:
        row["site"] = row["site"] or UNKNOWN_SITE
    return rows


def by_site_day(articles: Rows) -> Rows:
    """Articles per site (the TOP_SITES largest, the rest as OTHER) and day of publication or processing.

    Only the LATEST_DAYS latest days with articles are shown one by one; older ones count as EARLIER.
    """
    top = _top(Counter(r["site"] for r in articles), TOP_SITES)
    latest = set(sorted({r["day"] for r in articles})[-LATEST_DAYS:])
    counts = Counter((r["site"] if r["site"] in top else OTHER, r["day"] if r["day"] in latest else EARLIER)
                     for r in articles)  # fmt: skip
    return [{"site": s, "day": d, "articles": n} for (s, d), n in sorted(counts.items())]


def chrome_share(articles: Rows) -> Rows:
    """Share of lines labelled chrome on the largest sites' pages, most chrome first."""
    lines: Counter[str] = Counter()
    chrome: Counter[str] = Counter()
    pages: Counter[str] = Counter()
    for r in articles:
        lines[r["site"]] += r["n_lines"]
        chrome[r["site"]] += r["n_chrome"]
        pages[r["site"]] += 1
    rows = [{"site": s, "articles": pages[s], "chrome_share": round(chrome[s] / lines[s], 3)}
            for s in _top(pages, TOP_SITES) if lines[s]]  # fmt: skip
    return sorted(rows, key=lambda r: (-r["chrome_share"], r["site"]))


def credits_by_month(output: Path, articles: Rows) -> Rows:
    """Citations of the most credited agencies and sources per month (of publication, else processing)."""
    table = _read(output, Attribution, ["doc_id", "kind", "name_normalized", "canonical_id"])
    month = {r["doc_id"]: r["day"][:7] if r["day"] else "(no date)" for r in articles}
    credited = [(r["canonical_id"] or r["name_normalized"], r["kind"], month[r["doc_id"]])
                for r in table.to_pylist()
                if r["kind"] in ("agency", "source") and r["doc_id"] in month
                and (r["canonical_id"] or r["name_normalized"])]  # fmt: skip
    top = _top(Counter(name for name, _, _ in credited), TOP_CREDITED)
    counts = Counter((m, name, kind) for name, kind, m in credited if name in top)
    return [{"month": m, "name": n, "kind": k, "citations": c} for (m, n, k), c in sorted(counts.items())]


def rejects_by_reason(output: Path) -> Rows:
    """Rejected files per reason, most first."""
    counts = Counter(str(r) for r in _read(output, Reject, ["reason"])["reason"].to_pylist())
    return [{"reason": k, "rejects": v} for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def runs(output: Path) -> Rows:
    """Every run in start order with its throughput: files seen per second of wall time."""
    columns = ["run_id", "started_at", "finished_at", "files_seen", "files_skipped", "articles", "rejects"]
    rows = []
    for r in sorted(_read(output, RunSummary, columns).to_pylist(), key=lambda r: r["started_at"]):
        seconds = max((r["finished_at"] - r["started_at"]).total_seconds(), 1e-3)
        processed = r["files_seen"] - r["files_skipped"]
        rows.append({"run": r["run_id"][:8], "started": r["started_at"].strftime("%Y-%m-%d %H:%M:%S"),
                     "files": processed, "seconds": round(seconds, 1),
                     "files_per_second": round(processed / seconds, 2), "articles": r["articles"],
                     "rejects": r["rejects"]})  # fmt: skip
    return rows


def cluster_row(cluster: Cluster) -> dict[str, Any]:
    """A cluster as the chart shows it: labelled by title and short id, so two untitled clusters stay two bars."""
    title = (cluster.title or "(untitled)")[:70]
    return {"cluster": f"{title} · {cluster.cluster_id[:8]}", "copies": cluster.size, "sites": ", ".join(cluster.sites)}


def report_data(output: Path) -> ReportData:
    """Everything the report shows, from the datasets under `output` alone."""
    articles = _articles(output)
    rejects = rejects_by_reason(output)
    clusters = [cluster_row(c) for c in largest_clusters(output, TOP_CLUSTERS)]
    languages = Counter(r["language"] or UNKNOWN_LANGUAGE for r in articles)
    run_rows = runs(output)
    totals = {"articles": len(articles), "rejects": sum(r["rejects"] for r in rejects), "runs": len(run_rows),
              "sites": len({r["site"] for r in articles} - {UNKNOWN_SITE}), "languages": len(languages)}  # fmt: skip
    return ReportData(
        totals=totals, articles_by_site_day=by_site_day(articles), chrome_share_by_site=chrome_share(articles),
        languages=[{"language": k, "articles": v} for k, v in languages.most_common()],
        credits_by_month=credits_by_month(output, articles), rejects_by_reason=rejects, clusters=clusters,
        runs=run_rows,
    )  # fmt: skip


def as_json(data: ReportData) -> str:
    """The report's numbers as JSON (for scripts and tests)."""
    return json.dumps(data.__dict__, ensure_ascii=False, indent=2)
