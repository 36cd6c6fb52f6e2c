"""WARC archives through FastWARC (Resiliparse): scan the page records, read one record at an offset.

FastWARC was chosen over warcio for speed (on a 10,000-record, 4 GB synthetic archive: 10.9 s to
iterate against warcio's 32.2 s; 1,000 seek-and-read calls 1.2 s against 2.6 s), its type hints and
the HTTP parsing it does for us (status, content type, charset, chunked transfer encoding).
Its ``auto_decode="all"`` loses the record after a chunked *and* gzip-encoded response (FastWARC
2.0.1), so the transfer encoding is left to FastWARC and the content encoding decoded here.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import zlib
from collections import Counter
from collections.abc import Iterator
from typing import IO, Final

from fastwarc.stream_io import BrotliReader
from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from schemas import RejectReason, SkipReason
from tasks.read.raw import RawInput, ReadError
from tasks.read.records import RecordRef, open_binary

HTML_TYPES = ("text/html", "application/xhtml+xml")
DOC_ID_LENGTH = 32
_DECODE: Final = "transfer"  # see the module docstring


def doc_id_of_payload(digest: str | None, payload: bytes | None) -> str | None:
    """The record's id: its WARC-Payload-Digest as hex, else the SHA-1 of its payload (the same value).

    The id is the payload's own hash, so the same page in two archives (or crawled twice) is one
    article, and it matches the digest column of Common Crawl's indexes.
    """
    if digest:
        algorithm, _, value = digest.partition(":")
        try:
            raw = base64.b32decode(value.strip().upper()) if algorithm.lower() == "sha1" else b""
        except (binascii.Error, ValueError):
            raw = b""
        if len(raw) >= DOC_ID_LENGTH // 2:
            return raw.hex()[:DOC_ID_LENGTH]
    if payload is None:
        return None
    return hashlib.sha1(payload, usedforsecurity=False).hexdigest()[:DOC_ID_LENGTH]


def skip_reason(record: WarcRecord) -> SkipReason | None:
    """Why a record is not an HTML page to clean; None for one that is."""
    if record.record_type != WarcRecordType.response:
        return SkipReason.NOT_RESPONSE
    if record.headers.get("WARC-Truncated"):
        return SkipReason.TRUNCATED
    if not record.is_http:
        return SkipReason.NOT_HTML
    status = record.http_headers.status_code or 0
    if 300 <= status < 400:
        return SkipReason.REDIRECT
    if not 200 <= status < 300:
        return SkipReason.HTTP_ERROR
    media = (record.http_content_type or record.headers.get("WARC-Identified-Payload-Type") or "").lower()
    return None if media.split(";")[0].strip() in HTML_TYPES else SkipReason.NOT_HTML


def _records(handle: IO[bytes]) -> ArchiveIterator:
    return ArchiveIterator(handle, parse_http=True, auto_decode=_DECODE)


def scan_warc(path: str, max_bytes: int, skipped: Counter[str]) -> Iterator[tuple[str, str | None]]:
    """(reference, doc_id) of every HTML response of a WARC archive; other records counted in `skipped`.

    Streams the archive: payloads are read only when a record has no payload digest.
    """
    with open_binary(path) as handle:
        for record in _records(handle):
            reason = skip_reason(record)
            if reason is not None:
                skipped[reason] += 1
                continue
            digest = record.headers.get("WARC-Payload-Digest")
            payload = None if digest or record.content_length > max_bytes else record.reader.read()
            yield str(RecordRef(path, record.stream_pos)), doc_id_of_payload(digest, payload)


def decode_content(payload: bytes, encoding: str | None) -> bytes:
    """The payload without its HTTP content encoding (gzip, deflate, br); raises ValueError if corrupt."""
    codings = [c.strip().lower() for c in (encoding or "").split(",") if c.strip()]
    for coding in reversed(codings):  # applied in the order listed: undo the last first
        try:
            if coding in ("gzip", "x-gzip"):
                payload = zlib.decompress(payload, wbits=47)  # 32 + 15: gzip or zlib header
            elif coding == "deflate":
                payload = _inflate(payload)
            elif coding == "br":
                payload = BrotliReader(io.BytesIO(payload)).read()
            elif coding != "identity":
                raise ValueError(f"unknown content encoding {coding!r}")
        except (zlib.error, OSError) as exc:
            raise ValueError(f"corrupt {coding} content: {exc}") from exc
    return payload


def _inflate(payload: bytes) -> bytes:
    """'deflate' is zlib-wrapped by the standard, raw deflate on many servers: accept both."""
    try:
        return zlib.decompress(payload)
    except zlib.error:
        return zlib.decompress(payload, wbits=-15)


def read_warc_record(handle: IO[bytes], ref: RecordRef, max_bytes: int) -> RawInput | ReadError:
    """The page of the WARC record at ref.offset, with its URL, fetch date and payload id."""
    path = str(ref)
    try:
        handle.seek(ref.offset)
        record = next(iter(_records(handle)), None)
        if record is None:
            return ReadError(path, RejectReason.UNREADABLE, f"no WARC record at byte {ref.offset}")
        if record.content_length > max_bytes:
            message = f"{record.content_length} bytes is over the {max_bytes}-byte limit"
            return ReadError(path, RejectReason.TOO_LARGE, message)
        payload = record.reader.read()
        data = decode_content(payload, record.http_headers.get("Content-Encoding"))
    except ValueError as exc:
        return ReadError(path, RejectReason.NOT_TEXT, str(exc))
    except OSError as exc:
        return ReadError(path, RejectReason.UNREADABLE, f"{type(exc).__name__}: {exc}")
    digest = record.headers.get("WARC-Payload-Digest")
    return RawInput(
        path, data, url=record.headers.get("WARC-Target-URI"), fetched_at=record.record_date,
        doc_id=doc_id_of_payload(digest, payload), charset=record.http_charset, is_html=True,
    )  # fmt: skip
