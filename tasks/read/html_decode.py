"""HTML bytes to a parsed tree: gzip, BOM, <meta charset>/http-equiv, then the content itself.

The encoding is decided in the order a browser would: a byte-order mark, then the charset the
page declares (when the bytes really decode with it), then UTF-8, then charset-normalizer's guess.
Text repair (ftfy) happens per block later, where it is cheap: a page's markup is full of entities
and ASCII that would make a whole-page pass slow and pointless.
"""

from __future__ import annotations

import codecs
import re
import zlib
from dataclasses import dataclass

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints
from lxml import html as lxml_html

from schemas import RejectReason
from tasks.read.decode import GZIP_MAGIC, DecodeError, guess_encoding, gunzip, mostly_utf8, strip_bom, unwrap_bytes
from tasks.read.raw import RawInput

# A page declares its charset near the top; browsers look at the first 1024 bytes, we are lenient.
PRESCAN_BYTES = 16_384
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# WHATWG: these labels mean windows-1252 on the web (a Latin-1 page always uses the C1 range as cp1252).
_WEB_ALIASES = {"iso8859_1": "cp1252", "ascii": "cp1252", "latin_1": "cp1252", "iso8859_9": "cp1254"}
# Bytes handed to charset-normalizer when nothing is declared: enough to decide, bounded on big pages.
DETECT_SAMPLE_BYTES = 200_000
# Share of the first bytes that may be markup-free before a file is not called HTML.
SNIFF_BYTES = 2_048
_HTML_SNIFF = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>", re.IGNORECASE)
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")


@dataclass(frozen=True)
class ParsedHtml:
    """A parsed page and how its bytes were decoded."""

    root: lxml_html.HtmlElement
    encoding: str
    declared: str | None  # the charset the page itself declared, if any


def looks_like_html(path: str, data: bytes) -> bool:
    """An HTML input: by its file name, or by markup at the top of its (decompressed) bytes."""
    if path.lower().endswith(HTML_SUFFIXES):
        return True
    head = data[:SNIFF_BYTES]
    if head.startswith(GZIP_MAGIC):
        try:
            head = gunzip(data, SNIFF_BYTES)[:SNIFF_BYTES]
        except (OSError, EOFError, zlib.error):
            return False
    return bool(_HTML_SNIFF.search(head.lstrip(b"\xef\xbb\xbf \t\r\n")))


def is_html_input(raw: RawInput) -> bool:
    """An HTML page: as its archive record says, else by its name or its first bytes."""
    return raw.is_html if raw.is_html is not None else looks_like_html(raw.path, raw.data)


def _codec_name(label: str) -> str | None:
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return _WEB_ALIASES.get(name.replace("-", "_"), name)


def declared_charset(data: bytes) -> str | None:
    """The charset named by <meta charset> or <meta http-equiv content="...; charset=...">."""
    match = _META_CHARSET.search(data[:PRESCAN_BYTES])
    return _codec_name(match.group(1).decode("ascii", "ignore")) if match else None


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def detect_html_encoding(data: bytes, http_charset: str | None = None) -> tuple[str, bytes, str | None]:
    """(encoding, payload without BOM, declared charset); '' when nothing fits.

    The charset an HTTP response declared comes after the page's own and after valid UTF-8:
    servers often send a default (iso-8859-1) that the page overrides.
    """
    by_bom = strip_bom(data)
    if by_bom is not None:
        return by_bom[0], by_bom[1], declared_charset(data)
    declared = declared_charset(data)
    # A page that says UTF-16 but has no BOM is served as ASCII-compatible bytes in practice.
    if declared and not declared.startswith("utf_16") and _decodes(data, declared):
        return declared, data, declared
    if _decodes(data, "utf-8") or mostly_utf8(data[:DETECT_SAMPLE_BYTES]) is not None:
        return "utf-8", data, declared  # a few damaged bytes in UTF-8 become U+FFFD, not a legacy code page
    http = _codec_name(http_charset) if http_charset else None
    if http and not http.startswith("utf_16") and _decodes(data, http):
        return http, data, declared
    guessed = guess_encoding(data)
    if guessed:
        return _WEB_ALIASES.get(guessed, guessed), data, declared
    # A declared charset that failed on a few bytes still beats nothing: decode with replacement.
    return (declared or ""), data, declared


def parse_html(data: bytes, http_charset: str | None = None, known: str | None = None) -> ParsedHtml | DecodeError:
    """Decompress, decode and parse an HTML page; never raises on any input.

    `http_charset` is what the HTTP response declared; `known` an encoding the bytes are known to
    have (a JSON Lines record's HTML is UTF-8 whatever its <meta> says).
    """
    unwrapped = unwrap_bytes(data)
    if isinstance(unwrapped, DecodeError):
        return unwrapped
    data = unwrapped
    if known:
        encoding, payload, declared = known, data, declared_charset(data)
    else:
        encoding, payload, declared = detect_html_encoding(data, http_charset)
    if not encoding:
        return DecodeError(RejectReason.NOT_TEXT, "no text encoding fits the bytes")
    text = _XML_DECLARATION.sub("", payload.decode(encoding, errors="replace").replace("\x00", ""))
    if not text.strip():
        return DecodeError(RejectReason.EMPTY, "the file holds no markup or text")
    try:
        root = lxml_html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        return DecodeError(RejectReason.EMPTY, f"no HTML document could be parsed: {exc}")
    return ParsedHtml(root, encoding, declared)


# Comments and processing instructions never carry article text; dropping them while parsing is free.
_PARSER = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
# Every element an HtmlElement, chosen in C: lxml.html's own lookup is a Python call each time lxml makes an
# element's proxy (twice per element in the walk alone, about 1,200 a page), only to give form controls their
# own classes (FormElement, InputElement...), whose methods nothing here calls.
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment, pi=lxml_html.HtmlProcessingInstruction,
        entity=lxml_html.HtmlEntity,
    )
)  # fmt: skip
