"""Time each of the text core's compiled patterns alone, on the calls one pass over the dumps makes of it.

    PYTHONPATH=. .venv/bin/python bench/pattern_calls.py tasks.lexicon.next_credit:_NEXT_CREDIT ...
    PYTHONPATH=. .venv/bin/python bench/pattern_calls.py --grep    # every pattern opened by a look-behind or \\b

Each named pattern is swapped, in every `tasks` module that holds it, for a recorder that keeps each call (method,
text, positions); one pass runs over the sets; then each pattern's calls are replayed alone (CPU time, best of 5).
`--save FILE` pickles the calls, to replay them against a rewrite (the same answers, and its time).
"""

from __future__ import annotations

import argparse
import importlib
import pickle
import re
import subprocess
import sys
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DUMPS = ROOT.parent / "shared" / "eval" / "dumps"
Call = tuple[str, tuple[object, ...], dict[str, object]]


class _Recorder:
    """Stands for a compiled pattern and keeps the calls made of it."""

    def __init__(self, pattern: re.Pattern[str], calls: list[Call]) -> None:
        self._pattern, self._calls = pattern, calls

    def __getattr__(self, name: str) -> object:
        attr = getattr(self._pattern, name)
        if not callable(attr):
            return attr

        def recorded(*args: object, **kwargs: object) -> object:
            self._calls.append((name, args, kwargs))
            return attr(*args, **kwargs)

        return recorded


def replay(pattern: re.Pattern[str], calls: list[Call]) -> float:
    """The CPU seconds of the calls on `pattern`, best of 5 (an iterator's matches all taken)."""
    best = float("inf")
    for _ in range(5):
        started = time.process_time()
        for name, args, kwargs in calls:
            found = getattr(pattern, name)(*args, **kwargs)
            if name == "finditer":
                list(found)
        best = min(best, time.process_time() - started)
    return best


def _grepped() -> list[str]:
    """module:NAME of each module-level pattern in tasks/ whose text opens with a look-behind or \\b."""
    out = subprocess.run(["grep", "-rn", r're.compile(r"(?<\|re.compile(r"\\b', "tasks"], cwd=ROOT, text=True,
                         capture_output=True, check=False).stdout  # fmt: skip
    found = []
    for line in out.splitlines():
        path, _line, code = line.split(":", 2)
        if re.match(r"[A-Z_]+ = ", code):
            found.append(path[:-3].replace("/", ".") + ":" + code.split(" = ")[0])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("patterns", nargs="*", help="module:NAME")
    parser.add_argument("--grep", action="store_true", help="add every pattern opened by a look-behind or \\b")
    parser.add_argument("--sets", default="aeb,readability,l3s", help="dump sets under ../shared/eval/dumps")
    parser.add_argument("--save", help="pickle the calls here")
    args = parser.parse_args()

    from tasks.document import RunContext
    from tasks.pipeline import process_file, warm_up

    warm_up()
    calls: dict[str, list[Call]] = defaultdict(list)
    originals: dict[str, re.Pattern[str]] = {}
    for key in [*args.patterns, *(_grepped() if args.grep else [])]:
        module, name = key.split(":")
        pattern = originals[key] = getattr(importlib.import_module(module), name)
        recorder = _Recorder(pattern, calls[key])
        for held in [m for m in list(sys.modules.values()) if getattr(m, "__name__", "").startswith("tasks")]:
            for attr, value in list(vars(held).items()):
                if value is pattern:
                    setattr(held, attr, recorder)
    ctx = RunContext(run_id="pattern_calls", now=datetime.now(UTC))
    for path in [p for s in args.sets.split(",") for p in sorted((DUMPS / s).glob("*.txt"))]:
        process_file(str(path), ctx)
    if args.save:
        Path(args.save).write_bytes(pickle.dumps(dict(calls)))
    timed: list[tuple[float, str, int]] = [(replay(originals[k], v), k, len(v)) for k, v in calls.items() if v]
    print("| pattern | calls | ms |\n|---|---|---|")
    for seconds, key, count in sorted(timed, reverse=True):
        print(f"| {key} | {count} | {seconds * 1000:.2f} |")


if __name__ == "__main__":
    main()
