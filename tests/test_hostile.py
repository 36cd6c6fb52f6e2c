"""Hostile inputs: generated HTML and text that break parsers. No exception escapes, none is an
internal error, every input ends as exactly one article or one reject."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas import RejectReason
from tasks.document import DocResult, RunContext
from tasks.pipeline import process_bytes
from tasks.read.raw import RawInput

# Generated pages nest up to 3,000 deep and carry attributes up to 100 kB; the fixed extremes below
# go to 10,000 and 2 MB. A short limit keeps the slowest generated inputs (1 MB lines) to a few seconds each.
CTX = RunContext(run_id="hostile", now=datetime(2024, 5, 17, tzinfo=UTC), time_limit=3.0)
PROSE = "The council voted on Tuesday, after a long debate, to fund the new bridge, its members said."
TAGS = [
    "div", "p", "span", "a", "b", "i", "table", "tr", "td", "ul", "li", "article", "section", "h1", "form",
    "select", "option", "title", "head", "body", "html", "noscript", "iframe", "frameset", "frame", "template",
]  # fmt: skip
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_one_outcome(result: DocResult) -> None:
    assert (result.article is None) != (result.reject is None)
    if result.reject is not None:
        assert result.reject.reason != RejectReason.INTERNAL_ERROR, result.reject.message
    else:
        assert result.article is not None and result.article.body.strip()


# --- HTML ---------------------------------------------------------------------------------

_words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
_open = st.sampled_from(TAGS).map(lambda t: f"<{t}>")
_close = st.sampled_from(TAGS).map(lambda t: f"</{t}>")  # unmatched and misnested closing tags
_attribute = st.tuples(st.sampled_from(TAGS), st.sampled_from(["class", "id", "style", "href", "x"]),
                       st.integers(0, 100_000)).map(lambda t: f"<{t[0]} {t[1]}='{'a' * t[2]}'>")  # fmt: skip
_comment = st.sampled_from(["<!-- c -->", "<!--", "-->", "<!---->", "<![CDATA[ x ]]>", "<![CDATA[", "<?php x ?>",
                            "<!DOCTYPE html>", "<!doctype"])  # fmt: skip
_script = st.sampled_from(["script", "style", "textarea", "title"]).map(
    lambda t: f"<{t}>document.write('<p>{PROSE}</p></div></body>');</{t}>"
)
_deep = st.tuples(st.sampled_from(["div", "span", "td", "p", "b"]), st.integers(100, 3_000)).map(
    lambda t: f"<{t[0]}>" * t[1] + f"<p>{PROSE}</p>"
)
_frameset = st.just("<frameset cols='50%,50%'><frame src='a.html'><frame src='b.html'></frameset><noframes>")
_prose = st.just(f"<p>{PROSE}</p>")
_fragment = st.one_of(_words, _open, _close, _comment, _script, _prose, _attribute, _deep, _frameset)
_DECLARED = ["utf-8", "koi8-r", "windows-1251", "iso-8859-1", "utf-16", "shift_jis", "bogus-charset", None]
_ENCODINGS = ["utf-8", "cp1251", "koi8-r", "latin-1", "utf-16"]


@st.composite
def hostile_html(draw: st.DrawFn) -> bytes:
    """A page of random fragments, declaring one charset and encoded in another (or none at all)."""
    fragments = draw(st.lists(_fragment, max_size=25))
    declared = draw(st.sampled_from(_DECLARED))
    meta = f"<meta charset='{declared}'>" if declared else ""
    body = "".join(fragments)
    shell = draw(st.sampled_from(["<html><head>{m}</head><body>{b}</body></html>", "{m}{b}", "<body>{b}",
                                  "<html>{m}<frameset>{b}", "<html><body></body></html>{b}"]))  # fmt: skip
    page = shell.format(m=meta, b=body)
    return page.encode(draw(st.sampled_from(_ENCODINGS)), errors="replace")


@SETTINGS
@given(hostile_html())
def test_hostile_html_ends_as_an_article_or_a_reject(data: bytes) -> None:
    assert_one_outcome(process_bytes(RawInput("/in/page.html", data), CTX))


@pytest.mark.parametrize(
    "html",
    [
        "<html><body>" + "<div>" * 10_000 + f"<p>{PROSE}</p>" + "</div>" * 10_000 + "</body></html>",
        "<html><body><div class='" + "a" * 2_000_000 + f"'><p>{PROSE}</p></div></body></html>",
        "<html><body>" + f"<!-- <p>{PROSE}</p> --><![CDATA[{PROSE}]]>" * 500 + f"<p>{PROSE}</p>" * 3 + "</body></html>",
        f"<html><body><script>var s = '<html><body><p>{PROSE}</p></body></html>';</script><p>{PROSE}</p></body></html>",
        "<html><frameset><frame src='a'><frame src='b'></frameset></html>",
        "<html><body></body></html>",
        "<html><head><meta charset='utf-16'></head><body><p>" + PROSE * 3 + "</p></body></html>",
        "<html><head><meta charset='utf-8'></head><body></BODY>0</body></html>",  # found by hypothesis
    ],
    ids=[
        "10000-deep",
        "2-mb-attribute",
        "comments-and-cdata",
        "script-holding-html",
        "frameset",
        "empty-body",
        "declared-utf16-without-bom",
        "text-after-the-body-closes",
    ],
)
def test_extreme_html_pages(html: str) -> None:
    assert_one_outcome(process_bytes(RawInput("/in/page.html", html.encode()), CTX))


# --- text -----------------------------------------------------------------------------------

_controls = st.text(st.characters(min_codepoint=0, max_codepoint=0x1F), min_size=1, max_size=50)
_marks = st.text(st.sampled_from("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2069\u200d\u200c\ufeff"
                                 "\u00ad abcабв"), min_size=1, max_size=80)  # fmt: skip
_punctuation = st.text(st.sampled_from("!?.,;:-—–…«»\"'()[]{}*#•|/\\~_=+"), min_size=1, max_size=200)
_long_line = st.tuples(st.sampled_from(["word ", "a", "слово ", "\u200d", ". "]), st.integers(10_000, 1_000_000)).map(
    lambda t: (t[0] * (t[1] // len(t[0])))[: t[1]]
)
_line = st.one_of(_controls, _marks, _punctuation, st.just(PROSE), _words)


@st.composite
def hostile_text(draw: st.DrawFn) -> bytes:
    lines = draw(st.lists(_line, max_size=30))
    if draw(st.integers(0, 9)) == 0:  # one page in ten holds a line of 10 kB to 1 MB
        lines.insert(draw(st.integers(0, len(lines))), draw(_long_line))
    separator = draw(st.sampled_from(["\n", "\n\n", "\r\n", "\r", "\u2028"]))
    return separator.join(lines).encode(draw(st.sampled_from(["utf-8", "utf-16", "utf-8-sig"])), errors="replace")


@SETTINGS
@given(hostile_text())
def test_hostile_text_ends_as_an_article_or_a_reject(data: bytes) -> None:
    assert_one_outcome(process_bytes(RawInput("/in/page.txt", data), CTX))


@pytest.mark.parametrize(
    "text",
    [
        "\n\n".join([PROSE, "word " * 200_000, PROSE]),
        "\n\n".join([PROSE, "\u202e" + PROSE + "\u202c", "\u200d".join(PROSE)] * 3),
        "\n".join(["!!!???...", "———", "•••", "«»„“", "..."] * 50),
        "".join(chr(c) for c in range(32)) * 100 + "\n\n" + PROSE,
    ],
    ids=["1-mb-line", "rtl-and-zwj", "only-punctuation", "control-characters"],
)
def test_extreme_text_pages(text: str) -> None:
    assert_one_outcome(process_bytes(RawInput("/in/page.txt", text.encode()), CTX))
