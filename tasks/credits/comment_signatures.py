"""Reader comments signed like bylines: "Posted by: Al Spade | January 14, 2008 06:24 PM" over each comment of a
thread (Movable Type, TypePad, WordPress and newspaper comment templates). Each such line reads as a credit line, so
a thread of fifty comments credited fifty authors. A comment's signature carries the moment it was posted, to the
minute; a series of such lines is a thread. The article's own dated byline, if it is one of them, is the series'
first line with no author credited above it (a blog's "Posted by Jane Roe on January 10, 2008 4:52 PM" over its
readers' comments); every later one is a reader's."""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.credits.credit_records import Found
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.date_text import date_tail_start
from tasks.text.segment import Segmented

# The clock time of a post: "06:24 PM", "5:17pm", "2:01:23 PM".
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}|\d\s?[ap]\.?m\b", re.IGNORECASE)
# Two signed posts make a thread.
MIN_THREAD_POSTS = 2
# A signature is a cue, a name and a moment: longer lines are sentences that happen to start with a cue.
MAX_SIGNATURE_WORDS = 16


def is_post_signature(text: str) -> bool:
    """A byline cue, a name and the date and clock time it was posted ("Posted by: Lucky Lakeshore | January 14,
    2008 06:24 PM", "Posted by King Eric on 9:55am Wed 2 Jan 08")."""
    if len(text.split(maxsplit=MAX_SIGNATURE_WORDS)) > MAX_SIGNATURE_WORDS or not _CLOCK.search(text):
        return False
    credit = parse_credit_line(text)
    if credit is None or credit.kind is not AttributionKind.AUTHOR or not credit.cue:
        return False
    tail = date_tail_start(text)
    return tail is not None and tail > credit.rest_start and bool(_CLOCK.search(text[credit.rest_start :]))


def without_comment_signatures(found: list[Found], segmented: Segmented) -> list[Found]:
    """The records less the authors of a comment thread's signatures: of two or more dated signatures, all but the
    first, and the first too when an author is credited above it (the article's byline; the thread follows)."""
    if not any(f.kind is AttributionKind.AUTHOR for f in found):
        return found  # only authors are taken out: a page that credits none keeps its records, whatever its thread
    signed = [ll.line.number for ll in segmented.lines if is_post_signature(ll.line.text)]
    if len(signed) < MIN_THREAD_POSTS:
        return found
    bylined = any(f.kind is AttributionKind.AUTHOR and f.name and f.line < signed[0] for f in found)
    thread = set(signed if bylined else signed[1:])
    return [f for f in found if not (f.kind is AttributionKind.AUTHOR and f.line in thread)]
