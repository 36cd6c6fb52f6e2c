"""bench/peers.py: the line mapping and scoring helpers, on a constructed page (no peer extractors needed)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from tasks.report.evaluate import LineCounts

PEERS_PATH = Path(__file__).resolve().parent.parent / "bench" / "peers.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_peers", PEERS_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


peers = _load()

TEXT = "Home\n\nThe  minister said on Monday that taxes will rise.\n\nShe   added more detail later.\n\nShare"
GOLD = {1: "chrome", 3: "body", 5: "body", 7: "ambiguous"}


def _doc() -> object:
    return peers.Doc("d", "en", TEXT, peers.numbered_lines(TEXT), GOLD)


def test_numbered_lines_keep_file_line_numbers() -> None:
    assert [n for n, _ in peers.numbered_lines(TEXT)] == [1, 3, 5, 7]


def test_page_wraps_each_line_as_escaped_paragraph() -> None:
    page = peers.page_html(["a < b", "c"])
    assert page == "<html><body><p>a &lt; b</p><p>c</p></body></html>"


def test_match_lines_by_paragraph_or_normalised_substring() -> None:
    doc = _doc()
    # one line kept as its own paragraph, one found inside a merged paragraph, whitespace differs
    extracted = "Intro. The minister said on Monday that taxes will rise.\nShe added   more detail later."
    assert peers.match_lines(doc.texts, extracted) == [False, True, True, False]
    assert peers.match_lines(doc.texts, None) == [False] * 4


def test_match_paragraphs_by_order_and_text() -> None:
    doc = _doc()
    paragraphs = [("Home", False), ("unknown block", True), ("The minister said on Monday that taxes will rise.", True),
                  ("She added more detail later.", False), ("Share", True)]  # fmt: skip
    assert peers.match_paragraphs(doc.texts, paragraphs) == [False, True, False, True]


def test_score_doc_skips_ambiguous_and_counts_body() -> None:
    counts = LineCounts()
    # predicts: Home body (fp), line 3 body (tp), line 5 not (fn), Share (ambiguous: skipped)
    peers.score_doc(counts, _doc(), [True, True, False, True])
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 1)
    assert counts.precision == 0.5 and counts.recall == 0.5 and counts.f1 == 0.5
