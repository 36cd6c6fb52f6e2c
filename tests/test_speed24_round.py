"""Session 24's speed round: a digit test in one regex search, gallery counters looked for only on lines whose shape
opens with a digit, a live blog's clock stamps looked for before what stands above them (issue 15)."""

from __future__ import annotations

import re
import sys

from hypothesis import given
from hypothesis import strategies as st

from tasks.lexicon.caption_credits import _patterns, _trailing_markers, without_markers
from tasks.lexicon.caption_words import caption_credit_words, spaced_alternation
from tasks.lexicon.digits import has_digit
from tasks.lexicon.vocabulary import credit_cues
from tasks.text.features import line_features
from tasks.text.gallery import _slide_of, is_gallery_slide
from tasks.text.lines import split_lines
from tasks.text.thresholds import DEFAULT_RULES
from tasks.text.verdicts import LineContext


def test_has_digit_is_str_isdigit_on_every_code_point() -> None:
    assert all(has_digit(chr(o)) is chr(o).isdigit() for o in range(sys.maxunicode + 1))


@given(st.text(max_size=60))
def test_has_digit_is_any_isdigit(text: str) -> None:
    assert has_digit(text) is any(c.isdigit() for c in text)


def test_digits_of_other_scripts_and_superscripts_count() -> None:
    assert has_digit("٢٠٢٤ سال") and has_digit("km²") and has_digit("① ②") and has_digit("१५ अगस्त")
    assert not has_digit("No number here, Ⅻ is a letter-like numeral") and not has_digit("")


def _slides_by_counter_alone(lines: list[str], i: int) -> bool:
    """What is_gallery_slide answered before its shape test: the counters of the line and its neighbours alone."""
    here = _slide_of(lines[i]) if 0 <= i < len(lines) else None
    if here is None:
        return False
    before = _slide_of(lines[i - 1]) if i > 0 else None
    after = _slide_of(lines[i + 1]) if i + 1 < len(lines) else None
    return before == (here[0] - 1, here[1]) or after == (here[0] + 1, here[1])


PAGES = [
    "Galerie (5 Bilder)\n1/5 Der Hafen am Morgen\n2/5 Fischer am Kai\n 3 / 5 Boote im Nebel\n4/5\nMehr Bilder",
    "A recipe\n1/2 cup of flour\n12/3 Concert in the park\n13/3 Theatre night",
    "\t7/9 Seven of nine\n8/9 Eight of nine\n9/9\n\n  \n١/٣ Arabic-Indic digits open no counter the pattern reads",
    "No gallery here.\nJust text, with 2/24 inside a line.\n2/24",
]


def test_the_shape_test_keeps_every_slide_answer() -> None:
    for page in PAGES:
        lines = split_lines(page)
        texts = [line.text for line in lines]
        features = line_features(lines)
        for i in range(-1, len(lines) + 1):
            ctx = LineContext(0, lines, features, None, DEFAULT_RULES)
            assert is_gallery_slide(ctx, i) is _slides_by_counter_alone(texts, i), (page, i)


def _without_markers_by_the_alternations(part: str) -> str:
    """What without_markers answered before its reversed test: the full alternations, tried everywhere."""
    photo = spaced_alternation(tuple(sorted(credit_cues()["photo"], key=len, reverse=True)))
    file = spaced_alternation(caption_credit_words("file"))
    if part[:1].isspace():
        return re.compile(_trailing_markers(photo, file), re.IGNORECASE).sub("", part.lstrip()).strip()
    return _patterns()[2].sub("", part).strip()


MARKED_PARTS = [
    "AP Photo", "Reuters file", "AP PHOTO", "Photo", "  Jane Roe Photo", "Jane Roe", "John Doe photo\n",
    "FILE: Reuters", "Getty Images", "photo AP photo", "Photographic", "Ana Lee/Foto", "Ana Lee Foto ", "  ", "",
    "AFP Photo file", "Photo by", "xphoto", "Jane Roe\nphoto", "Bild: dpa", "Фото", "ТАСС фото", "  AAP Image",
    "EPA-EFE/Foto",
]  # fmt: skip


def test_without_markers_answers_as_the_alternations_did() -> None:
    for part in MARKED_PARTS:
        assert without_markers(part) == _without_markers_by_the_alternations(part), part


@given(st.lists(st.sampled_from(["AP", "Photo", "photo", "FILE", "file", " ", "  ", "\n", "Jane", "Roe", "/", "x"])))
def test_without_markers_on_assembled_parts(words: list[str]) -> None:
    part = " ".join(words)
    assert without_markers(part) == _without_markers_by_the_alternations(part)
