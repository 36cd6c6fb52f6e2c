"""Benchmark newsclean: the segmentation core, the full Prefect flow, and peers, on one corpus.

    .venv/bin/python bench/bench.py                 # 10,000 documents
    .venv/bin/python bench/bench.py --docs 100000   # memory stays flat: batches stream through
    .venv/bin/python bench/bench.py --docs 500 --skip-peers

The corpus is built from the labelled dumps in ../shared/eval/dumps and the seeds; each copy
gets a distinct last line so that content hashes (doc_ids) differ. Every phase runs in its own
subprocess so that its peak RSS is its own (workers' peak reported apart).

Phases: ``core`` (decode + segment + attribute, one process, no writing: compare with the peers,
which run on one core too), ``batches`` (the same batches the flow runs, on a plain
multiprocessing pool with one worker per core, reading and writing Parquet: the core plus I/O
with no orchestration), ``flow`` (the real Prefect flow, default process runner, server already
started; its start-up is reported apart). Prefect's share of the flow's wall time is
(flow − batches) / flow, i.e. (b − a − I/O) / b.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT.parent / "shared" / "eval" / "dumps", ROOT / "seeds"]


def build_corpus(directory: Path, n_docs: int) -> tuple[int, int]:
    """Write n_docs varied text dumps into directory; returns (documents, bytes)."""
    originals = [p.read_bytes() for src in SOURCES if src.exists() for p in sorted(src.rglob("*.txt"))]
    if not originals:
        raise SystemExit("no source documents found (need ../shared/eval/dumps or seeds/)")
    total = 0
    for i in range(n_docs):
        data = originals[i % len(originals)] + f"\n\nbench copy {i}\n".encode()
        sub = directory / f"{i // 1000:04d}"
        sub.mkdir(exist_ok=True)
        (sub / f"doc-{i:07d}.txt").write_bytes(data)
        total += len(data)
    return n_docs, total


def _files(corpus: Path) -> list[Path]:
    return sorted(corpus.rglob("*.txt"))


def phase_core(corpus: Path) -> dict[str, float]:
    """Decode, segment and attribute every document in-process, no orchestration, no writing."""
    from tasks.document import RunContext
    from tasks.pipeline import process_file

    ctx = RunContext(run_id="bench", now=datetime.now(UTC))
    started = time.perf_counter()
    for path in _files(corpus):
        process_file(str(path), ctx)
    return {"seconds": time.perf_counter() - started}


def _learn_worker(paths: list[str]) -> object:
    from tasks.batch import learn_batch

    return learn_batch(paths, 20 * 1024 * 1024)


def _batch_worker(args: tuple[list[str], str, str, object]) -> object:
    from tasks.batch import process_batch
    from tasks.document import RunContext

    paths, output, key, memory = args
    ctx = RunContext(run_id="bench", now=datetime.now(UTC), templates=memory)  # type: ignore[arg-type]
    stats = process_batch(paths, {}, ctx, Path(output), key, stage_only=True)
    stats.stage_seconds["rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return stats


def phase_batches(corpus: Path, batch_size: int) -> dict[str, float]:
    """What the flow does, on a plain process pool with one worker per core, without Prefect.

    Template learning in batches, then the batches (decode, segment, attribute, stage Parquet),
    each committed in order by the parent after syndication clustering: the core plus I/O.
    """
    import multiprocessing

    from tasks.batch import commit_batch, merge_memory
    from tasks.store.syndication import SyndicationIndex
    from tasks.text.templates import TemplateMemory

    files = [str(p) for p in _files(corpus)]
    out = tempfile.mkdtemp(prefix="newsclean-bench-batches-")
    chunks = [files[i : i + batch_size] for i in range(0, len(files), batch_size)]
    workers = os.cpu_count() or 1
    index, memory = SyndicationIndex(), TemplateMemory()
    io = worker_rss = 0.0
    started = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        for part in pool.imap(_learn_worker, chunks):
            merge_memory(memory, part)  # type: ignore[arg-type]
        jobs = [(chunk, out, f"b{n:06d}", memory) for n, chunk in enumerate(chunks)]
        for n, stats in enumerate(pool.imap(_batch_worker, jobs)):
            commit_batch(out, f"b{n:06d}", "run_date=2000-01-01", stats, index, "bench")  # type: ignore[arg-type]
            io += stats.stage_seconds.get("read", 0.0) + stats.stage_seconds.get("write", 0.0)  # type: ignore[attr-defined]
            worker_rss = max(worker_rss, stats.stage_seconds["rss"])  # type: ignore[attr-defined]
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "io_seconds": io / workers, "workers": workers, "worker_rss_mb": worker_rss}


def phase_flow(corpus: Path, batch_size: int) -> dict[str, float]:
    """The real flow with Parquet writing; the server is warmed up by a first, empty run."""
    from flows.clean_news import clean_news

    out = Path(tempfile.mkdtemp(prefix="newsclean-bench-out-"))
    empty = Path(tempfile.mkdtemp(prefix="newsclean-bench-empty-"))
    warm_started = time.perf_counter()
    clean_news(input=[str(empty)], output=str(out / "warmup"))
    warmup = time.perf_counter() - warm_started
    started = time.perf_counter()
    summary = clean_news(input=[str(corpus)], output=str(out / "data"), batch_size=batch_size)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "startup_seconds": warmup, "articles": summary.articles, "rejects": summary.rejects}


def phase_peer(corpus: Path, name: str) -> dict[str, float]:
    """A peer extractor on the same documents, each line wrapped as an HTML paragraph."""
    pages = []
    for path in _files(corpus):
        lines = [ln for ln in path.read_text(encoding="utf-8", errors="replace").split("\n") if ln.strip()]
        pages.append("<html><body>" + "".join(f"<p>{html.escape(ln)}</p>" for ln in lines) + "</body></html>")
    if name == "trafilatura":
        import trafilatura

        def run(page: str) -> object:
            return trafilatura.extract(page)
    else:
        import justext

        stoplist = justext.get_stoplist("English")

        def run(page: str) -> object:
            return justext.justext(page.encode(), stoplist)

    started = time.perf_counter()
    for page in pages:
        run(page)
    return {"seconds": time.perf_counter() - started}


def _child(args: argparse.Namespace) -> None:
    corpus = Path(args.corpus)
    if args.phase == "core":
        result = phase_core(corpus)
    elif args.phase == "flow":
        result = phase_flow(corpus, args.batch_size)
        result["worker_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    elif args.phase == "batches":
        result = phase_batches(corpus, args.batch_size)
    else:
        result = phase_peer(corpus, args.phase)
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def _run_phase(phase: str, corpus: Path, batch_size: int) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--phase", phase, "--corpus", str(corpus), "--batch-size", str(batch_size)]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PREFECT_LOGGING_LEVEL": "WARNING"}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise SystemExit(f"phase {phase} failed:\n{done.stderr[-3000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000, help="documents in the corpus (default 10,000)")
    parser.add_argument("--batch-size", type=int, default=200, help="files per Prefect task (default 200)")
    parser.add_argument("--big", action="store_true", help="100,000 documents (same as --docs 100000)")
    parser.add_argument("--phases", default="core,batches,flow,trafilatura,justext",
                        help="comma-separated phases to run (default: all)")  # fmt: skip
    parser.add_argument("--skip-peers", action="store_true", help="don't run trafilatura and jusText")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        _child(args)
        return
    with tempfile.TemporaryDirectory(prefix="newsclean-bench-") as tmp:
        corpus = Path(tmp)
        n_docs, n_bytes = build_corpus(corpus, 100_000 if args.big else args.docs)
        phases = [p for p in args.phases.split(",") if not (args.skip_peers and p in ("trafilatura", "justext"))]
        results = {phase: _run_phase(phase, corpus, args.batch_size) for phase in phases}
    report = _report(results, n_docs, n_bytes)
    print(json.dumps(results, indent=2) if args.json else report)


def _report(results: dict[str, dict[str, float]], n_docs: int, n_bytes: int) -> str:
    rows = [f"corpus: {n_docs} documents, {n_bytes / 1e6:.1f} MB; machine: {os.cpu_count()} cores", "",
            "| phase | seconds | docs/s | MB/s | peak RSS MB (main / worker) |", "|---|---|---|---|---|"]  # fmt: skip
    for phase, r in results.items():
        s = r["seconds"]
        worker = f" / {r['worker_rss_mb']:.0f}" if "worker_rss_mb" in r else ""
        rss = f"{r['peak_rss_mb']:.0f}{worker}"
        rows.append(f"| {phase} | {s:.1f} | {n_docs / s:.1f} | {n_bytes / 1e6 / s:.2f} | {rss} |")
    if "flow" in results and "batches" in results:
        flow, batches = results["flow"], results["batches"]
        share = max(0.0, (flow["seconds"] - batches["seconds"]) / flow["seconds"])
        rows += ["", f"I/O (read + Parquet write) in the batches: {batches['io_seconds']:.1f} s of "
                 f"{batches['seconds']:.1f} s wall on {batches['workers']:.0f} workers",
                 f"Prefect's share of the flow's wall time, (flow − batches) / flow = (b − a − I/O) / b: {share:.1%}; "
                 f"server start-up {flow['startup_seconds']:.1f} s, not included"]  # fmt: skip
    if "trafilatura" in results and "core" in results:
        ratio = results["trafilatura"]["seconds"] / results["core"]["seconds"]
        rows.append(f"core speed vs trafilatura on the same dumps: {ratio:.1f}x")
    return "\n".join(rows)


if __name__ == "__main__":
    main()
