"""Finished archives: saved by fingerprint, skipped unscanned while unchanged, scanned again once changed."""

from __future__ import annotations

from pathlib import Path

from tasks.plan import plan_inputs
from tasks.read.records import archive_fingerprint
from tasks.store.archives import load_archives, save_archives
from tests.warc_fixtures import html_record, write_warc

PAGE = b"<html><body><article><p>" + b"The minister said the budget would be balanced next year. " * 4 + b"</p>"


def test_saved_archives_load_back_and_later_runs_add_to_them(tmp_path: Path) -> None:
    assert load_archives(tmp_path) == {}
    assert save_archives(tmp_path, {"a.warc.gz": ("10:1", 3)}, "run-1") == 1
    assert save_archives(tmp_path, {"b.warc.gz": ("20:2", 5), "a.warc.gz": ("11:2", 4)}, "run-2") == 2
    assert load_archives(tmp_path) == {"a.warc.gz": "11:2", "b.warc.gz": "20:2"}
    assert save_archives(tmp_path, {}, "run-3") == 0


def test_an_unchanged_finished_archive_is_not_scanned_and_a_changed_one_is(tmp_path: Path) -> None:
    archive = write_warc(tmp_path / "crawl.warc.gz", [html_record(f"https://e.com/{n}", PAGE + b"%d" % n)
                                                       for n in range(3)])  # fmt: skip
    first = plan_inputs([str(archive)], set(), 10**6)
    assert len(first.todo) == 3 and first.archives == {str(archive): (archive_fingerprint(str(archive)), 3)}
    done = {path: fingerprint for path, (fingerprint, _) in first.archives.items()}

    again = plan_inputs([str(archive)], set(), 10**6, done_archives=done)
    assert again.todo == [] and again.inputs == 0 and again.archives_unchanged == [str(archive)]

    with open(archive, "ab") as handle:  # the crawler appended a record
        handle.write(write_warc(tmp_path / "extra.warc.gz", [html_record("https://e.com/9", PAGE)]).read_bytes())
    committed = {p.doc_id or "" for p in first.todo}
    grown = plan_inputs([str(archive)], committed, 10**6, done_archives=done)
    assert len(grown.skipped) == 3 and len(grown.todo) == 1 and not grown.archives_unchanged
