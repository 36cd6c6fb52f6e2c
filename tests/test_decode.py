"""decode_bytes: encodings, BOMs, mojibake repair, normalisation and binary rejection."""

from __future__ import annotations

import codecs
import gzip
import io
import zipfile
from pathlib import Path

import ftfy.badness
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import RejectReason
from tasks.read.decode import Decoded, DecodeError, badness_sample, decode_bytes

RUSSIAN = (
    "Министерство финансов России опубликовало новый прогноз развития экономики на следующий год. "
    "По словам экспертов, рост цен на энергоносители замедлится, а инфляция снизится до целевого уровня.\n"
    "Правительство рассчитывает, что бюджет будет исполнен без дефицита, несмотря на санкции и высокие ставки.\n"
)
BULGARIAN = (
    "Министерският съвет одобри днес проекта на държавния бюджет за следващата година. "
    "Според финансовия министър разходите за образование и здравеопазване ще бъдат увеличени значително.\n"
    "Опозицията разкритикува решението и поиска обществено обсъждане на всички предложени мерки.\n"
)
FRENCH = (
    "Le gouvernement français a présenté mercredi un projet de loi sur l'énergie renouvelable. "
    "Selon le ministre, les émissions de gaz à effet de serre diminueront d'ici à la fin de la décennie.\n"
    "Les députés de l'opposition ont critiqué la réforme, qu'ils jugent trop coûteuse pour les ménages français.\n"
)
FRENCH_2 = (
    "Le président de la République a reçu jeudi à l'Élysée les représentants des syndicats agricoles. "
    "Après plusieurs semaines de manifestations, les agriculteurs réclament une baisse des charges.\n"
    "« Nous avons été entendus, mais nous resterons vigilants », a déclaré le porte-parole à la sortie.\n"
)
ENGLISH = (
    "The minister said on Tuesday that the new budget would be balanced by the end of next year. "
    "Opposition parties called the plan unrealistic and demanded a full debate in parliament. "
    "Economists expect growth to slow as energy prices remain high across the region.\n"
)


def _ok(data: bytes) -> Decoded:
    result = decode_bytes(data)
    assert isinstance(result, Decoded), result
    return result


def _err(data: bytes) -> DecodeError:
    result = decode_bytes(data)
    assert isinstance(result, DecodeError), result
    return result


# --- Unicode encodings and BOMs ---------------------------------------------------------


@pytest.mark.parametrize("text", [RUSSIAN, BULGARIAN, FRENCH, ENGLISH])
def test_plain_utf8(text: str) -> None:
    result = _ok(text.encode("utf-8"))
    assert result.text == text
    assert result.encoding == "utf-8"


@pytest.mark.parametrize("text", [RUSSIAN, BULGARIAN, FRENCH])
def test_utf8_bom_is_stripped(text: str) -> None:
    result = _ok(codecs.BOM_UTF8 + text.encode("utf-8"))
    assert result.text == text
    assert not result.text.startswith("\ufeff")
    assert result.encoding == "utf-8"


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
)
@pytest.mark.parametrize("text", [RUSSIAN, BULGARIAN, FRENCH])
def test_utf16_with_bom(bom: bytes, codec: str, text: str) -> None:
    result = _ok(bom + text.encode(codec))
    assert result.text == text
    assert result.encoding == codec


def test_utf32_le_bom_is_not_mistaken_for_utf16() -> None:
    result = _ok(codecs.BOM_UTF32_LE + RUSSIAN.encode("utf-32-le"))
    assert result.text == RUSSIAN
    assert result.encoding == "utf-32-le"


# --- legacy single-byte encodings -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "codec", "expected_encoding"),
    [
        (RUSSIAN, "cp1251", "cp1251"),
        (BULGARIAN, "cp1251", "cp1251"),
        (RUSSIAN, "koi8-r", "koi8_r"),
        (BULGARIAN, "koi8-r", "koi8_r"),
        (RUSSIAN, "mac-cyrillic", "mac_cyrillic"),
        (BULGARIAN, "mac-cyrillic", "mac_cyrillic"),
    ],
)
def test_cyrillic_legacy_encodings(text: str, codec: str, expected_encoding: str) -> None:
    data = text.encode(codec)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the detector path is really exercised
    result = _ok(data)
    assert result.text == text
    assert codecs.lookup(result.encoding).name == codecs.lookup(expected_encoding).name


@pytest.mark.parametrize("text", [FRENCH, FRENCH_2])
def test_french_cp1252(text: str) -> None:
    data = text.encode("cp1252")
    result = _ok(data)
    assert result.text == text
    assert codecs.lookup(result.encoding).name == "cp1252"


# --- mojibake repair ----------------------------------------------------------------


