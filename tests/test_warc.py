"""WARC archives: which records are pages, decoding them, ids from payload digests, same as files."""

from __future__ import annotations

import gzip
import io
import zlib
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import brotli  # type: ignore[import-untyped]  # installed with fastwarc
import pytest

from tasks.document import RunContext
from tasks.pipeline import process_bytes, process_file
from tasks.plan import plan_inputs
from tasks.read.raw import RawInput, ReadError
from tasks.read.reader import RecordReader
from tasks.read.records import parse_ref
from tasks.read.warc import decode_content, doc_id_of_payload, scan_warc
from tests.warc_fixtures import (
    body_f1,
    chunked,
    eval_pages,
    html_record,
    http_response,
    payload_digest,
    warc_record,
    write_warc,
)  # fmt: skip

CTX = RunContext(run_id="test", now=datetime(2024, 6, 1, tzinfo=UTC))
PAGE = (
    b"<html><head><title>Budget vote</title></head><body><article><h1>Budget vote</h1>"
    b"<p>The minister said on Tuesday that the new budget would be balanced by the end of next year, "
    b"despite slowing growth and high energy prices across the region.</p>"
    b"<p>Opposition parties called the plan unrealistic and demanded a full debate in parliament.</p>"
    b"</article></body></html>"
)


def _mixed_archive(path: Path) -> Path:
    """One page among the records a crawl also holds: warcinfo, request, robots.txt, image, redirect…"""
    return write_warc(path, [
        warc_record("", b"software: test\r\n", record_type="warcinfo"),
        warc_record("https://news.example.com/a", b"GET /a HTTP/1.1\r\nHost: news.example.com\r\n\r\n",
                    record_type="request"),
        html_record("https://www.news.example.com/a", PAGE),
        warc_record("https://news.example.com/robots.txt", http_response(b"User-agent: *\n", "text/plain")),
        warc_record("https://news.example.com/logo.png", http_response(b"\x89PNG\r\n\x1a\n", "image/png")),
        warc_record("https://news.example.com/old", http_response(b"", status="301 Moved Permanently",
                                                                   headers=("Location: /a",))),
        warc_record("https://news.example.com/gone", http_response(b"<html>not found</html>", status="404 Not Found")),
        warc_record("https://news.example.com/cut", http_response(PAGE[:50]), extra=("WARC-Truncated: length",)),
    ])  # fmt: skip


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_only_html_responses_are_pages_and_the_rest_is_counted_by_reason(tmp_path: Path, name: str) -> None:
    skipped: Counter[str] = Counter()
    found = list(scan_warc(str(_mixed_archive(tmp_path / name)), 10**6, skipped))
    assert len(found) == 1
    assert skipped == {"not_response": 2, "not_html": 2, "redirect": 1, "http_error": 1, "truncated": 1}
    ref = parse_ref(found[0][0])
    assert ref is not None and ref.offset > 0 and ref.line is None


def test_a_record_is_read_back_at_its_offset_with_url_date_and_id(tmp_path: Path) -> None:
    archive = _mixed_archive(tmp_path / "crawl.warc.gz")
    (ref, doc_id), = scan_warc(str(archive), 10**6, Counter())  # fmt: skip
    with RecordReader() as reader:
        raw = reader.read(ref)
    assert isinstance(raw, RawInput)
    assert raw.data == PAGE and raw.url == "https://www.news.example.com/a" and raw.is_html
    assert raw.fetched_at == datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert raw.doc_id == doc_id == doc_id_of_payload(payload_digest(PAGE), None)
    result = process_bytes(raw, CTX)
    assert result.article is not None
    assert result.article.source_path == ref and result.article.url == raw.url
    assert result.article.site == "example.com"  # the registered domain of the URL
    assert result.article.doc_id == doc_id and result.article.fetched_at == raw.fetched_at


def test_the_payload_digest_and_the_payload_hash_give_the_same_id() -> None:
    assert doc_id_of_payload(payload_digest(PAGE), None) == doc_id_of_payload(None, PAGE)
    assert doc_id_of_payload("md5:nonsense", PAGE) == doc_id_of_payload(None, PAGE)
    assert doc_id_of_payload(None, None) is None


