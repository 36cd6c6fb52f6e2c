"""The article's own date line inside its container: a `<time>` element, or a short block that is only a date
("18.06.2024 / 21:30 h", "Monday, October 22, 2012"), or an info line of short fields parted by bars around a date or
a time ("Anna Novak | 27. 5. 2024, 07.00"), above the article's second paragraph.

The text path labels such lines furniture (`tasks.text.inline.stamp_in_main_text`); on HTML pages the container's
verdict kept them as body when the CMS writes the date inside the article element. Deeper down, short dated blocks
stamp the posts of a forum or a live blog, which some benchmarks keep as text, so only the head of the article is
read.
"""

from __future__ import annotations

import re

from schemas import AttributionKind, ChromeKind, Label
from tasks.html.blocks import Block
from tasks.html.info_fields import classed_fields
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.date_text import LABEL_WORDS, date_tail_start, without_count_tail
from tasks.lexicon.date_vocabulary import date_cues
from tasks.lexicon.day_words import LETTER, LETTER_OR_MARK
from tasks.lexicon.digits import has_digit
from tasks.text.rules import Verdict

# A date line is this short; a paragraph of the article at least this long ends the head.
STAMP_MAX_WORDS = 6
# A <time> element says what it holds: a date of a language that writes it in more words ("20 de febrero de 2024, 13:15
# h", "Wednesday, September 3, 2025 at 11:52 pm") is one too.
TIME_ELEMENT_MAX_WORDS = 8
PARAGRAPH_MIN_WORDS = 8
# The head of the article: blocks above its second paragraph.
HEAD_PARAGRAPHS = 2

_STAMP = Verdict(
    Label.CHROME, ChromeKind.COUNTER, "stamp_in_main_text",
    "a date line (a <time> element or only a date) above the article's second paragraph", 0.75,
)  # fmt: skip


