"""Revision notes: the line under a story that says when the page was last updated or reviewed.

News sites, blogs and reference pages close the text with a stamp of the page's last revision: "Updated at 1:23
p.m.", "This page was last updated 23 March 1999", "This article last reviewed April 2005.", "Last modified: 12.03.2024,
14:22", "Mis à jour le 5 mars 2024". It sits in the article's element after the last paragraph, so the container keeps
it; every benchmark's gold leaves it out (it dates the page, it is no sentence of the text). The head's date lines are
`tasks.html.stamps`'s; this is the closing one.

A line is such a note when it is short, holds a revision label (date_cues.csv: every language's "updated" labels and
the "revised" ones: "last reviewed", "last modified"), at most a few words before it ("This page was") and only a date
or a clock time after it (digits, month names, clock and lead words: "at", "on", "pm"). A sentence that names an
update ("The law was updated in 2019 to …") has words after its date and stays; so does a note above the last
paragraph (`tasks.html.closing_pointers` walks up only from the body's last line).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tasks.lexicon.date_vocabulary import clock_words, date_cues, date_lead_words, month_names
from tasks.lexicon.digits import has_digit
from tasks.lexicon.month_forms import month_form_words

# Longer lines are sentences; "This page was last updated on Tuesday, 23 March 1999 at 10:32 GMT" is 12 words.
NOTE_MAX_WORDS = 12
# What may stand before the label: "This page was", "Page", "This article was".
NOTE_LEAD_MAX_WORDS = 3
# "1:23 p.m.", "10 a. m.": the meridiem's letters are no words of the line
_MERIDIEM = re.compile(r"(?<![^\W\d_])[ap]\.\s?m\.", re.IGNORECASE)
_TOKEN = re.compile(r"[^\W\d_]+|\d+")


@lru_cache(maxsize=1)
def _labels() -> tuple[re.Pattern[str], ...]:
    """The revision labels, longest first, each as a whole-word pattern."""
    labels = sorted({*date_cues("updated"), *date_cues("revised")}, key=len, reverse=True)
    return tuple(re.compile(rf"(?<!\w){re.escape(label)}(?!\w)") for label in labels)


@lru_cache(maxsize=1)
def _date_words() -> frozenset[str]:
    """What a revision's date may hold besides digits: month names, clock words, weekdays and lead words."""
    return month_names() | month_form_words() | clock_words() | date_lead_words()


def _is_date_or_time(text: str) -> bool:
    """Only a date or a clock time: a digit, and no word but a date's ("at 1:23 p.m.", "23 March 1999")."""
    tokens = _TOKEN.findall(_MERIDIEM.sub(" ", text))
    words = _date_words()
    return any(t.isdigit() for t in tokens) and all(t.isdigit() or t in words for t in tokens)


def is_revision_note(text: str) -> bool:
    """A short line of a revision label, a few words before it at most and a date or a time after it."""
    if not has_digit(text) or len(text.split()) > NOTE_MAX_WORDS:
        return False
    folded = " ".join(text.casefold().split())
    for label in _labels():
        found = label.search(folded)
        if found is None:
            continue
        before = folded[: found.start()]
        return not has_digit(before) and len(before.split()) <= NOTE_LEAD_MAX_WORDS and _is_date_or_time(
            folded[found.end() :]
        )
    return False
