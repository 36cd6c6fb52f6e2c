"""The `newsclean` command line: run the flow, evaluate, inspect one page."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

# Prefect settings that make a one-command run work offline on a fresh machine; users may override.
_PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    # A fresh PREFECT_HOME spends ~16 s migrating its database, close to the 20 s default.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
}

EPILOG = """examples:
  newsclean run                                  # seeds/ -> outputs/
  newsclean run inbox/ 'more/**/*.txt' --output data/clean
  newsclean run inbox/ --force                   # reprocess files already committed
  newsclean eval --gold ../shared/gold/seeds.json
  newsclean eval --dataset ../shared/eval/dumps/aeb
  newsclean inspect seeds/003_4baa21d7cd8896bb.txt
  newsclean report --output outputs
  newsclean serve --cron "0 * * * *" --input inbox/ --output data/clean   # every hour

run `newsclean COMMAND --help` for a command's options and examples.
"""

RUN_EXAMPLES = """examples:
  newsclean run                                  # seeds/ -> outputs/, with a progress bar on a terminal
  newsclean run inbox/ 'more/**/*.txt' --output data/clean
  newsclean run inbox/ --output data/clean --quiet   # for cron: only the final summary
  newsclean run inbox/ --force                   # reprocess files already committed

exit codes: 0 every file became an article or a reject, 1 the run failed, 2 bad arguments,
3 another run holds the output directory.
"""

EVAL_EXAMPLES = """examples:
  newsclean eval --gold ../shared/gold/seeds.json
  newsclean eval --dataset ../shared/eval/dumps/aeb --dataset ../shared/eval/dumps/readability --json
  newsclean eval --heldout ../shared/eval/dumps/aeb --heldout ../shared/eval/dumps/l3s
"""

INSPECT_EXAMPLES = """examples:
  newsclean inspect seeds/003_4baa21d7cd8896bb.txt          # coloured by label on a terminal
  newsclean inspect page.html --json | jq '.lines[] | select(.label == "chrome")'
"""

REPORT_EXAMPLES = """examples:
  newsclean report --output outputs --top 5
"""

SERVE_EXAMPLES = """examples:
  newsclean serve --cron "0 * * * *" --input inbox/ --output data/clean
  newsclean serve --interval 600 --input inbox/ --input 'more/**/*.html' --output data/clean
  PREFECT_API_URL=http://prefect:4200/api newsclean serve --cron "*/15 * * * *" --input /data/inbox