def dates_above_the_text(blocks: list[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """The verdicts with the body blocks of the article's head that are only a date, or an info line of short fields
    around a date or a time, made furniture."""
    out = _time_elements(blocks, verdicts)
    paragraphs, headline = 0, False
    for i, (block, verdict) in enumerate(zip(blocks, verdicts, strict=True)):
        headline = headline or verdict.label == Label.TITLE or block.heading == 1
        if verdict.label != Label.BODY:
            continue
        unlinked = _unlinked(block.text)  # an Iberian date's "de"s are no words of a paragraph
        words = len(unlinked.split())
        if words >= PARAGRAPH_MIN_WORDS and not _is_info_line(block):
            paragraphs += 1
            if paragraphs >= HEAD_PARAGRAPHS:
                break
            continue
        short = _stamp_words(unlinked) <= STAMP_MAX_WORDS
        if (block.tag == "time" and words <= TIME_ELEMENT_MAX_WORDS) or (
            short
            and (
                _is_date_only(block.text)
                or (_is_date_label(block.text) and _beside_a_time(blocks, i))
                or (headline and not paragraphs and _is_dateline(block.text))
            )
        ):
            out[i] = _STAMP
        elif words <= DATED_BYLINE_MAX_WORDS and _is_dated_byline(block.text):
            out[i] = _DATED_BYLINE
        elif _is_info_line(block):
            out[i] = _INFO_LINE
    return out


# The labels of a date ("Posted", "updated", "Publié le", "Aktualisiert am"): date_cues.csv's published and updated
# labels, and the lead words a label may close on.
_DATE_LABELS = frozenset(w for kind in ("published", "updated") for w in date_cues(kind))
_LABEL_LEADS = frozenset(date_cues("lead"))
_LABEL_MARKS = " \t\n,;:|·•-–—()"


def _beside_a_time(blocks: list[Block], i: int) -> bool:
    """The block stands right before or after a <time> element's block: the label of its date. A label word alone
    elsewhere heads a post's section ("<strong>Update</strong>" over a blog post's added paragraph, dragnet's R908)."""
    return any(0 <= j < len(blocks) and blocks[j].tag == "time" for j in (i - 1, i + 1))


def _is_date_label(text: str) -> bool:
    """Only a date's label, maybe with its "on" or "le": what is left of a date line whose dates the markup set in
    <time> elements of their own ("<span>Posted <time>Mon 28 Oct 2024 at 6:10am</time></span>, <span>updated
    <time>…</time></span>", each <time> a stamp block and the label words between them blocks of their own)."""
    label = " ".join(text.strip(_LABEL_MARKS).casefold().split())
    if label in _DATE_LABELS:
        return True
    head, _, last = label.rpartition(" ")
    return bool(head) and last in _LABEL_LEADS and head in _DATE_LABELS


# A clock time written with spaces round its colon ("१० : ३५", Nepali sites' templates): one word, as "10:35" is.
_SPACED_CLOCK = re.compile(r"(?<=\d) : (?=\d)")


def _stamp_words(text: str) -> int:
    """The line's words, a date's label of several words before its first digit counted as one ("Mis à jour le
    14/03/2025 à 16h20", "Última atualização em 14/03/2025 às 16h20": one label, the date and its clock)."""
    words = len((_SPACED_CLOCK.sub(":", text) if " : " in text else text).split())
    head = text[: next((i for i, c in enumerate(text) if c.isdigit()), len(text))].split()
    labelled = 1 < len(head) <= LABEL_WORDS and _is_date_label(" ".join(head))  # not "Friday, October 26, 2012"
    return words - len(head) + 1 if labelled and _is_date_only(text) else words


_DATED_BYLINE = Verdict(
    Label.CHROME, ChromeKind.COUNTER, "dated_byline",
    "the place and date, a dash, then the byline, above the article's second paragraph", 0.75,
)  # fmt: skip
# "Ulm, 22.04.2024 – von Ingrid Halbmayr": a place of a word or two, the date, the writer's name and its cue.
DATED_BYLINE_MAX_WORDS = 10
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
# (the vowel signs of an Indic place name are marks, no word characters: "ਨਾਭਾ, 18 ਅਪ੍ਰੈਲ")
_PLACE_BEFORE_DATE = re.compile(rf"{LETTER}{LETTER_OR_MARK}*(?:\s{LETTER}{LETTER_OR_MARK}*)?,\s*")


def _is_dated_byline(text: str) -> bool:
    """The date, maybe after its place and a comma, then a spaced dash and an author's credit ("Ulm, 22.04.2024 – von
    Ingrid Halbmayr", "12. März 2025 – Von Anna Berg"): an old layout's date and byline in one line, no text of the
    article (the bar-parted info line is `_is_info_line`'s)."""
    parts = _SPACED_DASH.split(text.strip(), maxsplit=1)
    if len(parts) != 2 or not has_digit(parts[0]):
        return False
    start = date_tail_start(parts[0])
    if start is None or (start and _PLACE_BEFORE_DATE.fullmatch(parts[0][:start]) is None):
        return False
    credit = parse_credit_line(parts[1])
    return credit is not None and credit.kind is AttributionKind.AUTHOR and bool(credit.cue) and credit.name is not None


_TIME_ELEMENT = Verdict(
    Label.CHROME, ChromeKind.COUNTER, "time_element", "a <time> element of its own: a post's date or clock stamp", 0.75
)


def _time_elements(blocks: list[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """The verdicts with the body blocks that are a `<time>` element of their own, a date or a clock time, made
    furniture anywhere in the article: a live blog's entry stamps ("<time class="live-entry__time">15:20</time>" over
    each post), which the markup names a time. A date written as text deeper down stays (a forum's post, dated in its
    first line, which some benchmarks keep)."""
    return [
        _TIME_ELEMENT
        if v.label == Label.BODY and b.tag == "time" and len(b.text.split()) <= TIME_ELEMENT_MAX_WORDS
        and has_digit(b.text)
        else v
        for b, v in zip(blocks, verdicts, strict=True)
    ]  # fmt: skip


_INFO_LINE = Verdict(
    Label.CHROME, ChromeKind.COUNTER, "info_line",
    "a line of short fields parted by bars, one of them a date or a time, above the article's second paragraph", 0.75,
)  # fmt: skip
# A CMS's information line under the headline: "Anna Novak | 27. 5. 2024, 07.00", DataLife Engine's "Вчера, 16:48 |
# Культура | Просмотров: 3 417 | Автор: admin" (date, section, views, author): fields of a few words each.
INFO_FIELD_MAX_WORDS = 4
INFO_LINE_MAX_WORDS = 14
# Bars, dots and a breadcrumb's arrows part the fields; on a line with an arrow, a spaced dash too ("CULTURA » VEROLI -
# Pubblicato il 27/04/2024 ore 11:20": the section's path, then the date, an old portal's line above its headline).
# Without an arrow a dash is a title's ("NFL Fantasy Live – November 6, 2012 Hour 2", which dragnet's gold keeps).
_FIELD_BARS = re.compile(r"\s+[|•·»›]\s+")
_CELL_FIELD_DOTS = re.compile(r"\s+[•·»›]\s+")  # all but the bar, which joins a table row's cells
_ARROWS = re.compile(r"\s[»›]\s")
_DATE_OR_CLOCK = re.compile(r"(?<!\d)(?:(?:19|20)\d\d|\d{1,2}[:.]\d{2})(?!\d)")


def _is_info_line(block: Block) -> bool:
    """Fields parted by bars or dots, each of a few words or a date, one holding a year or a clock time: the article's
    info line ("Zuzana Hroncová · 22. apríla 2024 o 8:00", the date's words with its "at"). In a table's cell only
    when dots part the fields: a table's rows are text joined by bars (a <div> inside the cell of an old site's layout
    table is its article's own line, bars and all); not a heading or a caption."""
    text = block.text
    if block.heading or block.in_caption or len(text.split()) > INFO_LINE_MAX_WORDS:
        return False
    if _is_a_cell(block):
        # a layout table's cell holding the info line its page wrote with dots ("Rubrik: Wirtschaft · Erstellt am
        # 03.11.2023 · 14:27 Uhr · Gelesen: 1.342 mal", an old German local site): a bar there may be the table's own
        # join of a row's cells, a dot (an arrow, a spaced dash) is the page's
        fields = _CELL_FIELD_DOTS.split(text.strip())
    else:
        fields = _FIELD_BARS.split(text.strip())
        fields = fields if len(fields) >= 2 else classed_fields(block)
    if _ARROWS.search(text):
        fields = [part for field in fields for part in _SPACED_DASH.split(field)]
    return (
        len(fields) >= 2
        and all(0 < len(f.split()) <= INFO_FIELD_MAX_WORDS or date_tail_start(f) == 0 for f in fields)
        and any(_DATE_OR_CLOCK.search(f) for f in fields)
    )


_CELL_TAGS = frozenset({"td", "th", "tr", "table", "tbody", "thead", "tfoot", "caption"})


def _is_a_cell(block: Block) -> bool:
    """The block is a table's own text (its cell's, its row's), not a block of its own inside a layout table's cell."""
    return block.in_table and block.tag in _CELL_TAGS


_ABOVE_HEADLINE = Verdict(
    Label.CHROME, ChromeKind.BOILERPLATE, "above_headline",
    "a short block inside the article's element above its headline: a kicker", 0.7,
)  # fmt: skip


def above_the_headline(blocks: list[Block], verdicts: list[Verdict], title: int | None) -> list[Verdict]:
    """The verdicts with the short body blocks above the headline made furniture: a CMS that opens the article's
    element with the section's kicker ("Chronik", "Kampen"), the headline under it. A paragraph of the text there
    stays, and so do a picture's caption (a lead photo above the headline follows the caption conventions) and a line
    with a digit (a date line above the headline, which some benchmarks' gold keeps)."""
    if title is None:
        return verdicts
    out = list(verdicts)
    for i in range(max(0, title - ABOVE_HEADLINE_REACH), title):
        text = blocks[i].text
        if (
            verdicts[i].label == Label.BODY
            and not blocks[i].in_caption
            and len(text.split()) < PARAGRAPH_MIN_WORDS
            and not has_digit(text)
        ):
            out[i] = _ABOVE_HEADLINE
    return out


# The kicker stands right above the headline.
ABOVE_HEADLINE_REACH = 3


def _is_dateline(text: str) -> bool:
    """The dateline alone, a place of a word or two, a comma and the day ("ਨਾਭਾ, 18 ਅਪ੍ਰੈਲ", "Nabha, April 18"): an
    Indian paper's bold paragraph opening the text, asked under the headline and above the text's first paragraph
    only (a press release the text quotes further down opens with its own, and a kicker's date line above the headline
    is kept by some golds)."""
    start = date_tail_start(text)
    return bool(start) and _PLACE_BEFORE_DATE.fullmatch(text[:start]) is not None and has_digit(text[start:])


def _is_date_only(text: str) -> bool:
    """Only a date, with its label and clock time ("18.06.2024 / 21:30 h", "Monday, October 22, 2012", "Published:
    12.03.2024"), maybe with the count of its readers after it: the date tail starts the line (regular expressions
    over month names of 45 languages; dateparser, which costs a millisecond a block, is not asked). A relative date
    alone ("2 hours ago") is not read."""
    if date_tail_start(text) == 0 or (text != (unlinked := _unlinked(text)) and date_tail_start(unlinked) == 0):
        return True
    rest = without_count_tail(text)  # "21.06.2024 10:42 Просмотров: 2 417": the date and how often it was read
    return rest is not None and date_tail_start(rest) == 0


# The Iberian date: the day, "de", the month, "de", the year ("22 de janeiro de 2018 às 0:13", "martes, 5 de marzo de
# 2024"; Spanish, Portuguese, Galician and Catalan grammar: date_cues.csv month_link), the long form of every Spanish
# and Portuguese CMS's date line. The links are read out before the date's tail is asked for (the tail reader takes a
# day next to its month and year; "de" alone is a word of too many languages to be one of a date's tail words).
_LINKS = date_cues("month_link")
_LINK = "|".join(map(re.escape, _LINKS))
_LINKED_DATE = re.compile(
    rf"(?<![\d.:])(\d{{1,2}}º?)\s+(?:{_LINK})\s+({LETTER}{LETTER_OR_MARK}{{2,}})\s+(?:{_LINK})\s+((?:19|20)\d\d)(?!\d)"
)


def _unlinked(text: str) -> str:
    """The text with an Iberian date's links read out ("22 de janeiro de 2018" → "22 janeiro 2018"): its words are
    counted as the date's of any other language are."""
    return _LINKED_DATE.sub(r"\1 \2 \3", text) if any(f" {w} " in text for w in _LINKS) else text
