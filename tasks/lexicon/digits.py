"""Whether a text holds a digit, in one regex search instead of a Python loop over its characters (issue 15)."""

from __future__ import annotations

import re

# str.isdigit's characters: the decimal digits of every script (\d), and the digits that are no decimal ones, the
# superscripts, subscripts, circled and parenthesised digits, Ethiopic numerals, Kharoshthi and Brahmi digits (128
# characters of Unicode 14). tests/test_speed24_round.py holds the class to str.isdigit over every code point.
_DIGIT = re.compile(
    "[\\d\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c"
    "\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\U00010a40-\U00010a43"
    "\U00010e60-\U00010e68\U00011052-\U0001105a\U0001f100-\U0001f10a]"
)


def has_digit(text: str) -> bool:
    """``any(c.isdigit() for c in text)``, without a generator step for each character."""
    return _DIGIT.search(text) is not None
