"""A small output directory written through the real writer, with known counts for the report's tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from schemas import Article, Attribution, AttributionKind, Reject, RejectReason, RunSummary
from tasks.store.write import ensure_datasets, write_batch, write_run

PROCESSED = datetime(2024, 5, 2, tzinfo=UTC)
# A credited name that is markup: the report must show it as text.
NASTY = "<script>alert(1)</script>"
MARCH, APRIL = datetime(2024, 3, 3, tzinfo=UTC), datetime(2024, 4, 9, tzinfo=UTC)


def article(doc_id: str, site: str | None, published: datetime | None, cluster: str | None = None,
            language: str | None = "ru", chrome: int = 1) -> Article:  # fmt: skip
    """An article of 4 lines, `chrome` of them chrome."""
    return Article(
        doc_id=doc_id.ljust(32, "0"), source_path=f"{doc_id}.txt", language=language, language_score=0.9,
        encoding="utf-8", title=f"title {doc_id}", body="text", paragraphs=["text"], site=site, n_lines=4,
        n_title=0, n_body=4 - chrome, n_attribution=0, n_chrome=chrome, run_id="r", processed_at=PROCESSED,
        published_at=published, cluster_id=cluster.ljust(32, "0") if cluster else None,
        is_first_seen=cluster == doc_id if cluster else None,
    )  # fmt: skip


def cites(doc_id: str, name: str, canonical: str | None, kind: AttributionKind = AttributionKind.AGENCY) -> Attribution:
    """One attribution of `doc_id`."""
    return Attribution(
        doc_id=doc_id.ljust(32, "0"), kind=kind, name=name, name_normalized=name, canonical_id=canonical, line=1,
        char_start=0, char_end=1, in_body=True, evidence=name,
    )  # fmt: skip


def rejected(path: str, reason: RejectReason) -> Reject:
    """A reject of the file at `path`."""
    return Reject(doc_id=None, source_path=path, sha256=None, reason=reason, stage="read", message="x", run_id="r",
                  rejected_at=PROCESSED)  # fmt: skip


def run(run_id: str, started: datetime, seconds: float, files: int, skipped: int = 0) -> RunSummary:
    """A run that saw `files` files (`skipped` of them already committed) in `seconds`."""
    return RunSummary(
        run_id=run_id, started_at=started, finished_at=started + timedelta(seconds=seconds), parameters="{}",
        files_seen=files, files_skipped=skipped, articles=files - skipped, rejects=0, segments=0, attributions=0,
        labels="{}", reject_reasons="{}", package_version="0", status="completed",
    )  # fmt: skip


def small_output(root: Path) -> Path:
    """Five articles on two sites and one unknown, three credited agencies, three rejects, two runs."""
    ensure_datasets(root)
    articles = [
        article("a", "a.kz", MARCH, "a", chrome=3), article("b", "a.kz", MARCH, "a", chrome=1),
        article("c", "b.ru", APRIL, "a", language="en", chrome=0), article("d", None, None, "d", language=None),
        article("e", "b.ru", APRIL, "e", language="en", chrome=2),
    ]  # fmt: skip
    credits = [cites("a", "tass", "tass"), cites("b", "tass", "tass"), cites("b", "interfax", "interfax"),
               cites("c", "kazpravda.kz", None, AttributionKind.SOURCE), cites("d", "AP", "ap", AttributionKind.PHOTO),
               cites("e", NASTY, None, AttributionKind.SOURCE)]  # fmt: skip
    rejects = [rejected("x.bin", RejectReason.NOT_TEXT), rejected("y.txt", RejectReason.EMPTY),
               rejected("z.txt", RejectReason.EMPTY)]  # fmt: skip
    write_batch(root, "batch-1", {"articles": articles, "attributions": credits, "rejects": rejects})
    write_run(root, run("run-one-0001", PROCESSED, 4.0, 8))
    write_run(root, run("run-two-0002", PROCESSED + timedelta(hours=1), 2.0, 10, skipped=8))
    return root
