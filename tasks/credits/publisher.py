"""The page's publisher among its credits: the name its copyright line holds ("© 2025 Maroc Éco Express") or its
masthead (the page's first line) is the site that published the article, no author ("Par Maroc Éco Express").

Not for photo credits: the studied page sets list the site's own name in a credit as a photo record ("Fotó:
Hírközpont / Bencze Ákos"), and the copyright line often names the picture agency too ("© Belga")."""

from __future__ import annotations

import re
from functools import lru_cache

from schemas import AttributionKind
from tasks.credits.closing_notes import syndication_note
from tasks.credits.credit_records import Found
from tasks.lexicon.outlets import known_outlets
from tasks.lexicon.spans import looks_like_person
from tasks.lexicon.vocabulary import name_words, read_rows
from tasks.text.segment import Segmented

# A copyright line: the sign, the word, or "(c)" before a year.
_COPYRIGHT = re.compile(r"©|\bcopyright\b|\(c\)\s*(?:19|20)\d\d", re.IGNORECASE)


def copyright_lines(segmented: Segmented) -> list[str]:
    """The page's copyright lines, case-folded."""
    return [ll.line.text.casefold() for ll in segmented.lines if _is_copyright_line(ll.line.text)]


def _is_copyright_line(text: str) -> bool:
    # Exact pre-test, a quarter of the search's cost: a match holds "©", a bracket, or "copyr" in some case, and the
    # only letters the case-blind pattern takes for c, o, p, y and r are their capitals, which lower() turns back.
    if "©" not in text and "(" not in text and "copyr" not in text.lower():
        return False
    return _COPYRIGHT.search(text) is not None


def held_in(name: str, lines: list[str]) -> bool:
    """The case-folded name stands as whole words in one of the case-folded lines. Its pattern is built only where
    some line holds the name at all: it matches nowhere else, and most names are in no copyright line (a pattern
    compiled for every author found, nearly each one new to `re`'s cache, was 0.3 % of the text core's time)."""
    if not name or not any(name in line for line in lines):
        return False
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    return any(pattern.search(line) for line in lines)


def without_publisher(found: list[Found], segmented: Segmented) -> list[Found]:
    """The records less the publisher's: an author named as the page's copyright holder that is no person's name
    (a blogger's own name may be both)."""
    if not any(f.kind is AttributionKind.AUTHOR and f.name for f in found):
        return found  # only named authors are taken out: the page's lines need not be read for copyright notices
    lines = copyright_lines(segmented)
    # the page's first line is the site's masthead ("NewsNow PH" over the menu): its name after the writers is the
    # publisher too ("By Patricia Dizon and Marco Villanueva, NewsNow PH")
    masthead = segmented.lines[0].line.text.strip().casefold() if segmented.lines else ""
    if masthead and any(f.name and f.name.casefold() == masthead for f in found):
        lines = [*lines, masthead]
    if not lines:
        return found

    def publisher(f: Found) -> bool:
        person = looks_like_person(f.name.split() if f.name else [], name_words())
        return f.kind is AttributionKind.AUTHOR and held_in(f.name.casefold() if f.name else "", lines) and not person

    return [f for f in found if not publisher(f)]


@lru_cache(maxsize=1)
def _outlet_ids() -> dict[str, str]:
    """Every name of ``outlets.csv``, case-folded, to its row's id: "BBC" and "BBC News" are one outlet."""
    ids: dict[str, str] = {}
    for row in read_rows("outlets.csv"):
        for name in (row["names"] + "|" + (row.get("names_as_written") or "")).split("|"):
            if name.strip():
                ids.setdefault(name.strip().casefold(), row["id"])
    return ids


def _outlets_in(text: str, leading: bool = False) -> set[str]:
    """The ids of the known outlets a text names (`leading`: only one opening it, alone or before "'s")."""
    hits = known_outlets().find_all(text)
    if leading:
        hits = [h for h in hits if h.start == 0 and (h.end == len(text) or text[h.end : h.end + 2] in ("'s", "’s"))]
    return {i for h in hits if (i := _outlet_ids().get(text[h.start : h.end].casefold()))}


def without_own_outlet(found: list[Found], segmented: Segmented) -> list[Found]:
    """The records less the paragraphs' citations of the page's own outlet, the one its copyright line names
    ("BBC © 2013" under "he told the BBC", "according to the BBC's Jane Roe", "a BBC survey"): the outlet
    reporting, not a source of the text."""
    cited = [f for f in found if f.kind is AttributionKind.SOURCE and f.in_body and f.name]
    if not cited:
        return found
    lines = copyright_lines(segmented)
    own = set().union(*(_outlets_in(line) for line in lines))
    masthead = segmented.lines[0].line.text.strip().casefold() if segmented.lines else ""
    masthead = masthead if len(masthead.split()) <= MAX_MASTHEAD_WORDS else ""

    def owned(f: Found) -> bool:
        # "scientists told the Standard" under the masthead "The Lakeside Standard" or "© 2025 The Lakeside Standard
        # Group": the page's own paper by the words of its name the text calls it by, known or not; the masthead's
        # last words only ("NBC News MSN" over a page citing NBC News is a menu's first line)
        name = (f.name or "").casefold()
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        heads = bool(name) and _heads_masthead(name, masthead)
        return bool(own & _outlets_in(f.name or "", leading=True)) or heads or any(pattern.search(ln) for ln in lines)

    by_number = {ll.line.number: ll.line.text for ll in segmented.lines}

    def syndicated(f: Found) -> bool:
        # "This article originally appeared on The Weekly Review." over "© 2019 The Weekly Review Group": a
        # syndication note names the paper the story ran in first, another title than the page's though one group
        # may own both
        return any(s.name == f.name for s in syndication_note(by_number.get(f.line, ""), f.line, f.in_body))

    return [f for f in found if not (f in cited and owned(f) and not syndicated(f))]


# A masthead, the page's first line, is a site's name of a few words; a longer first line is a headline or a sentence.
MAX_MASTHEAD_WORDS = 5


def _heads_masthead(name: str, masthead: str) -> bool:
    """The case-folded name closes the masthead, or only outlet words follow it there ("told Reef TV" under "REEF TV
    NEWS": the station's newsroom by its own name, the word "News" left off)."""
    match = re.search(rf"(?<!\w){re.escape(name)}((?:\s+\w+)*)$", masthead)
    return match is not None and all(w in name_words().outlet_words for w in match.group(1).split())
