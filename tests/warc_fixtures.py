"""Build small WARC and JSON Lines files at test time (never committed), from pages or eval HTML."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from tasks.report.evaluate_html import token_scores
from tests.conftest import HTML


def http_response(
    body: bytes, content_type: str = "text/html", status: str = "200 OK", headers: tuple[str, ...] = ()
) -> bytes:  # fmt: skip
    """An HTTP/1.1 response as a crawler stores it in a WARC response record."""
    lines = [f"HTTP/1.1 {status}", f"Content-Type: {content_type}", *headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def chunked(data: bytes, size: int = 100) -> bytes:
    """`data` in HTTP chunked transfer encoding."""
    parts = [b"%x\r\n%s\r\n" % (len(data[i : i + size]), data[i : i + size]) for i in range(0, len(data), size)]
    return b"".join(parts) + b"0\r\n\r\n"


def payload_digest(payload: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(payload).digest()).decode("ascii")


def warc_record(
    uri: str, block: bytes, record_type: str = "response", date: str = "2024-05-01T10:00:00Z",
    extra: tuple[str, ...] = (), digest: str | None = None,
) -> bytes:  # fmt: skip
    """One uncompressed WARC/1.0 record; `digest` becomes its WARC-Payload-Digest."""
    content_type = "application/http; msgtype=response" if record_type in ("response", "request") else "text/plain"
    headers = [
        "WARC/1.0", f"WARC-Type: {record_type}", f"WARC-Target-URI: {uri}", f"WARC-Date: {date}",
        f"WARC-Record-ID: <urn:uuid:{hashlib.md5(uri.encode() + block).hexdigest()}>",
        f"Content-Type: {content_type}", *extra, *([f"WARC-Payload-Digest: {digest}"] if digest else []),
        f"Content-Length: {len(block)}",
    ]  # fmt: skip
    return ("\r\n".join(headers) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"


def html_record(uri: str, body: bytes, with_digest: bool = True, **http: object) -> bytes:
    """A response record of an HTML page."""
    return warc_record(uri, http_response(body, **http), digest=payload_digest(body) if with_digest else None)  # type: ignore[arg-type]


def write_warc(path: Path, records: list[bytes]) -> Path:
    """An archive of the records; a .warc.gz holds one gzip member per record, as crawlers write them."""
    with open(path, "wb") as handle:
        for record in records:
            handle.write(gzip.compress(record) if path.name.endswith(".gz") else record)
    return path


@dataclass(frozen=True)
class EvalPage:
    path: Path
    url: str
    gold_body: str


def eval_pages(dataset: str = "aeb", count: int = 12) -> list[EvalPage]:
    """The first `count` HTML pages of an eval set that have a URL in gold.json."""
    gold = json.loads((HTML / dataset / "gold.json").read_text(encoding="utf-8"))
    folder = HTML / dataset
    pages = [EvalPage(folder / f"{doc}.html", e["url"], e["article_body"]) for doc, e in sorted(gold.items())]
    return [p for p in pages if p.url and p.path.exists()][:count]


def write_jsonl(path: Path, lines: list[str]) -> Path:
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


def body_f1(predicted: str, reference: str) -> float:
    """Bag-of-words F1 of a body against a reference body (the eval sets' metric)."""
    precision, recall = token_scores(predicted, reference)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
