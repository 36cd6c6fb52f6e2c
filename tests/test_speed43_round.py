"""Session 43's speed round (issue 15), the HTML path: a class value's words read once per value. The caption tests
ask of every block whether its element or its parent is named a picture's description by its class ("photo-desc",
"image__caption"), and whether its element names a picture whose child names its text; each ask split the class value
and lower-cased its words again, though a page's blocks share a few class values (per-value work asked per block).
The words of each value are now kept (`vocab.class_word_set`). Held to the code it replaced: the same answers on
invented pages of every class shape the tests tell apart, and the same set for every class value."""

from __future__ import annotations

import random

import pytest
from lxml import html as lxml_html  # type: ignore[import-untyped]

from tasks.html import credited_captions, vocab
from tasks.html.blocks import Block, clean_tree, page_blocks


def _old_named_caption(block: Block) -> bool:
    """`_named_caption` as session 42 left it: each class value split anew, the hints' union built each time."""
    for depth, element in enumerate(reversed(block.ancestors[-credited_captions.CAPTION_DEPTH :])):
        value = element.get("class")
        texts = vocab.PICTURE_TEXT_HINTS | (vocab.PICTURE_CAPTION_HINTS if depth == 0 else frozenset())
        if value and vocab.PICTURE_HINTS & (words := set(vocab.class_words(str(value)))) and texts & words:
            return True
    return _old_named_apart(block)


def _old_named_apart(block: Block) -> bool:
    owner = block.ancestors[-1] if block.ancestors else None
    if owner is None or not vocab.PICTURE_HINTS & set(vocab.class_words(str(owner.get("class") or ""))):
        return False
    text = " ".join(block.text.split())
    return any(
        isinstance(child.tag, str)
        and vocab.PICTURE_TEXT_HINTS & set(vocab.class_words(str(child.get("class") or "")))
        and " ".join(str(child.text_content()).split()) == text
        for child in owner
    )


def _old_names_a_gallery(class_value: str) -> bool:
    return bool(vocab.GALLERY_HINTS & set(vocab.class_words(class_value)))


# Class words of every kind the tests read (a picture, its text, its caption, a gallery), in the separators and the
# camelCase class names are written in, with words of none and the empty value.
WORDS = ("picture", "image", "Foto", "figure", "desc", "Description", "podpis", "caption", "cap", "credit", "text",
         "gallery", "Slider", "news", "detail", "wrap", "item", "article", "body", "")  # fmt: skip
SEPARATORS = ("-", "_", " ", "__", ":", ".", "/", "  ")


def _class_value(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randrange(0, 4))]
    value = ""
    for word in words:
        joined = rng.random() < 0.2 and value and value[-1:].islower() and word[:1].isupper()
        value += word if joined or not value else rng.choice(SEPARATORS) + word  # "newsDetail": camelCase
    return value


def _attr(rng: random.Random) -> str:
    return f" class='{_class_value(rng)}'" if rng.random() < 0.8 else ""


def _page(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randrange(1, 8)):
        text = rng.choice(("The quay at dawn. Photo: Anna Berg", "The quay at dusk", "A paragraph of the text here."))
        child = f"<span{_attr(rng)}>{text}</span>"
        inner = rng.choice((f"<img src='a.jpg'><br>{child}", child, f"<p{_attr(rng)}>{text}</p>", text))
        parts.append(f"<div{_attr(rng)}><div{_attr(rng)}>{inner}</div></div>")
    return f"<html><body><article>{''.join(parts)}</article></body></html>"


def _blocks(markup: str) -> list[Block]:
    root = lxml_html.document_fromstring(markup)
    clean_tree(root)
    return page_blocks(root)[0]


@pytest.mark.parametrize("seed", range(200))
def test_a_class_values_kept_words_name_the_captions_the_old_reading_named(seed: int) -> None:
    rng = random.Random(seed)
    for block in _blocks(_page(rng)):
        assert credited_captions._named_caption(block) == _old_named_caption(block)
        assert credited_captions._named_apart(block) == _old_named_apart(block)


def test_a_class_values_kept_words_are_its_words() -> None:
    rng = random.Random(43)
    values = [_class_value(rng) for _ in range(2000)] + ["", "  ", "newsDetail__pictureDesc", "photo-desc photo"]
    for value in values:
        assert vocab.class_word_set(value) == set(vocab.class_words(value))
        assert vocab.names_a_gallery(value) == _old_names_a_gallery(value)


def test_a_picture_description_is_named_by_its_own_class_or_its_parents() -> None:
    """The general pattern the cut keeps: a caption named by its own class ("image__caption", "photo-desc") or by its
    parent's ("<div class="news-detail__picture-desc"><p>…</p></div>"); a parent's "caption" word names none."""
    blocks = _blocks(
        "<html><body><article><p class='image__caption'>A</p><div class='photo-desc'><p>B</p></div>"
        "<div class='photo-caption'><p>C</p></div><p class='newsDetail'>D</p></article></body></html>"
    )
    named = {b.text: credited_captions._named_caption(b) for b in blocks}
    assert named == {"A": True, "B": True, "C": False, "D": False}


def test_a_pages_shared_class_value_is_split_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Twelve captions in one kind of box: the caption tests split each class value once for the page, not once or
    twice a block (what failed before the cut: 36 splits of three values)."""
    items = "".join(f"<div class='story-box'><p class='story-text'>Part {k} of the story.</p></div>" for k in range(12))
    blocks = _blocks(f"<html><body><article>{items}</article></body></html>")
    vocab.class_word_set.cache_clear()
    split: list[str] = []
    original = vocab.class_words

    def counted(value: str) -> list[str]:
        split.append(value)
        return original(value)

    monkeypatch.setattr(vocab, "class_words", counted)
    assert not any(credited_captions._named_caption(b) for b in blocks)
    assert sorted(split) == ["story-box", "story-text"]
