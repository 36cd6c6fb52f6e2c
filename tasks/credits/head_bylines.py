"""The article's byline further up its head: a line opened by an author cue ("By Paul Takahashi", "Posted by Kate
Torgovnick | Permalink") above the first paragraph but out of the byline block's reach, because a lead picture with
its caption and credits, share buttons or a standfirst stand between (real pages of aeb, l3s and dragnet put the
byline over the picture, 10 to 25 lines up). Only the nearest such line, and only when it is the one line opened by
an author cue in reach: a teaser list above the article names several writers. Where no line has a cue, the one line
that is a name and a writer's job title ("Ann Lee, Staff Writer").

The cue alone on its line and the names on the lines under it ("by" over "Guy Werlings", "by" over "Ann Lee," and
"Tom Hale, &"): the page's template put each in its own element.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Container
from functools import lru_cache

from schemas import AttributionKind, Label
from tasks.credits.byline_block import dated_byline_start
from tasks.credits.credit_records import Found, credit_line_attributions
from tasks.credits.name_lines import looks_like_name_line, name_before_role
from tasks.credits.nameless import asked_records
from tasks.credits.one_word_author import one_word_byline
from tasks.credits.signed_lines import chrome_byline
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.digits import has_digit
from tasks.lexicon.spans import looks_like_person
from tasks.lexicon.vocabulary import credit_cues, job_titles, name_words
from tasks.text.segment import Segmented

# How far above the first paragraph (lines of the page, blank lines not counted) its byline may stand.
HEAD_BYLINE_REACH = 30
# How far up the one cued byline of the head may stand when none is nearer.
FAR_BYLINE_REACH = 100


def head_byline(
    segmented: Segmented, first: int, gazetteer: Gazetteer, lower: Container[str] = frozenset()
) -> int | None:
    """The line number of the article's byline above its first paragraph (`first`), if one line in reach is one;
    `lower`: the page's lower-case words (a heading's)."""
    lines = segmented.lines
    at = next((i for i, ll in enumerate(lines) if ll.line.number == first), None)
    if at is None:
        return None
    cued = [
        (ll.line.number, ll.line.text)
        for ll in lines[max(0, at - FAR_BYLINE_REACH) : at]
        if _opens_an_authors_byline(ll.line.text, gazetteer)
    ]
    near = [number for number, _ in cued if number >= lines[max(0, at - HEAD_BYLINE_REACH)].line.number]
    if near:
        return near[0] if len(near) == 1 else None
    # further up, the one cued byline of the head ("By Ann Lee @annlee Nov 18, 2019, 11:47am EST" over a lead picture,
    # its credit and a column of share buttons; "By Ann Lee" under a headline over a gallery and a list of related
    # links). Session 33 dropped the date this asked of the line: the real check halves found more (ninth 0.461 ->
    # 0.474, tenth 0.617 -> 0.623, thirteenth 0.590 -> 0.600) and lost no precision
    if cued:
        return cued[0][0] if len(cued) == 1 else None
    # no cued line: the one chrome line in reach that is a name and the job of one who writes ("Ann Lee, Staff
    # Writer", "Bruce Lee Senior Contributor" nine lines up, over the site's disclaimer and a section's name), out of
    # the byline block's reach or in none of its slots; two such lines are a list of writers. A name with its date or
    # handle there was tried too (session 35): on the real check halves 0 of 2 and 0 of 1 were the byline
    titled = [
        ll
        for ll in lines[max(0, at - HEAD_BYLINE_REACH) : at]
        if ll.verdict.label == _CHROME and is_titled_byline(ll.line.text, gazetteer, lower)
    ]
    if len(titled) != 1:
        return None
    # a line the page writes again is a menu's or a teaser's; a name the text writes is whom it is about
    text = titled[0].line.text
    name = name_before_role(text)[0].strip()
    if sum(ll.line.text == text or (ll.verdict.label == _BODY and name in ll.line.text) for ll in lines) > 1:
        return None
    return titled[0].line.number


# A byline and its job title: a few words (a line of more is a sentence or a teaser's headline and summary).
MAX_TITLED_BYLINE_WORDS = 10
_BODY, _CHROME = Label.BODY, Label.CHROME


def is_titled_byline(text: str, gazetteer: Gazetteer, lower: Container[str] = frozenset()) -> bool:
    """The line is a person's name and a job title with a writing job's word in it, no cue ("Ann Lee, Staff Writer",
    "Ann Lee Senior Contributor"; `job_titles().writing`): an editor, a director or a president named so is as often
    a sidebar's or a quoted official's; `lower`: the page's lower-case words (a heading's)."""
    words = text.split()
    writing = job_titles().writing
    if not 2 < len(words) <= MAX_TITLED_BYLINE_WORDS or not any(w.strip(",|").casefold() in writing for w in words):
        return False  # (the cheap test first: asked of thirty lines a page)
    name, titled = name_before_role(text)
    tail = text[len(name) :].split() if titled and text.startswith(name) else []
    if not any(w.strip(",|").casefold() in writing for w in tail) or parse_credit_line(text):
        return False
    return looks_like_person(name.split(), name_words()) and looks_like_name_line(text, gazetteer, lower)


def titled_byline(text: str, number: int, gazetteer: Gazetteer, lower: Container[str] = frozenset()) -> list[Found]:
    """The writer of the head's one titled byline (`is_titled_byline`), read as the byline block's lines are."""
    if not is_titled_byline(text, gazetteer, lower):
        return []
    return [f for f in chrome_byline(text, number, gazetteer) if f.name]


def _opens_an_authors_byline(text: str, gazetteer: Gazetteer) -> bool:
    text = _from_the_dated_cue(text)  # "March 2, 2025 by Ann Lee": the post's date, then the byline
    credit = parse_credit_line(text)
    if credit is None or credit.kind is not AttributionKind.AUTHOR:
        return False
    # "By Lia Eustachewich and Yaron Steinbuch": two writers, which the line's one name leaves out
    return credit.name is not None or any(
        f.kind is AttributionKind.AUTHOR and f.name for f in credit_line_attributions(text, 0, gazetteer)
    )


def _from_the_dated_cue(text: str) -> str:
    """The line from the author cue after the post's date that opens it ("March 2, 2025 by Ann Lee", a blog theme's
    meta line), blanked before it so that offsets hold; else the line. Session 38: out of the byline block's reach
    (a lead picture and share buttons between) the date-first byline was read by no rule, the cued one was."""
    start = dated_byline_start(text, None) if text[:1].isalnum() and has_digit(text[:MAX_DATE_CHARS]) else None
    return text if start is None else " " * start + text[start:]


# A date opening a byline holds a digit within its first characters ("Monday, September 15th, 2014 by …").
MAX_DATE_CHARS = 32


def upper_byline_records(text: str, number: int, gazetteer: Gazetteer, lower: Container[str]) -> list[Found]:
    """What the head's one cued byline further up credits: its cued names ("By Paul Takahashi"; after the post's date,
    "March 2, 2025 by Ann Lee"), the blogger's one word ("by Regan September 15, 2014"), or the name and job of one
    who writes ("Ann Lee, Staff Writer")."""
    upper = asked_records(credit_line_attributions(_from_the_dated_cue(text), number, gazetteer))
    upper = upper or one_word_byline(text, number, gazetteer, lower)
    return upper or titled_byline(text, number, gazetteer, lower)


def lines_beside(segmented: Segmented, number: int | None) -> set[int]:
    """The numbers of the lines right above and right below line `number` (none for None)."""
    lines = segmented.lines
    at = next((i for i, ll in enumerate(lines) if ll.line.number == number), None) if number is not None else None
    return set() if at is None else {lines[i].line.number for i in (at - 1, at + 1) if 0 <= i < len(lines)}


def picture_beside_byline(text: str, number: int, gazetteer: Gazetteer) -> list[Found]:
    """A picture's or video's credit line right above or below the byline further up ("Фото: Василь Гаврилюк" over
    "Текст: Марічка Дзюбан" atop a photo story, whose pictures push its text out of the byline block's reach): the
    article's credits, as the byline is; another kind of line there is read by no rule of this one."""
    found = credit_line_attributions(text, number, gazetteer)
    kinds = (AttributionKind.PHOTO, AttributionKind.VIDEO)
    return [f for f in found if f.name] if found and all(f.kind in kinds for f in found) else []


# A list of writers goes on to the next line after a comma, an ampersand or "and"; a few lines at most.
_LIST_GOES_ON = (",", "&", " and")
MAX_NAME_LINES = 4


@lru_cache(maxsize=1)
def _author_cues() -> frozenset[str]:
    return frozenset(c.casefold() for c in credit_cues()["author"])


def cue_over_names(segmented: Segmented, first: int, gazetteer: Gazetteer) -> list[Found]:
    """The writers named on the lines under an author cue alone on its line, above the first paragraph (`first`) or
    as that line: a cue alone ("by", centred over the name in its own element) taken for the text's first line."""
    lines = segmented.lines
    at = next((i for i, ll in enumerate(lines) if ll.line.number == first), None)
    found: list[Found] = []
    for i in range(max(0, at - HEAD_BYLINE_REACH), at + 1) if at is not None else ():
        cue = lines[i].line.text.strip()
        if cue.rstrip(":：").strip().casefold() not in _author_cues():
            continue
        for ll in lines[i + 1 : i + 1 + MAX_NAME_LINES]:
            text = ll.line.text.rstrip()
            names = text.removesuffix("&").removesuffix(" and").rstrip(" ,")
            credited = [f for f in credit_line_attributions(f"{cue} {names}", ll.line.number, gazetteer)
                        if f.kind is AttributionKind.AUTHOR and f.name
                        and looks_like_person(f.name.split(), name_words())]  # fmt: skip
            shift = len(cue) + 1  # the offsets within the line, not within the cue and the line
            if credited and credited[0].char_start != shift:
                credited = []  # "Reporter" over "Ann Lee's Most Recent Stories": the line opens with no writer's name
            found += [dataclasses.replace(f, char_start=f.char_start - shift, char_end=f.char_end - shift,
                                          evidence=text.strip()) for f in credited]  # fmt: skip
            if not credited or not text.endswith(_LIST_GOES_ON):
                break
    return found


def dated_name_lines(segmented: Segmented) -> set[int]:
    """The lines the segmenter took for a bare name right over its date at the article's head, under a standfirst
    ("Uxía Paz" over "Burela, 14 de novembro de 2025", `tasks.text.head_rows.name_over_date`): the byline, read as
    the byline block's name where the block's reach misses it (more than five lines between the standfirst and the
    next paragraph) or a word of the name is one the page writes in lower case ("Paz", "Porto": the date under it
    vouches for the name as the block's date does). On our page sets 33 of 36 such lines are the writer's byline."""
    return {ll.line.number for ll in segmented.lines if ll.verdict.reason_code == _NAME_OVER_DATE}


_NAME_OVER_DATE = "name_over_date"
