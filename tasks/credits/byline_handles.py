"""A blog's byline naming its writer by a lower-case account handle: "Posted on March 2, 2012 by jsmith", "by jsmith
on March 2, 2012", "Posted by mark_t at 10:32 AM".

WordPress, Blogger and forum-style templates print the author's login where the writer set no display name; the
credit line's reader takes only names written with capitals, so the handle was lost wherever the line stood (session
38, the real pages' "lower-case handles after a date", issue 13). The reader here finds the one handle-shaped token a
credit line's cue names, by asking :func:`tasks.lexicon.credit_lines.parse_credit_line` of the line with the token
written as a capitalised word of the same length (the cue grammar of every language stays in one place); the caller,
:func:`tasks.credits.one_word_author.dated_one_word`, asks for the post's date or time beside it as for a first name.
"""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.stopwords import any_stopword

# A login: lower-case letters, maybe digits and the marks logins allow inside ("jsmith", "mark_t", "j.smith",
# "kate-r", "ann2"), three characters or more, opening with a letter.
_HANDLE = re.compile(r"(?<!\S)[a-z][a-z0-9._-]*[a-z0-9](?!\S)")
MIN_HANDLE = 3
# The cue stands within the line's first words ("Posted on March 2, 2012 by jsmith" is read from its cue on).
HANDLE_WORDS = 4


def cued_handle(text: str) -> tuple[str, int, int, int | None] | None:
    """(handle, start, end, where the credit's names end if a date or more closed them) of the one lower-case
    account handle an author cue names at the line's start ("by jsmith on March 2, 2012"), or None. A word of any
    language's stoplist is none ("by the", "by more")."""
    for match in list(_HANDLE.finditer(text))[:HANDLE_WORDS]:
        handle = match.group()
        if len(handle) < MIN_HANDLE or handle in any_stopword():
            continue
        surrogate = text[: match.start()] + "X" + "x" * (len(handle) - 1) + text[match.end() :]
        credit = parse_credit_line(surrogate)
        if credit is None or credit.kind is not AttributionKind.AUTHOR or not credit.cue:
            continue  # "posted by jsmith …": the cue's own word in lower case first
        if (credit.name_start, credit.name_end) == (match.start(), match.end()):
            return handle, match.start(), match.end(), credit.rest_end
    return None
