"""Record references: archive path plus where the record starts, read back through one open handle."""

from __future__ import annotations

from pathlib import Path

import pytest

from tasks.read.raw import RawInput, ReadError
from tasks.read.reader import RecordReader
from tasks.read.records import RecordRef, is_archive, parse_ref


@pytest.mark.parametrize(
    "ref",
    [RecordRef("crawl.warc.gz", 12345), RecordRef("s3://bucket/cc/x.warc", 0), RecordRef("in/p.jsonl.gz", 50211, 17)],
)
def test_a_reference_round_trips_through_its_string(ref: RecordRef) -> None:
    assert parse_ref(str(ref)) == ref


def test_the_string_names_the_archive_and_where_the_record_starts() -> None:
    assert str(RecordRef("crawl.warc.gz", 12345)) == "crawl.warc.gz#offset=12345"
    assert str(RecordRef("p.jsonl", 80, 3)) == "p.jsonl#line=3&offset=80"


@pytest.mark.parametrize(
    "path", ["page.html", "odd#name.txt", "crawl.warc.gz", "crawl.warc.gz#offset=x", "crawl.warc.gz#line=3"]
)
def test_anything_else_is_a_plain_path(path: str) -> None:
    assert parse_ref(path) is None


def test_archives_are_known_by_their_names() -> None:
    assert all(is_archive(p) for p in ["a.warc", "a.WARC.GZ", "a.jsonl", "a.jsonl.gz", "a.ndjson"])
    assert not any(is_archive(p) for p in ["a.json", "a.html", "a.txt.gz", "warc/a.txt"])


def test_plain_files_read_as_before(tmp_path: Path) -> None:
    page = tmp_path / "odd#name.txt"
    page.write_text("Hello\n", encoding="utf-8")
    with RecordReader() as reader:
        raw = reader.read(str(page))
    assert isinstance(raw, RawInput) and raw.data == b"Hello\n" and raw.url is None and raw.doc_id is None


def test_an_archive_that_cannot_be_read_is_a_read_error_that_says_why(tmp_path: Path) -> None:
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00garbage")
    with RecordReader() as reader:
        whole, record = reader.read(str(broken)), reader.read(f"{tmp_path}/missing.warc.gz#offset=0")
    assert isinstance(whole, ReadError) and whole.reason == "unreadable"
    assert isinstance(record, ReadError) and "FileNotFoundError" in record.message
