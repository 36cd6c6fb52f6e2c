"""Headings that open a page's comment section ("53 Comments", "Leave a Reply", "Комментарии").

The words are data (``data/comment_headings.csv``: per language, with where they came from,
mostly the WordPress core translations every blog and many news sites render). A heading is a
short line: the whole line is a cue once counts and punctuation are gone ("Comments (33)"), or it
opens with a cue of two or more words ("Leave a Reply to Anna", "5 thoughts on “…”").

An entry of a thread opens with its commenter's name and a verb ("Anna says:", "Progress Trap said,", "Jan
schrieb:"): ``entry`` rows of the same file, WordPress' and Blogger's comment templates and forum quote headers.

``loose`` matching is for callers whose page structure already confirms the place (the HTML
path, after the article inside its container): the file's ``loose`` words count too ("Responses",
"Discussion", which alone are also section names), and a line may open with any cue word. ``counted`` matching is the
text path's: a ``counted`` row's word with a count beside it heads comments there too ("3 Responses", "3 kommenttia";
session 37, docs/segmenter.md).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tasks.lexicon.vocabulary import read_rows, split_cell

# A heading is short; longer lines that mention comments are sentences about them.
MAX_HEADING_WORDS = 8
# Longer lines are not looked at (most lines of a page: the check costs nothing for them).
MAX_HEADING_CHARS = 120
# Digits, brackets and punctuation around a cue ("(33)", "53", ":", "»") separate its words: the runs
# of everything else.
_WORD = re.compile(r"[^\d\W_]+")


@lru_cache(maxsize=2)
def comment_headings(loose: bool = False) -> frozenset[str]:
    """Every language's comment-section headings, case-folded (with the ``loose`` ones if asked)."""
    kinds = {"heading", "loose"} if loose else {"heading"}
    rows = [row for row in read_rows("comment_headings.csv") if row["kind"] in kinds]
    return frozenset(_words_only(w) for row in rows for w in split_cell(row["headings"]))


@lru_cache(maxsize=1)
def _counted_words() -> frozenset[str]:
    """Words that head comments with a count beside them ("3 Responses", "1 kommentti"): the ``counted`` rows (alone
    such a word is a section's name too, in either path)."""
    rows = [row for row in read_rows("comment_headings.csv") if row["kind"] == "counted"]
    return frozenset(_words_only(w) for row in rows for w in split_cell(row["headings"]))


@lru_cache(maxsize=2)
def _opening_cues(loose: bool = False) -> tuple[str, ...]:
    """Cues that may open a longer heading: of several words, or any cue when loose."""
    cues = (c + " " for c in comment_headings(loose) if loose or " " in c)
    return tuple(sorted(cues, key=len, reverse=True))


@lru_cache(maxsize=2)
def _first_words(loose: bool = False) -> frozenset[str]:
    """The first word of every heading (and so of every opening cue): a line opening with another is neither."""
    return frozenset(heading.split(" ", 1)[0] for heading in comment_headings(loose))


def _folded_unapostrophed(text: str) -> str:
    """Case-folded, apostrophes dropped ("What's" is "whats"): the text the heading words are read from."""
    return text.casefold().replace("'", "").replace("’", "")


def _words(text: str) -> list[str]:
    return _WORD.findall(_folded_unapostrophed(text))


def _words_only(text: str) -> str:
    return " ".join(_words(text))


def is_comment_heading(
    text: str, loose: bool = False, max_words: int = MAX_HEADING_WORDS, counted: bool = False
) -> bool:
    """The line is the heading of a comment section (or its count, or its form's title). `counted`: a ``counted``
    word with a count is one too ("3 Responses": a WordPress theme's count, which no section name carries), as the
    text path reads it, where no page structure confirms a loose word alone. Only the words whose count was measured
    to carry are such rows: "1 Comment" as well cost a real check half precision (session 37)."""
    if len(text) > MAX_HEADING_CHARS:
        return False
    folded = _folded_unapostrophed(text)
    first = _WORD.search(folded)  # the first word before all of them: most lines open with no heading's
    if first is None or (
        first.group() not in _first_words(loose) and not (counted and first.group() in _counted_words())
    ):
        return False
    words = _WORD.findall(folded)
    if len(words) > max_words:
        return False
    heading = " ".join(words)
    if heading in comment_headings(loose):
        return True
    if counted and heading in _counted_words() and _COUNT.search(folded):
        return True
    return (heading + " ").startswith(_opening_cues(loose))


# A count in a line: the number of comments a section's heading gives.
_COUNT = re.compile(r"\d")


# An entry header is a name and a verb: a short line (longer lines are sentences that quote someone).
MAX_ENTRY_CHARS = 80
# The commenter's name or handle: a few words of letters, digits and the marks handles use; a clause
# ("In a statement, the minister said:") has more words or other punctuation.
MAX_NAME_WORDS = 4
_NAME = re.compile(r"[\w.'’@&()\[\]-]+(?: [\w.'’@&()\[\]-]+)*")
# What closes an entry header after its verb ("says:", "said,", "said...", "dit :"); a line that ends
# on the verb alone is a headline ("Minister says") as often as an entry.
_ENTRY_END = re.compile(r"\s*(?::|：|,|…|\.\.\.)\s*$")


@lru_cache(maxsize=1)
def footer_parts() -> frozenset[str]:
    """Every language's parts of a blog post's footer beside its writer's name ("comments", "permalink"), case-folded:
    the ``footer`` rows, read by :mod:`tasks.credits.blog_footers`."""
    rows = [row for row in read_rows("comment_headings.csv") if row["kind"] == "footer"]
    return frozenset(w.casefold() for row in rows for w in split_cell(row["headings"]))


@lru_cache(maxsize=1)
def footer_clauses() -> tuple[str, ...]:
    """Every language's clauses a blog template's post line goes on with after the writer and the date (", filed
    under Politics. Bookmark the permalink."), case-folded, longest first: the ``footer_clause`` rows."""
    rows = [row for row in read_rows("comment_headings.csv") if row["kind"] == "footer_clause"]
    return tuple(
        sorted({w.casefold() for row in rows for w in split_cell(row["headings"])}, key=lambda w: (-len(w), w))
    )


@lru_cache(maxsize=1)
def entry_verbs() -> tuple[str, ...]:
    """Every language's comment-entry verbs ("says", "sagt", "dedi ki"), case-folded, longest first."""
    rows = [row for row in read_rows("comment_headings.csv") if row["kind"] == "entry"]
    verbs = {w for row in rows for w in split_cell(row["headings"])}
    return tuple(sorted(verbs, key=lambda w: (-len(w), w)))


def is_comment_entry(text: str, stamped: bool = False) -> bool:
    """The line heads one entry of a comment thread: a name, then an entry verb and a colon, comma or
    ellipsis ("Anna says:", "Progress Trap said,", "Jan sagt:"). `stamped`: the line holds a date and a
    clock time, which may open it ("On October 29, 2012 at 2:35am, Rosa said..."): the name is what
    follows its last comma."""
    if len(text) > MAX_ENTRY_CHARS:
        return False
    end = _ENTRY_END.search(text)
    if end is None:
        return False
    head = text[: end.start()]
    if stamped:
        head = head.rsplit(",", 1)[-1]
    words = head.casefold().split()
    for verb in entry_verbs():
        n = verb.count(" ") + 1
        if words[-n:] == verb.split() and 1 <= len(words) - n <= MAX_NAME_WORDS:
            return _NAME.fullmatch(" ".join(words[:-n])) is not None
    return False
