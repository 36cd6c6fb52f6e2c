"""The headline of a text dump: the heading-like line right above the main text, never a dateline.

A headline repeated above the article wins; otherwise the nearest heading-like line above the main
text, skipping datelines ("23 июня 2022, 21:13") and bylines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache

from tasks.lexicon.agency_credits import name_slash_agency
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.date_text import parse_date_text
from tasks.lexicon.digits import has_digit
from tasks.lexicon.reading_times import is_reading_time
from tasks.lexicon.vocabulary import person_cues
from tasks.text.features import LineFeatures
from tasks.text.rules import Verdict
from tasks.text.thresholds import SegmentRules

# A dateline is short: a line of more words that dateparser reads as a date is a headline with a date in it.
DATELINE_MAX_WORDS = 6
# A headline has at least this many words; a year or a clock time in a short line makes it a dateline.
TITLE_MIN_WORDS = 3
_DATE_TOKEN = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|(?<!\d)\d{1,2}:\d{2}(?!\d)")
_NUMBER_TOKEN = re.compile(r"(?<!\w)\d+(?!\w)")  # counted as count_words counts: "1.2" is two


def _is_heading_like(feat: LineFeatures, verdict: Verdict | None, rules: SegmentRules) -> bool:
    if verdict is not None and verdict.reason_code != "repeated_line":
        return False
    stripped_ends = feat.ends_sentence and not feat.key.endswith(("?", "!"))
    return 2 <= feat.n_words <= rules.title_max_words and not stripped_ends


def _has_date_token(text: str) -> bool:
    return _DATE_TOKEN.search(text) is not None


def is_dateline(text: str, language: str | None) -> bool:
    """A line that only gives a date ("23 июня 2022, 21:13", "vor 2 Stunden"): never the headline."""
    if not has_digit(text) or len(text.split()) > DATELINE_MAX_WORDS:
        return False
    return parse_date_text(text, datetime.now(UTC), language) is not None


def never_the_headline(text: str, language: str | None) -> bool:
    """A dateline, a credit line ("Contributed by Nicol Wistreich", "de Andreea Popescu") or a picture's credit in the
    wire style ("Jamal Saidi/Reuters" over its caption)."""
    return (
        parse_credit_line(text) is not None
        or name_slash_agency(text) is not None
        or _person_cue_byline(text)
        or is_dateline(text, language)
        or is_reading_time(text.casefold())  # "Temps de lecture : 2 min" over the text
    )


def person_cue_name(text: str) -> str | None:
    """The person's names of a byline opened by a cue that is also a common word, in either case ("Gan Gwenllian
    Prys": Gwenllian Prys), two words at least; None for any other line."""
    if not _person_cue_byline(text, capitalised=True):
        return None
    names = text.split()[1:]
    return " ".join(names) if len(names) >= MIN_PERSON_NAMES else None


MIN_PERSON_NAMES = 2


def byline_over_date(text: str, below_dated: bool) -> bool:
    """ "Minn Rita Vella" over "Il-Ħamis 15 ta' Awwissu 2024, 12:35": a byline cue that is also a common word, with its
    capital, then a person's names, right over the head's date (`below_dated`): the byline, not the headline, which
    stands above the standfirst. Without the date under it, a title-case headline may open with such a word ("From
    Farm To Table")."""
    return below_dated and _person_cue_byline(text, capitalised=True)


# The names after a byline cue that is also a common word: a person's two to four.
_PERSON_CUE_NAME_WORDS = range(2, 5)


def _person_cue_byline(text: str, capitalised: bool = False) -> bool:
    """ "de Andreea Popescu": a byline cue that is also a common word (the Romanian "de", every Romance "of";
    ``author_person`` in credit_cues.csv), in lower case as no headline opens (or, when `capitalised`, with its
    capital), then only a person's capitalised names. The credit readers read it as a byline only beside the
    article's head; a headline it never is."""
    words = text.split()
    cue = person_cues().get(words[0].casefold() if capitalised else words[0]) if words else None
    if cue is None or cue[1] or len(words) - 1 not in _PERSON_CUE_NAME_WORDS:
        return False
    return all(w[:1].isupper() and w.isalpha() for w in words[1:])


def find_title(
    features: list[LineFeatures],
    verdicts: list[Verdict | None],
    start: int,
    rules: SegmentRules,
    is_excluded: Callable[[int], bool] = lambda i: False,
) -> int | None:
    """Index of the headline: the nearest heading-like line above the main text (not a dateline).

    A candidate is a heading-like line that `is_excluded` does not rule out. That test (dateparser,
    for datelines) is the costly one, so it is asked last and only of the lines a step would pick.
    """
    excluded = cache(is_excluded)  # each line asked once, whichever step asks
    window = range(max(0, start - rules.title_window), start)
    heading_like = [i for i in window if _is_heading_like(features[i], verdicts[i], rules)]
    # A headline shown twice above the article (page title and <h1>) is the strongest sign; a
    # menu link repeated in the footer is not.
    for i in reversed(heading_like):
        key = features[i].key
        shown_twice = any(features[j].key == key for j in window if j > i)
        if features[i].duplicate_of is None and shown_twice and not _has_date_token(key) and not excluded(i):
            return i
    # Otherwise the page's first line when only non-text separates it from the main text.
    if heading_like[:1] == [0] and all(verdicts[j] is not None for j in range(1, start)) and not excluded(0):
        return 0
    # Otherwise the nearest line that reads like a headline: a few words, no year or clock time
    # (those are datelines and bylines: "Posted: 18 Nov 2019 8:11 pm").
    for i in reversed(heading_like):
        if (
            verdicts[i] is None
            and _word_count(features[i]) >= TITLE_MIN_WORDS
            and not _has_date_token(features[i].key)
            and not excluded(i)
        ):
            return i
    return None


def _word_count(feat: LineFeatures) -> int:
    """Words that are not bare numbers: "Просмотров: 1 203", "Views: 1,203" are counters, not headlines."""
    return feat.n_words - len(_NUMBER_TOKEN.findall(feat.key))
