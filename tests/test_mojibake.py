"""Double encoding undone before segmentation: the repaired page segments like its original."""

from __future__ import annotations

import difflib
from datetime import UTC, datetime

import pytest

from tasks.document import RunContext
from tasks.pipeline import process_bytes
from tasks.read.decode import Decoded, decode_bytes
from tasks.read.mojibake import repair_double_encoding, unmangle_word
from tasks.read.raw import RawInput
from tests.page_fixtures import BG_ARTICLE, DE_ARTICLE, RU_ARTICLE

CTX = RunContext(run_id="run-test", now=datetime(2024, 5, 17, 9, 30, tzinfo=UTC))
ARTICLES = {"ru": RU_ARTICLE, "bg": BG_ARTICLE, "de": DE_ARTICLE}
PAGES = {language: "\n\n".join(article) + "\n" for language, article in ARTICLES.items()}
CODE_PAGES = ["cp1251", "cp1252", "latin-1", "koi8-r"]


def _double_encoded(text: str, code_page: str) -> bytes:
    """UTF-8 read as a code page, characters it lacks replaced, saved as UTF-8 again."""
    return text.encode("utf-8").decode(code_page, errors="replace").encode("utf-8")


def _similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _body(data: bytes) -> str:
    result = process_bytes(RawInput("/in/page.txt", data), CTX)
    assert result.article is not None, result.reject
    return result.article.body


@pytest.mark.parametrize("language", PAGES)
@pytest.mark.parametrize("code_page", CODE_PAGES)
def test_double_encoded_page_is_repaired_before_segmentation(language: str, code_page: str) -> None:
    original = PAGES[language]
    data = _double_encoded(original, code_page)
    decoded = decode_bytes(data)
    assert isinstance(decoded, Decoded)
    lost = data.decode("utf-8").count("\ufffd")  # characters the code page had no place for
    assert decoded.text.count("\ufffd") <= lost
    if code_page != "cp1252":  # cp1252 lacks 5 bytes: which one a U+FFFD stood for is unknown
        assert decoded.text == original
    # The repaired page segments like its original: the same body, give or take the lost characters.
    assert _similarity(_body(data), _body(original.encode())) >= (0.95 if code_page != "cp1252" else 0.85)


def test_russian_page_made_with_replace_keeps_its_whole_body() -> None:
    # The page: cp1251 turned every "И" into U+FFFD; 0x98 is the only byte it cannot decode.
    data = _double_encoded(PAGES["ru"], "cp1251")
    assert "\ufffd" in data.decode("utf-8")
    body, original = _body(data), _body(PAGES["ru"].encode())
    assert _similarity(body, original) >= 0.95
    assert body.startswith("Годовая инфляция") and len(body) >= 0.95 * len(original)


@pytest.mark.parametrize("language", PAGES)
def test_partly_double_encoded_page_is_repaired_and_its_good_lines_kept(language: str) -> None:
    blocks = PAGES[language].split("\n\n")
    mixed = "\n\n".join(b.encode().decode("cp1251", "replace") if n % 2 else b for n, b in enumerate(blocks))
    decoded = decode_bytes(mixed.encode())
    assert isinstance(decoded, Decoded)
    assert decoded.text == PAGES[language]


def test_a_double_encoded_word_inside_a_good_sentence() -> None:
    word = "Правительство".encode().decode("koi8-r")
    repaired = repair_double_encoding(f"Сегодня {word} утвердило новый бюджет.")
    assert repaired.text == "Сегодня Правительство утвердило новый бюджет." and repaired.code_page == "koi8-r"


def test_clean_text_is_left_alone() -> None:
    # "её" read back as koi8-r is valid UTF-8 ("ţ"): alone in a good line it is no evidence.
    for text in [*PAGES.values(), "Её слова «ТАСС» и «РИА» привели в ЧП.", "Café, naïve, Ångström, 東京"]:
        assert repair_double_encoding(text).text == text
    assert unmangle_word("её", "koi8-r") == "ţ"


@pytest.mark.parametrize("language", PAGES)
def test_utf8_with_four_invalid_bytes_is_an_article(language: str) -> None:
    data = PAGES[language].encode()
    middle = data.index(b" ", len(data) // 2)
    damaged = data[:middle] + b"\xff\xfe" + data[middle : middle + 30] + b"\x80\xc0" + data[middle + 30 :]
    decoded = decode_bytes(damaged)
    assert isinstance(decoded, Decoded)
    assert decoded.encoding == "utf-8 (4 invalid bytes replaced)"
    assert decoded.text.count("\ufffd") == 2  # one per run of bad bytes
    result = process_bytes(RawInput("/in/damaged.txt", damaged), CTX)
    assert result.article is not None and result.article.encoding == "utf-8 (4 invalid bytes replaced)"


def test_a_legacy_page_is_not_mistaken_for_damaged_utf8() -> None:
    for language, code_page in [("ru", "cp1251"), ("de", "cp1252"), ("bg", "cp1251")]:
        decoded = decode_bytes(PAGES[language].encode(code_page))
        assert isinstance(decoded, Decoded) and decoded.text == PAGES[language]
        assert "invalid" not in decoded.encoding