def test_mojibake_utf8_read_as_cp1251_is_repaired() -> None:
    mojibake = RUSSIAN.encode("utf-8").decode("cp1251")
    assert mojibake.startswith("РњРёРЅРёСЃС‚")
    result = _ok(mojibake.encode("utf-8"))
    assert result.text == RUSSIAN
    assert result.encoding == "utf-8 (double-encoded through cp1251, repaired)"


def test_mojibake_utf8_read_as_cp1252_is_repaired() -> None:
    mojibake = FRENCH.encode("utf-8").decode("cp1252")
    assert "Ã©" in mojibake
    result = _ok(mojibake.encode("utf-8"))
    assert result.text == FRENCH


def test_short_mojibake_word_in_sentence() -> None:
    word = "Министры".encode().decode("cp1251")
    assert word == "РњРёРЅРёСЃС‚СЂС‹"
    result = _ok(f"{word} собрались в Кремле, чтобы обсудить бюджет на следующий год.".encode())
    assert result.text.startswith("Министры собрались")


# --- normalisation --------------------------------------------------------------------


def test_crlf_and_cr_become_lf() -> None:
    text = "Первая строка новости.\r\nВторая строка новости.\rТретья строка новости.\r\n" + RUSSIAN
    result = _ok(text.encode("utf-8"))
    assert "\r" not in result.text
    assert result.text.startswith("Первая строка новости.\nВторая строка новости.\nТретья строка новости.\n")


def test_crlf_in_legacy_encoding() -> None:
    result = _ok(RUSSIAN.replace("\n", "\r\n").encode("cp1251"))
    assert result.text == RUSSIAN


def test_nul_bytes_are_removed() -> None:
    text = "Hello\x00 world.\x00 " + ENGLISH
    result = _ok(text.encode("utf-8"))
    assert "\x00" not in result.text
    assert result.text == "Hello world. " + ENGLISH


def test_zero_width_characters_are_removed_and_nbsp_becomes_space() -> None:
    text = "Mi\u200bnis\u200cter\u200d said\u00a0that\u2060 in\u00adcome\ufeff rose\u202fsharply. " + ENGLISH
    result = _ok(text.encode("utf-8"))
    assert result.text == "Minister said that income rose sharply. " + ENGLISH
    for ch in "\u200b\u200c\u200d\u2060\ufeff\u00ad\u00a0\u202f":
        assert ch not in result.text


def test_joiners_that_spell_persian_indic_and_emoji_are_kept() -> None:
    persian = "نمایشگاه کتاب امسال برگزار نمی\u200cشود و کتاب\u200cها در مصلی عرضه می\u200cشوند. "
    result = _ok((persian * 8).encode("utf-8"))
    assert result.text.count("\u200c") == 3 * 8
    assert "\u200d" in _ok(("क्\u200dष family 👩\u200d👧 " + ENGLISH).encode("utf-8")).text


def test_nbsp_in_cp1251() -> None:
    text = "Президент\u00a0России выступил с обращением к гражданам страны. " + RUSSIAN
    result = _ok(text.encode("cp1251"))
    assert result.text == "Президент России выступил с обращением к гражданам страны. " + RUSSIAN


def test_decomposed_text_is_nfc_normalised() -> None:
    text = "Cafe\u0301 de la Re\u0301publique. " + FRENCH
    result = _ok(text.encode("utf-8"))
    assert result.text.startswith("Café de la République. ")


# --- binary and gzip ----------------------------------------------------------------


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", ENGLISH)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", id="pdf"),
        pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01" + b"\x00" * 64, id="jpeg"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64, id="png"),
        pytest.param(_zip_bytes(), id="zip"),
        pytest.param(b"GIF89a" + ENGLISH.encode(), id="gif-with-text-after"),
        pytest.param(b"%PDF-1.4\n" + ENGLISH.encode(), id="pdf-with-text-after"),
    ],
)
def test_binary_signatures_are_not_text(data: bytes) -> None:
    assert _err(data).reason == RejectReason.NOT_TEXT


def test_gzipped_binary_is_not_text() -> None:
    assert _err(gzip.compress(b"%PDF-1.5\n" + ENGLISH.encode())).reason == RejectReason.NOT_TEXT


def test_mostly_control_bytes_are_not_text() -> None:
    assert _err(bytes(range(32)) * 50).reason == RejectReason.NOT_TEXT


@pytest.mark.parametrize(("text", "codec"), [(RUSSIAN, "utf-8"), (RUSSIAN, "cp1251"), (FRENCH, "utf-8")])
def test_gzip_of_text_is_accepted(text: str, codec: str) -> None:
    result = _ok(gzip.compress(text.encode(codec)))
    assert result.text == text


