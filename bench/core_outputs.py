"""Fingerprint the text core's output on every eval and own dump, to prove a speed change keeps it.

    PYTHONPATH=. .venv/bin/python bench/core_outputs.py OUT.json                # one fingerprint per dump
    PYTHONPATH=. .venv/bin/python bench/core_outputs.py OUT.json --compare BASE.json

A dump's fingerprint hashes every segment row (label, kind, reason code, reason, score, region, ...), every
attribution record, the article and the reject, with a fixed clock and no time limit. Paths are relative to the
working directory (`../shared/eval/dumps/*/`, `tests/data/dumps_ml*/`), so two worktrees side by side fingerprint
the same paths. Comparing prints only how many dumps differ and in which folders: some folders are check sets.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from tasks.document import RunContext
from tasks.pipeline import process_file, warm_up

FOLDERS = ("../shared/eval/dumps/*", "tests/data/dumps_ml*")


def fingerprint(path: str, ctx: RunContext) -> str:
    """A hash of everything the core says about one dump."""
    result = process_file(path, ctx)
    parts: list[object] = [result.doc_id, result.segments.to_pylist()]
    parts.append([a.model_dump() for a in result.attributions])
    parts.append(result.article.model_dump() if result.article is not None else None)
    parts.append(result.reject.model_dump() if result.reject is not None else None)
    return hashlib.sha1(repr(parts).encode()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--compare", type=Path, help="a fingerprint file to compare with")
    args = parser.parse_args()
    ctx = RunContext(run_id="outputs", now=datetime(2026, 12, 1, tzinfo=UTC), time_limit=1e9)
    warm_up()
    paths = sorted(str(p) for pattern in FOLDERS for folder in Path().glob(pattern) for p in folder.glob("*.txt"))
    prints = {path: fingerprint(path, ctx) for path in paths}
    args.out.write_text(json.dumps(prints, indent=0, sort_keys=True))
    print(f"{len(prints)} dumps fingerprinted")
    if args.compare:
        base = json.loads(args.compare.read_text())
        differ = [k for k in prints if base.get(k) != prints[k]]
        folders = Counter(str(Path(k).parent) for k in differ)
        missing = len(set(base) ^ set(prints))
        print(f"{len(differ)} of {len(prints)} dumps differ ({missing} in one file only)", dict(folders) or "")
        sys.exit(1 if differ or missing else 0)


if __name__ == "__main__":
    main()
