"""Robustness corpus: every HTML page and text dump under ../shared/eval/ runs through the core.

About 2,400 HTML pages and 2,400 dumps, none crafted for us: zero `internal_error` rejects, and
every file ends as exactly one article or one reject. Marked `corpus`: skipped locally unless
`--corpus` is given, always run when CI=true. It uses at most two worker processes
(NEWSCLEAN_CORPUS_WORKERS overrides). The pages take about 430 s of CPU in all (measured on a
busy 2-core machine: 605 s of wall time with one worker at load 12), so about 3.5 minutes with
two workers on two idle cores.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter
from datetime import UTC, datetime
from functools import cache

import pytest

from tasks.document import RunContext
from tasks.pipeline import process_file
from tests.conftest import DUMPS, HTML

pytestmark = pytest.mark.corpus
SETS = ["aeb", "readability", "cleanportal", "cleaneval-dev", "l3s", "dragnet"]
MAX_WORKERS = 2
CHUNK = 8


def _inputs(kind: str, name: str) -> list[str]:
    root, pattern = (HTML, "*.html") if kind == "html" else (DUMPS, "*.txt")
    return sorted(str(p) for p in (root / name).glob(pattern))


def _outcome(path: str) -> tuple[str, str, str, str]:
    """(path, outcome, stage, message) of one file: outcome is 'article', a reject reason, or 'both'/'none'."""
    result = process_file(path, RunContext(run_id="corpus", now=datetime(2024, 5, 17, tzinfo=UTC)))
    if (result.article is None) == (result.reject is None):
        return path, "both" if result.article else "none", "", ""
    if result.reject is not None:
        return path, str(result.reject.reason), result.reject.stage, result.reject.message
    return path, "article", "", ""


@cache
def _results() -> dict[str, tuple[str, str, str]]:
    paths = [p for kind in ("html", "dumps") for name in SETS for p in _inputs(kind, name)]
    workers = int(os.environ.get("NEWSCLEAN_CORPUS_WORKERS", min(MAX_WORKERS, os.cpu_count() or 1)))
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        return {path: rest for path, *rest in pool.imap_unordered(_outcome, paths, chunksize=CHUNK)}


@pytest.mark.parametrize("kind", ["html", "dumps"])
@pytest.mark.parametrize("name", SETS)
def test_every_file_ends_as_one_article_or_reject_and_none_is_an_internal_error(kind: str, name: str) -> None:
    paths = _inputs(kind, name)
    if not paths:
        pytest.skip(f"no {kind} inputs for {name} under {HTML.parent}")
    results = _results()
    outcomes = Counter(results[p][0] for p in paths)
    assert sum(outcomes.values()) == len(paths)
    assert outcomes["both"] == outcomes["none"] == 0
    errors = {p: results[p][2] for p in paths if results[p][0] == "internal_error"}
    assert errors == {}
    assert outcomes["article"] >= 0.9 * len(paths), outcomes  # the rest are explained rejects
