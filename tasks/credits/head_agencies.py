"""Agencies at the article's head. A line that is only a news agency's name, read where the segmenter took it for
the headline or left it as chrome under the lead picture's caption: "Associated Press", "The Associated Press", "AFP",
the wire's byline of a story that names no writer (issue 13, session 34: the real pages' agency records on the line
taken for the headline, 18 of 21 missed on the never-studied check halves at the start); and a caption's bracketed
agency there, the picture's supplier in English.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Container

from schemas import AttributionKind, Label
from tasks.credits.byline_block import byline_agency
from tasks.credits.credit_records import Found, agency_found, author_found, named_found
from tasks.credits.name_lines import looks_like_name_line
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.agency_credits import agency_dateline_alone
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.vocabulary import dateline_patterns
from tasks.text.segment import Segmented

# The article some agencies' names take in English ("The Associated Press"), which the gazetteer's names leave out.
_ARTICLE = "The "
_FROM = "From "


def lone_agency(text: str, line: int, gazetteer: Gazetteer, title_case: bool = True) -> list[Found]:
    """The agency the line is alone, maybe after "The" and before a full stop, as an agency record; else []. Without
    `title_case` (a chrome line, which menus and sections share) a name that is also a common word counts in capitals
    only ("Liga", "Тренд" in title case are a menu's sections)."""
    name = text.strip().rstrip(".")
    name = name[len(_FROM) :] if name.startswith(_FROM) else name  # "From Reuters": the wire's byline cue
    bare = name.removeprefix(_ARTICLE) if name.startswith(_ARTICLE) and name[len(_ARTICLE) :][:1].isupper() else name
    # capitals or a name that is no common word ("AP", "Reuters"); a title-case section's word is left ("Trend")
    canonical = byline_agency(bare, gazetteer, title_case=title_case)
    if canonical is None:
        return []
    start = text.index(name)
    return [agency_found(name, canonical, start, line, text.strip())]


# A caption is a sentence: more words than a heading, a menu's entry or a byline hold.
MIN_CAPTION_WORDS = 7


def agency_under_caption(segmented: Segmented, i: int, gazetteer: Gazetteer) -> list[Found]:
    """Line `i` of the article's head (chrome) when it is an agency's name alone right under a caption ("AFP" under
    "The mayor and her deputy at the new pier."), the labels' convention for the lead picture's wire (an agency record,
    as in tests/data/page_attributions), or right under a cued byline ("By Ann Lee" over "The Associated Press", the
    wire's two-line byline), or opened by "From" ("From Reuters"); a common word counts in capitals only. Elsewhere in
    the head an agency's name alone is as often a menu's or a section's ("Liga", "Тренд"): read on every line of the
    head it cost the third and sixth real check halves precision (0.829 -> 0.825, 0.794 -> 0.790)."""
    ll = segmented.lines[i]
    if len(ll.line.text.split(maxsplit=MAX_LONE_AGENCY_WORDS)) > MAX_LONE_AGENCY_WORDS:
        return []  # (the cheap test first: most lines of the head are longer than an agency's name)
    if not ll.line.text.strip().startswith(_FROM) and (
        i == 0 or not _caption_or_byline(segmented.lines[i - 1].line.text)
    ):
        return []
    # under a cued byline the wire's acronym may be in the house's title case ("Wolemba: Chikondi Banda" over "Mana",
    # "Por Ana Ruiz" over "Efe"): no menu's section stands under a byline
    bylined = i > 0 and _cued_byline(segmented.lines[i - 1].line.text)
    return lone_agency(ll.line.text, ll.line.number, gazetteer, title_case=bylined)


# "From The Associated Press": a cue, the article and the agency's longest names of the byline block.
MAX_LONE_AGENCY_WORDS = 6


def _caption_or_byline(text: str) -> bool:
    return len(text.split()) >= MIN_CAPTION_WORDS or _cued_byline(text)


def _cued_byline(text: str) -> bool:
    credit = parse_credit_line(text)
    return credit is not None and credit.kind is AttributionKind.AUTHOR and credit.name is not None


def supplied_pictures(found: list[Found], language: str | None) -> list[Found]:
    """ "WikiLeaks founder Julian Assange (AFP)" over the text: in English the agency in a caption's closing bracket
    supplied the picture (the real pages' labels, as "… in 1989. (AP)" closing a caption kept in the text); elsewhere
    the wires sign so ("(dpa)"), an agency record."""
    return [dataclasses.replace(f, kind=AttributionKind.PHOTO) for f in found] if language == "en" else found


def name_over_agency(segmented: Segmented, i: int, gazetteer: Gazetteer, lower: Container[str]) -> list[Found]:
    """Line `i` of the byline block when it is a person's name alone right over a line that is only a news agency's
    name ("Ann Lee" over "Associated Press", the wire's two-line byline with no cue): the writer, as "Ann Lee,
    Associated Press" on one line would be; a name the text writes is its subject, and a word of it that the page
    writes in lower case a heading's. The agency's own line is read by `agency_under_caption` and the block."""
    if i + 1 >= len(segmented.lines):
        return []
    text, below = segmented.lines[i].line.text, segmented.lines[i + 1].line.text
    # The agency under it first: a lookup of one short line, where the name checks read role, place and date tails
    # (asked of the byline block's chrome lines, 6,799 on aeb + readability + l3s, of which 18 have an agency's name
    # under them; both tests are pure, so their order changes no answer: 209 -> 30 ms a pass, docs/speed.md, session 37)
    lone = len(below.split(maxsplit=MAX_LONE_AGENCY_WORDS)) <= MAX_LONE_AGENCY_WORDS and bool(
        lone_agency(below, segmented.lines[i + 1].line.number, gazetteer, title_case=False)
    )
    # or the wire's dateline alone under the name ("Carla Vázquez Pena" over "VILALBA (Europa Press)")
    if not lone and (below.rstrip()[-1:] != ")" or agency_dateline_alone(below) is None):
        return []
    if not looks_like_name_line(text, gazetteer, lower):
        return []
    name = text.strip()
    if any(name in ll.line.text for ll in segmented.lines if ll.verdict.label is Label.BODY):
        return []
    return [author_found(name, text.index(name), segmented.lines[i].line.number, name)]


def portal_provider(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "CNET Japan 3/9(木) 18:45配信" under the headline: a Japanese news portal's provider line, the outlet that
    supplied the story, its date and time, and 配信 (distributed; `datelines.csv`: portal_provider), as Yahoo! News
    Japan prints it over every story it carries: the outlet as a source record, a known agency as an agency's."""
    match = dateline_patterns()["portal_provider"].match(text)
    if match is None:
        return []
    name = match.group("provider").strip()
    start = text.index(name)
    if canonical := gazetteer.agency_of_name(name, cued=True):  # "共同通信 …配信": the wire's story
        return [agency_found(name, canonical, start, line, text.strip())]
    return [named_found(AttributionKind.SOURCE, name, start, line, text.strip())]
