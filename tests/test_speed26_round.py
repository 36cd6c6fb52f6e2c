"""Session 26's speed round, the HTML path (issue 15): a long cue alternation grouped by its cues' first letters so
that ``re`` skips the groups that cannot start at a place; a block's photo-credit test asked once per block and
before the markup's caption tests; <title>'s comparable key computed once per text; a page's links cut into hosts
once per distinct address. Each is held to the code it replaced: the same answers."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html  # type: ignore[import-untyped]

from tasks.html import credited_captions, site_names
from tasks.html.blocks import clean_tree, page_blocks
from tasks.html.site_names import _hostname, linked_host
from tasks.lexicon import cue_alternation as alternation
from tasks.lexicon.captions import holds_photo_credit
from tasks.lexicon.cue_alternation import cue_alternation

# Invented cues: prefixes of one another in both orders, letters with case partners outside ASCII (the Kelvin sign,
# the long s, the dotless i, the final sigma), one-letter cues, cues in scripts without case.
CUES = ("photo by", "photo", "ph.", "pic", "kuva", "foto", "fotó", "fot", "sumber", "ſource", "imagen", "işık",
        "σκίτσο", "φωτο", "φ", "图片", "图", "写真", "사진", "Фото", "фото", "ßild", "via")  # fmt: skip


def _old(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?:^|[\s(\[|,.;])/?(" + "|".join(re.escape(c) for c in cues) + r")\b", re.IGNORECASE)


def _new(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?:^|[\s(\[|,.;])/?(" + cue_alternation(cues) + r")\b", re.IGNORECASE)


def _found(pattern: re.Pattern[str], text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    match = pattern.search(text)
    return None if match is None else (match.span(), match.span(1))


TEXTS = [
    "The old harbour at dawn. Photo by Anna Berg",
    "The old harbour at dawn. PHOTO: Anna Berg",
    "The old harbour (Ph. Anna Berg)",
    "Der Hafen. Foto: Erik Lund; Fotó: Kovács",
    "Port. Source: agencies",  # 'ſource' matches 'Source' ignoring case: the long s is an 's'
    "Port. \u212auva: Matti",  # the Kelvin sign is a 'k' ignoring case
    "Liman. IŞIK: Ayşe",
    "Λιμάνι. ΣΚΊΤΣΟ: Νίκος",
    "Λιμάνι. Φ: Νίκος",
    "港口。/图片=新华社",
    "港口 /사진=연합뉴스",
    "Порт. ФОТО Ивана Петрова",
    "Hafen. SSILD: no",
    "photographer unknown",
    "photos",
    "",
    "no cue here at all",
]


@pytest.mark.parametrize("text", TEXTS)
def test_grouped_alternation_finds_what_the_plain_one_finds(text: str) -> None:
    assert _found(_new(CUES), text) == _found(_old(CUES), text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(CUES), min_size=1, max_size=6, unique=True),
    st.text(alphabet=st.sampled_from(list(" .,;(|[/:-xK\u212aſıİσςΣßẞ") + sorted({c for cue in CUES for c in cue})),
            max_size=30),
)  # fmt: skip
def test_grouped_alternation_on_generated_texts(cues: list[str], text: str) -> None:
    for candidate in (text, text + " " + cues[-1].upper(), "(" + cues[0] + text):
        assert _found(_new(tuple(cues)), candidate) == _found(_old(tuple(cues)), candidate)


def test_each_first_letter_class_is_what_re_matches_over_every_code_point() -> None:
    every = "".join(map(chr, range(0x110000)))
    for first in ("k", "s", "i", "σ", "ß", "图"):
        expected = set(re.findall(re.escape(first), every, re.IGNORECASE))
        assert alternation._case_classes({first})[first] == expected


def test_groups_sharing_a_character_keep_the_plain_alternation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(alternation._CLASSES, "a", frozenset("aA"))
    monkeypatch.setitem(alternation._CLASSES, "b", frozenset("bA"))
    assert cue_alternation(("ab", "bc")) == "ab|bc"
    assert cue_alternation(()) == ""


GALLERY = (
    "<p>An article's first paragraph, long enough to be prose and to stand as the text of the page.</p>"
    "<div class='carousel'><figure><img src='a.jpg'><figcaption>The quay at dawn. Photo: Anna Berg</figcaption>"
    "</figure><figure><img src='b.jpg'><figcaption>The quay at dusk</figcaption></figure></div>"
    "<figure><img src='c.jpg'><figcaption>A lone crane. Foto: Erik Lund</figcaption></figure>"
    "<p>The closing paragraph of the article, with no credit in it at all, as articles end.</p>"
)


def test_a_blocks_photo_credit_is_asked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    root = lxml_html.document_fromstring(f"<html><body>{GALLERY}</body></html>")
    clean_tree(root)
    blocks, _ = page_blocks(root)
    asked: Counter[str] = Counter()

    def counted(text: str) -> bool:
        asked[text] += 1
        return holds_photo_credit(text)

    monkeypatch.setattr(credited_captions, "holds_photo_credit", counted)
    holds = [credited_captions.holds_photo_credit(b.text) for b in blocks]
    asked.clear()
    seeds = credited_captions._gallery_mates(blocks, set(), holds)
    assert not asked  # the galleries' seeds read the answers given
    # the captions of the carousel: the credited one and its mate; not the lone figure's, in no gallery
    texts = {blocks[i].text for i in seeds}
    assert texts == {"The quay at dawn. Photo: Anna Berg", "The quay at dusk"}


def _linked_host_before(root: lxml_html.HtmlElement) -> str | None:
    counts = Counter(_hostname(a.get("href", "")) for a in site_names._LINKS(root))
    counts.pop("", None)
    host, seen = counts.most_common(1)[0] if counts else ("", 0)
    return host if seen >= site_names.MIN_OWN_LINKS else None


@pytest.mark.parametrize(
    "links",
    [
        ["http://b.example/1", "http://a.example/1"] * 3,  # a tie: the host linked first wins, as before
        ["http://a.example/x"] * 2 + ["https://www.b.example/"] * 3 + ["/local", "mailto:x@y.z"],
        ["http://a.example/x", "http://a.example/y"],  # too few
        [],
    ],
)
def test_linked_host_as_before(links: list[str]) -> None:
    body = "".join(f"<a href='{href}'>link</a>" for href in links)
    root = lxml_html.document_fromstring(f"<html><body><p>{body}</p></body></html>")
    assert linked_host(root) == _linked_host_before(root)