Without PREFECT_API_URL a local Prefect server is started on 127.0.0.1 (port 4200, or a free one)
and stopped on exit; its UI shows the deployment and every run. Stop with Ctrl-C or SIGTERM; the
schedule stays active for the next start.
"""


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors: `newsclean: error: ...`, no usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"newsclean: error: {message} (see `{self.prog} --help`)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newsclean",
        description="Clean scraped news pages into article, attribution and chrome datasets (Parquet).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
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
    run.add_argument("--quiet", "-q", action="store_true",
                     help="no progress bar, warnings only in the log, then the final summary")  # fmt: skip
    ev = sub.add_parser("eval", help="score the segmenter against gold labels",
                        description="Score against the seeds' gold file (--gold) or a directory of "
                        "labelled text dumps (--dataset, repeatable).", epilog=EVAL_EXAMPLES,
                        formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ev.add_argument("--gold", help="gold JSON for the seeds, e.g. ../shared/gold/seeds.json")
    ev.add_argument("--seeds", default="seeds", help="directory of the seed files (default: seeds)")
    ev.add_argument("--dataset", action="append", default=[], help="directory of <id>.txt + <id>.json dumps")
    ev.add_argument("--heldout", action="append", default=[],
                    help="directory of one dump set (e.g. ../shared/eval/dumps/aeb, repeatable): its held-out "
                    "score (leave-one-set-out for a training set, the shipped model for an evaluation-only set) "
                    "beside the shipped model's and the rules' own")  # fmt: skip
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ins = sub.add_parser("inspect", help="show how one page was segmented, line by line, and why",
                         description="Label one file without writing anything: each line with its "
                         "label, kind, score and reason, then the attributions found.", epilog=INSPECT_EXAMPLES,
                         formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ins.add_argument("file", help="a text dump or an HTML page")
    ins.add_argument("--json", action="store_true", help="machine-readable output")
    rep = sub.add_parser("report", help="agency citations per site and month, largest syndication clusters",
                         description="Read the datasets in OUTPUT (nothing else) and print which agencies each "
                         "site cites, month by month, and the largest groups of syndicated copies.",
                         epilog=REPORT_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    rep.add_argument("--output", "-o", default="outputs", help="dataset directory (default: outputs)")
    rep.add_argument("--top", type=int, default=10, help="how many clusters to show (default: 10)")
    _add_serve_parser(sub)
    _add_compact_parser(sub)
    return parser


def _add_compact_parser(sub: argparse._SubParsersAction[_Parser]) -> None:
    cmp = sub.add_parser("compact", help="merge the small Parquet files of frequent runs into large ones",
                         description="Per dataset and run_date partition, merge files smaller than the target "
                         "into files of about the target size. No row is lost or duplicated, even if "
                         "interrupted; takes the run lock, so it never overlaps a run.")  # fmt: skip
    cmp.add_argument("--output", "-o", default="outputs", help="dataset directory or URI (default: outputs)")
    cmp.add_argument("--target-mb", type=int, default=128, help="target file size in MB (default: 128)")


def _cmd_compact(args: argparse.Namespace) -> int:
    from tasks.compact import compact
    from tasks.fs import is_uri
    from tasks.lock import RunLockError, run_lock

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


def _add_serve_parser(sub: argparse._SubParsersAction[_Parser]) -> None:
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


def _cmd_run(args: argparse.Namespace) -> int:
    for key, value in _PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)
    if args.workers is not None and args.workers < 1:
        print("newsclean: error: --workers must be at least 1", file=sys.stderr)
        return 2
    if args.batch_size < 1:
        print("newsclean: error: --batch-size must be at least 1", file=sys.stderr)
        return 2
    error = _check_run_arguments(args)
    if error:
        print(f"newsclean: error: {error}", file=sys.stderr)
        return 2
    error = None if "://" in args.output else _check_run_lock(Path(args.output))
    if error:
        print(f"newsclean: error: {error}", file=sys.stderr)
        return 3
    if args.quiet:
        os.environ["PREFECT_LOGGING_LEVEL"] = "WARNING"
    from flows.clean_news import clean_news  # imported late: Prefect reads settings at import
    from flows.runners import make_task_runner
    from tasks.lock import RunLockError

    try:
        runner = make_task_runner(args.runner, args.workers, args.dask_address)
        with _progress(args.quiet):
            summary = clean_news.with_options(task_runner=runner)(
                input=args.inputs, output=args.output, batch_size=args.batch_size, force=args.force,
                max_bytes=args.max_bytes, workers=args.workers or 0,
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
    from tasks.report import summary_markdown

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


def _check_run_arguments(args: argparse.Namespace) -> str | None:
    """One clear line for bad arguments, before any Prefect start-up cost."""
    from tasks.io import discover_files

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


def _check_run_lock(output: Path) -> str | None:
    """Fail fast, before Prefect starts, when another run holds the output; the flow locks for real."""
    from tasks.lock import RunLockError, run_lock

    try:
        with run_lock(output):
            return None
    except RunLockError as exc:
        return str(exc)


def _cmd_eval(args: argparse.Namespace) -> int:
    from tasks.evaluate import (
        evaluate_dataset,
        evaluate_gold,
        evaluate_html_dataset,
        format_dataset_scores,
        format_gold_scores,
        format_html_scores,
        is_html_dataset,
    )

    if not args.gold and not args.dataset and not args.heldout:
        print("newsclean: error: eval needs --gold FILE, --dataset DIR or --heldout DIR", file=sys.stderr)
        return 2
    results: dict[str, object] = {}
    if args.gold:
        gold = evaluate_gold(Path(args.gold), Path(args.seeds))
        results["gold"] = gold.as_dict()
        if not args.json:
            print(format_gold_scores(gold))
    for directory in args.dataset:
        path = Path(directory)
        if is_html_dataset(path):
            html_scores = evaluate_html_dataset(path)
            results[directory] = html_scores.as_dict()
            if not args.json:
                print(format_html_scores(directory, html_scores))
            continue
        scores = evaluate_dataset(path)
        results[directory] = scores.as_dict()
        if not args.json:
            print(format_dataset_scores(directory, scores))
    if args.heldout:
        results["heldout"] = _heldout(args.heldout, args.json)
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


def _heldout(directories: list[str], quiet: bool) -> dict[str, object]:
    from tasks.heldout_scores import format_heldout, heldout_dict, heldout_row

    rows = [heldout_row(Path(d)) for d in directories]
    if not quiet:
        print(format_heldout(rows))
    return {r.set: heldout_dict(r) for r in rows}


def _cmd_report(args: argparse.Namespace) -> int:
    from tasks.analysis import agency_citations_by_site_month, format_report, largest_clusters

    out = Path(args.output)
    if not (out / "articles").is_dir():
        print(f"newsclean: error: no datasets in {out} (run `newsclean run` first)", file=sys.stderr)
        return 2
    print(format_report(agency_citations_by_site_month(out), largest_clusters(out, args.top)))
    return 0


def _cmd_inspect(args: argparse.Namespace) -> int:
    from tasks.inspect import inspect_file, inspection_view, render_inspection

    path = Path(args.file)
    if not path.is_file():
        print(f"newsclean: error: no such file: {path}", file=sys.stderr)
        return 2
    report = inspect_file(path)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    from rich.console import Console

    console = Console(highlight=False)
    if not console.is_terminal:  # a pipe or a file: wide rows, no colours, no trailing padding
        print(render_inspection(report, colour=False))
        return 0
    for renderable in inspection_view(report):
        console.print(renderable)
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    for key, value in _PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)
    args.inputs = args.input
    error = _check_run_arguments(args) or _check_schedule(args)
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


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `newsclean` console script."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    commands = {"run": _cmd_run, "eval": _cmd_eval, "inspect": _cmd_inspect, "report": _cmd_report,
                "serve": _cmd_serve, "compact": _cmd_compact}  # fmt: skip
    return commands[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
