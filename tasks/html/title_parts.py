"""<title>'s parts between separators, with a quotation in guillemets kept whole inside its part.

French typography spaces its guillemets ("Le « oui » l'emporte au référendum - Le Monde"), and the spaced " » " is
also a separator between a site's sections ("Site » News » Headline"), as the spaced " « " is between a blog post's
title and its blog ("Post title « Blog name", the old WordPress themes' `wp_title('«')`). A guillemet that opens or
closes a quotation closed or opened on the same title is the quotation's, never a separator: split there, the
French headline lost its words up to the quotation's end.
"""

from __future__ import annotations

import re

# Separators between a headline and the site's name; full-width forms need no spaces around them.
SEPARATORS = re.compile(r"\s+[|–—\-:·•»«>/]\s+|\s+(?:::|--)\s+|\s*[｜：_]\s*|\s*\|\s*")
STRONG = re.compile(r"\s+[|–—\-·•»«>]\s+|\s+(?:::|--)\s+|\s*[｜_]\s*|\s*\|\s*")
# A quotation in guillemets, opened and closed on the title (either way round: the German »…«), of a few words.
_QUOTED = re.compile(r"«[^«»]{1,120}»|»[^«»]{1,120}«")


def _masked(title: str) -> str:
    """The title with each quotation in guillemets written over (same length), so no separator is found inside."""
    return _QUOTED.sub(lambda m: "\0" * len(m.group()), title)


def separator_spans(pattern: re.Pattern[str], title: str) -> list[tuple[int, int]]:
    """Where `pattern`'s separators stand in the title, none inside a quotation in guillemets."""
    return [m.span() for m in pattern.finditer(_masked(title))]


def split_title(pattern: re.Pattern[str], title: str) -> list[str]:
    """The title's parts between `pattern`'s separators (as `pattern.split`), a quotation in guillemets kept whole."""
    cuts = separator_spans(pattern, title)
    starts, ends = [0, *(e for _, e in cuts)], [*(s for s, _ in cuts), len(title)]
    return [title[s:e] for s, e in zip(starts, ends, strict=True)]
