"""Where the names of a byline begin after its cue, and where they end and the rest of its line begins.

A byline's line goes on after the names with what the page's template puts there: a date or a time ("Posted by Ann
Lee on November 1, 2012 | Permalink", "By Erin Cho March 18 at 3:57 PM Follow @erin"), a role in brackets ("by Sam
Holt (Columnist) 1 comments"), a question mark or a link's words ("By Jo Lee ? More by this author"), an e-mail.
Names hold no digit, no "@", no bracket; the words of a name are capitalised except its particles ("van", "de") and
the language's "and"; so the names end at the first word that is none of these, and a lower-case word before that
("on", "at") goes with the tail. In scripts without capitals only the digits, brackets and signs end them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.byline_words import is_job_word, load_byline_words
from tasks.lexicon.comments import footer_clauses
from tasks.lexicon.date_text import date_tail_start
from tasks.lexicon.date_vocabulary import date_lead_words, month_names
from tasks.lexicon.digits import has_digit
from tasks.lexicon.glued_titles import glued_title_start
from tasks.lexicon.vocabulary import credit_cues, name_words, visual_cues

_TOKEN = re.compile(r"\S+")
# "【": the tool labels after the names in a Chinese CMS's info bar ("作者：记者 次仁卓玛 王海涛 【字体：大 中 小】
# 【打印】", font size and print)
_STOP_SIGNS = "?(@[<{|【"  # not "/": "Redaktion / Anna Berg" is read by the slash rules


# What follows a byline's names on the same line: the writer's handle or an "@" before the time, or a bar or spaced
# dash before the outlet, the role or the date ("By Tim Childers - Live Science Contributor 2019-11-19T12:48:14Z").
BYLINE_TAIL = re.compile(r"\s+@|\s+[|·•]\s|\s+(?:--|[-–—])\s")


@lru_cache(maxsize=1)
def _inner_words() -> frozenset[str]:
    """Lower-case words that may stand inside a list of names: particles and every language's "and"."""
    words = load_author_words()
    return words.particles | name_words().particles | words.every_and


def byline_names_end(rest: str) -> int | None:
    """The offset in `rest` (the text after a byline's cue) where its names end, or None when nothing follows them
    but punctuation."""
    tokens = list(_TOKEN.finditer(rest))
    months, inner = month_names(), _inner_words()
    cut = None
    for i, token in enumerate(tokens):
        word = token.group().strip(",;")
        if not word:
            continue
        nxt = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        if (
            has_digit(word)
            or word[0] in _STOP_SIGNS
            or "@" in word
            or (word.casefold() in months and has_digit(nxt))
            or (i > 0 and word.rstrip(":").casefold() in date_lead_words() and word.endswith(":"))
            or (word[0].islower() and word.casefold() not in inner)
        ):
            cut = i
            break
    if cut is None or cut == 0:
        return None
    while cut > 0 and tokens[cut - 1].group()[0].islower() and tokens[cut - 1].group().casefold() not in inner:
        cut -= 1
    while cut > 0 and tokens[cut - 1].group().casefold() in inner:  # "Ann Lee and" before a date: not a name
        cut -= 1
    return tokens[cut - 1].end() if cut > 0 else None


_TEMPLATE_TAIL = re.compile(r"^\s*(?:[^\W\d_A-Z]{1,3}\s+)?(?:\d|[?(@\[|【]|\S+@)")


def templated_tail(tail: str) -> bool:
    """What follows a byline's names is a template's, not a sentence's: a date, time or count, maybe after a short
    lower-case word ("on 1 May", "at 12:55 AM"), a month's name before a number, a bracket, "?", "@" or a bar."""
    if _TEMPLATE_TAIL.match(tail):
        return True
    words = tail.replace(",", " ").split()
    if words and len(words[0]) <= 3 and words[0].islower():
        words = words[1:]  # "on November 1, 2012"
    while words and words[0].endswith(":") and words[0].rstrip(":").casefold() in date_lead_words():
        words = words[1:]  # ", Published: March 13"
    return len(words) >= 2 and words[0].casefold() in month_names() and has_digit(words[1])


def names_before_a_date(rest: str) -> int | None:
    """The offset in a byline's `rest` (after its cue) where its names end right before the page's date, maybe after a
    comma or a label ("Erin Cho March 18 at 3:57 PM Follow @erin", "Ann Lee , Published: March 13 at 11:52 am E-mail
    the writer"), else None: the template's tail, however many links it holds, which a sentence opened by "By" does
    not have; a month's name and a number, or a numeric date, must open it."""
    head = BYLINE_TAIL.split(rest, maxsplit=1)[0]
    end = byline_names_end(head)
    if end is None:
        return None
    if _bracketed_role(head[end:]):
        return end  # "by Sam Holt (Columnist) 1 comments Filed Under: Football"
    words = head[end:].replace(",", " ").split()
    while words and words[0].rstrip(":").casefold() in date_lead_words():
        words = words[1:]  # "Published:", "Monday"
    month_first = len(words) >= 2 and words[0].casefold() in month_names() and words[1][:1].isdigit()
    dated = month_first or (words and _NUMERIC_DATE_WORD.match(words[0]))
    # "By Friday March 18 the talks had collapsed": a weekday is no name
    return end if dated and not date_lead_words() & {w.casefold() for w in head[:end].split()} else None


