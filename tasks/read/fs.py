"""Where datasets live: a local directory or any URI fsspec understands (s3://, gs://, file://, memory://).

A location is resolved once into a :class:`Location`, a filesystem and a root path on it. Local
paths keep the strongest guarantees (a temporary file, fsync, then an atomic rename); object
stores commit an object atomically when its upload completes, so writing in place is as safe
there. Renames on object stores are copies followed by deletes: the batch journal in
``tasks/write.py`` makes a publish that stops half-way finish on the next run.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq
from fsspec.implementations.local import LocalFileSystem

COMPRESSION = "zstd"


def is_uri(location: str | Path) -> bool:
    """True for a URI with a scheme (s3://bucket/x), False for a plain local path."""
    return "://" in str(location)


@dataclass(frozen=True)
class Location:
    """A filesystem and a root path on it; paths below the root are joined with '/'."""

    fs: fsspec.AbstractFileSystem
    root: str

    @property
    def is_local(self) -> bool:
        return isinstance(self.fs, LocalFileSystem)

    def path(self, *parts: str) -> str:
        return "/".join([self.root, *(p.strip("/") for p in parts if p)])

    def exists(self, *parts: str) -> bool:
        return bool(self.fs.exists(self.path(*parts)))

    def makedirs(self, *parts: str) -> None:
        self.fs.makedirs(self.path(*parts), exist_ok=True)

    def find(self, *parts: str, suffix: str = ".parquet") -> list[str]:
        """Files under a folder (recursively) whose name ends with suffix, sorted; [] if no folder."""
        base = self.path(*parts)
        if not self.fs.isdir(base):
            return []
        return sorted(str(p) for p in self.fs.find(base) if str(p).endswith(suffix))

    def relative(self, path: str) -> str:
        return path[len(self.root) :].lstrip("/") if path.startswith(self.root) else path

    def move(self, source: str, target: str) -> None:
        """Rename a file; atomic on a local disk, a copy then a delete on object stores."""
        parent = target.rsplit("/", 1)[0]
        self.fs.makedirs(parent, exist_ok=True)
        if self.is_local:
            os.replace(source, target)
        else:
            self.fs.mv(source, target)

    def remove(self, path: str, recursive: bool = False) -> None:
        if self.fs.exists(path):
            self.fs.rm(path, recursive=recursive)

    def write_text(self, path: str, text: str) -> None:
        """Write a small text file so that it appears whole or not at all."""
        if self.is_local:
            tmp = path + ".tmp"
            with open(tmp, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(tmp, path)
        else:
            with self.fs.open(path, "w", encoding="utf-8") as handle:
                handle.write(text)

    def read_text(self, path: str) -> str:
        with self.fs.open(path, "r", encoding="utf-8") as handle:
            return str(handle.read())

    def read_table(self, path: str, schema: pa.Schema | None = None, columns: list[str] | None = None) -> pa.Table:
        if self.is_local:
            return pq.read_table(path, schema=schema, columns=columns)
        with self.fs.open(path, "rb") as handle:
            return pq.read_table(handle, schema=schema, columns=columns)

    def write_table(self, table: pa.Table, path: str, row_group_size: int | None = None) -> None:
        """Write a Parquet file atomically: whole or absent, never truncated."""
        if self.is_local:
            tmp = path + ".tmp"
            pq.write_table(table, tmp, compression=COMPRESSION, row_group_size=row_group_size)
            with open(tmp, "rb") as handle:
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        else:
            with self.fs.open(path, "wb") as handle:
                pq.write_table(table, handle, compression=COMPRESSION, row_group_size=row_group_size)


def resolve(location: str | Path) -> Location:
    """The filesystem and root of a local path or URI."""
    if not is_uri(location):
        return Location(LocalFileSystem(), os.path.abspath(location))
    fs, root = fsspec.core.url_to_fs(str(location))
    return Location(fs, str(root).rstrip("/") or "/")


def join(location: str | Path, *parts: str | PurePath) -> str | Path:
    """A location below another: a Path for local paths, a URI string for URIs."""
    if is_uri(location):
        return "/".join([str(location).rstrip("/"), *(str(PurePosixPath(p)).strip("/") for p in parts)])
    return Path(location).joinpath(*parts)
