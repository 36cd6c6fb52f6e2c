"""HTML decoding: BOM, <meta charset>, http-equiv, undeclared bytes, gzip, sniffing."""

from __future__ import annotations

import codecs
import gzip

from schemas import RejectReason
from tasks.read.decode import DecodeError
from tasks.read.html_decode import ParsedHtml, declared_charset, looks_like_html, parse_html

RUSSIAN = "Президент России заявил журналистам, что переговоры продолжатся на следующей неделе."


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>t</title></head><body><p>{body}</p></body></html>"


def _decoded_text(data: bytes) -> tuple[str, str]:
    parsed = parse_html(data)
    assert isinstance(parsed, ParsedHtml)
    return parsed.encoding, parsed.root.findtext(".//p") or ""


def test_meta_charset_cp1251() -> None:
    data = _page(RUSSIAN, '<meta charset="windows-1251">').encode("cp1251")
    assert _decoded_text(data) == ("cp1251", RUSSIAN)


def test_http_equiv_koi8() -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'
    assert _decoded_text(_page(RUSSIAN, head).encode("koi8_r")) == ("koi8-r", RUSSIAN)


def test_bom_beats_a_wrong_declaration() -> None:
    data = codecs.BOM_UTF16_LE + _page(RUSSIAN, '<meta charset="iso-8859-1">').encode("utf-16-le")
    assert _decoded_text(data) == ("utf-16-le", RUSSIAN)


def test_wrong_declaration_falls_back_to_utf8() -> None:
    data = _page(RUSSIAN, '<meta charset="ascii">').encode("utf-8")
    assert _decoded_text(data)[1] == RUSSIAN


def test_undeclared_single_byte_is_detected() -> None:
    text = "Der Bürgermeister äußerte sich über die Größe des Gebäudes und die Straßenführung. " * 5
    encoding, decoded = _decoded_text(_page(text.strip()).encode("cp1252"))
    assert decoded == text.strip()
    assert encoding


def test_latin1_label_means_cp1252() -> None:
    assert declared_charset(b'<meta charset="ISO-8859-1">') == "cp1252"


def test_gzip_and_xml_declaration() -> None:
    data = gzip.compress(('<?xml version="1.0" encoding="utf-8"?>' + _page(RUSSIAN)).encode())
    assert _decoded_text(data)[1] == RUSSIAN


def test_binary_and_empty_are_rejected() -> None:
    binary = parse_html(b"%PDF-1.4 \x00\x01")
    empty = parse_html(b"   ")
    assert isinstance(binary, DecodeError) and binary.reason == RejectReason.NOT_TEXT
    assert isinstance(empty, DecodeError) and empty.reason == RejectReason.EMPTY


def test_sniffing() -> None:
    assert looks_like_html("page.htm", b"anything")
    assert looks_like_html("page.html.gz", b"")
    assert looks_like_html("inbox/42", b"\xef\xbb\xbf<!DOCTYPE html><html>")
    assert looks_like_html("inbox/43", gzip.compress(b"<html><body>x</body></html>"))
    assert not looks_like_html("seed.txt", "Заголовок\n\nТекст статьи.".encode())


def test_utf8_page_with_a_few_bad_bytes_stays_utf8() -> None:
    body = "<p>Die Bundesregierung hat am Mittwoch ein Förderprogramm für Wärmepumpen beschlossen.</p>" * 5
    data = f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()
    damaged = data[:200] + b"\xff\x80" + data[200:]
    parsed = parse_html(damaged)
    assert isinstance(parsed, ParsedHtml) and parsed.encoding == "utf-8"
    assert "Förderprogramm für Wärmepumpen" in parsed.root.text_content()
