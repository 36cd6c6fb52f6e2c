"""`newsclean eval`, `inspect` and `report`: read pages or datasets and show what the pipeline decided."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from flows.commands.common import Subparsers

EVAL_EXAMPLES = """examples:
  newsclean eval --gold ../shared/gold/seeds.json
  newsclean eval --dataset ../shared/eval/dumps/aeb --dataset ../shared/eval/dumps/readability --json
  newsclean eval --heldout ../shared/eval/dumps/aeb --heldout ../shared/eval/dumps/l3s
  newsclean eval --attributions tests/data/attributions/dev.jsonl
"""

INSPECT_EXAMPLES = """examples:
  newsclean inspect seeds/003_4baa21d7cd8896bb.txt          # coloured by label on a terminal
  newsclean inspect page.html --json | jq '.lines[] | select(.label == "chrome")'
  newsclean inspect seeds/003_4baa21d7cd8896bb.txt --html 003.html   # open in a browser, works offline
  newsclean inspect inbox/ --html views/       # views/index.html lists every page, strangest first
"""

REPORT_EXAMPLES = """examples:
  newsclean report --output outputs --top 5
  newsclean report --output outputs --html report.html   # charts: sites, languages, credits, rejects, runs
"""


def add_page_parsers(sub: Subparsers) -> None:
    ev = sub.add_parser("eval", help="score the segmenter against gold labels",
                        description="Score against the seeds' gold file (--gold) or a directory of "
                        "labelled text dumps (--dataset, repeatable).", epilog=EVAL_EXAMPLES,
                        formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ev.add_argument("--gold", help="gold JSON for the seeds, e.g. ../shared/gold/seeds.json")
    ev.add_argument("--seeds", default="seeds", help="directory of the seed files (default: seeds)")
    ev.add_argument("--dataset", action="append", default=[], help="directory of <id>.txt + <id>.json dumps")
    ev.add_argument("--attributions", action="append", default=[],
                    help="labelled attribution lines (.jsonl file or directory), e.g. "
                    "tests/data/attributions/dev.jsonl: precision and recall by kind and language")  # fmt: skip
    ev.add_argument("--heldout", action="append", default=[],
                    help="directory of one dump set (e.g. ../shared/eval/dumps/aeb, repeatable): its held-out "
                    "score (leave-one-set-out for a training set, the shipped model for an evaluation-only set) "
                    "beside the shipped model's and the rules' own")  # fmt: skip
    ev.add_argument("--half", type=int, choices=(0, 1),
                    help="score only the even (0) or odd (1) numbered pages of each --dataset / --heldout set: "
                    "study failures on one half, check a change on the other")  # fmt: skip
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ins = sub.add_parser("inspect", help="show how one page was segmented, line by line, and why",
                         description="Label one file without writing anything: each line with its "
                         "label, kind, score and reason, then the attributions found.", epilog=INSPECT_EXAMPLES,
                         formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    ins.add_argument("file", help="a text dump, an HTML page, or an archive record (crawl.warc.gz#offset=N, as in "
                     "source_path); with --html also a directory of them")  # fmt: skip
    out = ins.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="machine-readable output")
    out.add_argument("--html", metavar="OUT",
                     help="write a self-contained HTML view: OUT.html for a file; for a directory, OUT/ gets "
                     "one page per input and index.html, strangest pages first")  # fmt: skip
    rep = sub.add_parser("report", help="agency citations per site and month, largest syndication clusters",
                         description="Read the datasets in OUTPUT (nothing else) and print which agencies each "
                         "site cites, month by month, and the largest groups of syndicated copies.",
                         epilog=REPORT_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    rep.add_argument("--output", "-o", default="outputs", help="dataset directory (default: outputs)")
    rep.add_argument("--top", type=int, default=10, help="how many clusters to show (default: 10)")
    rep.add_argument("--html", metavar="FILE",
                     help="write the run and dataset report as charts to FILE: one self-contained HTML page "
                     "(offline SVG, no scripts), instead of printing the tables")  # fmt: skip


def cmd_eval(args: argparse.Namespace) -> int:
    from tasks.report.attributions import (
        evaluate_attribution_set,
        evaluate_seed_attributions,
        format_attribution_scores,
    )
    from tasks.report.evaluate import evaluate_dataset, evaluate_gold, format_dataset_scores, format_gold_scores
    from tasks.report.evaluate_html import evaluate_html_dataset, format_html_scores, is_html_dataset

    if not args.gold and not args.dataset and not args.attributions and not args.heldout:
        print("newsclean: error: eval needs --gold FILE, --dataset DIR, --attributions FILE or --heldout DIR",
              file=sys.stderr)  # fmt: skip
        return 2
    results: dict[str, object] = {}
    if args.gold:
        gold = evaluate_gold(Path(args.gold), Path(args.seeds))
        seed_attributions = evaluate_seed_attributions(Path(args.gold), Path(args.seeds))
        results["gold"] = gold.as_dict()
        results["gold_attributions"] = seed_attributions.as_dict()
        if not args.json:
            print(format_gold_scores(gold))
            print(format_attribution_scores("seeds", seed_attributions))
    for attribution_set in args.attributions:
        attribution_scores = evaluate_attribution_set(Path(attribution_set))
        results[attribution_set] = attribution_scores.as_dict()
        if not args.json:
            print(format_attribution_scores(attribution_set, attribution_scores))
    for directory in args.dataset:
        path = Path(directory)
        if is_html_dataset(path):
            html_scores = evaluate_html_dataset(path, args.half)
            results[directory] = html_scores.as_dict()
            if not args.json:
                print(format_html_scores(directory, html_scores))
            continue
        scores = evaluate_dataset(path, half=args.half)
        results[directory] = scores.as_dict()
        if not args.json:
            print(format_dataset_scores(directory, scores))
    if args.heldout:
        results["heldout"] = _heldout(args.heldout, args.json, args.half)
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


def _heldout(directories: list[str], quiet: bool, half: int | None = None) -> dict[str, object]:
    from tasks.report.heldout import format_heldout, heldout_dict, heldout_row

    rows = [heldout_row(Path(d), half=half) for d in directories]
    if not quiet:
        print(format_heldout(rows))
    return {r.set: heldout_dict(r) for r in rows}


def cmd_report(args: argparse.Namespace) -> int:
    from tasks.report.analysis import agency_citations_by_site_month, format_report, largest_clusters

    out = Path(args.output)
    if not (out / "articles").is_dir():
        print(f"newsclean: error: no datasets in {out} (run `newsclean run` first)", file=sys.stderr)
        return 2
    if args.html:
        from tasks.report.report_page import write_report

        Path(args.html).parent.mkdir(parents=True, exist_ok=True)
        data, charts, seconds = write_report(out, Path(args.html))
        print(f"wrote {args.html}: {len(charts)} charts of {data.totals['articles']} articles in {seconds:.2f} s")
        return 0
    print(format_report(agency_citations_by_site_month(out), largest_clusters(out, args.top)))
    return 0


def cmd_inspect(args: argparse.Namespace) -> int:
    from tasks.read.records import parse_ref
    from tasks.report.inspect import inspect_file, inspection_view, render_inspection

    ref = parse_ref(args.file)
    path = Path(ref.archive if ref is not None else args.file)
    if args.html and path.is_dir():
        return _inspect_directory(path, Path(args.html))
    if path.is_dir():
        print(f"newsclean: error: {path} is a directory: add --html OUT/ for a page per file", file=sys.stderr)
        return 2
    if not path.is_file():
        print(f"newsclean: error: no such file: {path}", file=sys.stderr)
        return 2
    report = inspect_file(args.file)
    if args.html:
        from tasks.report.page_view import render_page

        out = Path(args.html)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(render_page(report), encoding="utf-8")
        print(f"wrote {args.html}")
        return 0
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


def _inspect_directory(root: Path, out_dir: Path) -> int:
    from tasks.read.raw import discover_files
    from tasks.report.page_view import INDEX_NAME, write_inspection_pages

    files = [Path(f) for f in discover_files([str(root)])]
    if not files:
        print(f"newsclean: error: no input files in {root}", file=sys.stderr)
        return 2
    try:
        entries = write_inspection_pages(files, root, out_dir)
    except OSError as exc:
        print(f"newsclean: error: writing {out_dir} failed: {exc}", file=sys.stderr)
        return 1
    seconds = sum(e.seconds for e in entries)
    print(f"wrote {len(entries)} pages and {out_dir / INDEX_NAME} ({seconds / len(entries):.3f} s per page)")
    return 0
