"""Find input files and read their bytes."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from schemas import RejectReason

# File names that are never inputs: hidden files, editor leftovers, our own sidecars.
_IGNORED_SUFFIXES = (".json", ".parquet", ".tmp", ".swp", ".lock")
# Files larger than this are rejected as too_large unless the caller says otherwise.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class RawInput:
    """The bytes of one input file."""

    path: str
    data: bytes


@dataclass(frozen=True)
class ReadError:
    """An input file whose bytes could not be used."""

    path: str
    reason: RejectReason
    message: str


def _is_input(path: Path, root: Path | None = None) -> bool:
    """A regular file that isn't hidden, in a hidden folder (.git) or one of our sidecars."""
    parts = path.relative_to(root).parts if root is not None else (path.name,)
    hidden = any(part.startswith(".") for part in parts)
    return path.is_file() and not hidden and not path.name.endswith(_IGNORED_SUFFIXES)


def discover_files(inputs: Iterable[str]) -> list[str]:
    """Input files from paths, directories (recursively) or glob patterns; sorted, unique.

    Raises FileNotFoundError for an input that matches nothing: a typo should not look
    like an empty inbox.
    """
    found: set[str] = set()
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found.update(str(p) for p in path.rglob("*") if _is_input(p, path))
        elif path.is_file():
            found.add(str(path))
        else:
            matches = [Path(m) for m in glob.glob(item, recursive=True)]
            if not matches:
                raise FileNotFoundError(f"no such file, directory or glob match: {item}")
            for match in matches:
                if match.is_dir():
                    found.update(str(p) for p in match.rglob("*") if _is_input(p, match))
                elif _is_input(match):
                    found.add(str(match))
    return sorted(found)


def read_raw(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> RawInput | ReadError:
    """The file's bytes, or why they could not be read."""
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            return ReadError(path, RejectReason.TOO_LARGE, f"{size} bytes is over the {max_bytes}-byte limit")
        with open(path, "rb") as handle:
            return RawInput(path, handle.read())
    except OSError as exc:
        return ReadError(path, RejectReason.UNREADABLE, f"{type(exc).__name__}: {exc.strerror or exc}")
