"""A block's text: the ASCII short cut gives what the full normalisation gives."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tasks.html.block_text import block_text
from tasks.read.decode import normalize_text

_WHITESPACE = re.compile(r"\s+")


def _reference_text(joined: str, repair: bool) -> str:
    """What a block's text was before the ASCII short cut: normalize_text, then \\s+ to one space."""
    return _WHITESPACE.sub(" ", normalize_text(joined, repair=repair)).strip()


@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=60))
def test_the_ascii_short_cut_gives_the_text_normalize_text_gives(joined: str) -> None:
    assert block_text(joined, repair=False) == _reference_text(joined, repair=False)


@given(st.text(max_size=60))
def test_block_text_of_any_text_is_normalize_text_with_collapsed_spaces(joined: str) -> None:
    assert block_text(joined, repair=False) == _reference_text(joined, repair=False)


def test_controls_tabs_and_breaks_in_ascii_text() -> None:
    assert block_text("  a\x01\tb\r\n\x0bc\x1f d\x7f ", repair=False) == "a b c d"
