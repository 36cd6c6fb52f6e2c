"""Bytes to clean text: BOM and encoding detection, mojibake repair, newline normalisation."""

from __future__ import annotations

import codecs
import gzip
import hashlib
import re
import unicodedata
from dataclasses import dataclass

import ftfy
from charset_normalizer import from_bytes

from schemas import RejectReason

# BOMs are checked longest first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Signatures of common binary formats that are never text, whatever a detector says.
_BINARY_MAGIC: tuple[bytes, ...] = (
    b"%PDF-",
    b"\xff\xd8\xff",  # JPEG
    b"\x89PNG\r\n\x1a\n",
    b"GIF87a",
    b"GIF89a",
    b"PK\x03\x04",  # zip, docx, xlsx
    b"\x7fELF",
    b"RIFF",
    b"OggS",
    b"\x00\x00\x01\x00",  # ICO
)
_GZIP_MAGIC = b"\x1f\x8b"
# Share of control characters above which decoded bytes are called binary.
MAX_CONTROL_SHARE = 0.05
# Characters sampled for that check: enough to tell, cheap on big files.
CONTROL_SAMPLE_CHARS = 100_000
# Zero-width characters that scrapes leave inside words; NBSP becomes a plain space.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile("[\u00a0\u2007\u202f\t\x0b\x0c]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Decoded:
    """Text decoded from an input file, and how it was decoded."""

    text: str
    encoding: str


@dataclass(frozen=True)
class DecodeError:
    """Bytes that cannot become text, with a stable reason."""

    reason: RejectReason
    message: str


def content_hash(data: bytes) -> str:
    """Full sha256 of the input bytes; the first 32 hex digits are the doc_id."""
    return hashlib.sha256(data).hexdigest()


def _detect_encoding(data: bytes) -> tuple[str, bytes]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, data[len(bom) :]
    try:
        data.decode("utf-8")
        return "utf-8", data
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None:
        return "", data
    return best.encoding, data


def looks_binary(data: bytes) -> bool:
    """True for well-known binary signatures (PDF, images, archives, executables)."""
    return any(data.startswith(magic) for magic in _BINARY_MAGIC)


def normalize_text(text: str) -> str:
    """Repair mojibake and normalise newlines, spaces and invisible characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = ftfy.fix_text(text, normalization="NFC")
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    return _CONTROL.sub("", text)


def decode_bytes(data: bytes) -> Decoded | DecodeError:
    """Decode raw input bytes; never raises on any input."""
    if data.startswith(_GZIP_MAGIC):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            return DecodeError(RejectReason.NOT_TEXT, f"corrupt gzip: {exc}")
    if looks_binary(data):
        return DecodeError(RejectReason.NOT_TEXT, "binary file signature (pdf, image, archive…)")
    encoding, payload = _detect_encoding(data)
    if not encoding:
        return DecodeError(RejectReason.NOT_TEXT, "no text encoding fits the bytes")
    text = payload.decode(encoding, errors="replace")
    if text and _control_share(text[:CONTROL_SAMPLE_CHARS]) > MAX_CONTROL_SHARE:
        return DecodeError(RejectReason.NOT_TEXT, f"bytes decode as {encoding} but are mostly control characters")
    text = normalize_text(text)
    if not text.strip():
        return DecodeError(RejectReason.EMPTY, "the file holds no visible text")
    return Decoded(text=text, encoding=encoding)


def _control_share(text: str) -> float:
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t")
    return controls / len(text)
