"""A line that is only a news agency's name, read where the segmenter took it for the headline or left it as chrome
at the article's head: "Associated Press", "The Associated Press", "AFP" over the first paragraph, the wire's byline
of a story that names no writer (issue 13, session 34: the real pages' agency records on the line taken for the
headline, 18 of 21 missed on the never-studied check halves at the start).
"""

from __future__ import annotations

from schemas import AttributionKind
from tasks.credits.byline_block import byline_agency
from tasks.credits.credit_records import Found, normalize_name
from tasks.lexicon.agencies import Gazetteer

# The article some agencies' names take in English ("The Associated Press"), which the gazetteer's names leave out.
_ARTICLE = "The "


def lone_agency(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """The agency the line is alone, maybe after "The" and before a full stop, as an agency record; else []."""
    name = text.strip().rstrip(".")
    bare = name.removeprefix(_ARTICLE) if name.startswith(_ARTICLE) and name[len(_ARTICLE) :][:1].isupper() else name
    # capitals or a name that is no common word ("AP", "Reuters"); a title-case section's word is left ("Trend")
    canonical = byline_agency(bare, gazetteer, title_case=True)
    if canonical is None:
        return []
    start = text.index(name)
    return [Found(AttributionKind.AGENCY, name, normalize_name(name), canonical, line, start, start + len(name), False,
                  text.strip())]  # fmt: skip
