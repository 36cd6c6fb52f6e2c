"""Analysis from the datasets alone: agency citations per site and month, largest syndication clusters.

Reads ``<output>/articles`` and ``<output>/attributions`` with pyarrow (no SQL engine needed).
Files written before a column existed read it as null, through the schema of today's records.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from schemas import Article, Attribution, arrow_schema

UNKNOWN_SITE = "(unknown site)"
UNKNOWN_MONTH = "(no date)"
# Clusters with fewer members than this are single articles, not syndication.
MIN_CLUSTER_SIZE = 2
DEFAULT_TOP_CLUSTERS = 10


@dataclass(frozen=True)
class CitationCount:
    """How often one site's articles of one month credit one agency."""

    site: str
    month: str  # YYYY-MM of the publication date, else of processing; UNKNOWN_MONTH if neither
    canonical_id: str
    citations: int


@dataclass(frozen=True)
class Cluster:
    """A syndication cluster: copies of one body."""

    cluster_id: str
    size: int
    sites: tuple[str, ...]
    title: str | None  # the first copy's title


def _read(output: Path, dataset: str, schema: pa.Schema, columns: list[str]) -> pa.Table:
    directory = output / dataset
    files = sorted(str(p) for p in directory.rglob("*.parquet")) if directory.is_dir() else []
    if not files:
        return schema.empty_table().select(columns)
    return ds.dataset(files, schema=schema, format="parquet").to_table(columns=columns)


def _month(published: pa.ChunkedArray, processed: pa.ChunkedArray) -> pa.Array:
    when = pc.coalesce(published, processed)
    return pc.fill_null(pc.strftime(when, format="%Y-%m"), UNKNOWN_MONTH)


def agency_citations_by_site_month(output: Path) -> list[CitationCount]:
    """Citations of each canonical agency per site and month, most cited first."""
    cited = _read(output, "attributions", arrow_schema(Attribution), ["doc_id", "canonical_id"])
    cited = cited.filter(pc.is_valid(cited["canonical_id"]))
    articles = _read(output, "articles", arrow_schema(Article), ["doc_id", "site", "published_at", "processed_at"])
    articles = pa.table(
        {
            "doc_id": articles["doc_id"],
            "site": pc.fill_null(articles["site"], UNKNOWN_SITE),
            "month": _month(articles["published_at"], articles["processed_at"]),
        }
    )
    joined = cited.join(articles, keys="doc_id", join_type="inner")
    counts = joined.group_by(["site", "month", "canonical_id"]).aggregate([("doc_id", "count")])
    rows = [CitationCount(r["site"], r["month"], r["canonical_id"], r["doc_id_count"]) for r in counts.to_pylist()]
    return sorted(rows, key=lambda c: (-c.citations, c.site, c.month, c.canonical_id))


def largest_clusters(output: Path, n: int = DEFAULT_TOP_CLUSTERS) -> list[Cluster]:
    """The n largest syndication clusters (at least MIN_CLUSTER_SIZE copies), largest first."""
    columns = ["doc_id", "cluster_id", "is_first_seen", "site", "title"]
    articles = _read(output, "articles", arrow_schema(Article), columns)
    articles = articles.filter(pc.is_valid(articles["cluster_id"]))
    members: dict[str, list[dict[str, object]]] = {}
    for row in articles.to_pylist():
        members.setdefault(str(row["cluster_id"]), []).append(row)
    clusters = [_cluster(cid, rows) for cid, rows in members.items() if len(rows) >= MIN_CLUSTER_SIZE]
    return sorted(clusters, key=lambda c: (-c.size, c.cluster_id))[:n]


def _cluster(cluster_id: str, rows: list[dict[str, object]]) -> Cluster:
    first = next((r for r in rows if r["doc_id"] == cluster_id), rows[0])
    sites = tuple(sorted({str(r["site"]) if r["site"] else UNKNOWN_SITE for r in rows}))
    title = first["title"]
    return Cluster(cluster_id, len(rows), sites, str(title) if title is not None else None)


def format_report(citations: list[CitationCount], clusters: list[Cluster]) -> str:
    """A plain-text report of both tables, for the terminal."""
    out = ["Agency citations per site and month", ""]
    if citations:
        out.append(f"{'site':30} {'month':9} {'agency':16} {'citations':>9}")
        out += [f"{c.site:30} {c.month:9} {c.canonical_id:16} {c.citations:9}" for c in citations]
    else:
        out.append("(no citations of known agencies)")
    out += ["", "Largest syndication clusters", ""]
    if clusters:
        out.append(f"{'cluster':34} {'copies':>6}  sites / first title")
        for c in clusters:
            out.append(f"{c.cluster_id:34} {c.size:6}  {', '.join(c.sites)}")
            out.append(f"{'':34} {'':6}  {c.title or '(untitled)'}")
    else:
        out.append("(no article has a copy)")
    return "\n".join(out)
