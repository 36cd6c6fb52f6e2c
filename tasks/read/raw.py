"""Find input files and read their bytes."""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePath, PurePosixPath

from schemas import RejectReason
from tasks.read.fs import is_uri, resolve

# File names that are never inputs: hidden files, editor leftovers, our own sidecars.
_IGNORED_SUFFIXES = (".json", ".parquet", ".tmp", ".swp", ".lock")
# Files larger than this are rejected as too_large unless the caller says otherwise.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class RawInput:
    """The bytes of one input: a file, or one record of an archive (which also knows its URL)."""

    path: str
    data: bytes
    url: str | None = None  # the page's address: a WARC record's target URI, a JSON Lines record's url
    fetched_at: datetime | None = None  # when the crawler fetched it (WARC-Date)
    doc_id: str | None = None  # the record's own id (payload digest); None: hash the bytes
    charset: str | None = None  # the charset the HTTP response declared
    encoding: str | None = None  # the bytes' known encoding (JSON Lines text is UTF-8)
    is_html: bool | None = None  # the record says whether it is HTML; None: sniff the bytes


@dataclass(frozen=True)
class ReadError:
    """An input file whose bytes could not be used."""

    path: str
    reason: RejectReason
    message: str


def _is_input(
    path: PurePath, root: PurePath | None = None, is_file: Callable[[str], bool] = os.path.isfile
) -> bool:  # fmt: skip
    """A regular file that isn't hidden, in a hidden folder (.git) or one of our sidecars."""
    parts = path.relative_to(root).parts if root is not None else (path.name,)
    hidden = any(part.startswith(".") for part in parts)
    return is_file(str(path)) and not hidden and not path.name.endswith(_IGNORED_SUFFIXES)


def discover_files(inputs: Iterable[str]) -> list[str]:
    """Input files from paths, directories (recursively) or glob patterns; sorted, unique.

    Raises FileNotFoundError for an input that matches nothing: a typo should not look
    like an empty inbox.
    """
    found: set[str] = set()
    for item in inputs:
        if is_uri(item):
            found.update(_discover_uri(item))
            continue
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


def _discover_uri(item: str) -> list[str]:
    """Input files under a URI (s3://bucket/inbox/, memory://in/*.txt), as URIs."""
    loc = resolve(item)
    protocol = loc.fs.protocol if isinstance(loc.fs.protocol, str) else loc.fs.protocol[0]
    if loc.fs.isdir(loc.root):
        paths = [str(p) for p in loc.fs.find(loc.root)]
        root = loc.root
    else:
        paths = [str(p) for p in loc.fs.glob(loc.root)] if glob.has_magic(loc.root) else []
        paths = paths or ([loc.root] if loc.fs.isfile(loc.root) else [])
        root = None
    if not paths:
        raise FileNotFoundError(f"no such file, directory or glob match: {item}")
    found = [p for p in paths if _is_input(PurePosixPath(p), PurePosixPath(root) if root else None, loc.fs.isfile)]
    return [loc.fs.unstrip_protocol(p) if "://" not in p else p for p in found] if protocol != "file" else found


def read_raw(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> RawInput | ReadError:
    """The file's bytes, or why they could not be read. `path` may be a URI."""
    if is_uri(path):
        return _read_uri(path, max_bytes)
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            return ReadError(path, RejectReason.TOO_LARGE, f"{size} bytes is over the {max_bytes}-byte limit")
        with open(path, "rb") as handle:
            return RawInput(path, handle.read())
    except OSError as exc:
        return ReadError(path, RejectReason.UNREADABLE, f"{type(exc).__name__}: {exc.strerror or exc}")


def _read_uri(path: str, max_bytes: int) -> RawInput | ReadError:
    loc = resolve(path)
    try:
        size = int(loc.fs.size(loc.root))
        if size > max_bytes:
            return ReadError(path, RejectReason.TOO_LARGE, f"{size} bytes is over the {max_bytes}-byte limit")
        with loc.fs.open(loc.root, "rb") as handle:
            return RawInput(path, bytes(handle.read()))
    except (OSError, ValueError) as exc:
        return ReadError(path, RejectReason.UNREADABLE, f"{type(exc).__name__}: {exc}")
