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

from schemas import AttributionKind, ChromeKind, Label
from tasks.credits.names import names_joined_by_and
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.date_text import (
    compact_clock,
    date_tail_start,
    parse_date_text,
    parse_declared_date,
    solar_hijri_date,
)
from tasks.lexicon.dateline_dates import dateline_date_text
from tasks.lexicon.vocabulary import date_cues
from tasks.text.segment import LabelledLine, Segmented

# How many lines above and below the title (or the start of the main text) a date line may stand.
DATE_LINES_BEFORE = 3
DATE_LINES_AFTER = 3
# A date line is short: a date, perhaps a time, a cue word and a separator or two.
MAX_DATE_LINE_WORDS = 8
# Words a date line may carry around its date ("Publicado el", "erstellt:", "来源：日报").
MAX_CUE_WORDS = 3


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in words)


# Chrome kinds that are lists of other pages: a date in them dates another page.
LIST_KINDS = frozenset(
    {ChromeKind.HEADLINE_LIST, ChromeKind.RELATED_LIST, ChromeKind.RELATED_HEADING, ChromeKind.TEASER}
)
# A date line's label says whether its date is the published one or an update ("Published:", "erstellt:", "입력"),
# and update labels may follow the published date on the same line ("erstellt: 01. April 2025, 15:25 aktualisiert:
# …", "Publié le 3 mars 2025 à 08h12, modifié le 4 mars …"): a web page's spans joined into one line. Words in
# date_cues.csv (kinds published, updated, later_update). An "updated" date ranks below a published one.
PUBLISHED_CUES = re.compile(rf"^(?:{_alternation(date_cues('published'))})\s*[:：]?\s*", re.IGNORECASE)
UPDATED_CUES = re.compile(rf"^(?:{_alternation(date_cues('updated'))})\s*[:：]?\s*", re.IGNORECASE)
_LATER_UPDATE = re.compile(rf"[\s,;]+(?=(?:{_alternation(date_cues('later_update'))})\b)", re.IGNORECASE)
# A spaced hyphen too: "الجمعة ١٥ مارس ٢٠٢٤ - ٥ رمضان ١٤٤٥ هـ" gives the day in two calendars (the whole line is tried
# first, so "15.03.2024 - 10:42" keeps its time).
_PART_SEPARATORS = re.compile(r"\s*[|•·]\s*|\s+[-—–]\s+|" + _LATER_UPDATE.pattern, re.IGNORECASE)


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


def _strip_cues(part: str) -> tuple[str, bool]:
    """The part without its "Published:"/"Updated:" cue, and whether it is an update date."""
    updated = UPDATED_CUES.match(part) is not None
    return UPDATED_CUES.sub("", PUBLISHED_CUES.sub("", part)).strip(" ,;"), updated


def date_of_line(text: str, now: datetime, language: str | None) -> tuple[datetime, bool] | None:
    """(date, is an update) of a line that is mostly a date, else None.

    The whole line is tried first ("15.03.2024 | 10:42" keeps its time), then each of its parts
    ("Published: 3 March 2024 | Updated: 4 March 2024").
    """
    text = compact_clock(text)
    shown = _without_dated_asides(text, now, language)
    if shown != text:
        dated = date_of_line(shown, now, language)
        if dated is not None:
            return dated
    if len(text.split()) <= 2 * MAX_DATE_LINE_WORDS:  # "کد خبر: ۴۸۲۱۹ تاریخ انتشار: پنجشنبه ۲۴ اسفند ۱۴۰۲ - ۲۱:۳۰"
        solar = solar_hijri_date(text)  # a shape no other text has
        if solar is not None and solar <= now:
            return solar, UPDATED_CUES.match(text.strip()) is not None
    years = {int(y) for y in _FULL_YEAR.findall(text)}
    parts = _PART_SEPARATORS.split(text.strip())
    candidates = [text.strip(), *parts] if len(parts) > 1 else parts
    update: tuple[datetime, bool] | None = None
    # the date closing a byline, on the line or on a part of it ("Door A en B vrijdag 7 maart 2025, 06:00" before
    # "Laatste update: 14:22")
    after_byline = [d for part in dict.fromkeys([text, *parts]) for d in _date_after_byline(part, language)]
    for candidate in [*candidates, *after_byline, *_date_before_byline(text), *_from_published_label(parts)]:
        if sum(any(c.isalnum() for c in w) for w in candidate.split()) > MAX_DATE_LINE_WORDS:
            continue  # a sentence, not a date line; its parts may still be ("… 15:25 aktualisiert: …")
        bare, updated = _strip_cues(candidate)
        for core in [bare, *_date_cores(bare)] if bare else []:
            when = parse_date_text(core, now, language)
            if when is not None and _in_a_written_year(when, years):
                if not updated:
                    return when, updated
                update = update or (when, updated)
                break
    # An update date only when the line shows no published one: "Claire Weber et Tom Schmit Publié le 30.04.2025 à
    # 23:40 Mis à jour le 01.05.2025 à 08:10" (a byline's spans joined into one line) was published on 30 April.
    return update


def _from_published_label(parts: list[str]) -> list[str]:
    """Each part from a "published" label inside it on ("Claire Weber et Tom Schmit Publié le 30.04.2025 à 23:40" →
    "Publié le 30.04.2025 à 23:40"): the names before the label are more words than a date line has."""
    labelled = [(part, _PUBLISHED_CUE_IN_LINE.search(part)) for part in parts]
    return [part[cue.start() :] for part, cue in labelled if cue is not None and cue.start() > 0]


