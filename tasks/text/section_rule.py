"""A rule drawn between the sections of a text: a line of marks only ("———", "* * *"), which the main-text search
weighs as nothing (it neither ends the article nor makes it) and which no table holds as a cell (session 24)."""

from __future__ import annotations

from tasks.text.features import LineFeatures

# The marks a rule between the sections of a text is drawn with ("———", "* * *", "___", "~~~", "===").
_RULE_MARKS = frozenset("-–—_*=~·•#+ ")
# A rule has this many marks at least ("***"); one mark alone is a bullet or an icon.
MIN_RULE_CHARS = 3


def is_section_rule(feat: LineFeatures) -> bool:
    """A line of marks only, no word: a rule drawn between the sections of a text (a blog post's "———" between its
    items, a story's "* * *" before its last part)."""
    marks = feat.shape.partition("|")[0]
    return feat.n_words <= 1 and feat.n_chars >= MIN_RULE_CHARS and bool(marks) and set(marks) <= _RULE_MARKS
