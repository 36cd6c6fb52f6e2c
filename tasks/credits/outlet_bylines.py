"""A byline with no cue that names its outlet after the writers, right over the article's date: "Tom Davies Associated
Press", "Meg Kinnard and Errin Haines, Associated Press", "Tanza Loudenback , Business Insider" over "Published 11:34
PM EST Nov 19, 2019" (US papers that run wire copy, syndicated sites). The outlet at the line's end is a known agency
(then an agency record too) or outlet; the rest is one name or two joined by "and". The date must be the very next
line: a picture's credit of the same shape ("Al Goldis, Associated Press") stands under its caption, whose date is
further up."""

from __future__ import annotations

from collections.abc import Container
from datetime import UTC, datetime

from schemas import AttributionKind
from tasks.credits.credit_records import Found, normalize_name
from tasks.credits.date_lines import date_of_line
from tasks.credits.name_lines import looks_like_name_line
from tasks.credits.names import names_joined_by_and
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.outlets import is_known_outlet
from tasks.text.segment import Segmented

# The outlet's name after the writers: at most this many words ("The Associated Press", "USA TODAY").
MAX_OUTLET_WORDS = 4
_SEPARATORS = " ,|·-–—"


def names_over_outlet(
    segmented: Segmented, at: int, gazetteer: Gazetteer, common: Container[str] = frozenset()
) -> list[Found]:
    """The writers (and the agency) of the line at index `at` when it is names then an outlet over the date."""
    lines = segmented.lines
    if at + 1 >= len(lines) or not _is_a_date(lines[at + 1].line.text, segmented.language):
        return []
    ll = lines[at]
    text, number = ll.line.text, ll.line.number
    words = text.split()
    for size in range(min(MAX_OUTLET_WORDS, len(words) - 2), 0, -1):
        outlet = " ".join(words[-size:])
        agency = gazetteer.agency_of_name(outlet, cued=True)
        if agency is None and not is_known_outlet(outlet):
            continue
        head = text[: text.rindex(outlet)].rstrip(_SEPARATORS)
        joined = names_joined_by_and(head, segmented.language)
        names = joined if len(joined) == 2 else [head] if " and " not in head else []
        if not names or not all(looks_like_name_line(n, gazetteer, common) for n in names):
            return []
        found = [_record(AttributionKind.AUTHOR, n, None, text, number) for n in names]
        return found + ([_record(AttributionKind.AGENCY, outlet, agency, text, number)] if agency else [])
    return []


def _record(kind: AttributionKind, name: str, canonical: str | None, text: str, number: int) -> Found:
    start = text.rindex(name) if kind is AttributionKind.AGENCY else text.index(name)
    return Found(kind, name, normalize_name(name), canonical, number, start, start + len(name), False, text.strip())


# Only asks whether a line is a date, never which: any moment after every page's date will do.
_PROBE_NOW = datetime(2200, 1, 1, tzinfo=UTC)


def _is_a_date(text: str, language: str | None) -> bool:
    return date_of_line(text, _PROBE_NOW, language) is not None