# A year written in full: "18.06.2024", "3 March 2024".
_FULL_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _in_a_written_year(when: datetime, years: set[int]) -> bool:
    """A line that writes its year in full dates to that year: "Hace 2 horas · 18.06.2024 / 21:30 h" is read by
    dateparser as two hours ago, the relative part winning over the date beside it; the next candidate holds it."""
    return not years or when.year in years


# A short bracketed aside: "（7時間前）", "(2 hours ago)" after the date a line shows.
_ASIDE = re.compile(r"\s*[(（]([^()（）]{1,24})[)）]")


def _without_dated_asides(text: str, now: datetime, language: str | None) -> str:
    """The line without a bracketed aside that is itself a date ("令和8年12月2日 18時05分 （7時間前）": how long ago
    that was, which dateparser reads in place of the date before it), when something with a digit is left."""
    if "(" not in text and "（" not in text:
        return text
    shown = _ASIDE.sub(lambda m: "" if parse_date_text(m.group(1), now, language) else m.group(0), text).strip()
    return shown if any(c.isdigit() for c in shown) else text


# A year the date writes: four digits, or the last part of a numeric date ("24/10/12").
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d{1,2}[./-]\d{1,2}[./-]\d{2}(?!\d)")


def _date_after_byline(text: str, language: str | None) -> list[str]:
    """The date closing a byline the line opens with, a credit or two names joined by "and" ("Ilze Bērziņa un Jānis
    Kalniņš 2024. gada 7. martā, 08:15": more words than a date line has), as the one candidate it holds; else []."""
    start = date_tail_start(text)
    if not start or not _WRITTEN_YEAR.search(text, start):
        return []  # "By Julia Beizer, Published: March 8 at 3:23 pm": the year would be the run's
    head = text[:start].rstrip(" ,|·-–—")
    return [text[start:].strip()] if parse_credit_line(head) or names_joined_by_and(head, language) else []


_TOKEN = re.compile(r"\S+")


def _date_before_byline(text: str) -> list[str]:
    """The date opening a line that a byline closes ("Published 23rd August 2025 By Chinedu Okafor (Abuja) and Aisha
    Bello-Yusuf (Kano)": a WordPress theme's date and byline spans joined), as the one candidate it holds; else []."""
    tokens = list(_TOKEN.finditer(text))
    if len(tokens) <= MAX_DATE_LINE_WORDS:
        return []  # the whole line is tried as it is
    for token in tokens[1 : MAX_DATE_LINE_WORDS + 1]:
        head = text[: token.start()]
        if not any(c.isdigit() for c in head):
            continue
        credit = parse_credit_line(text[token.start() :])
        if credit is not None and credit.kind is AttributionKind.AUTHOR and credit.cue:
            return [head.strip()]
    return []


def _date_cores(text: str) -> list[str]:
    """The text from its first to its last token with a digit, then with one word before it.

    Cue words of any language and trailing credits fall away: "erstellt: 01. April 2025, 15:25"
    → "01. April 2025, 15:25"; "2025年03月04日 10:20 来源：日报" → "2025年03月04日 10:20";
    "Published March 4, 2025" → "March 4, 2025"; after a byline, the date the page shows beside it
    ("Von Lena Hoffmann und Felix Braun, dpa 06.01.2026" → "06.01.2026").
    """
    tokens = text.split()
    digits = [i for i, t in enumerate(tokens) if any(c.isdigit() for c in t)]
    if not digits:
        return []
    first, last = digits[0], digits[-1]
    byline = first > MAX_CUE_WORDS and parse_credit_line(" ".join(tokens[:first])) is not None
    if first + (len(tokens) - 1 - last) > MAX_CUE_WORDS and not byline:
        return []  # more words around the digits than a cue and a credit: a sentence, not a date line
    cores = [" ".join(tokens[first : last + 1])]
    if first > 0:
        cores.append(" ".join(tokens[first - 1 : last + 1]))
    return [c for c in cores if c != text]


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
    if best is None or _reads_as_relative(best, now):
        return _labelled_further_down(segmented, now, other_texts, anchor + after + 1) or best
    return best


# A published label anywhere in a line: "Artiklen blev første gang offentliggjort tirsdag 3. marts 2026 kl. 07.12."
_PUBLISHED_CUE_IN_LINE = re.compile(rf"(?<!\w)(?:{_alternation(date_cues('published'))})(?!\w)", re.IGNORECASE)


def _labelled_further_down(
    segmented: Segmented, now: datetime, other_texts: frozenset[int], start: int
) -> PublishedDate | None:
    """The date a "published" label gives further down the article (or just under it), with its year written: the
    note closing a story ("Опубликовано 11 ноября 2025", "This article was first published on …") when the head
    shows no date or only a relative one ("вчера, 18:40", "i dag kl. 07.12": counted from the clock, wrong once the
    page is read later)."""
    if segmented.main_region is None:
        return None
    last, beyond = segmented.main_region[1], 0
    for i in range(start, len(segmented.lines)):
        ll = segmented.lines[i]
        beyond += ll.line.number > last and bool(ll.line.text.strip())
        if beyond > NOTE_LINES_AFTER_TEXT:
            break
        cue = _PUBLISHED_CUE_IN_LINE.search(ll.line.text)
        if cue is None or _in_a_list(segmented.lines, i) or ll.line.number in other_texts:
            continue
        if ll.line.number > last and cue.start() > 0:
            continue  # under the text a label opens the note; after a headline it dates a teaser ("Mehr Busse …")
        labelled = ll.line.text[cue.start() :]
        dated = date_of_line(labelled, now, segmented.language) if _FULL_YEAR.search(labelled) else None
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
    return found.when >= now - RELATIVE_WITHIN and not _FULL_YEAR.search(found.text)


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