_NUMERIC_DATE_WORD = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}")
# The writer's job title in a bracket right after the names, up to three words ("(Columnist)", "(Staff Writer)").
_ROLE_BRACKET = re.compile(r"\s*\(((?:[^\W\d_][\w.'’-]*\s?){1,3})\)")


def _bracketed_role(tail: str) -> bool:
    """The tail after a byline's names opens with the writer's job title in a bracket: the template's, which a
    sentence opened by "By" does not write (a blog's "by Sam Holt (Columnist) 1 comments Filed Under: Football")."""
    role = _ROLE_BRACKET.match(tail)
    return role is not None and is_job_word(role.group(1).split()[-1])


# A writer's job title in lower case between the cue and the name ("Door redacteur Sanne de Vries", "By staff writer
# Ann Lee"): one or two words, a capitalised name after them.
MAX_JOB_LEAD_WORDS = 2


def job_title_lead(cue: str, rest: str) -> int:
    """The length of the job title opening a byline's rest after its cue, 0 where none does; none after a cue that is
    a job word itself ("Contributing"): the words after it are its title ("Contributing writer Jane Doe", an author
    box's role line)."""
    cue_words = cue.split()
    jobs = load_byline_words().jobs
    if cue_words and cue_words[-1].strip(":").casefold() in jobs:
        return 0
    words = rest.split(" ", MAX_JOB_LEAD_WORDS)
    for size in range(1, min(MAX_JOB_LEAD_WORDS, len(words) - 1) + 1):
        if not all(w.islower() and w in jobs for w in words[:size]):
            return 0
        if words[size][:1].isupper():
            return len(" ".join(words[:size])) + 1
    return 0


def without_closing_date(text: str) -> tuple[str, int | None]:
    """The line without the date closing it, the page's and not a name's; and where the byline's part of the line ends
    when the date closes only that part, before a bar and the template's links ("Posted by Ann Lee on November 1, 2012
    | Permalink"), else None. Not "by Sparticus789 (2625955) on Tuesday July 24": a commenter's handle and number."""
    clauses_cut = _without_post_clauses(text)
    text, cut = clauses_cut, len(clauses_cut) < len(text)
    dated, bar_part_end = date_tail_start(text), None
    if cut:
        bar_part_end = dated  # the date closes the byline's part, the template's clauses after it (as a bar's links)
    if dated is None and (tail := BYLINE_TAIL.search(text)):
        dated = date_tail_start(text[: tail.start()])
        bar_part_end = dated
    if dated is not None and _names_before(text[:dated]) and not has_digit(text[:dated]):
        # the dash or bar that set the date apart goes with it: "Par A et B, à Yaoundé — publié le 18 février 2026"
        # leaves "Par A et B, à Yaoundé", whose place is then seen at its end
        return _DANGLING_SEPARATOR.sub("", text[:dated]), bar_part_end
    return text, None


@lru_cache(maxsize=1)
def _post_clause() -> re.Pattern[str]:
    clauses = "|".join(re.escape(c) for c in footer_clauses())
    return re.compile(rf"[,.;]\s+(?:and\s+(?:is\s+)?)?(?:{clauses})(?!\w)", re.IGNORECASE)


def _without_post_clauses(text: str) -> str:
    """The line up to the clauses a blog template's post line goes on with after the post's date ("This entry was
    written by Ann Lee, posted on March 3, 2011 at 10:32 am, filed under Politics. Bookmark the permalink."), so that
    the date closes it; the line itself where no date stands right before them (a sentence's "posted in")."""
    if "," not in text and "." not in text:
        return text
    clause = _post_clause().search(text)
    if clause is None or date_tail_start(text[: clause.start()]) is None:
        return text
    return text[: clause.start()]


_DANGLING_SEPARATOR = re.compile(r"\s+(?:--|[-–—|·•])\s*$")
# A cue and a name of two words at least before the date.
MIN_DATED_BYLINE_WORDS = 3


def _names_before(head: str) -> bool:
    """A cue and a name of two words at least, or a cue and a known agency ("Daga NAN Litinin, 2 ga Yuni, 2025": from
    the News Agency of Nigeria, a Hausa portal's agency copy; the weekday no part of the name)."""
    words = head.split()
    if len(words) >= MIN_DATED_BYLINE_WORDS:
        return True
    return len(words) == MIN_DATED_BYLINE_WORDS - 1 and load_gazetteer().agency_of_name(words[1], cued=True) is not None


