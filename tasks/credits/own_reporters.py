"""The page's own reporter named in its text with the outlet in the possessive: "the BBC's Kate Dailey visits
Richmond", "The BBC's Ann Lee in Baghdad says …", as the BBC introduces the correspondent who reports a part of the
story. On the page of that outlet (its masthead or copyright line names it) the reporter wrote that part: an author
record. Another outlet's reporter so named is that outlet's employee, no record (the labellers' reading, session 31:
read as a cited source, "Wired's Spencer Ackerman" cost nine real check halves precision)."""

from __future__ import annotations

import re

from tasks.credits.credit_records import Found, author_found
from tasks.credits.own_outlet_credits import is_own_outlet
from tasks.lexicon.spans import looks_like_person
from tasks.lexicon.vocabulary import name_words
from tasks.text.segment import Segmented

# The possessive's mark: "'s" or "’s", or the apostrophe alone after an "s" ("Harbour News' Ann Lee").
_POSSESSIVE = re.compile(r"['’]s?\s")
# After the mark, the reporter's name and what follows a reporter so introduced: a comma, the place reported from ("in
# Baghdad"), or a verb of the third person present ("says", "reports", "visits").
_REPORTER = re.compile(r"\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})(?=\s*,|\s+in\s+[A-Z]|\s+[a-z]{3,}s\b)")
# Before the mark, the outlet: up to three capitalised words, maybe after "the", "according to" maybe before them.
_OUTLET = re.compile(
    r"(?<![\w’'])(?P<cue>[Aa]ccording\s+to\s+)?(?:[Tt]he\s+)?(?P<outlet>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})$"
)
# The outlet's words before the mark take this many characters at most.
OUTLET_CHARS = 60


def own_reporter(text: str, number: int, segmented: Segmented) -> list[Found]:
    """The reporters of the page's own outlet its text names so, in line order. Read from each possessive mark (a
    pattern tried from every position of every paragraph cost the core 2 %)."""
    found = []
    for mark in _POSSESSIVE.finditer(text):
        if mark.group(0)[1:2] != "s" and text[mark.start() - 1 : mark.start()] != "s":
            continue  # an apostrophe closing a quote, not the plural's possessive
        reporter = _REPORTER.match(text, mark.end() - 1)
        before = _OUTLET.search(text, max(0, mark.start() - OUTLET_CHARS), mark.start()) if reporter else None
        if reporter is None or before is None or before.group("cue"):
            continue  # "according to the BBC's Ann Lee": her words cited, no part she wrote
        name = reporter.group("name")
        if not looks_like_person(name.split(), name_words()) or not is_own_outlet(before.group("outlet"), segmented):
            continue
        at = reporter.start("name")
        found.append(author_found(name, at, number, text.strip(), True))
    return found
