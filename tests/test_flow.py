"""The real Prefect flow, end to end: seeds and bad files in, five Parquet datasets out."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from schemas import ALL_RECORDS, arrow_schema
from tests.conftest import SEEDS

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness")]


def _count(output: Path, dataset: str) -> int:
    rows = duckdb.sql(f"SELECT count(*) FROM '{output}/{dataset}/**/*.parquet'").fetchall()
    return int(rows[0][0])


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    shutil.copytree(SEEDS, inbox)
    (inbox / "scan.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (inbox / "blank.txt").write_text("   \n\n  \n", encoding="utf-8")
    (inbox / "menu.txt").write_text("Home\n\nNews\nSport\nWeather\n\nContact\n", encoding="utf-8")
    shutil.copy(SEEDS / "002_5b4f1590329be00c.txt", inbox / "copy-of-002.txt")
    return inbox


def test_flow_writes_every_dataset_and_accounts_for_every_file(inbox: Path, tmp_path: Path) -> None:
    from flows.clean_news import clean_news

    output = tmp_path / "out"
    summary = clean_news(input=[str(inbox)], output=str(output), batch_size=3)

    assert summary.status == "completed"
    assert summary.files_seen == 9
    assert summary.articles == 5
    assert summary.rejects == 4
    for model in ALL_RECORDS:
        files = list((output / model.dataset).rglob("*.parquet"))
        assert files, model.dataset
        for path in files:
            assert pq.read_schema(path).remove_metadata() == arrow_schema(model).remove_metadata()
    assert _count(output, "articles") == 5
    assert _count(output, "segments") == summary.segments > 158  # seeds have 158 lines; menu.txt adds more
    assert _count(output, "attributions") == summary.attributions >= 11
    reasons = dict(duckdb.sql(f"SELECT reason, count(*) FROM '{output}/rejects/**/*.parquet' GROUP BY 1").fetchall())
    assert reasons == {"not_text": 1, "empty": 1, "no_article": 1, "duplicate": 1}
    titles = duckdb.sql(f"SELECT title FROM '{output}/articles/**/*.parquet' WHERE title IS NOT NULL").fetchall()
    assert len(titles) == 4
    assert not list(output.glob("**/*.tmp"))


def test_rerun_adds_nothing_and_force_replaces(inbox: Path, tmp_path: Path) -> None:
    from flows.clean_news import clean_news

    output = tmp_path / "out"
    first = clean_news(input=[str(inbox)], output=str(output))
    counts = {d: _count(output, d) for d in ("articles", "segments", "attributions", "rejects")}

    second = clean_news(input=[str(inbox)], output=str(output))
    assert second.files_skipped == first.files_seen
    assert second.articles == second.rejects == 0
    assert {d: _count(output, d) for d in counts} == counts

    forced = clean_news(input=[str(inbox)], output=str(output), force=True)
    assert forced.articles == 5
    assert {d: _count(output, d) for d in counts} == counts
    assert _count(output, "runs") == 3


def test_new_file_in_inbox_is_the_only_new_work(inbox: Path, tmp_path: Path) -> None:
    from flows.clean_news import clean_news

    output = tmp_path / "out"
    clean_news(input=[str(inbox)], output=str(output))
    text = (SEEDS / "002_5b4f1590329be00c.txt").read_text(encoding="utf-8")
    (inbox / "new.txt").write_text(text.replace("Баку", "Баку и Тбилиси"), encoding="utf-8")

    summary = clean_news(input=[str(inbox)], output=str(output))
    assert summary.articles == 1
    assert _count(output, "articles") == 6


def test_missing_input_fails_the_run(tmp_path: Path) -> None:
    from flows.clean_news import clean_news

    with pytest.raises(FileNotFoundError):
        clean_news(input=[str(tmp_path / "nope")], output=str(tmp_path / "out"))
    (run,) = [pq.read_table(p).to_pylist()[0] for p in (tmp_path / "out" / "runs").rglob("run-*.parquet")]
    assert run["status"] == "failed" and run["error"].startswith("FileNotFoundError: ")
    assert run["files_seen"] == run["articles"] == run["rejects"] == 0


def test_second_run_knows_the_site_template_from_the_first(tmp_path: Path) -> None:
    from flows.clean_news import clean_news
    from tests.site_fixtures import TEMPLATE_LINES, write_pages

    output = tmp_path / "out"
    clean_news(input=[str(p) for p in write_pages(tmp_path / "monday", range(1, 9))], output=str(output))
    assert (output / "_state" / "templates" / "templates.parquet").exists()
    tuesday = write_pages(tmp_path / "tuesday", range(9, 10))
    clean_news(input=[str(p) for p in tuesday], output=str(output))
    alone = tmp_path / "alone"
    clean_news(input=[str(p) for p in tuesday], output=str(alone))

    query = "SELECT label, reason_code FROM '{}/segments/**/*.parquet' WHERE text = ? AND doc_id = ?"
    doc_id = duckdb.sql(f"SELECT doc_id FROM '{alone}/articles/**/*.parquet'").fetchall()[0][0]
    remembered = duckdb.execute(query.format(output), [TEMPLATE_LINES[0], doc_id]).fetchall()
    single_page = duckdb.execute(query.format(alone), [TEMPLATE_LINES[0], doc_id]).fetchall()
    assert remembered == [("chrome", "site_template")]
    assert single_page == [("body", "prose_in_main_text")]


def test_a_changed_file_is_a_new_version_linked_by_path(inbox: Path, tmp_path: Path) -> None:
    from flows.clean_news import clean_news

    output = tmp_path / "out"
    clean_news(input=[str(inbox)], output=str(output))
    changed = inbox / "002_5b4f1590329be00c.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Баку", "Баку и Ереван"), encoding="utf-8")

    summary = clean_news(input=[str(inbox)], output=str(output))
    assert summary.articles == 1
    versions = duckdb.sql(
        f"SELECT count(DISTINCT doc_id), count(*) FROM '{output}/articles/**/*.parquet' WHERE source_path = '{changed}'"
    ).fetchall()
    assert versions == [(2, 2)]


def test_run_publishes_its_report_as_artifacts_and_in_runs(inbox: Path, tmp_path: Path) -> None:
    from uuid import UUID

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    from flows.clean_news import clean_news
    from tasks.report.summary import summary_markdown

    output = tmp_path / "out"
    summary = clean_news(input=[str(inbox)], output=str(output), batch_size=3)
    run_filter = FlowRunFilter(id=FlowRunFilterId(any_=[UUID(summary.run_id)]))
    with get_client(sync_client=True) as client:
        artifacts = {a.key: a for a in client.read_artifacts(flow_run_filter=run_filter)}

    markdown = artifacts["newsclean-run-summary"].data
    assert markdown == summary_markdown(summary)
    assert "| files in | 9 |" in markdown and "| articles written | 5 |" in markdown
    assert "**Rejects by reason**: duplicate 1, empty 1, no_article 1, not_text 1" in markdown
    assert "**Languages**: bg 1, ru 4" in markdown
    for stage in ("discover", "plan", "read", "process", "write"):
        assert f"{stage} " in markdown.split("**Time per stage**")[1]

    def table(key: str) -> dict[str, object]:
        data = artifacts[f"newsclean-{key}"].data
        rows = json.loads(data) if isinstance(data, str) else data
        return {str(next(iter(row.values()))): row["count"] for row in rows}

    assert table("rejects") == {"duplicate": 1, "empty": 1, "no_article": 1, "not_text": 1}
    assert table("agencies") == {"interfax": 2, "tass": 2, "apa": 1, "sputnik": 1}
    assert table("sources") == {"commonspace.eu": 2, "kazpravda.kz": 1}
    assert table("chrome-kinds")["headline_list"] >= 64
    assert sum(table("labels").values()) == summary.segments  # type: ignore[arg-type]

    charts = str(artifacts["newsclean-dataset-charts"].data)  # the report's charts, as SVG data URIs
    assert charts.count("](data:image/svg+xml;base64,") >= 5 and "### Rejects by reason" in charts
    assert "| no_article | 1 |" in charts and "**5** articles" in charts

    runs = f"read_parquet('{output}/runs/**/*.parquet', union_by_name=true)"
    query = f"SELECT chrome_kinds, languages, top_agencies, stage_seconds FROM {runs} WHERE run_id = ?"
    stored = duckdb.execute(query, [summary.run_id]).fetchall()
    assert stored == [(summary.chrome_kinds, summary.languages, summary.top_agencies, summary.stage_seconds)]
    assert json.loads(stored[0][2]) == {"interfax": 2, "tass": 2, "apa": 1, "sputnik": 1}


def test_archives_become_one_article_per_page_record_and_a_rerun_adds_nothing(tmp_path: Path) -> None:
    from flows.clean_news import clean_news
    from tests.warc_fixtures import eval_pages, html_record, http_response, warc_record, write_jsonl, write_warc

    pages = eval_pages("aeb", 4)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_warc(inbox / "crawl-1.warc.gz", [
        *(html_record(p.url, p.path.read_bytes()) for p in pages[:3]),
        warc_record("https://e.com/robots.txt", http_response(b"User-agent: *\n", "text/plain")),
        warc_record("https://e.com/old", http_response(b"", status="302 Found")),
    ])  # fmt: skip
    write_warc(inbox / "crawl-2.warc", [html_record(pages[0].url, pages[0].path.read_bytes()),
                                         html_record(pages[3].url, pages[3].path.read_bytes())])  # fmt: skip
    amp = json.dumps({"url": pages[1].url + "?amp", "text": pages[1].gold_body})
    write_jsonl(inbox / "scraped.jsonl", ['{"url": "https://e.com/x", "html": 1}', amp])
    shutil.copy(SEEDS / "002_5b4f1590329be00c.txt", inbox / "page.txt")
    output = tmp_path / "out"

    first = clean_news(input=[str(inbox)], output=str(output), batch_size=2)
    assert first.status == "completed" and first.files_seen == 8  # 5 + 1 WARC pages, 2 lines, 1 file
    assert json.loads(first.records_skipped or "{}") == {"not_html": 1, "redirect": 1}
    assert json.loads(first.reject_reasons) == {"duplicate": 1, "malformed_record": 1}
    articles = f"read_parquet('{output}/articles/**/*.parquet', union_by_name=true)"
    rows = duckdb.sql(f"SELECT url, site, fetched_at FROM {articles} WHERE url IS NOT NULL").fetchall()
    assert sorted(u for u, _, _ in rows) == sorted([*(p.url for p in pages), pages[1].url + "?amp"])
    assert all(site for _, site, _ in rows) and sum(fetched is not None for _, _, fetched in rows) == 4  # WARC only
    by_day = duckdb.sql(f"SELECT site, fetched_at::DATE, count(*) FROM {articles} WHERE url IS NOT NULL "
                        "GROUP BY ALL").fetchall()  # fmt: skip
    assert sum(n for _, _, n in by_day) == 5

    second = clean_news(input=[str(inbox)], output=str(output), batch_size=2)
    assert second.archives_unchanged == 3  # finished archives are not scanned again
    assert second.files_seen == second.files_skipped == 1 and second.articles == second.rejects == 0
    grown = [*(html_record(p.url, p.path.read_bytes()) for p in (pages[0], pages[3])),
             html_record("https://e.com/new", pages[2].path.read_bytes() + b" ")]  # fmt: skip
    write_warc(inbox / "crawl-2.warc", grown)
    third = clean_news(input=[str(inbox)], output=str(output), batch_size=2)
    assert third.archives_unchanged == 2 and third.files_seen == 4 and third.files_skipped == 3  # a grown archive
    assert third.articles == 1 and third.rejects == 0
    assert _count(output, "articles") == first.articles + 1
    assert _count(output, "rejects") == first.rejects
