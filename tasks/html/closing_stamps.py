"""Closing stamps: the line under a story that dates the page, its last revision or its publication.

News sites, blogs and reference pages close the text with a stamp: "Updated at 1:23 p.m.", "This page was last
updated 23 March 1999", "This article last reviewed April 2005.", "Last modified: 12.03.2024, 14:22", "Mis à jour le 5
mars 2024", "Published 3 March 2024", "Originally posted on May 2, 2019". It sits in the article's element after the
last paragraph, so the container keeps it; the benchmarks' golds leave it out (it dates the page, it is no sentence of
the text). The head's date lines are `tasks.html.stamps`'s; this is the closing one.

A line is such a stamp when it is short, holds a date label (date_cues.csv: every language's "updated" and
"published" labels, and the "revised" ones: "last reviewed", "last modified"), at most a few words before it ("This
page was") and only a date or a clock time after it (digits, month names, clock and lead words: "at", "on", "pm"). A
sentence that names an update ("The law was updated in 2019 to …") has other words after its date and stays; so does
a blog's "Posted by <name> at 9:41 PM" (a name after the label: session 45 found the golds disagree on it), and a
stamp above the last paragraph (`tasks.html.closing_pointers` walks up only from the body's last line).
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
    """The date labels, longest first, each as a whole-word pattern."""
    labels = {*date_cues("updated"), *date_cues("revised"), *date_cues("published")}
    return tuple(re.compile(rf"(?<!\w){re.escape(label)}(?!\w)") for label in sorted(labels, key=len, reverse=True))


@lru_cache(maxsize=1)
def _date_words() -> frozenset[str]:
    """What a stamp's date may hold besides digits: month names, clock words, weekdays, lead words and the words that
    link a day to its month ("3 de marzo de 2024", "2 ga Yuni")."""
    links = {w for kind in ("day_link", "month_link") for w in date_cues(kind)}
    return month_names() | month_form_words() | clock_words() | date_lead_words() | links


def _is_date_or_time(text: str) -> bool:
    """Only a date or a clock time: a digit, and no word but a date's ("at 1:23 p.m.", "23 March 1999")."""
    tokens = _TOKEN.findall(_MERIDIEM.sub(" ", text))
    words = _date_words()
    return any(t.isdigit() for t in tokens) and all(t.isdigit() or t in words for t in tokens)


def is_closing_stamp(text: str) -> bool:
    """A short line of a date label, a few words before it at most and a date or a time after it."""
    if not has_digit(text) or len(text.split()) > NOTE_MAX_WORDS:
        return False
    folded = " ".join(text.casefold().split())
    for label in _labels():
        found = label.search(folded)
        if found is None:
            continue
        before = folded[: found.start()]
        return (
            not has_digit(before)
            and len(before.split()) <= NOTE_LEAD_MAX_WORDS
            and _is_date_or_time(folded[found.end() :])
        )
    return False
