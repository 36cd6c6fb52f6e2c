"""Bytes to clean text: BOM and encoding detection, mojibake repair, newline normalisation."""

from __future__ import annotations

import codecs
import gzip
import hashlib
import io
import re
import unicodedata
import zlib
from dataclasses import dataclass

import ftfy
import ftfy.badness
from charset_normalizer import from_bytes

from schemas import RejectReason
from tasks.read.limits import MAX_GUNZIPPED_BYTES
from tasks.read.mojibake import repair_double_encoding

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
GZIP_MAGIC = b"\x1f\x8b"
# Bytes handed to charset-normalizer: enough to decide, bounded on big files.
DETECT_SAMPLE_BYTES = 200_000
# Short texts fit several single-byte code pages equally well (cp775 "reads" French as well as
# cp1252). Among the least chaotic candidates, coherence decides, with a nudge towards the
# encodings news sites actually use.
CHAOS_TOLERANCE = 0.01
COMMON_BONUS = 0.06
COMMON_WEB_ENCODINGS = frozenset(
    {"cp1252", "cp1251", "koi8_r", "iso8859_1", "iso8859_15", "cp1250", "iso8859_2", "gb18030", "big5",
     "shift_jis", "euc_jp", "euc_kr", "cp1253", "cp1254", "cp1256", "iso8859_7", "iso8859_9"}
)  # fmt: skip
# Mostly-valid UTF-8 (a few bytes damaged in transit) is UTF-8 with U+FFFD for the bad bytes, not a
# legacy code page: when bad bytes are at most this share of the bytes and valid multi-byte
# characters outnumber them this many times (a cp1252 page has no valid multi-byte characters).
MAX_INVALID_UTF8_SHARE = 0.01
MIN_VALID_PER_INVALID = 4
_ESCAPED_BYTES = re.compile("[\udc80-\udcff]+")
# Share of control characters above which decoded bytes are called binary.
MAX_CONTROL_SHARE = 0.05
# Characters sampled for that check: enough to tell, cheap on big files.
CONTROL_SAMPLE_CHARS = 100_000
# Zero-width characters that scrapes leave inside words; NBSP becomes a plain space. The zero-width
# (non-)joiners are spelling after a letter of the scripts that use them (Persian "می‌شود", Indic
# conjuncts) and in emoji sequences: kept there, dropped elsewhere.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")
_STRAY_JOINERS = re.compile(
    "(?<![\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefe\u0900-\u0dff\U0001f000-\U0001faff])"
    "[\u200c\u200d]"
)
_SPACES = re.compile("[\u00a0\u2007\u202f\t\x0b\x0c]")
_HTML_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Unicode category Cc (C0 and C1 controls) minus tab, newline and carriage return.
_CC_NOT_SPACE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
# ftfy repairs encodings but leaves typography alone: curly quotes and fullwidth CJK punctuation
# are the publisher's text, not damage.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, explain=False)
# ftfy's badness check is one large regex tried at every character of a page. Each of its patterns
# needs a non-ASCII character and reaches at most 2 characters past its non-ASCII ones, so running
# it over the page's non-ASCII runs widened by this many characters gives the same verdict
# (tests/test_decode.py checks both) at a fraction of the cost on mostly-ASCII pages.
BADNESS_CONTEXT_CHARS = 3
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
# ASCII long enough to part two runs' widened spans (more than twice the context).
_LONG_ASCII_GAP = re.compile(rf"[\x00-\x7f]{{{2 * BADNESS_CONTEXT_CHARS + 1},}}")


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


def strip_bom(data: bytes) -> tuple[str, bytes] | None:
    """(encoding, bytes after the BOM) when the bytes open with a byte-order mark."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, data[len(bom) :]
    return None


def guess_encoding(data: bytes) -> str:
    """charset-normalizer's best guess for bytes with no BOM that aren't UTF-8; '' when none fits."""
    matches = list(from_bytes(data[:DETECT_SAMPLE_BYTES]))
    if not matches:
        return ""
    least_chaos = min(m.chaos for m in matches)
    calm = [m for m in matches if m.chaos <= least_chaos + CHAOS_TOLERANCE]
    best = max(calm, key=lambda m: m.coherence + (COMMON_BONUS if m.encoding in COMMON_WEB_ENCODINGS else 0.0))
    return str(best.encoding)


def _decode_text(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) by BOM, UTF-8, mostly-valid UTF-8, then charset-normalizer's guess; None if none fits."""
    by_bom = strip_bom(data)
    if by_bom is not None:
        encoding, payload = by_bom
        return payload.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    damaged = mostly_utf8(data)
    if damaged is not None:
        return damaged[0], f"utf-8 ({damaged[1]} invalid bytes replaced)"
    encoding = guess_encoding(data)
    return (data.decode(encoding, errors="replace"), encoding) if encoding else None


def mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """(text, number of invalid bytes) for UTF-8 with a few bad bytes, each run of them one U+FFFD; else None."""
    text = data.decode("utf-8", errors="surrogateescape")
    invalid = sum(len(run) for run in _ESCAPED_BYTES.findall(text))
    valid = sum(1 for c in text if ord(c) > 0x7F) - invalid
    if invalid == 0 or invalid > MAX_INVALID_UTF8_SHARE * len(data) or valid < MIN_VALID_PER_INVALID * invalid:
        return None
    return _ESCAPED_BYTES.sub("\ufffd", text), invalid


def looks_binary(data: bytes) -> bool:
    """True for well-known binary signatures (PDF, images, archives, executables)."""
    return any(data.startswith(magic) for magic in _BINARY_MAGIC)


def badness_sample(text: str) -> str:
    """The parts of a text ftfy's badness check can fire on: non-ASCII runs with their context.

    Runs whose widened spans touch are kept as one piece; pieces are joined by a newline, which is
    further than any pattern reaches from a non-ASCII character. Two runs' spans touch unless more than
    twice the context of ASCII parts them, so the pieces are cut at those long ASCII stretches: a scan for
    them instead of a step per run (a text in Cyrillic or Greek is a run per word; issue 15).
    """
    first = _NON_ASCII_RUN.search(text)
    if first is None:
        return ""
    context = BADNESS_CONTEXT_CHARS
    pieces, start, last_end = [], max(0, first.start() - context), None
    for gap in _LONG_ASCII_GAP.finditer(text, first.end()):
        if gap.end() == len(text):
            last_end = gap.start()  # the ASCII tail after the last run
            break
        pieces.append(text[start : gap.start() + context])
        start = gap.end() - context
    if last_end is None:  # the text ends in a run or a short ASCII tail (of at most twice the context)
        last_end = len(text)
        while text[last_end - 1].isascii():
            last_end -= 1
    pieces.append(text[start : last_end + context])
    return "\n".join(pieces)


def needs_repair(text: str) -> bool:
    """Whether ftfy has anything to do: mojibake, HTML entities or terminal escapes.

    ftfy's full pass costs about as much as segmenting, so it runs only where its badness check fires.
    """
    return "\x1b" in text or bool(_HTML_ENTITY.search(text)) or bool(ftfy.badness.is_bad(badness_sample(text)))


def normalize_text(text: str, repair: bool | None = None) -> str:
    """Repair mojibake and normalise newlines, spaces and invisible characters.

    `repair` says whether ftfy must run; None asks `needs_repair`. Callers normalising many
    pieces of one page (HTML blocks) ask once for the whole page instead.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if needs_repair(text) if repair is None else repair:
        text = ftfy.fix_text(text, config=_FTFY)
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    if "\u200c" in text or "\u200d" in text:  # the joiners' pattern, with its look-behind, is slow to scan for none
        text = _STRAY_JOINERS.sub("", text)
    text = _SPACES.sub(" ", text)
    return _CONTROL.sub("", text)


def gunzip(data: bytes, limit: int = MAX_GUNZIPPED_BYTES) -> bytes:
    """At most `limit + 1` decompressed bytes of a gzip (every member): a gzip bomb never expands in full.

    Raises OSError, EOFError or zlib.error when the gzip is corrupt.
    """
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
        return stream.read(limit + 1)


def unwrap_bytes(data: bytes) -> bytes | DecodeError:
    """Gunzipped bytes that may be text, or why they can't be: corrupt gzip, a gzip bomb, a binary format."""
    if data.startswith(GZIP_MAGIC):
        try:
            data = gunzip(data)
        except (OSError, EOFError, zlib.error) as exc:
            return DecodeError(RejectReason.NOT_TEXT, f"corrupt gzip: {exc}")
        if len(data) > MAX_GUNZIPPED_BYTES:
            message = f"gzip expands past {MAX_GUNZIPPED_BYTES:,} bytes, the per-document memory budget"
            return DecodeError(RejectReason.TOO_LARGE, message)
    if looks_binary(data):
        return DecodeError(RejectReason.NOT_TEXT, "binary file signature (pdf, image, archive…)")
    return data


def decode_bytes(data: bytes) -> Decoded | DecodeError:
    """Decode raw input bytes; never raises on any input."""
    unwrapped = unwrap_bytes(data)
    if isinstance(unwrapped, DecodeError):
        return unwrapped
    decoded = _decode_text(unwrapped)
    if decoded is None:
        return DecodeError(RejectReason.NOT_TEXT, "no text encoding fits the bytes")
    text, encoding = decoded
    repaired = repair_double_encoding(text)
    if repaired.code_page is not None:
        text, encoding = repaired.text, f"{encoding} (double-encoded through {repaired.code_page}, repaired)"
    if text and _control_share(text[:CONTROL_SAMPLE_CHARS]) > MAX_CONTROL_SHARE:
        return DecodeError(RejectReason.NOT_TEXT, f"bytes decode as {encoding} but are mostly control characters")
    text = normalize_text(text)
    if not text.strip():
        return DecodeError(RejectReason.EMPTY, "the file holds no visible text")
    return Decoded(text=text, encoding=encoding)


def _control_share(text: str) -> float:
    return len(_CC_NOT_SPACE.findall(text)) / len(text)
