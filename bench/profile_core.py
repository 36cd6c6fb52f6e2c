"""Profile the core (decode + segment + attribute + validate, no writing) on the dev dumps.

    .venv/bin/python bench/profile_core.py                     # aeb + readability dev dumps
    .venv/bin/python bench/profile_core.py --sets aeb --repeat 3 --top 30
    .venv/bin/python bench/profile_core.py --time --repeat 5   # no profiler: best pass, CPU and wall
    .venv/bin/python bench/profile_core.py --dir /tmp/corpus --save core.prof  # a bench.py corpus, stats kept

Prints the share of the core's time spent in each named stage (cumulative time of the functions
that implement it, from cProfile) and the functions with the most own time. The stages are the
per-document costs issue 15 names; a stage whose function is absent from the profile shows 0 %.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import pstats
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DUMPS = ROOT.parent / "shared" / "eval" / "dumps"

# stage -> (file suffix, function name) pairs whose cumulative time is the stage's time.
# Pairs of one stage do not call each other, so their times add up.
STAGES: dict[str, list[tuple[str, str]]] = {
    "records and validation": [("tasks/validate.py", "build_segments"), ("tasks/validate.py", "build_attributions"),
                               ("tasks/validate.py", "build_article")],
    "  of which segment records": [("tasks/validate.py", "build_segments")],
    "segmenting (all of it)": [("tasks/text/segment.py", "segment_lines")],
    "  line features": [("tasks/text/features.py", "line_features")],
    "language identification": [("tasks/lexicon/language.py", "detect_language")],
    "dates": [("tasks/credits/dates.py", "find_published_date")],
    "attributions": [("tasks/credits/attribution.py", "extract_attributions")],
    "decoding (ftfy included)": [("tasks/read/decode.py", "decode_bytes")],
    "  ftfy": [("ftfy/__init__.py", "fix_text")],
    "  ftfy badness check": [("ftfy/badness.py", "is_bad")],
}  # fmt: skip


def _stage_seconds(stats: pstats.Stats, pairs: list[tuple[str, str]]) -> float:
    table = stats.stats  # type: ignore[attr-defined]
    total = 0.0
    for (filename, _line, name), (_cc, _nc, _tt, cumulative, _callers) in table.items():
        if any(filename.endswith(suffix) and name == fn for suffix, fn in pairs):
            total += cumulative
    return total


# Without the profiler, stages are timed by wrapping the module attribute the core calls them through
# (cProfile's cost per Python call inflates code made of many small calls, and skews shares).
TIMED: dict[str, list[tuple[str, str]]] = {
    "segment records": [("tasks.pipeline", "build_segments")],
    "article and attribution records": [("tasks.pipeline", "build_article"), ("tasks.pipeline", "build_attributions")],
    "segmenting": [("tasks.pipeline", "segment_page")],
    "attributions": [("tasks.pipeline", "extract_attributions")],
    "dates": [("tasks.pipeline", "find_published_date")],
    "language identification": [("tasks.text.segment", "detect_language"),
                                ("tasks.text.language_rules", "detect_language")],
    "decoding": [("tasks.pipeline", "decode_bytes")],
    "ftfy badness check": [("ftfy.badness", "is_bad")],
}  # fmt: skip


def _timed(spent: dict[str, float], stage: str, fn: Callable[..., object]) -> Callable[..., object]:
    def timed(*args: object, **kwargs: object) -> object:
        started = time.thread_time()  # this thread only: Arrow's and the allocator's threads are not the stage's
        try:
            return fn(*args, **kwargs)
        finally:
            spent[stage] += time.thread_time() - started

    return timed


def _time_passes(paths: list[str], ctx: object, repeat: int) -> None:
    """Each pass over the dumps timed alone (the best pass is the least disturbed by other load),
    with each stage's CPU time in the best pass."""
    from tasks.pipeline import process_file

    passes = []
    for _ in range(repeat):
        spent = dict.fromkeys(TIMED, 0.0)
        originals = [(m, n, getattr(importlib.import_module(m), n)) for pairs in TIMED.values() for m, n in pairs]
        for stage, pairs in TIMED.items():
            for module, name in pairs:
                fn = getattr(importlib.import_module(module), name)
                setattr(importlib.import_module(module), name, _timed(spent, stage, fn))
        cpu, wall = time.process_time(), time.perf_counter()
        for path in paths:
            process_file(path, ctx)  # type: ignore[arg-type]
        passes.append((time.process_time() - cpu, time.perf_counter() - wall, spent))
        for module, name, fn in originals:
            setattr(importlib.import_module(module), name, fn)
    cpu, wall, spent = min(passes, key=lambda p: p[0])
    every = ", ".join(f"{p[0]:.2f}" for p in passes)  # the first pass fills the caches: the cold run's cost
    print(f"{len(paths)} documents, best of {repeat} passes: {cpu:.2f} s CPU ({len(paths) / cpu:.1f} docs/s), "
          f"{min(p[1] for p in passes):.2f} s wall; each pass's CPU: {every} s")  # fmt: skip
    print("\n| stage (CPU time, best pass) | ms per document | share of the core |\n|---|---|---|")
    for stage, seconds in spent.items():
        print(f"| {stage} | {seconds / len(paths) * 1000:.2f} | {seconds / cpu:.1%} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default="aeb,readability", help="dump sets under ../shared/eval/dumps")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the dumps (default 1)")
    parser.add_argument("--top", type=int, default=20, help="functions by own time to list (default 20)")
    parser.add_argument("--time", action="store_true", help="time passes without the profiler instead")
    parser.add_argument("--dir", help="profile every *.txt under this folder instead (e.g. a bench.py corpus)")
    parser.add_argument("--save", help="write the cProfile stats to this file (for pstats)")
    args = parser.parse_args()

    from tasks.document import RunContext
    from tasks.pipeline import process_file, warm_up

    if args.dir:
        paths = [str(p) for p in sorted(Path(args.dir).rglob("*.txt"))]
    else:
        paths = [str(p) for s in args.sets.split(",") for p in sorted((DUMPS / s).glob("*.txt"))]
    ctx = RunContext(run_id="profile", now=datetime.now(UTC))
    warm_up()
    if args.time:
        _time_passes(paths, ctx, args.repeat)
        return
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for _ in range(args.repeat):
        for path in paths:
            process_file(path, ctx)
    profiler.disable()
    wall = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    if args.save:
        stats.dump_stats(args.save)
    total = stats.total_tt  # type: ignore[attr-defined]
    docs = len(paths) * args.repeat
    print(f"{docs} documents, {wall:.2f} s wall under the profiler ({docs / wall:.1f} docs/s), {total:.2f} s profiled")
    print("\n| stage | seconds | share of the core |\n|---|---|---|")
    for stage, pairs in STAGES.items():
        seconds = _stage_seconds(stats, pairs)
        print(f"| {stage} | {seconds:.2f} | {seconds / total:.1%} |")
    print()
    stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
