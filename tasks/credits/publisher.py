"""The page's publisher among its credits: the name its copyright line holds ("© 2025 Maroc Éco Express") or its
masthead (the page's first line) is the site that published the article, no author ("Par Maroc Éco Express").

Not for photo credits: the studied page sets list the site's own name in a credit as a photo record ("Fotó:
Hírközpont / Bencze Ákos"), and the copyright line often names the picture agency too ("© Belga")."""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.credits.credit_records import Found
from tasks.lexicon.spans import looks_like_person
from tasks.lexicon.vocabulary import name_words
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


def without_publisher(found: list[Found], segmented: Segmented) -> list[Found]:
    """The records less the publisher's: an author named as the page's copyright holder that is no person's name
    (a blogger's own name may be both)."""
    lines = copyright_lines(segmented) if any(f.name for f in found) else []
    # the page's first line is the site's masthead ("NewsNow PH" over the menu): its name after the writers is the
    # publisher too ("By Patricia Dizon and Marco Villanueva, NewsNow PH")
    masthead = segmented.lines[0].line.text.strip().casefold() if segmented.lines else ""
    if masthead and any(f.name and f.name.casefold() == masthead for f in found):
        lines = [*lines, masthead]
    if not lines:
        return found

    def held(f: Found) -> bool:
        name = f.name.casefold() if f.name else ""
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        return bool(name) and any(pattern.search(line) for line in lines)

    def publisher(f: Found) -> bool:
        person = looks_like_person(f.name.split() if f.name else [], name_words())
        return f.kind is AttributionKind.AUTHOR and held(f) and not person

    return [f for f in found if not publisher(f)]
