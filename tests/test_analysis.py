"""The report reads only the Parquet datasets: citations per agency, site and month; largest clusters."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from schemas import Article, Attribution, AttributionKind
from tasks.report.analysis import (
    UNKNOWN_SITE,
    CitationCount,
    Cluster,
    agency_citations_by_site_month,
    format_report,
    largest_clusters,
)
from tasks.store.write import ensure_datasets, write_batch

PROCESSED = datetime(2024, 5, 2, tzinfo=UTC)


def _article(doc_id: str, site: str | None, published: datetime | None, cluster: str | None) -> Article:
    return Article(
        doc_id=doc_id.ljust(32, "0"), source_path=f"{doc_id}.txt", language="ru", language_score=0.9,
        encoding="utf-8", title=f"title {doc_id}", body="text", paragraphs=["text"], site=site, n_lines=1,
        n_title=0, n_body=1, n_attribution=0, n_chrome=0, run_id="r", processed_at=PROCESSED,
        published_at=published, cluster_id=cluster.ljust(32, "0") if cluster else None,
        is_first_seen=cluster == doc_id if cluster else None,
    )  # fmt: skip


def _cites(doc_id: str, canonical_id: str | None, kind: AttributionKind = AttributionKind.AGENCY) -> Attribution:
    return Attribution(
        doc_id=doc_id.ljust(32, "0"), kind=kind, name=canonical_id or "x", name_normalized=canonical_id or "x",
        canonical_id=canonical_id, line=1, char_start=0, char_end=1, in_body=True, evidence="x",
    )  # fmt: skip


def _output(tmp_path: Path) -> Path:
    ensure_datasets(tmp_path)
    march, april = datetime(2024, 3, 3, tzinfo=UTC), datetime(2024, 4, 9, tzinfo=UTC)
    articles = [
        _article("a", "a.kz", march, "a"),
        _article("b", "a.kz", march, "a"),
        _article("c", "b.ru", april, "a"),
        _article("d", None, None, "d"),
    ]
    cites = [_cites("a", "tass"), _cites("b", "tass"), _cites("b", "interfax"), _cites("c", "tass")]
    cites += [_cites("d", "tass", AttributionKind.PHOTO), _cites("d", None, AttributionKind.SOURCE)]
    write_batch(tmp_path, "batch-1", {"articles": articles, "attributions": cites})
    return tmp_path


def test_citations_per_agency_site_and_month(tmp_path: Path) -> None:
    assert agency_citations_by_site_month(_output(tmp_path)) == [
        CitationCount("a.kz", "2024-03", "tass", 2),
        CitationCount(UNKNOWN_SITE, "2024-05", "tass", 1),  # no date shown: the month it was processed
        CitationCount("a.kz", "2024-03", "interfax", 1),
        CitationCount("b.ru", "2024-04", "tass", 1),
    ]


def test_largest_clusters(tmp_path: Path) -> None:
    clusters = largest_clusters(_output(tmp_path), 5)
    assert clusters == [Cluster("a".ljust(32, "0"), 3, ("a.kz", "b.ru"), "title a")]


def test_empty_output_reports_nothing(tmp_path: Path) -> None:
    assert agency_citations_by_site_month(tmp_path) == []
    assert largest_clusters(tmp_path) == []
    ensure_datasets(tmp_path)
    assert agency_citations_by_site_month(tmp_path) == []
    assert "no article has a copy" in format_report([], [])


def test_format_report_shows_both_tables(tmp_path: Path) -> None:
    output = _output(tmp_path)
    text = format_report(agency_citations_by_site_month(output), largest_clusters(output))
    assert "Agency citations per site and month" in text
    assert "a.kz" in text and "tass" in text and "2024-03" in text
    assert "Largest syndication clusters" in text and "title a" in text
