"""JSON Lines records: one page per line, ``{"url": ..., "html": ...}`` or ``{"url": ..., "text": ...}``.

A line that does not parse, or lacks the page, is a reject that names its line number; the other
lines of the file go on. Field names come from :class:`~tasks.read.records.JsonlFields`.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from schemas import RejectReason, SkipReason
from tasks.read.raw import RawInput, ReadError
from tasks.read.records import JsonlFields, RecordRef, open_binary
from tasks.read.warc import DOC_ID_LENGTH


@dataclass(frozen=True)
class JsonlPage:
    """The page a JSON Lines record holds."""

    url: str | None
    content: str
    is_html: bool


class MalformedLineError(ValueError):
    """A line that is not a JSON object with a page in it."""


def page_of_line(line: bytes, fields: JsonlFields) -> JsonlPage:
    """The URL and the HTML (or text) of one line; raises MalformedLineError saying what is wrong."""
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise MalformedLineError(f"not JSON: {exc}") from exc
    if not isinstance(record, dict):
        raise MalformedLineError(f"a JSON {type(record).__name__}, not an object")
    url = record.get(fields.url)
    if url is not None and not isinstance(url, str):
        raise MalformedLineError(f"field {fields.url!r} is not a string")
    for name, is_html in ((fields.html, True), (fields.text, False)):
        content = record.get(name)
        if isinstance(content, str) and content.strip():
            return JsonlPage(url or None, content, is_html)
    raise MalformedLineError(f"no non-empty string field {fields.html!r} or {fields.text!r}")


def doc_id_of_content(content: str) -> str:
    """The SHA-1 of the page's UTF-8 bytes, as a WARC payload digest would be."""
    return hashlib.sha1(content.encode("utf-8"), usedforsecurity=False).hexdigest()[:DOC_ID_LENGTH]


def _lines(path: str) -> Iterator[tuple[int, int, bytes]]:
    """(line number, byte offset in the decompressed stream, line) of a file, streaming."""
    with open_binary(path) as raw:
        handle: IO[bytes] = gzip.GzipFile(fileobj=raw, mode="rb") if path.lower().endswith(".gz") else raw  # type: ignore[assignment]
        offset = 0
        for number, line in enumerate(handle, start=1):
            yield number, offset, line
            offset += len(line)


def scan_jsonl(
    path: str, max_bytes: int, fields: JsonlFields, skipped: Counter[str]
) -> Iterator[tuple[str, str | None]]:  # fmt: skip
    """(reference, doc_id) of every record line; None for a line the worker will reject (and say why)."""
    for number, offset, line in _lines(path):
        if not line.strip():
            skipped[SkipReason.BLANK_LINE] += 1
            continue
        ref = str(RecordRef(path, offset, number))
        if len(line) > max_bytes:
            yield ref, None
            continue
        try:
            yield ref, doc_id_of_content(page_of_line(line, fields).content)
        except MalformedLineError:
            yield ref, None


def read_jsonl_record(handle: IO[bytes], ref: RecordRef, max_bytes: int, fields: JsonlFields) -> RawInput | ReadError:
    """The page of the line at ref.offset of a (decompressed) JSON Lines stream."""
    path = str(ref)
    try:
        handle.seek(ref.offset)
        line = handle.readline(max_bytes + 1)
    except (OSError, EOFError) as exc:
        return ReadError(path, RejectReason.UNREADABLE, f"line {ref.line}: {type(exc).__name__}: {exc}")
    if len(line) > max_bytes:
        return ReadError(path, RejectReason.TOO_LARGE, f"line {ref.line} is over the {max_bytes}-byte limit")
    try:
        page = page_of_line(line, fields)
    except MalformedLineError as exc:
        return ReadError(path, RejectReason.MALFORMED_RECORD, f"line {ref.line}: {exc}")
    data = page.content.encode("utf-8")
    return RawInput(path, data, url=page.url, doc_id=doc_id_of_content(page.content), encoding="utf-8",
                    is_html=page.is_html)  # fmt: skip
