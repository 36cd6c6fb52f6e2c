"""The `newsclean` command line: run the flow, evaluate, inspect one page."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

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
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean scraped news pages into article, attribution and chrome datasets (Parquet).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    run = sub.add_parser("run", help="run the cleaning flow on files, directories or globs",
                         description="Run the Prefect flow: discover, decode, segment, attribute, validate, "
                         "write Parquet. Files already committed in OUTPUT are skipped.")  # fmt: skip
    run.add_argument("inputs", nargs="*", default=["seeds"], metavar="INPUT",
                     help="files, directories or glob patterns (default: seeds)")  # fmt: skip
    run.add_argument("--output", "-o", default="outputs", help="dataset directory (default: outputs)")
    run.add_argument("--batch-size", type=int, default=200, help="files per Prefect task (default: 200)")
    run.add_argument("--force", action="store_true", help="reprocess files already committed, replacing rows")
    run.add_argument("--max-bytes", type=int, default=20 * 1024 * 1024,
                     help="reject files larger than this as too_large (default: 20 MiB)")  # fmt: skip
    run.add_argument("--quiet", "-q", action="store_true", help="print only the final summary")
    ev = sub.add_parser("eval", help="score the segmenter against gold labels",
                        description="Score against the seeds' gold file (--gold) or a directory of "
                        "labelled text dumps (--dataset, repeatable).")  # fmt: skip
    ev.add_argument("--gold", help="gold JSON for the seeds, e.g. ../shared/gold/seeds.json")
    ev.add_argument("--seeds", default="seeds", help="directory of the seed files (default: seeds)")
    ev.add_argument("--dataset", action="append", default=[], help="directory of <id>.txt + <id>.json dumps")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ins = sub.add_parser("inspect", help="show how one page was segmented, line by line, and why",
                         description="Label one file without writing anything: each line with its "
                         "label, kind, score and reason, then the attributions found.")  # fmt: skip
    ins.add_argument("file", help="a text dump")
    ins.add_argument("--json", action="store_true", help="machine-readable output")
    rep = sub.add_parser("report", help="agency citations per site and month, largest syndication clusters",
                         description="Read the datasets in OUTPUT (nothing else) and print which agencies each "
                         "site cites, month by month, and the largest groups of syndicated copies.")  # fmt: skip
    rep.add_argument("--output", "-o", default="outputs", help="dataset directory (default: outputs)")
    rep.add_argument("--top", type=int, default=10, help="how many clusters to show (default: 10)")
    return parser


def _cmd_run(args: argparse.Namespace) -> int:
    for key, value in _PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)
    if args.batch_size < 1:
        print("newsclean: error: --batch-size must be at least 1", file=sys.stderr)
        return 2
    error = _check_run_arguments(args)
    if error:
        print(f"newsclean: error: {error}", file=sys.stderr)
        return 2
    error = _check_run_lock(Path(args.output))
    if error:
        print(f"newsclean: error: {error}", file=sys.stderr)
        return 3
    if args.quiet:
        os.environ["PREFECT_LOGGING_LEVEL"] = "WARNING"
    from flows.clean_news import clean_news  # imported late: Prefect reads settings at import
    from tasks.lock import RunLockError

    try:
        summary = clean_news(input=args.inputs, output=args.output, batch_size=args.batch_size,
                             force=args.force, max_bytes=args.max_bytes)  # fmt: skip
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


def _check_run_arguments(args: argparse.Namespace) -> str | None:
    """One clear line for bad arguments, before any Prefect start-up cost."""
    from tasks.io import discover_files

    try:
        discover_files(args.inputs)
    except FileNotFoundError as exc:
        return str(exc)
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

    if not args.gold and not args.dataset:
        print("newsclean: error: eval needs --gold FILE or --dataset DIR", file=sys.stderr)
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
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from tasks.analysis import agency_citations_by_site_month, format_report, largest_clusters

    out = Path(args.output)
    if not (out / "articles").is_dir():
        print(f"newsclean: error: no datasets in {out} (run `newsclean run` first)", file=sys.stderr)
        return 2
    print(format_report(agency_citations_by_site_month(out), largest_clusters(out, args.top)))
    return 0


def _cmd_inspect(args: argparse.Namespace) -> int:
    from tasks.inspect import inspect_file, render_inspection

    path = Path(args.file)
    if not path.is_file():
        print(f"newsclean: error: no such file: {path}", file=sys.stderr)
        return 2
    report = inspect_file(path)
    print(json.dumps(report, indent=2, ensure_ascii=False) if args.json else render_inspection(report))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `newsclean` console script."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    commands = {"run": _cmd_run, "eval": _cmd_eval, "inspect": _cmd_inspect, "report": _cmd_report}
    return commands[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
