"""Find the article's publication date where the page shows it, in any language.

Text dumps show the date on a line of its own near the headline ("23 июня 2022, 21:13",
"15.03.2024 | 10:42", "vor 2 Stunden", "Published: March 3, 2024"). Candidates are the short
lines within a few lines of the title (or of the main text when there is no title) that are
mostly a date; the date itself is read by dateparser, which knows month names and relative
expressions in ~200 locales, with the run time as the reference for "2 hours ago".

Not the article's date: lines inside link lists and teasers (a date next to a headline belongs
to that headline), bare numbers ("1084" is a counter), bare times, and dates after the run.
When the page shows no offset, the wall-clock time is taken as UTC.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from schemas import ChromeKind, Label
from tasks.credits.date_lines import DATE_FIELD_IN_LINE, PUBLISHED_CUE_IN_LINE, date_of_line
from tasks.lexicon.date_text import FULL_YEAR, parse_declared_date
from tasks.lexicon.dateline_dates import dateline_date_text
from tasks.text.segment import LabelledLine, Segmented

# How many lines above and below the title (or the start of the main text) a date line may stand.
DATE_LINES_BEFORE = 3
DATE_LINES_AFTER = 3
# Chrome kinds that are lists of other pages: a date in them dates another page.
LIST_KINDS = frozenset(
    {ChromeKind.HEADLINE_LIST, ChromeKind.RELATED_LIST, ChromeKind.RELATED_HEADING, ChromeKind.TEASER}
)


@dataclass(frozen=True)
class PublishedDate:
    """The article's date and the line that shows it."""

    when: datetime
    line: int
    text: str
    updated: bool = False
    origin: str = ""  # where outside the text the date came from, e.g. "html meta"

    @property
    def source(self) -> str:
        """Where the date was read, for checking by eye: 'line 3: 23 июня 2022, 21:13'."""
        where = self.origin or f"line {self.line}"
        return f"{where}: {self.text.strip()}"


def published_from_meta(
    value: str | None, origin: str = "html meta", language: str | None = None
) -> PublishedDate | None:
    """A date a page declares in its markup, read leniently (see :func:`parse_declared_date`)."""
    when = parse_declared_date(value, language) if value else None
    if when is None or value is None:
        return None
    return PublishedDate(when=when, line=0, text=value.strip(), origin=origin)


def _in_a_list(lines: list[LabelledLine], i: int) -> bool:
    """The line or a neighbour belongs to a list of links or teasers."""
    near = lines[max(0, i - 1) : i + 2]
    return any(ll.verdict.label == Label.CHROME and ll.verdict.kind in LIST_KINDS for ll in near)


def _anchor(segmented: Segmented) -> int | None:
    """Index of the title line, else of the first main-text line."""
    for i, ll in enumerate(segmented.lines):
        if ll.verdict.label == Label.TITLE:
            return i
    if segmented.main_region is None:
        return None
    first = segmented.main_region[0]
    return next((i for i, ll in enumerate(segmented.lines) if ll.line.number >= first), None)


def find_published_date(
    segmented: Segmented, now: datetime, other_texts: frozenset[int] = frozenset(), after: int = DATE_LINES_AFTER
) -> PublishedDate | None:
    """The article's publication date where a line near its title shows it (at most `after` lines below), else None.
    `other_texts` are the numbers of lines the caller knows to date other texts (an HTML page's sidebars and teaser
    lists). With none there, or only a relative one, a "published" note further down the article may give it."""
    anchor = _anchor(segmented)
    if anchor is None:
        return None
    lines = segmented.lines
    anchor_number = lines[anchor].line.number
    window = range(max(0, anchor - DATE_LINES_BEFORE), min(len(lines), anchor + after + 1))
    found: list[tuple[int, PublishedDate]] = []
    for i in window:
        ll = lines[i]
        # A date line right under the headline may itself have been taken for the title: a line
        # that is wholly a date is a date line whatever its label.
        if _in_a_list(lines, i) or ll.line.number in other_texts:
            continue
        dateline = dateline_date_text(ll.line.text) if i > anchor else None  # "Piura, 8 de marzo de 2025. …"
        dated = date_of_line(ll.line.text, now, segmented.language) or (
            date_of_line(dateline, now, segmented.language) if dateline else None
        )
        if dated is not None:
            found.append((abs(i - anchor), PublishedDate(dated[0], ll.line.number, ll.line.text, dated[1])))
    titled = segmented.lines[anchor].verdict.label == Label.TITLE
    # Below a headline is the byline's date; above it a kicker's or the site header's date bar, which shows the day
    # the page was read ("القاهرة: الأربعاء ١٦ يوليو ٢٠٢٥" over a story of the 15th): it counts when none is below.
    best = min(
        found, key=lambda f: (f[1].updated, _reads_as_relative(f[1], now), titled and f[1].line < anchor_number, f[0])
    )[1] if found else None  # fmt: skip
    # a date that writes no year ("9 ноября, 17:05") has it from the clock: a "published" note with its year written
    # further down says which year it was
    if best is None or _reads_as_relative(best, now) or not FULL_YEAR.search(best.text):
        return _labelled_further_down(segmented, now, other_texts, anchor + after + 1) or best
    # the head shows when the story was changed, or only a date bar above the headline (the day the page was read):
    # a "published" label under it says when the story came out ("Дата публикации: 17.06.2025" closing the text)
    if best.updated or (titled and best.line < anchor_number):
        return _labelled_further_down(segmented, now, other_texts, anchor + 1) or best
    return best


