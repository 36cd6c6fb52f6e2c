"""Attributions found per page on labelled dumps, and pages per second: for before/after comparisons.

    .venv/bin/python bench/attribution_counts.py ../shared/eval/dumps/aeb ../shared/eval/dumps/readability \
        --out before.json

Writes, per page, the (kind, name, line, evidence) of every attribution and the seconds spent
segmenting and extracting. Compare two runs with ``--compare before.json after.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))

from tasks.credits.attribution import extract_attributions
from tasks.read.decode import Decoded, decode_bytes
from tasks.text.segment import segment_text


def count(dirs: list[Path]) -> dict[str, object]:
    pages: dict[str, list[list[object]]] = {}
    segment_seconds = attribution_seconds = 0.0
    for directory in dirs:
        for path in sorted(directory.glob("*.txt")):
            decoded = decode_bytes(path.read_bytes())
            if not isinstance(decoded, Decoded):
                continue
            started = time.perf_counter()
            segmented = segment_text(decoded.text)
            middle = time.perf_counter()
            found = extract_attributions(segmented)
            segment_seconds += middle - started
            attribution_seconds += time.perf_counter() - middle
            pages[f"{directory.name}/{path.stem}"] = [[f.kind, f.name, f.line, f.evidence[:160]] for f in found]
    total = segment_seconds + attribution_seconds
    return {"pages": pages, "docs_per_second": len(pages) / total if total else 0.0,
            "attribution_seconds": attribution_seconds, "segment_seconds": segment_seconds}  # fmt: skip


def compare(before: dict[str, object], after: dict[str, object], sample: int) -> None:
    b, a = before["pages"], after["pages"]
    assert isinstance(b, dict) and isinstance(a, dict)
    print(f"attributions: before {sum(map(len, b.values()))}, after {sum(map(len, a.values()))} on {len(a)} pages")
    print(f"docs/s: before {before['docs_per_second']:.1f}, after {after['docs_per_second']:.1f}")
    new = [(page, rec) for page, recs in a.items() for rec in recs if rec not in b.get(page, [])]
    gone = [(page, rec) for page, recs in b.items() for rec in recs if rec not in a.get(page, [])]
    print(f"new records: {len(new)}, lost records: {len(gone)}")
    for page, rec in random.Random(13).sample(new, min(sample, len(new))):
        print(f"  NEW {page}: {rec}")
    for page, rec in gone[:sample]:
        print(f"  LOST {page}: {rec}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dirs", nargs="*", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--compare", nargs=2, type=Path)
    parser.add_argument("--sample", type=int, default=30)
    args = parser.parse_args()
    if args.compare:
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in args.compare)
        compare(before, after, args.sample)
        return
    result = count(args.dirs)
    print(f"{len(result['pages'])} pages, {result['docs_per_second']:.1f} docs/s")  # type: ignore[arg-type]
    if args.out:
        args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
