"""Golden files: the full explained output for each seed, reviewed as a diff when it changes.

Regenerate on purpose with `pytest tests/test_golden.py --update-golden` and read the diff.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tasks.report.inspect import inspect_file
from tests.conftest import SEEDS

GOLDEN = Path(__file__).parent / "golden"


def _snapshot(seed: Path) -> dict[str, Any]:
    report = inspect_file(seed)
    report["file"] = seed.name
    return report


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_seed_output_matches_its_golden_file(seed: Path, update_golden: bool) -> None:
    golden = GOLDEN / (seed.stem + ".json")
    actual = _snapshot(seed)
    if update_golden:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert json.loads(json.dumps(actual)) == expected
