"""A line that is only a person's name among the article's first paragraphs, vouched for by the bio closing the text
("David Kerr" under the standfirst, "David Kerr is vice president of …" as the last paragraph): the writer, as
magazines and trade journals credit their contributors.

A name alone there is as often a heading or a person the article is about; the closing paragraph that opens with the
same name and "is" or "was" is the writer's note, which only the author gets.
"""

from __future__ import annotations

import re

from tasks.credits.contact_lines import title_case_name
from tasks.credits.credit_records import Found, author_found
from tasks.credits.name_checks import is_plausible_name
from tasks.credits.name_lines import looks_like_name_line
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.text.segment import Segmented

# The name line is among the article's first body lines (a kicker, the headline and a standfirst may be read as body
# above it); the bio among its last ones.
BIO_BYLINE_LINES = 6
BIO_REACH_LINES = 3
# The verbs a contributor's note opens with after the name ("… is a freelance writer", "… was the paper's …").
_BIO_VERB = re.compile(r"\s+(?:is|was|has been|teaches|writes)\s")


def name_over_bio(text: str, number: int, segmented: Segmented, body: list[int], gazetteer: Gazetteer) -> list[Found]:
    """The writer of a body line that is only a person's name (two to four title-case words), when one of the text's
    last paragraphs opens with that name and a contributor's note verb; else []."""
    name = text.strip()
    if number not in body[:BIO_BYLINE_LINES] or not title_case_name(name) or gazetteer.find(name, cued=True):
        return []
    if not is_plausible_name(name, load_author_words(), frozenset()) or not looks_like_name_line(name, gazetteer):
        return []
    closing = set(body[-BIO_REACH_LINES:]) - {number}
    bios = (ll.line.text for ll in segmented.lines if ll.line.number in closing)
    if not any(b.startswith(name) and _BIO_VERB.match(b, len(name)) for b in bios):
        return []
    start = text.find(name)
    return [author_found(name, start, number, name)]
