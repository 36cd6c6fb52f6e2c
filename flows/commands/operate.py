"""`newsclean serve` (the flow on a schedule) and `newsclean compact` (merge small Parquet files)."""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

from flows.commands.common import Subparsers, use_prefect_defaults
from flows.commands.run import check_run_arguments

SERVE_EXAMPLES = """examples:
  newsclean serve --cron "0 * * * *" --input inbox/ --output data/clean
  newsclean serve --interval 600 --input inbox/ --input 'more/**/*.html' --output data/clean
  PREFECT_API_URL=http://prefect:4200/api newsclean serve --cron "*/15 * * * *" --input /data/inbox

Without PREFECT_API_URL a local Prefect server is started on 127.0.0.1 (port 4200, or a free one)
and stopped on exit; its UI shows the deployment and every run. Stop with Ctrl-C or SIGTERM; the
schedule stays active for the next start.
"""


def add_serve_parser(sub: Subparsers) -> None:
    srv = sub.add_parser("serve", help="run the flow on a schedule (Prefect serve), e.g. every hour",
                         description="Register a Prefect deployment of the flow with a schedule and run it on "
                         "time until stopped. Each run only processes files not yet committed in OUTPUT.",
                         epilog=SERVE_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    when = srv.add_mutually_exclusive_group(required=True)
    when.add_argument("--cron", help='cron schedule in UTC, e.g. "0 * * * *" (every hour)')
    when.add_argument("--interval", type=float, metavar="SECONDS", help="run every SECONDS seconds")
    srv.add_argument("--input", "-i", action="append", required=True, metavar="INPUT",
                     help="file, directory or glob to clean at each run (repeatable)")  # fmt: skip
    srv.add_argument("--output", "-o", default="outputs", help="dataset directory (default: outputs)")
    srv.add_argument("--batch-size", type=int, default=200, help="files per Prefect task (default: 200)")
    srv.add_argument("--max-bytes", type=int, default=20 * 1024 * 1024,
                     help="reject files larger than this as too_large (default: 20 MiB)")  # fmt: skip
    srv.add_argument("--name", default="newsclean", help="deployment name (default: newsclean)")
    srv.add_argument("--port", type=int, default=4200,
                     help="port of the local Prefect server when PREFECT_API_URL is not set (default: 4200, "
                     "or a free port if taken)")  # fmt: skip


def add_compact_parser(sub: Subparsers) -> None:
    cmp = sub.add_parser("compact", help="merge the small Parquet files of frequent runs into large ones",
                         description="Per dataset and run_date partition, merge files smaller than the target "
                         "into files of about the target size. No row is lost or duplicated, even if "
                         "interrupted; takes the run lock, so it never overlaps a run.")  # fmt: skip
    cmp.add_argument("--output", "-o", default="outputs", help="dataset directory or URI (default: outputs)")
    cmp.add_argument("--target-mb", type=int, default=128, help="target file size in MB (default: 128)")


def cmd_serve(args: argparse.Namespace) -> int:
    use_prefect_defaults()
    args.inputs = args.input
    error = check_run_arguments(args) or _check_schedule(args)
    if args.batch_size < 1:
        error = "--batch-size must be at least 1"
    if error:
        print(f"newsclean: error: {error}", file=sys.stderr)
        return 2
    from flows.serve import Schedule, ServeError, serve

    schedule = Schedule(cron=args.cron, interval=args.interval)
    try:
        serve(schedule, args.input, args.output, args.batch_size, args.max_bytes, name=args.name, port=args.port,
              say=lambda line: print(f"newsclean: {line}", flush=True))  # fmt: skip
    except ServeError as exc:
        print(f"newsclean: error: {exc}", file=sys.stderr)
        return 1
    return 0


def _check_schedule(args: argparse.Namespace) -> str | None:
    if args.interval is not None and args.interval <= 0:
        return f"bad --interval {args.interval:g}: must be a positive number of seconds"
    if args.cron is not None:
        from flows.serve import check_cron

        return check_cron(args.cron)
    return None


def cmd_compact(args: argparse.Namespace) -> int:
    from tasks.read.fs import is_uri
    from tasks.store.compact import compact
    from tasks.store.lock import RunLockError, run_lock

    if args.target_mb < 1:
        print("newsclean: error: --target-mb must be at least 1", file=sys.stderr)
        return 2
    if not is_uri(args.output) and not (Path(args.output) / "articles").is_dir():
        print(f"newsclean: error: no datasets in {args.output} (run `newsclean run` first)", file=sys.stderr)
        return 2
    try:
        with contextlib.nullcontext() if is_uri(args.output) else run_lock(Path(args.output)):
            done = compact(args.output, args.target_mb * 1024 * 1024)
    except RunLockError as exc:
        print(f"newsclean: error: {exc}", file=sys.stderr)
        return 3
    for c in done:
        print(f"{c.dataset}: {c.files_before} -> {c.files_after} files ({c.rows} rows merged)")
    return 0
