"""The footer line of a blog post under its text: the writer's name and the post's links parted by bars ("Ann Lee |
3 Comments | Permalink | Share Article", as WordPress, Blogger and Squarespace templates write it). The name stands
first; a part after it is a comment count or a post link (the `footer` rows of `comment_headings.csv`)."""

from __future__ import annotations

import re
from functools import lru_cache

from schemas import AttributionKind
from tasks.credits.credit_records import Found, evidence_around, normalize_name
from tasks.credits.name_lines import looks_like_name_line
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.vocabulary import read_rows, split_cell

_BAR = re.compile(r"\s+[|·•]\s+")
_COUNT = re.compile(r"[\d()]+")


@lru_cache(maxsize=1)
def footer_words() -> frozenset[str]:
    """A post footer's parts, case-folded, counts left out ("3 Comments" is "comments")."""
    rows = (row for row in read_rows("comment_headings.csv") if row["kind"] == "footer")
    return frozenset(w.casefold() for row in rows for w in split_cell(row["headings"]))


def _is_footer_part(part: str) -> bool:
    return " ".join(_COUNT.sub(" ", part).casefold().split()) in footer_words()


def blog_footer(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """The writer a post's footer line names before the post's links ("Ann Lee | 1 Comment | Permalink"), else []."""
    parts = _BAR.split(text.strip())
    if len(parts) < 2 or not _is_footer_part(parts[1]) or not looks_like_name_line(parts[0], gazetteer):
        return []
    name = parts[0]
    start = text.index(name)
    return [Found(AttributionKind.AUTHOR, name, normalize_name(name), None, line, start, start + len(name), False,
                  evidence_around(text, start, start + len(name)))]  # fmt: skip
