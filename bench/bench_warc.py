"""Benchmark archive inputs: a synthetic WARC of N pages against the same pages as N files.

    .venv/bin/python bench/bench_warc.py                          # 2,000 files against archives of 2k, 10k, 50k
    .venv/bin/python bench/bench_warc.py --sample 0 --files 10000 --sizes 10000,50000   # everything (hours)

Pages are built at run time from the labelled dumps of ../shared/eval/dumps/{aeb,readability}
(permissive sets): every block becomes a <p>, the first an <h1>, and each copy gets a distinct line
so that payload digests differ. Nothing is written into the repository.

Each phase runs in its own subprocess: the parent plans (scans the archive, or hashes the files),
then one worker process (a spawn pool of 1) runs the batches exactly as the flow's workers do
(``process_batch``: read, decode, segment, attribute, write Parquet). Reported: wall time, pages per
second, CPU seconds per page in the worker (steadier than wall time on a shared machine), the
planning process's peak RSS and the worker's. Flat memory means the worker's peak RSS does not grow
from 10,000 to 50,000 records.

With ``--sample K`` (default 10) an archive is planned whole (every record scanned) but only K
batches spread evenly over it are processed, the last one at its end: the worker still seeks to
records deep in a 50,000-record archive, in minutes instead of hours.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import hashlib
import html
import json
import multiprocessing
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DUMPS = ROOT.parent / "shared" / "eval" / "dumps"
SETS = ("aeb", "readability")  # permissive licences; pages are generated at run time, never committed


def _pages() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for s in SETS for p in sorted((DUMPS / s).glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no dumps under {DUMPS}")
    pages = []
    for text in texts:
        blocks = [html.escape(" ".join(b.split())) for b in text.split("\n\n") if b.strip()]
        body = "".join(f"<p>{b}</p>" for b in blocks[1:])
        pages.append(f"<html><head><title>{blocks[0]}</title></head><body><h1>{blocks[0]}</h1>{body}")
    return pages


def page(n: int, pages: list[str]) -> bytes:
    return (pages[n % len(pages)] + f"<p>copy {n}</p></body></html>").encode("utf-8")


def _record(n: int, payload: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + payload
    digest = hashlib.sha1(payload, usedforsecurity=False).digest()

    headers = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news{n % 50}.example.com/a/{n}\r\n"
               f"WARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:{n:032x}>\r\n"
               f"Content-Type: application/http; msgtype=response\r\n"
               f"WARC-Payload-Digest: sha1:{base64.b32encode(digest).decode()}\r\n"
               f"Content-Length: {len(http)}\r\n\r\n")  # fmt: skip
    return headers.encode() + http + b"\r\n\r\n"


def build_archive(path: Path, count: int) -> int:
    """A .warc.gz of `count` HTML responses, one gzip member per record; returns its size."""
    pages = _pages()
    with open(path, "wb") as handle:
        for n in range(count):
            handle.write(gzip.compress(_record(n, page(n, pages)), compresslevel=1))
    return path.stat().st_size


def build_files(folder: Path, count: int) -> int:
    """The same `count` pages as .html files; returns their total size."""
    pages, total = _pages(), 0
    for n in range(count):
        sub = folder / f"{n // 1000:04d}"
        sub.mkdir(parents=True, exist_ok=True)
        data = page(n, pages)
        (sub / f"page-{n:07d}.html").write_bytes(data)
        total += len(data)
    return total


def _worker(args: tuple[list[str], str, str]) -> dict[str, float]:
    from tasks.batch import process_batch
    from tasks.document import RunContext

    paths, output, key = args
    ctx = RunContext(run_id="bench", now=datetime.now(UTC))
    before = resource.getrusage(resource.RUSAGE_SELF)
    stats = process_batch(paths, {}, ctx, Path(output), key, partition="run_date=2000-01-01")
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"articles": stats.articles, "rss": usage.ru_maxrss / 1024, "read": stats.stage_seconds.get("read", 0.0),
            "cpu": usage.ru_utime + usage.ru_stime - before.ru_utime - before.ru_stime}  # fmt: skip


def _spread(jobs: list[tuple[list[str], str, str]], sample: int) -> list[tuple[list[str], str, str]]:
    """`sample` jobs evenly spread from first to last (all of them when sample is 0 or more)."""
    if sample <= 0 or sample >= len(jobs):
        return jobs
    return [jobs[round(i * (len(jobs) - 1) / (sample - 1))] for i in range(sample)] if sample > 1 else jobs[-1:]


def run_phase(inputs: list[str], batch_size: int, sample: int) -> dict[str, float]:
    """Plan here, process the batches in one worker process; times and peak RSS."""
    from tasks.plan import plan_inputs
    from tasks.read.raw import discover_files

    out = tempfile.mkdtemp(prefix="newsclean-bench-warc-")
    started = time.perf_counter()
    plan = plan_inputs(discover_files(inputs), set(), 20 * 1024 * 1024)
    planned = time.perf_counter()
    todo = [p.path for p in plan.todo]
    jobs = _spread([(todo[i : i + batch_size], out, f"b{i:08d}") for i in range(0, len(todo), batch_size)], sample)
    processed = articles = worker_rss = read = cpu = 0.0
    rss_at: dict[str, float] = {}
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        for job, result in zip(jobs, pool.imap(_worker, jobs), strict=True):
            processed += len(job[0])
            articles += result["articles"]
            read += result["read"]
            cpu += result["cpu"]
            worker_rss = max(worker_rss, result["rss"])
            rss_at[f"worker_rss_mb_after_record_{int(job[2][1:]) + len(job[0])}"] = result["rss"]
    seconds = time.perf_counter() - started
    shutil.rmtree(out, ignore_errors=True)
    return {"records": len(todo), "pages": processed, "articles": articles, "seconds": seconds - (planned - started),
            "plan_seconds": planned - started, "read_seconds": read, "cpu_seconds": cpu, "worker_rss_mb": worker_rss,
            **rss_at}  # fmt: skip


def _child(args: argparse.Namespace) -> None:
    result = run_phase([args.input], args.batch_size, args.sample)
    result["plan_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def _run(input_path: Path, batch_size: int, sample: int) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--phase", "--input", str(input_path), "--batch-size", str(batch_size),
           "--sample", str(sample)]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise SystemExit(f"phase on {input_path} failed:\n{done.stderr[-3000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="2000,10000,50000", help="records per archive, comma-separated")
    parser.add_argument("--files", type=int, default=2_000, help="the same pages as files (0: skip)")
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--sample", type=int, default=10, help="batches processed per input, spread evenly (0: all)")
    parser.add_argument("--phase", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        _child(args)
        return
    rows = ["| input | records | MB on disk | plan s | plan RSS MB | pages processed | pages/s (wall) | "
            "worker CPU ms/page | worker RSS MB |", "|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="newsclean-bench-warc-") as tmp:
        runs: list[tuple[str, Path, int]] = []
        if args.files:
            runs.append((f"{args.files} files", Path(tmp) / "files", 0))
        runs += [(f"archive of {n}", Path(tmp) / f"crawl-{n}.warc.gz", n) for n in map(int, args.sizes.split(","))]
        for name, path, count in runs:
            size = build_archive(path, count) if count else build_files(path, args.files)
            result = results[name] = _run(path, args.batch_size, args.sample) | {"mb": size / 1e6}
            if count:
                path.unlink()
            r = result
            rows.append(f"| {name} | {r['records']:.0f} | {r['mb']:.0f} | {r['plan_seconds']:.1f} | "
                        f"{r['plan_rss_mb']:.0f} | {r['pages']:.0f} | {r['pages'] / r['seconds']:.1f} | "
                        f"{1000 * r['cpu_seconds'] / r['pages']:.1f} | {r['worker_rss_mb']:.0f} |")  # fmt: skip
    print("\n".join(rows))
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
