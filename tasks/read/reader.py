"""Read inputs by path or record reference: plain files, WARC records and JSON Lines records."""

from __future__ import annotations

import gzip
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import IO

from schemas import RejectReason
from tasks.read.jsonl import read_jsonl_record, scan_jsonl
from tasks.read.raw import DEFAULT_MAX_BYTES, RawInput, ReadError, read_raw
from tasks.read.records import JsonlFields, is_archive, is_jsonl, is_warc, open_binary, parse_ref
from tasks.read.warc import read_warc_record, scan_warc


@dataclass
class Scan:
    """What planning found in the archives besides their page records."""

    skipped: Counter[str] = field(default_factory=Counter)  # records that are not pages, per reason
    finished: dict[str, tuple[str, int]] = field(default_factory=dict)  # scanned whole: (fingerprint, records)
    unchanged: list[str] = field(default_factory=list)  # finished by an earlier run, not scanned again

    @classmethod
    def empty(cls) -> Scan:
        return cls()


def scan_archive(
    path: str, max_bytes: int, fields: JsonlFields, scan: Scan
) -> Iterator[tuple[str, str | None]]:  # fmt: skip
    """(reference, doc_id) of every page record of an archive, streaming; skipped records are counted.

    A record whose doc_id cannot be computed (a malformed line, a broken WARC record) comes with
    None: the worker reading it makes the reject, with the reason.
    """
    if is_warc(path):
        yield from scan_warc(path, max_bytes, scan.skipped)
    else:
        yield from scan_jsonl(path, max_bytes, fields, scan.skipped)


class RecordReader:
    """Reads inputs by path or record reference, keeping the last archive open between records.

    A batch holds consecutive records of an archive, so one handle serves the whole batch and
    each read is a short seek forward. Use as a context manager, one per batch.
    """

    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES, fields: JsonlFields | None = None) -> None:
        self.max_bytes = max_bytes
        self.fields = fields or JsonlFields()
        self._path: str | None = None
        self._handles: list[IO[bytes]] = []  # the archive, then its decompressed view (.jsonl.gz)

    def read(self, path: str) -> RawInput | ReadError:
        """The page's bytes (and URL, date, id for a record), or why they could not be read."""
        ref = parse_ref(path)
        if ref is None:
            if is_archive(path):  # planning found it unreadable: say why again
                return self._read_whole_archive(path)
            return read_raw(path, self.max_bytes)
        try:
            handle = self._open(ref.archive)
        except (OSError, ValueError) as exc:
            return ReadError(path, RejectReason.UNREADABLE, f"{type(exc).__name__}: {exc}")
        if ref.line is None:
            return read_warc_record(handle, ref, self.max_bytes)
        return read_jsonl_record(handle, ref, self.max_bytes, self.fields)

    def _read_whole_archive(self, path: str) -> ReadError:
        scan = Scan.empty()
        try:
            for _ in scan_archive(path, self.max_bytes, self.fields, scan):  # to the record that fails
                pass
        except (OSError, ValueError) as exc:
            return ReadError(path, RejectReason.UNREADABLE, f"{type(exc).__name__}: {exc}")
        return ReadError(path, RejectReason.UNREADABLE, "unreadable while planning, readable now: run again")

    def _open(self, archive: str) -> IO[bytes]:
        """The archive's stream: raw bytes for WARC (its reader handles the gzip members), else text bytes."""
        if not self._handles or self._path != archive:
            self.close()
            self._handles = [open_binary(archive)]
            self._path = archive
            if is_jsonl(archive) and archive.lower().endswith(".gz"):
                # seeking forward decompresses up to the offset: one batch's records are read in order
                self._handles.append(gzip.GzipFile(fileobj=self._handles[0], mode="rb"))  # type: ignore[arg-type]
        return self._handles[-1]

    def close(self) -> None:
        for handle in reversed(self._handles):
            handle.close()
        self._handles, self._path = [], None

    def __enter__(self) -> RecordReader:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:  # fmt: skip
        self.close()