def test_chunked_gzip_response_in_a_declared_charset_decodes_and_the_next_record_still_reads(tmp_path: Path) -> None:
    cyrillic = "<html><body><article><p>{}</p></article></body></html>".format(
        "Правительство утвердило программу поддержки малого бизнеса на три года вперёд. " * 3
    ).encode("cp1251")
    block = http_response(chunked(gzip.compress(cyrillic)), "text/html; charset=windows-1251",
                          headers=("Content-Encoding: gzip", "Transfer-Encoding: chunked"))  # fmt: skip
    archive = write_warc(tmp_path / "c.warc.gz", [
        warc_record("https://gazeta.ru/1", block), html_record("https://gazeta.ru/2", PAGE, with_digest=False),
    ])  # fmt: skip
    found = list(scan_warc(str(archive), 10**6, Counter()))
    assert len(found) == 2  # FastWARC's auto_decode="all" would lose the second record here
    with RecordReader() as reader:
        first, second = (reader.read(ref) for ref, _ in found)
    assert isinstance(first, RawInput) and isinstance(second, RawInput)
    assert first.data == cyrillic and first.charset == "windows-1251"
    assert second.doc_id == found[1][1] == doc_id_of_payload(None, PAGE)
    article = process_bytes(first, CTX).article
    assert article is not None and "Правительство утвердило" in article.body and article.encoding == "cp1251"


@pytest.mark.parametrize("coding", ["gzip", "deflate", "br", "identity", ""])
def test_content_encodings_are_undone(coding: str) -> None:
    encode = {"gzip": gzip.compress, "deflate": zlib.compress, "br": brotli.compress}.get(coding, lambda b: b)
    assert decode_content(encode(PAGE), coding) == PAGE


def test_a_corrupt_or_unknown_content_encoding_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="corrupt gzip"):
        decode_content(b"not gzip", "gzip")
    with pytest.raises(ValueError, match="unknown content encoding"):
        decode_content(PAGE, "compress")


def test_a_reference_to_no_record_is_a_read_error(tmp_path: Path) -> None:
    archive = _mixed_archive(tmp_path / "crawl.warc.gz")
    with RecordReader() as reader:
        missing = reader.read(f"{archive}#offset={archive.stat().st_size}")
        garbage = reader.read(f"{archive}#offset=3")
    assert isinstance(missing, ReadError) and missing.reason == "unreadable"
    assert isinstance(garbage, ReadError)


def test_a_record_over_the_size_limit_is_too_large(tmp_path: Path) -> None:
    archive = _mixed_archive(tmp_path / "crawl.warc.gz")
    (ref, _), = scan_warc(str(archive), 10**6, Counter())  # fmt: skip
    with RecordReader(max_bytes=100) as reader:
        raw = reader.read(ref)
    assert isinstance(raw, ReadError) and raw.reason == "too_large"


def test_the_same_page_in_two_archives_is_one_article(tmp_path: Path) -> None:
    one = write_warc(tmp_path / "one.warc.gz", [html_record("https://example.com/a", PAGE)])
    two = write_warc(tmp_path / "two.warc.gz", [html_record("https://example.com/a?utm=x", PAGE)])
    plan = plan_inputs([str(one), str(two)], set(), 10**6)
    assert len(plan.todo) == 1 and len(plan.duplicates) == 1
    assert plan_inputs([str(one), str(two)], {plan.todo[0].doc_id or ""}, 10**6).skipped != []


def test_eval_pages_in_a_warc_give_the_bodies_of_the_same_pages_as_files(tmp_path: Path) -> None:
    pages = eval_pages("aeb", 12)
    archive = write_warc(tmp_path / "eval.warc.gz", [html_record(p.url, p.path.read_bytes()) for p in pages])
    plan = plan_inputs([str(archive)], set(), 20 * 2**20)
    assert len(plan.todo) == len(pages) and not plan.records_skipped
    f1_files, f1_records = [], []
    with RecordReader() as reader:
        for page, planned in zip(pages, plan.todo, strict=True):
            raw = reader.read(planned.path)
            assert isinstance(raw, RawInput)
            as_record, as_file = process_bytes(raw, CTX).article, process_file(str(page.path), CTX).article
            assert as_record is not None and as_file is not None
            assert as_record.url == page.url and as_record.site and as_record.doc_id == planned.doc_id
            f1_records.append(body_f1(as_record.body, page.gold_body))
            f1_files.append(body_f1(as_file.body, page.gold_body))
    assert abs(sum(f1_records) / len(f1_records) - sum(f1_files) / len(f1_files)) <= 0.005


def test_scanning_streams_the_archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The scan reads an archive through one handle, record after record (not loaded whole)."""
    archive = write_warc(tmp_path / "many.warc.gz", [html_record(f"https://e.com/{n}", PAGE + b"%d" % n)
                                                      for n in range(300)])  # fmt: skip
    reads: list[int] = []

    class Counting(io.FileIO):
        def read(self, size: int | None = -1) -> bytes:
            reads.append(-1 if size is None else size)
            return super().read(size)

    monkeypatch.setattr("tasks.read.warc.open_binary", Counting)
    assert len(list(scan_warc(str(archive), 10**6, Counter()))) == 300
    assert reads and all(0 < size < archive.stat().st_size for size in reads)
