"""inspect's HTML views: every line with its label, credits marked where they occur, self-contained pages."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.cli import main
from tasks.report.inspect import inspect_file
from tasks.report.page_view import (
    INDEX_NAME,
    PageEntry,
    page_entry,
    page_file_name,
    render_index,
    render_page,
    strangest_first,
    text_pieces,
    write_inspection_pages,
)
from tests.conftest import SEEDS
from tests.html_checks import check_self_contained

SEED = SEEDS / "003_4baa21d7cd8896bb.txt"


def _rows(html: str) -> list[Any]:
    return list(lxml.html.fromstring(html).xpath("//tr[@data-line]"))


def _text_of(cell: Any) -> str:
    """A text cell's words as the page shows them, without the [kind · id] tags after credits."""
    for tag in cell.xpath(".//span[@class='tag']"):
        tag.drop_tree()
    return str(cell.text_content())


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_every_line_is_shown_in_order_with_its_label_and_kind(seed: Path) -> None:
    report = inspect_file(seed)
    html = render_page(report)
    check_self_contained(html)
    rows = _rows(html)
    assert [int(r.get("data-line")) for r in rows] == [line["line"] for line in report["lines"]]
    for row, line in zip(rows, report["lines"], strict=True):
        assert row.get("data-label") == line["label"] and row.get("data-kind") == line["kind"]
        assert row.get("tabindex") == "0"  # keyboard: every row is focusable
        label_cell = row.xpath("td[@class='label']")[0].text_content()
        assert line["label"] in label_cell and line["kind"] in label_cell  # readable without colour
        assert _text_of(row.xpath("td[@class='text']")[0]) == line["text"]
        assert line["reason"] in row.get("title") and line["reason"] in row.xpath("td[@class='why']")[0].text_content()


def test_attributions_are_marked_where_they_occur_with_kind_and_canonical_id() -> None:
    report = inspect_file(SEED)
    html = render_page(report)
    marks = lxml.html.fromstring(html).xpath("//mark[@class='credit']")
    texts = {line["line"]: line["text"] for line in report["lines"]}
    expected = [(texts[a["line"]][a["char_start"] : a["char_end"]], a["kind"], a["canonical_id"] or "")
                for a in report["attributions"]]  # fmt: skip
    shown = [(m.text, m.get("data-kind"), m.get("data-canonical")) for m in marks]
    assert shown == expected
    assert ("interfax.kz", "agency", "interfax") in shown and ("sputnik.by", "photo", "sputnik") in shown
    assert "[agency · interfax]" in html  # the kind and id are text too, not only a colour


def test_header_names_language_site_title_and_counts() -> None:
    report = inspect_file(SEED)
    facts = lxml.html.fromstring(render_page(report)).xpath("//dl[@class='facts']")[0].text_content()
    assert "kazpravda.kz" in facts and "ru" in facts
    assert "Встреча президентов Армении и Азербайджана планируется" in facts
    counts = report["counts"]
    assert sum(counts.values()) == len(report["lines"]) and counts["body"] == 7


def test_page_text_is_escaped_not_run(tmp_path: Path) -> None:
    dump = tmp_path / "evil.txt"
    body = "The council met on Monday and agreed on a plan for the harbour, officials said in a statement. " * 3
    dump.write_text(f"<script>alert(1)</script>\n\n{body}\n\n<img src=http://example.com/x.png> Photo: AP\n",
                    encoding="utf-8")  # fmt: skip
    html = render_page(inspect_file(dump))
    check_self_contained(html)  # no <script>, no <img>, no external URL survived
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_an_html_page_shows_its_dom_evidence(tmp_path: Path) -> None:
    body = " ".join(["The committee met on Monday and agreed on a new plan for the harbour, officials said."] * 4)
    page = tmp_path / "page.html"
    article = f"<article><h1>Harbour plan agreed</h1><p>{body}</p></article>"
    page.write_text(f"<html lang='en'><body><nav><a href='/'>Home</a></nav>{article}</body></html>", encoding="utf-8")
    html = render_page(inspect_file(page))
    check_self_contained(html)
    why = " ".join(cell.text_content() for cell in lxml.html.fromstring(html).xpath("//td[@class='why']"))
    assert "DOM:" in why and "link density" in why


