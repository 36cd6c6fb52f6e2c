"""A byline with no cue above the text that closes with its writers' outlet or agency, its date on the next line: "Kevin
Johnson and Kevin McCoy USA TODAY" over "Published 7:07 PM EST Nov 19, 2019", "Meg Kinnard and Errin Haines, Associated
Press" over "Updated 12:24 am EST, Wednesday, November 20, 2019" (the US chains' and the wire's story pages).

The outlet's name and the date under the line tell it from a headline, and the segmenter may have taken it for either
the headline or a teaser. One name and an agency after a comma is the wire's picture credit ("Al Goldis, Associated
Press"), not read here; one name and a known outlet that is no agency ("Ann Lee, Business Insider"), or an agency with
no comma before it ("Tom Davies Associated Press"), is a writer.

A known agency alone before the date on the same line ("Associated Press November 19, 2019, 9:02 AM", "AFP 30 avril
2015 à 07:19") is the byline of wire copy that names no writer (issue 13, session 29: the real pages' wire stories).
An outlet so is as often the page's own name over its date ("Yahoo Finance October 13, 2016"), left out.
"""

from __future__ import annotations

import dataclasses

from schemas import AttributionKind
from tasks.credits.bare_bylines import role_byline
from tasks.credits.credit_records import Found, normalize_name
from tasks.credits.date_lines import is_date_line
from tasks.credits.listed_bylines import listed_names
from tasks.credits.name_lines import looks_like_name_line
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.date_text import date_tail_start, may_hold_a_date
from tasks.lexicon.outlets import is_known_outlet, known_outlets
from tasks.text.segment import Segmented

# An outlet's or agency's name closing the line is this many words at most ("The Atlanta Journal-Constitution").
MAX_OUTLET_WORDS = 4
# The whole line: two names of up to four words, "and", the outlet.
MAX_LINE_WORDS = 14


def outlet_closing(text: str, gazetteer: Gazetteer) -> tuple[str, bool, bool] | None:
    """The names before a known outlet or agency closing the line, whether that is an agency, and whether a comma
    parts them; None when no known name closes it."""
    words = text.split()
    if len(words) > MAX_LINE_WORDS or (len(words) > 2 and not may_name_one(" ".join(words), gazetteer)):
        return None
    for size in range(min(MAX_OUTLET_WORDS, len(words) - 2), 0, -1):
        tail = " ".join(words[-size:])
        head = " ".join(words[:-size])
        agency = gazetteer.agency_of_name(tail, cued=True) is not None
        if agency or is_known_outlet(tail):
            return head.rstrip(" ,"), agency, head.rstrip().endswith(",")
    return None


def may_name_one(joined: str, gazetteer: Gazetteer) -> bool:
    """Whether an agency or an outlet may be named in the line's words at all: a domain (a dot), or a name the
    gazetteer's or the outlets' automaton finds anywhere in them. Every tail `outlet_closing` asks about is a part of
    the words joined by single spaces, so where neither scan finds a name no tail is one (it asked up to four tails of
    both on 16,776 head lines a pass of aeb + readability + l3s; issue 15, session 34)."""
    return "." in joined or gazetteer.names.holds_a_phrase(joined) or known_outlets().may_occur_in(joined)


def byline_over_date(segmented: Segmented, i: int, gazetteer: Gazetteer) -> list[Found]:
    """The writers on line `i` when it is such a byline and the next line is a date."""
    lines = segmented.lines
    if i + 1 >= len(lines):
        return []
    text, number = lines[i].line.text, lines[i].line.number
    dated = wire_by_its_date(text, number, gazetteer)
    if dated:
        return dated
    closing = outlet_closing(text, gazetteer)
    if closing is None:
        # "Ann Lee, AP National Political Writer" over "Updated 3:27 am PST, Wednesday, November 20, 2019": the name and
        # its job title. This runs on every line of the head: the cheap look for a date under it first, then the name
        # and title, then the date parser (milliseconds a line).
        below = lines[i + 1].line.text
        found = role_byline(text, number, gazetteer) if may_hold_a_date(below) else []
        return found if found and is_date_line(below, segmented.language) else []
    names, agency, comma = closing
    if not is_date_line(lines[i + 1].line.text, segmented.language):
        return []
    listed = listed_names(names, number, gazetteer, segmented.language, joined_only=True)
    if listed:
        return [dataclasses.replace(f, evidence=text.strip()) for f in listed]
    if (agency and comma) or not looks_like_name_line(names, gazetteer):
        return []
    start = text.index(names)
    return [Found(AttributionKind.AUTHOR, names, normalize_name(names), None, number, start, start + len(names), False,
                  text.strip())]  # fmt: skip


def wire_by_its_date(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    """The agency that is all the line holds before its closing date, else []."""
    start = date_tail_start(text)
    if not start:
        return []
    head = text[:start].strip(" ,|·•-–—")
    if not head or len(head.split()) > MAX_OUTLET_WORDS:
        return []
    canonical = gazetteer.agency_of_name(head, cued=True)
    if canonical is None:
        return []
    at = text.index(head)
    end = at + len(head)
    return [Found(AttributionKind.AGENCY, head, normalize_name(head), canonical, number, at, end, False, text.strip())]
