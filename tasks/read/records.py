"""Inputs that hold many pages: WARC archives and JSON Lines files, read record by record.

A record is named by a *record reference*, the archive's path plus a fragment saying where the
record starts: ``crawl.warc.gz#offset=12345`` (the byte offset of the WARC record, a gzip member
boundary in a ``.warc.gz``) or ``pages.jsonl#line=17&offset=50211`` (line number, and the byte
offset of that line in the decompressed stream). A reference is an ordinary string: it travels
through the plan, the batches and ``source_path`` like a file path, and a worker re-opens the
archive and seeks to the record (:class:`tasks.read.reader.RecordReader`), so nothing ever loads an archive whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO
from urllib.parse import parse_qsl, urlencode

from tasks.read.fs import is_uri, resolve

WARC_SUFFIXES = (".warc", ".warc.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
_FRAGMENT = "#"


@dataclass(frozen=True)
class JsonlFields:
    """Field names of a JSON Lines record: the page's URL, and its HTML or its text."""

    url: str = "url"
    html: str = "html"
    text: str = "text"


@dataclass(frozen=True)
class RecordRef:
    """Where one record of an archive starts."""

    archive: str
    offset: int  # byte offset of the record (WARC) or of its line (JSONL, decompressed)
    line: int | None = None  # 1-based line number (JSONL only)

    def __str__(self) -> str:
        where = {"offset": self.offset} if self.line is None else {"line": self.line, "offset": self.offset}
        return f"{self.archive}{_FRAGMENT}{urlencode(where)}"


def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def is_jsonl(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def is_archive(path: str) -> bool:
    """An input of many records (WARC or JSON Lines), by its name."""
    return is_warc(path) or is_jsonl(path)


def parse_ref(path: str) -> RecordRef | None:
    """The record a reference names; None for a plain path (or a fragment that is not ours)."""
    archive, sep, fragment = path.rpartition(_FRAGMENT)
    if not sep or not is_archive(archive):
        return None
    try:
        fields = {k: int(v) for k, v in parse_qsl(fragment, strict_parsing=True)}
    except ValueError:
        return None
    if "offset" not in fields:
        return None
    return RecordRef(archive, fields["offset"], fields.get("line"))


def open_binary(path: str) -> IO[bytes]:
    """A seekable binary handle on a local path or a URI (fsspec reads remote files in blocks)."""
    if is_uri(path):
        loc = resolve(path)
        handle: IO[bytes] = loc.fs.open(loc.root, "rb")
        return handle
    return open(path, "rb")


def archive_fingerprint(path: str) -> str:
    """Size and modification time of an archive: an archive that changes is scanned again."""
    loc = resolve(path)
    info = loc.fs.info(loc.root)
    modified = info.get("mtime") or info.get("LastModified") or info.get("updated") or info.get("ETag") or ""
    return f"{info.get('size')}:{modified}"
