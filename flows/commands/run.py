"""`newsclean run`: check the arguments in one line each, then run the Prefect flow with a progress bar."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from flows.commands.common import Subparsers, use_prefect_defaults

RUN_EXAMPLES = """examples:
  newsclean run                                  # seeds/ -> outputs/, with a progress bar on a terminal
  newsclean run inbox/ 'more/**/*.txt' --output data/clean
  newsclean run inbox/ --output data/clean --quiet   # for cron: only the final summary
  newsclean run inbox/ --force                   # reprocess files already committed

exit codes: 0 every file became an article or a reject, 1 the run failed, 2 bad arguments,
3 another run holds the output directory.
"""


def add_run_parser(sub: Subparsers) -> None:
    run = sub.add_parser("run", help="run the cleaning flow on files, directories or globs",
                         description="Run the Prefect flow: discover, decode, segment, attribute, validate, "
                         "write Parquet. Files already committed in OUTPUT are skipped.", epilog=RUN_EXAMPLES,
                         formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    run.add_argument("inputs", nargs="*", default=["seeds"], metavar="INPUT",
                     help="files, directories or glob patterns (default: seeds)")  # fmt: skip
    run.add_argument("--output", "-o", default="outputs", help="dataset directory (default: outputs)")
    run.add_argument("--batch-size", type=int, default=200, help="files per Prefect task (default: 200)")
    run.add_argument("--force", action="store_true", help="reprocess files already committed, replacing rows")
    run.add_argument("--runner", choices=("process", "thread", "dask", "ray"), default="process",
                     help="where batches run: worker processes on this machine (default), threads, "
                     "Dask (prefect-dask) or Ray (prefect-ray)")  # fmt: skip
    run.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    run.add_argument("--dask-address", default=None,
                     help="scheduler of an existing Dask cluster, e.g. tcp://scheduler:8786 (default: a "
                     "LocalCluster); with --runner ray, the Ray address")  # fmt: skip
    run.add_argument("--max-bytes", type=int, default=20 * 1024 * 1024,
                     help="reject files larger than this as too_large (default: 20 MiB)")  # fmt: skip
    run.add_argument("--url-field", default="url", help="JSON Lines field holding the page's URL (default: url)")
    run.add_argument("--html-field", default="html", help="JSON Lines field holding the page's HTML (default: html)")
    run.add_argument("--text-field", default="text",
                     help="JSON Lines field holding the page's text, when it has no HTML (default: text)")  # fmt: skip
    run.add_argument("--quiet", "-q", action="store_true",
                     help="no progress bar, warnings only in the log, then the final summary")  # fmt: skip


def cmd_run(args: argparse.Namespace) -> int:
    use_prefect_defaults()
    if args.workers is not None and args.workers < 1:
        print("newsclean: error: --workers must be at least 1", file=sys.stderr)
        return 2
    if args.batch_size < 1:
        print("newsclean: error: --batch-size must be at least 1", file=sys.stderr)
        return 2
    error = check_run_arguments(args)
    if error:
        print(f"newsclean: error: {error}", file=sys.stderr)
        return 2
    error = None if "://" in args.output else check_run_lock(Path(args.output))
    if error:
        print(f"newsclean: error: {error}", file=sys.stderr)
        return 3
    if args.quiet:
        os.environ["PREFECT_LOGGING_LEVEL"] = "WARNING"
    from flows.clean_news import clean_news  # imported late: Prefect reads settings at import
    from flows.runners import make_task_runner
    from tasks.store.lock import RunLockError

    try:
        runner = make_task_runner(args.runner, args.workers, args.dask_address)
        with _progress(args.quiet):
            summary = clean_news.with_options(task_runner=runner)(
                input=args.inputs, output=args.output, batch_size=args.batch_size, force=args.force,
                max_bytes=args.max_bytes, workers=args.workers or 0, url_field=args.url_field,
                html_field=args.html_field, text_field=args.text_field,
            )  # fmt: skip
    except RunLockError as exc:
        print(f"newsclean: error: {exc}", file=sys.stderr)
        return 3
    except FileNotFoundError as exc:
        print(f"newsclean: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # disk full, permission denied: committed batches stay intact, rerun to resume
        print(f"newsclean: error: writing {args.output} failed: {exc}; committed batches are intact, "
              "rerun to resume", file=sys.stderr)  # fmt: skip
        return 1
    from tasks.report.summary import summary_markdown

    print(summary_markdown(summary))
    return 0 if summary.status == "completed" else 1


@contextlib.contextmanager
def _progress(quiet: bool) -> Iterator[None]:
    """A progress bar on stderr while the flow runs; none with --quiet or when stderr is not a terminal."""
    if quiet or not sys.stderr.isatty():
        yield
        return
    from flows.progress import ProgressBar, reporting_to

    with ProgressBar() as bar, reporting_to(bar):
        yield


def check_run_arguments(args: argparse.Namespace) -> str | None:
    """One clear line for bad arguments, before any Prefect start-up cost."""
    from tasks.read.raw import discover_files

    try:
        discover_files(args.inputs)
    except FileNotFoundError as exc:
        return str(exc)
    if "://" in args.output:  # a URI (s3://, gs://, memory://): checked when the flow writes
        return None
    output = Path(args.output)
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return f"cannot create output directory {output}: {exc.strerror or exc}"
    if not os.access(output, os.W_OK):
        return f"output directory {output} is not writable"
    return None


def check_run_lock(output: Path) -> str | None:
    """Fail fast, before Prefect starts, when another run holds the output; the flow locks for real."""
    from tasks.store.lock import RunLockError, run_lock

    try:
        with run_lock(output):
            return None
    except RunLockError as exc:
        return str(exc)
