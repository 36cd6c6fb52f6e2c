"""House style keeps modules small (~300 lines): enforced here, so that nobody has to remember it.

A module that grows past the limit is split by what it holds (a coherent group of functions, with their private
helpers and constants, moved into a new module of the same package), not trimmed by packing lines.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT

# The most lines a module under the checked folders may hold: the ~300 of house style, with a little slack.
MAX_MODULE_LINES = 310
CHECKED = ("tasks", "flows", "schemas")


def _line_count(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_modules_stay_under_the_line_limit() -> None:
    modules = sorted(p for folder in CHECKED for p in (ROOT / folder).rglob("*.py"))
    assert modules, "no modules found: the test looks in the wrong place"
    offenders = [f"{p.relative_to(ROOT)} ({n} lines)" for p in modules if (n := _line_count(p)) > MAX_MODULE_LINES]
    assert not offenders, f"modules over {MAX_MODULE_LINES} lines (split them by what they hold): " + ", ".join(
        offenders
    )