def byline_names(stripped: str, cue_end: int, offset: int, lead: int) -> tuple[int, str, int | None]:
    """A byline's rest after its cue at `offset`: the offset past a job title ("By staff writer Ann Lee"), the part
    that holds the names, and where that part ends in the line (`lead`: the line's leading spaces), None where it
    runs to the end: before a bar, dash or handle ("By Amy Kuperinsky | NJ Advance Media", "By Chris Pokorny
    @DawgsByNature"), or before the template's tail ("Posted by Ann Lee on November 1, 2012"; a bracket after the
    names is read on: "Autor: Jan Nowak (PAP)")."""
    offset += job_title_lead(stripped[:cue_end], stripped[offset:])
    rest, rest_end = stripped[offset:], None
    if (tail := BYLINE_TAIL.search(rest)) and not wire_after_bar(rest[tail.end() :]):
        rest = rest[: tail.start()]
        rest_end = lead + offset + tail.start()
    if (closed := without_closing_word(rest)) != rest:
        rest, rest_end = closed, lead + offset + len(closed)  # "Ji aliyê Azad Berwarî ve"
    if (pictured := picture_tail_start(rest)) is not None:  # "Ana Souza e João Lima, com fotos de Rui Alves"
        rest = rest[:pictured].rstrip(" ,;")
        rest_end = lead + offset + len(rest)
    names_end = byline_names_end(rest)
    barred_wire = names_end is not None and wire_after_bar(rest[names_end:].lstrip(" |·•"))
    if names_end is not None and templated_tail(rest[names_end:]) and not barred_wire:
        if rest[names_end:].lstrip()[:1] not in "([":
            rest_end = lead + offset + names_end
        rest = rest[:names_end]
    if (titled := glued_title_start(rest)) is not None:  # "… ศิริพร วงศ์ใหญ่ ผู้สื่อข่าวประจำจังหวัดเชียงใหม่"
        rest = rest[:titled].rstrip()
        rest_end = lead + offset + len(rest)
    return offset, rest, rest_end


# Agencies a writer's wire tail names at most ("EFE/AFP").
MAX_TAIL_WIRES = 3


def wire_after_bar(tail: str) -> bool:
    """ "Por Ana López | EFE", "By Jane Doe - AP", "Von Anna Schmidt · dpa": what follows the byline's bar or dash is
    only the wire the writer files for (known agencies, slashed or parted by commas), read as the names' part as
    "Ana López / EFE" is, not cut off as an outlet's or section's name is ("By Amy Kuperinsky | NJ Advance Media")."""
    parts = [p.strip(" .") for p in re.split(r"[/,]", tail)]
    gazetteer = load_gazetteer()
    return 0 < len(parts) <= MAX_TAIL_WIRES and all(p and gazetteer.agency_of_name(p, cued=True) for p in parts)


def without_closing_word(rest: str) -> str:
    """A byline's names without the word closing a circumposition cue after them (credit_cues.csv, author_closing:
    the Kurmanji "ve" of "Ji aliyê Azad Berwarî ve", by …), which no name holds."""
    head, _, last = rest.rstrip(" .,").rpartition(" ")
    if head.strip() and last.casefold() in credit_cues().get("author_closing", ()):
        return head.rstrip()
    return rest


# The words of a place and a job title closing a byline after the writers' comma ("Isle of Wight reporters").
MAX_PLACED_TITLE_WORDS = 5
# The short lower-case links inside a place's name ("of", "upon").
MAX_TITLE_LINK_LETTERS = 4


def placed_title(tail: list[str]) -> bool:
    """ "By Ann Lee and Tom Hale, Isle of Wight reporters", "…, West Midlands political correspondent": the place the
    writers cover in capitalised words (short lower-case links inside, "of") and their job title in lower case closing
    the line, the way the BBC's regional pages sign; no more names to measure."""
    if not 2 <= len(tail) <= MAX_PLACED_TITLE_WORDS or not tail[0][:1].isupper() or not is_job_word(tail[-1]):
        return False
    return all(w[:1].isupper() or is_job_word(w) or (w.isalpha() and len(w) <= MAX_TITLE_LINK_LETTERS) for w in tail)


# The short lower-case words that may stand between "with" and the picture word ("avec des photos de", "com as fotos").
_ARTICLE_MAX_CHARS = 3


def picture_tail_start(rest: str) -> int | None:
    """Where a byline's picture credit begins after the writers' names: the language's "with" and a picture word ("By
    Ann Lee and Tom Hale, with photos by Rui Alves", "Por Ana Souza, com fotos de Rui Alves", "Por Carmen Ruiz, con
    fotos de Luis Marín", "avec des photos de"): the photographer is credited for the pictures, not the text, and the
    lower-case picture word ended the names before their last one, so the byline was read as no names at all."""
    tokens = list(_TOKEN.finditer(rest))
    with_words, pictures = load_author_words().with_words, _picture_words()
    for i, token in enumerate(tokens[1:-1], start=1):
        if token.group().strip(",;").casefold() not in with_words:
            continue
        following = [t.group().strip(",;:").casefold() for t in tokens[i + 1 : i + 3]]
        if following[0] in pictures or (
            len(following) > 1 and len(following[0]) <= _ARTICLE_MAX_CHARS and following[1] in pictures
        ):
            return token.start()
    return None


@lru_cache(maxsize=1)
def _picture_words() -> frozenset[str]:
    """The one-word picture cues, case-folded ("photos", "fotos", "Bilder", "images")."""
    return frozenset(c.casefold() for c in visual_cues() if " " not in c)