def test_corrupt_gzip_is_not_text() -> None:
    truncated = gzip.compress(ENGLISH.encode())[:20]
    assert _err(truncated).reason == RejectReason.NOT_TEXT


# --- empty input --------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   ",
        b"\n\n\r\n\t  \n",
        "\u00a0\u200b\n\u2060 \ufeff".encode(),
        codecs.BOM_UTF8,
        codecs.BOM_UTF16_LE + "  \n ".encode("utf-16-le"),
        gzip.compress(b"  \n\n "),
    ],
)
def test_empty_or_whitespace_is_empty(data: bytes) -> None:
    assert _err(data).reason == RejectReason.EMPTY


# --- properties ---------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2048))
def test_never_raises_on_arbitrary_bytes(data: bytes) -> None:
    result = decode_bytes(data)
    assert isinstance(result, Decoded | DecodeError)
    if isinstance(result, Decoded):
        assert "\r" not in result.text
        assert "\x00" not in result.text
        assert result.text.strip()
        assert result.encoding
    else:
        assert isinstance(result.reason, RejectReason)
        assert result.message


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_text_never_keeps_cr_or_nul(text: str) -> None:
    result = decode_bytes(text.encode("utf-8"))
    if isinstance(result, Decoded):
        assert "\r" not in result.text
        assert "\x00" not in result.text


# --- ftfy's badness check on a sample ------------------------------------------------

# Characters ftfy's badness patterns are made of, the letters mojibake is made of, and ASCII around them.
_MOJIBAKE_ALPHABET = "".join(sorted({
    *"".join(ftfy.badness.MOJIBAKE_CATEGORIES.values()).replace("-", ""), *"ÂÃÎÐØÙàâ√≈‚ÄвЂГўВРСβ€ΒΓΞΟā×²³°œŒ",
    *"abcxyzABCXYZ .,?!-'\"\n\t0123456789",
}))  # fmt: skip
_SHAPES = st.one_of(
    st.text(st.sampled_from(_MOJIBAKE_ALPHABET), max_size=30),
    st.text(st.characters(max_codepoint=0x2FFF, exclude_categories=("Cs",)), max_size=30),
    st.text(st.sampled_from("abc .\n"), min_size=0, max_size=8),
)


# Texts whose verdict needs the patterns' full reach: two characters before or after the non-ASCII
# ones, the start-of-text anchor, a match spanning two runs, and texts that are clean.
REACH_CASES = [
    "The chief xa Ã b said", "Word ГўВЂВxa word", "Ã x at the start", "x Ã x", "Řed.. Ã  x",
    "prix ØaÙb fin", "plain ascii text", "café and naïve, “quoted”", "",
]  # fmt: skip


@pytest.mark.parametrize("text", REACH_CASES)
def test_badness_on_the_sample_keeps_the_patterns_reach(text: str) -> None:
    assert ftfy.badness.is_bad(badness_sample(text)) == ftfy.badness.is_bad(text)


def _mojibake(text: str, wrong: str) -> str:
    return text.encode("utf-8").decode(wrong, errors="replace")


@settings(max_examples=800, deadline=None)
@given(st.lists(_SHAPES, max_size=6).map("".join))
def test_badness_on_the_sample_is_badness_on_the_text(text: str) -> None:
    assert ftfy.badness.is_bad(badness_sample(text)) == ftfy.badness.is_bad(text)


@pytest.mark.parametrize("wrong", ["cp1252", "cp1251", "mac_roman", "latin-1", "cp1253", "cp1257"])
@given(st.text(st.characters(min_codepoint=0x20, max_codepoint=0x3000, exclude_categories=("Cs",)), max_size=40),
       st.text(st.sampled_from("The minister said abc. \n"), max_size=60))  # fmt: skip
@settings(max_examples=100, deadline=None)
def test_badness_on_the_sample_finds_real_mojibake(wrong: str, word: str, prose: str) -> None:
    text = prose + _mojibake(word, wrong) + prose
    assert ftfy.badness.is_bad(badness_sample(text)) == ftfy.badness.is_bad(text)


def test_badness_on_the_sample_on_the_dev_dumps() -> None:
    dumps = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dumps"
    paths = [
        p for s in ("aeb", "readability", "cleanportal", "cleaneval-dev") for p in sorted((dumps / s).glob("*.txt"))
    ]
    if not paths:
        pytest.skip("no eval dumps at ../shared/eval/dumps")
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    texts += [_mojibake(t, "cp1252") for t in texts[:40]]  # the same pages, damaged
    assert [ftfy.badness.is_bad(badness_sample(t)) for t in texts] == [ftfy.badness.is_bad(t) for t in texts]
    assert sum(len(badness_sample(t)) for t in texts[: len(paths)]) < 0.5 * sum(len(t) for t in texts[: len(paths)])
