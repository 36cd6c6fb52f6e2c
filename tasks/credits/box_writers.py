"""The writer an author box under the article names: "About the author" (``bio_heading`` in ``name_words.csv``) over
"Ann Lee is a freelance writer based in …", or over the name alone on its line, the box of blogs and magazines in
English and other languages. The heading says whose the box is, so the name opening the line under it is the
article's writer (a bio with no heading, "Ann Lee es politólogo …", cost the real check halves precision in session
29: the heading is what this asks)."""

from __future__ import annotations

import re

from schemas import Label
from tasks.credits.credit_records import Found, author_found
from tasks.lexicon.spans import looks_like_person
from tasks.lexicon.vocabulary import name_word_role, name_words
from tasks.text.segment import Segmented

# How far under the article's last paragraph the box may stand (share buttons, tags and a related list between).
BOX_REACH = 40
# A person's name of two to four title-case words opening the line, then the bio's verb or a comma, or nothing.
_NAME_OPENING = re.compile(
    r"^\s*(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3}?)(?:\s*$|,\s|\s+(?:is|was|has|writes|covers)\s)"
)


def box_writer(segmented: Segmented, last: int) -> list[Found]:
    """The writer named on the line right under the first author-box heading below line `last`, else []."""
    lines = segmented.lines
    at = next((i for i, ll in enumerate(lines) if ll.line.number == last), None)
    if at is None:
        return []
    headings = name_word_role("bio_heading")
    for j in range(at + 1, min(len(lines) - 1, at + BOX_REACH)):
        if lines[j].line.text.rstrip(":：").strip().casefold() not in headings:
            continue
        below = lines[j + 1]
        if below.verdict.label is Label.TITLE:
            return []
        match = _NAME_OPENING.match(below.line.text)
        if match is None or not looks_like_person(match.group("name").split(), name_words()):
            return []
        name, start = match.group("name"), match.start("name")
        return [author_found(name, start, below.line.number, below.line.text.strip())]
    return []
