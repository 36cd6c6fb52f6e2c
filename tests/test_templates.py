"""Site template memory: fingerprints, persistence, and what it changes in segmentation."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from schemas import Label
from tasks.text.lines import split_lines
from tasks.text.segment import segment_lines
from tasks.text.templates import (
    TemplateMemory,
    guess_site,
    learn_files,
    learn_page,
    line_fingerprints,
    load_memory,
    save_memory,
    site_evidence,
)
from tests.site_fixtures import SITE, TEMPLATE_LINES, page_text, write_pages


def _label_of(memory: TemplateMemory | None, path: str, text: str, needle: str) -> tuple[str, str]:
    lines = split_lines(text)
    evidence = site_evidence(memory, path, lines) if memory is not None else None
    seg = segment_lines(lines, site=evidence)
    hit = next(ll for ll in seg.lines if ll.line.text == needle)
    return hit.verdict.label, hit.verdict.reason


def test_shape_fingerprint_ignores_numbers_but_exact_does_not() -> None:
    exact_a, shape_a = line_fingerprints("Views: 1084")
    exact_b, shape_b = line_fingerprints("views:  87")
    assert shape_a == shape_b
    assert exact_a != exact_b


def test_site_comes_from_a_domain_folder_then_a_source_credit() -> None:
    assert guess_site(f"inbox/{SITE}/p.txt", []) == SITE
    assert guess_site("inbox/p.txt", split_lines("Text.\n\nSource: www.Example.com\n")) == "example.com"
    assert guess_site("inbox/p.txt", split_lines("Text only.\n")) == ""


def test_template_lines_need_the_memory_to_be_cut(tmp_path: Path) -> None:
    path = f"inbox/{SITE}/page-9.txt"
    text = page_text(9)
    assert _label_of(None, path, text, TEMPLATE_LINES[0])[0] == Label.BODY  # one page can't tell

    memory = TemplateMemory()
    for n in range(1, 9):
        learn_page(memory, f"inbox/{SITE}/page-{n}.txt", page_text(n))
    learn_page(memory, path, text)
    label, reason = _label_of(memory, path, text, TEMPLATE_LINES[0])
    assert label == Label.CHROME
    assert reason == f"seen on 8 of 8 other pages of {SITE}"
    first_paragraph = split_lines(text)[1].text
    assert _label_of(memory, path, text, first_paragraph)[0] == Label.BODY


def test_a_paragraph_quoted_on_two_pages_stays_body() -> None:
    quoted = page_text(100).split("\n\n")[1]
    memory = TemplateMemory()
    pages = [page_text(n) for n in range(1, 9)]
    pages[0] = pages[0].replace(pages[0].split("\n\n")[2], quoted)
    pages[1] = pages[1].replace(pages[1].split("\n\n")[2], quoted)
    for n, text in enumerate(pages, start=1):
        learn_page(memory, f"{SITE}/p{n}.txt", text)
    own = page_text(100)
    learn_page(memory, f"{SITE}/p100.txt", own)
    assert _label_of(memory, f"{SITE}/p100.txt", own, quoted)[0] == Label.BODY


def test_memory_round_trips_through_parquet_and_is_bounded(tmp_path: Path) -> None:
    memory = TemplateMemory()
    for n in range(5):
        learn_page(memory, f"{SITE}/p{n}.txt", page_text(n))
    written = save_memory(tmp_path, memory, "run-1")
    loaded = load_memory(tmp_path)
    assert loaded.counts == memory.counts
    assert written == sum(len(c) for c in memory.counts.values())
    assert loaded.pages(SITE) == 5
    assert not list(tmp_path.glob("*.tmp"))


def test_copies_of_one_story_are_not_mistaken_for_a_template() -> None:
    story = page_text(7)
    memory = TemplateMemory()
    for n in range(10):  # ten inbox files of unknown site carrying the same agency story
        learn_page(memory, f"inbox/copy-{n}.txt", story)
    lines = split_lines(story)
    seg = segment_lines(lines, site=site_evidence(memory, "inbox/copy-0.txt", lines))
    assert [ll.verdict.label for ll in seg.lines].count(Label.BODY) >= 4


def test_a_syndicated_copy_on_a_known_site_keeps_its_body() -> None:
    story = page_text(7)
    memory = TemplateMemory()
    for n in range(10):
        learn_page(memory, f"{SITE}/copy-{n}.txt", story)
    lines = split_lines(story)
    seg = segment_lines(lines, site=site_evidence(memory, f"{SITE}/copy-0.txt", lines))
    paragraph = lines[1].text
    assert next(ll for ll in seg.lines if ll.line.text == paragraph).verdict.label == Label.BODY


def test_a_page_that_breaks_learning_is_skipped_and_the_others_are_learnt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import tasks.text.templates

    paths = [str(p) for p in write_pages(tmp_path, range(1, 6))]
    real = tasks.text.templates.learn_page

    def learn_page_or_raise(memory: TemplateMemory, path: str, text: str, site: str | None = None) -> None:
        if path == paths[2]:
            raise IndexError("a bug met on one page")
        real(memory, path, text, site)

    monkeypatch.setattr(tasks.text.templates, "learn_page", learn_page_or_raise)
    memory = TemplateMemory()
    with caplog.at_level(logging.ERROR, logger="tasks.text.templates"):
        assert learn_files(memory, paths, max_bytes=1_000_000) == 4
    assert any(paths[2] in r.getMessage() for r in caplog.records)


def test_json_lines_text_records_are_learnt_under_their_urls_site_and_warc_pages_are_left_out(tmp_path: Path) -> None:
    import json

    from tasks.text.templates import learn_files
    from tests.warc_fixtures import html_record, write_jsonl, write_warc

    lines = [json.dumps({"url": f"https://www.example.co.uk/news/{n}", "text": f"Menu\n\nStory number {n}.\n"})
             for n in range(3)]  # fmt: skip
    records = write_jsonl(tmp_path / "pages.jsonl", lines)
    archive = write_warc(tmp_path / "crawl.warc", [html_record("https://example.co.uk/x", b"<html><p>x</p></html>")])
    refs = [f"{records}#line={n + 1}&offset={sum(len(s) + 1 for s in lines[:n])}" for n in range(3)]
    memory = TemplateMemory()
    assert learn_files(memory, [*refs, f"{archive}#offset=0"], 10**6) == 3
    assert memory.pages("example.co.uk") == 3