def _labelled_further_down(
    segmented: Segmented, now: datetime, other_texts: frozenset[int], start: int
) -> PublishedDate | None:
    """The date a "published" label gives further down the article (or just under it), with its year written: the
    note closing a story ("Опубликовано 11 ноября 2025", "This article was first published on …") when the head
    shows no date, only an updated one ("Mis à jour le 19 février 2026" over a lead "Par … — publié le 18 février
    2026") or only a relative one ("вчера, 18:40", "i dag kl. 07.12": counted from the clock, wrong once the
    page is read later). A date field's label counts as a "published" one ("Sana: 14.10.2025, 18:40" under an Uzbek
    story's writers, "Fecha: …", "Datum: …")."""
    if segmented.main_region is None:
        return None
    last, beyond = segmented.main_region[1], 0
    for i in range(start, len(segmented.lines)):
        ll = segmented.lines[i]
        beyond += ll.line.number > last and bool(ll.line.text.strip())
        if beyond > NOTE_LINES_AFTER_TEXT:
            break
        # Exact pre-test: a note counts only with a year written after its label, so a line without one (most lines)
        # is passed over before the labels' alternation is tried at each of its characters (no label holds a digit,
        # so a year after the label is a year of the line).
        if FULL_YEAR.search(ll.line.text) is None:
            continue
        cue = PUBLISHED_CUE_IN_LINE.search(ll.line.text) or DATE_FIELD_IN_LINE.search(ll.line.text)
        if cue is None or _in_a_list(segmented.lines, i) or ll.line.number in other_texts:
            continue
        if ll.line.number > last and cue.start() > 0:
            continue  # under the text a label opens the note; after a headline it dates a teaser ("Mehr Busse …")
        labelled = ll.line.text[cue.start() :]
        dated = date_of_line(labelled, now, segmented.language) if FULL_YEAR.search(labelled) else None
        if dated is not None and not dated[1]:
            return PublishedDate(dated[0], ll.line.number, ll.line.text)
    return None


# The lines under the text's last that may still be its closing note: the markup may set the byline block with the
# date apart from the text's container ("<div class="byline"><p>red, …/Agenturen</p><p>Publiziert am 12. Jänner
# 2026</p></div>" after the story's <div>).
NOTE_LINES_AFTER_TEXT = 3


# A date this close to the clock, on a line that writes no year, was counted back from now ("Hace 2 horas").
RELATIVE_WITHIN = timedelta(days=2)


def _reads_as_relative(found: PublishedDate, now: datetime) -> bool:
    """A relative date ("2 hours ago") yields to a date written out near it: it is the clock's, not the page's,
    once the page is read later than it was written."""
    return found.when >= now - RELATIVE_WITHIN and not FULL_YEAR.search(found.text)


# A date in an article's address: "/2025/03/14/slug", "/2025-03-14-slug", "/20250314/" (htmldate reads URLs the same
# way, as its last resort): year, month and day, each in its range.
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)|/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)


def date_in_url(url: str | None) -> PublishedDate | None:
    """The publication day an article's URL holds, when the page shows none: the last resort."""
    match = _URL_DATE.search(url or "")
    if match is None:
        return None
    year, month, day = (int(g) for g in (match.groups()[:3] if match.group(1) else match.groups()[3:]))
    try:
        when = datetime(year, month, day, tzinfo=UTC)
    except ValueError:
        return None
    return PublishedDate(when=when, line=0, text=match.group(0), origin="url")
