"""JSON Lines records: one page per line, malformed lines rejected by line number, same bodies as files."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tasks.batch import process_batch
from tasks.document import RunContext
from tasks.pipeline import process_bytes, process_file
from tasks.plan import plan_inputs
from tasks.read.jsonl import MalformedLineError, page_of_line, scan_jsonl
from tasks.read.raw import RawInput, ReadError
from tasks.read.reader import RecordReader
from tasks.read.records import JsonlFields, parse_ref
from tasks.store.write import read_column
from tests.warc_fixtures import body_f1, eval_pages, write_jsonl

CTX = RunContext(run_id="test", now=datetime(2024, 6, 1, tzinfo=UTC))
HTML = (
    "<html><head><title>Budget vote</title></head><body><article><h1>Budget vote</h1>"
    "<p>The minister said on Tuesday that the new budget would be balanced by the end of next year, "
    "despite slowing growth and high energy prices across the region.</p>"
    "<p>Opposition parties called the plan unrealistic and demanded a full debate in parliament.</p>"
    "</article></body></html>"
)
TEXT = (
    "Budget vote delayed\n\nThe minister said on Tuesday that the new budget would be balanced by the end of "
    "next year, despite slowing growth and high energy prices across the region.\n\nOpposition parties called "
    "the plan unrealistic and demanded a full debate in parliament before the vote.\n"
)


def _line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{not json", "not JSON"),
        ("[1, 2]", "not an object"),
        (_line(url="https://a.com/x"), "no non-empty string field"),
        (_line(url="https://a.com/x", html="   "), "no non-empty string field"),
        (_line(url=7, html=HTML), "is not a string"),
    ],
)
def test_a_line_without_a_page_says_what_is_wrong(line: str, problem: str) -> None:
    with pytest.raises(MalformedLineError, match=problem):
        page_of_line(line.encode(), JsonlFields())


def test_html_wins_over_text_and_field_names_are_configurable() -> None:
    both = page_of_line(_line(url="https://a.com/1", html=HTML, text=TEXT).encode(), JsonlFields())
    assert both.is_html and both.content == HTML
    custom = JsonlFields(url="link", html="raw_html", text="content")
    page = page_of_line(_line(link="https://a.com/2", content=TEXT).encode(), custom)
    assert page.url == "https://a.com/2" and not page.is_html


@pytest.mark.parametrize("name", ["pages.jsonl", "pages.jsonl.gz", "pages.ndjson"])
def test_malformed_lines_are_rejects_with_their_line_number_and_the_rest_are_articles(
    tmp_path: Path, name: str
) -> None:
    lines = [_line(url="https://www.example.co.uk/a", html=HTML), "{oops", "",
             _line(url="https://news.example.org/b", text=TEXT), _line(url="https://x.com/c")]  # fmt: skip
    archive = write_jsonl(tmp_path / name, lines)
    plan = plan_inputs([str(archive)], set(), 10**6)
    assert plan.records_skipped == Counter({"blank_line": 1}) and plan.inputs == 4
    stats = process_batch([p.path for p in plan.todo], {}, CTX, tmp_path / "out", "b1")
    assert stats.articles == 2 and stats.rejects == Counter({"malformed_record": 2})
    sites = read_column(tmp_path / "out", "articles", "site")
    assert sites == {"example.co.uk", "example.org"}
    messages = read_column(tmp_path / "out", "rejects", "message")
    assert any(m.startswith("line 2: not JSON") for m in messages)
    assert any(m.startswith("line 5: no non-empty string field") for m in messages)
    paths = read_column(tmp_path / "out", "rejects", "source_path")
    assert {parse_ref(p).line for p in paths} == {2, 5}  # type: ignore[union-attr]


def test_references_read_back_the_same_record_in_any_order(tmp_path: Path) -> None:
    lines = [_line(url=f"https://e.com/{n}", text=TEXT.replace("Tuesday", f"day {n}")) for n in range(40)]
    archive = write_jsonl(tmp_path / "p.jsonl.gz", lines)
    found = list(scan_jsonl(str(archive), 10**6, JsonlFields(), Counter()))
    with RecordReader() as reader:
        for ref, doc_id in [*found[20:], *found[:20]]:  # a backward jump reopens the stream
            raw, parsed = reader.read(ref), parse_ref(ref)
            assert isinstance(raw, RawInput) and raw.doc_id == doc_id
            assert parsed is not None and parsed.line is not None and raw.url == f"https://e.com/{parsed.line - 1}"


def test_a_line_over_the_size_limit_is_too_large(tmp_path: Path) -> None:
    archive = write_jsonl(tmp_path / "p.jsonl", [_line(url="https://e.com/", html=HTML)])
    (ref, doc_id), = scan_jsonl(str(archive), 100, JsonlFields(), Counter())  # fmt: skip
    with RecordReader(max_bytes=100) as reader:
        raw = reader.read(ref)
    assert doc_id is None and isinstance(raw, ReadError) and raw.reason == "too_large"


def test_html_in_a_record_is_utf8_whatever_its_meta_charset_says() -> None:
    html = HTML.replace("<head>", '<head><meta charset="windows-1251">').replace("minister", "министр")
    raw = RawInput("p.jsonl#line=1&offset=0", html.encode(), url="https://e.ru/", encoding="utf-8", is_html=True)
    article = process_bytes(raw, CTX).article
    assert article is not None and "министр" in article.body and article.encoding == "utf-8"


def test_text_records_take_their_site_from_the_url() -> None:
    raw = RawInput("p.jsonl#line=1&offset=0", TEXT.encode(), url="https://www.bbc.co.uk/news/1", is_html=False)
    article = process_bytes(raw, CTX).article
    assert article is not None and article.site == "bbc.co.uk" and article.url == raw.url


def test_eval_pages_as_json_lines_give_the_bodies_of_the_same_pages_as_files(tmp_path: Path) -> None:
    pages = eval_pages("aeb", 12)
    lines = [_line(url=p.url, html=p.path.read_bytes().decode("utf-8", errors="replace")) for p in pages]
    plan = plan_inputs([str(write_jsonl(tmp_path / "eval.jsonl", lines))], set(), 20 * 2**20)
    assert len(plan.todo) == len(pages)
    f1_records, f1_files = [], []
    with RecordReader() as reader:
        for page, planned in zip(pages, plan.todo, strict=True):
            raw = reader.read(planned.path)
            assert isinstance(raw, RawInput)
            as_record, as_file = process_bytes(raw, CTX).article, process_file(str(page.path), CTX).article
            assert as_record is not None and as_file is not None and as_record.url == page.url and as_record.site
            f1_records.append(body_f1(as_record.body, page.gold_body))
            f1_files.append(body_f1(as_file.body, page.gold_body))
    assert abs(sum(f1_records) / len(f1_records) - sum(f1_files) / len(f1_files)) <= 0.005