def test_a_rejected_file_says_why(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    report = inspect_file(empty)
    html = render_page(report)
    check_self_contained(html)
    assert "Rejected" in html and report["rejected"] in html and _rows(html) == []


@given(st.text(max_size=40), st.lists(st.tuples(st.integers(-2, 45), st.integers(-2, 45)), max_size=6))
def test_pieces_always_rebuild_the_line(text: str, spans: list[tuple[int, int]]) -> None:
    credits = [{"char_start": s, "char_end": e, "kind": "source"} for s, e in spans]
    pieces = text_pieces(text, credits)
    assert "".join(p.text for p in pieces) == text
    for p in pieces:
        assert p.credit is None or text[p.credit["char_start"] : p.credit["char_end"]] == p.text


def _entry(name: str, body: float, chrome: float, title: str | None = "t", rejected: str | None = None) -> PageEntry:
    return PageEntry(name, name + ".html", rejected, title, "en", 10, 0, body, chrome, 0.0)


def test_index_puts_the_strangest_pages_first() -> None:
    entries = [_entry("fine", 0.8, 0.1), _entry("chromey", 0.3, 0.7), _entry("untitled", 0.9, 0.1, None),
               _entry("rejected", 0.0, 0.0, None, "no_article"), _entry("thin", 0.3, 0.5)]  # fmt: skip
    # untitled: 0.1 not body + 0.25 for no title; chromey and thin: 0.7 not body, chromey has more chrome
    assert [e.name for e in strangest_first(entries)] == ["rejected", "chromey", "thin", "untitled", "fine"]
    html = render_index(entries, "inbox")
    check_self_contained(html)
    links = lxml.html.fromstring(html).xpath("//table[@id='pages']//a")
    assert [a.text for a in links] == ["rejected", "chromey", "thin", "untitled", "fine"]


def test_page_entry_shares_are_of_characters() -> None:
    report = {"file": "x.txt", "title": None, "language": "en", "attributions": [{}],
              "lines": [{"label": "body", "text": "abcdef"}, {"label": "chrome", "text": " ab "}]}  # fmt: skip
    entry = page_entry(report, "x.html")
    assert (entry.body_share, entry.chrome_share, entry.attributions) == (0.75, 0.25, 1)
    assert entry.flags == ["no title"]


def test_page_file_names_are_flat_and_unique(tmp_path: Path) -> None:
    assert page_file_name(tmp_path / "a" / "b.txt", tmp_path) == "a__b.txt.html"
    assert page_file_name(tmp_path / "b.txt", tmp_path) == "b.txt.html"


def test_a_directory_gets_one_page_per_input_and_an_index(tmp_path: Path) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    entries = write_inspection_pages(seeds, SEEDS, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([INDEX_NAME] + [e.href for e in entries])
    index = (tmp_path / INDEX_NAME).read_text(encoding="utf-8")
    check_self_contained(index)
    hrefs = lxml.html.fromstring(index).xpath("//table[@id='pages']//a/@href")
    assert sorted(hrefs) == sorted(s.name + ".html" for s in seeds)
    for href in hrefs:
        check_self_contained((tmp_path / href).read_text(encoding="utf-8"))


def test_cli_writes_a_page_and_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inspect", str(SEED), "--html", str(tmp_path / "new" / "one.html")]) == 0
    assert len(_rows((tmp_path / "new" / "one.html").read_text(encoding="utf-8"))) == len(inspect_file(SEED)["lines"])
    assert main(["inspect", str(SEEDS), "--html", str(tmp_path / "all")]) == 0
    assert (tmp_path / "all" / INDEX_NAME).is_file()
    assert "wrote 5 pages" in capsys.readouterr().out
    assert main(["inspect", str(SEEDS)]) == 2 and "--html OUT/" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Debian's chromium")
def test_the_page_opens_offline_in_a_browser(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(render_page(inspect_file(SEED)), encoding="utf-8")
    dom = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--proxy-server=127.0.0.1:9", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout  # fmt: skip
    assert dom.count('data-label="body"') == 7 and "interfax.kz" in dom


@pytest.mark.parametrize(
    "fetching",
    ['<img src="https://x.org/a.png">', "<a href='//x.org/'>x</a>", '<div style="background: url(http://x.org/a)">',
     "<style>p { background: url('https://x.org/a') }</style>", "<script>1</script>"],
)  # fmt: skip
def test_the_offline_check_catches_what_a_browser_would_fetch(fetching: str) -> None:
    with pytest.raises(AssertionError):
        check_self_contained(f"<!doctype html><html><body>{fetching}</body></html>")
