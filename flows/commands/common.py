"""What every `newsclean` command shares: one-line argument errors and Prefect's offline defaults."""

from __future__ import annotations

import argparse
import os
import sys
from typing import NoReturn, TypeAlias

# Prefect settings that make a one-command run work offline on a fresh machine; users may override.
PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    # A fresh PREFECT_HOME spends ~16 s migrating its database, close to the 20 s default.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
}


class Parser(argparse.ArgumentParser):
    """argparse with one-line errors: `newsclean: error: ...`, no usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"newsclean: error: {message} (see `{self.prog} --help`)\n")


# The subparsers object commands add themselves to (generic only for type checkers).
Subparsers: TypeAlias = "argparse._SubParsersAction[Parser]"


def use_prefect_defaults() -> None:
    """Offline, telemetry-free Prefect settings unless the user set them."""
    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)


def fail(message: str, code: int = 2) -> int:
    """Print `newsclean: error: message` on stderr and return the exit code."""
    print(f"newsclean: error: {message}", file=sys.stderr)
    return code
