"""The `newsclean` command line: one parser, one module per command group in flows/commands/."""

from __future__ import annotations

import argparse
import logging
import sys

from flows.commands.common import Parser
from flows.commands.operate import add_compact_parser, add_serve_parser, cmd_compact, cmd_serve
from flows.commands.pages import add_page_parsers, cmd_eval, cmd_inspect, cmd_report
from flows.commands.run import add_run_parser, cmd_run

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


def _parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="newsclean",
        description="Clean scraped news pages into article, attribution and chrome datasets (Parquet).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_run_parser(sub)
    add_page_parsers(sub)
    add_serve_parser(sub)
    add_compact_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `newsclean` console script."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    commands = {"run": cmd_run, "eval": cmd_eval, "inspect": cmd_inspect, "report": cmd_report,
                "serve": cmd_serve, "compact": cmd_compact}  # fmt: skip
    return commands[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
