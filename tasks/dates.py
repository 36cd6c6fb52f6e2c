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
from typing import Any

import dateparser

from schemas import ChromeKind, Label
from tasks.segment import LabelledLine, Segmented

# How many lines above and below the title (or the start of the main text) a date line may stand.
DATE_LINES_BEFORE = 3
DATE_LINES_AFTER = 3
# A date line is short: a date, perhaps a time, a cue word and a separator or two.
MAX_DATE_LINE_WORDS = 8
# Words a date line may carry around its date ("Publicado el", "erstellt:", "来源：日报").
MAX_CUE_WORDS = 3
# A page may be stamped a little after the run's clock (time zones, clock skew), not more.
FUTURE_TOLERANCE = timedelta(days=1)
# Chrome kinds that are lists of other pages: a date in them dates another page.
LIST_KINDS = frozenset(
    {ChromeKind.HEADLINE_LIST, ChromeKind.RELATED_LIST, ChromeKind.RELATED_HEADING, ChromeKind.TEASER}
)
# Parts of a date line that name what the date is; an "updated" date ranks below a published one.
PUBLISHED_CUES = re.compile(
    r"^(?:published|posted|date|опубликовано|дата публикации|публикация|дата|опубліковано|публикувано|"
    r"veröffentlicht|publié le|publié|publicado|pubblicato|opublikowano|publikováno|yayınlanma tarihi|"
    r"yayınlandı|nşr olunub|تاريخ النشر|نشر في|发布时间|发布于|公開日|게시일)\s*[:：]?\s*",
    re.IGNORECASE,
)
UPDATED_CUES = re.compile(
    r"^(?:updated|last updated|обновлено|обновлён|оновлено|актуализирано|aktualisiert|mis à jour|actualizado|"
    r"atualizado|aggiornato|zaktualizowano|aktualizováno|güncellendi|更新时间|更新日|업데이트)\s*[:：]?\s*",
    re.IGNORECASE,
)
_PART_SEPARATORS = re.compile(r"\s*[|•·]\s*|\s+[—–]\s+")
_NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4}年|\d{4}-\d{2}-\d{2}")
_NUMBER_OR_TIME = re.compile(r"^[\d\s:.,/-]*$")
_WORD = re.compile(r"[^\W\d_]{2,}")
_YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")
# "01/04/2025": day and month could be either way round; only the page's language tells which.
_DAY_MONTH = re.compile(r"(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)")
_H_TIME = re.compile(r"\b(\d{1,2})h(\d{2})\b")  # "10h20": French and Portuguese clock times
_SETTINGS: dict[str, Any] = {
    "RETURN_AS_TIMEZONE_AWARE": True,
    "TIMEZONE": "UTC",
    "TO_TIMEZONE": "UTC",
    "PREFER_DATES_FROM": "past",
    "REQUIRE_PARTS": ["day", "month"],
}


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
    """A date a page declares in its markup (JSON-LD, meta, <time>): ISO 8601 with a space or ``T``,
    with or without a zone, else whatever dateparser reads in the page's language ("01.04.2025 15:25",
    "Tue, 01 Apr 2025 15:25:00 +0200"). A bare number is not a date."""
    if not value or not value.strip() or (_NUMBER_OR_TIME.match(value.strip()) and not _NUMERIC_DATE.search(value)):
        return None
    try:
        when: datetime | None = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        when = _parse_declared(value.strip(), language)
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return PublishedDate(when=when, line=0, text=value.strip(), origin=origin)


def numeric_order(text: str, language: str | None) -> str | None:
    """How to read a numeric date whose first two numbers could be day or month: "" (as the language
    says), "DMY" (dots mean day first wherever they are used), or None (English or unknown language
    with slashes or dashes: US and UK disagree, so the date is not read at all)."""
    match = _DAY_MONTH.search(text)
    if match is None or int(match.group(1)) > 12 or int(match.group(3)) > 12 or match.group(1) == match.group(3):
        return ""
    if language not in (None, "en"):
        return ""
    return "DMY" if match.group(2) == "." else None


def _parse_declared(value: str, language: str | None) -> datetime | None:
    order = numeric_order(value, language)
    if order is None:
        return None
    settings: Any = {"RETURN_AS_TIMEZONE_AWARE": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    if order:
        settings["DATE_ORDER"] = order
    for languages in ([language] if language and language != "en" else ["en"], ["en"], None):
        try:
            parsed: datetime | None = dateparser.parse(value, languages=languages, settings=settings)
        except ValueError:  # a language dateparser does not know
            continue
        if parsed is not None:
            years = _YEAR.findall(value)
            return parsed if not years or str(parsed.year) in years else None
    return None


def looks_like_date_text(text: str) -> bool:
    """A date written with a day and a month: digits alone ("1084", "21:13") are not enough."""
    if _NUMERIC_DATE.search(text):
        return True
    return not _NUMBER_OR_TIME.match(text) and bool(_WORD.search(text)) and any(c.isdigit() for c in text)


def _language_tries(language: str | None) -> list[list[str] | None]:
    """Locales to try: the article's, then English (dates in many sites' templates).

    Letting dateparser guess among all its locales costs ~0.2 s a line, so it is the last resort,
    only for pages whose language is unknown.
    """
    if language is None:
        return [None]
    return [[language], ["en"]] if language != "en" else [["en"]]


def parse_date_text(text: str, now: datetime, language: str | None) -> datetime | None:
    """The moment a short date text names, read by dateparser; None if it names none or a future one."""
    if not looks_like_date_text(text):
        return None
    text = _H_TIME.sub(r"\1:\2", text)
    order = numeric_order(text, language)
    if order is None:
        return None
    settings = {**_SETTINGS, "RELATIVE_BASE": now.astimezone(UTC).replace(tzinfo=None)}
    if order:
        settings["DATE_ORDER"] = order
    parsed: datetime | None = None
    tries = _language_tries(language)
    for languages in tries:
        try:
            parsed = dateparser.parse(text, languages=languages, settings=settings)
        except ValueError:  # a language dateparser does not know: let it detect one
            parsed = None
            tries.append(None)
        if parsed is not None:
            break
    if parsed is None or parsed > now + FUTURE_TOLERANCE:
        return None
    # dateparser fills what it cannot read from the run's clock: a year the text writes must survive.
    years = _YEAR.findall(text)
    if years and str(parsed.year) not in years:
        return None
    return parsed.astimezone(UTC)


def _strip_cues(part: str) -> tuple[str, bool]:
    """The part without its "Published:"/"Updated:" cue, and whether it is an update date."""
    updated = UPDATED_CUES.match(part) is not None
    return UPDATED_CUES.sub("", PUBLISHED_CUES.sub("", part)).strip(" ,;"), updated


def date_of_line(text: str, now: datetime, language: str | None) -> tuple[datetime, bool] | None:
    """(date, is an update) of a line that is mostly a date, else None.

    The whole line is tried first ("15.03.2024 | 10:42" keeps its time), then each of its parts
    ("Published: 3 March 2024 | Updated: 4 March 2024").
    """
    if sum(any(c.isalnum() for c in w) for w in text.split()) > MAX_DATE_LINE_WORDS:
        return None
    parts = _PART_SEPARATORS.split(text.strip())
    for candidate in [text.strip(), *parts] if len(parts) > 1 else parts:
        bare, updated = _strip_cues(candidate)
        for core in [bare, *_date_cores(bare)] if bare else []:
            when = parse_date_text(core, now, language)
            if when is not None:
                return when, updated
    return None


def _date_cores(text: str) -> list[str]:
    """The text from its first to its last token with a digit, then with one word before it.

    Cue words of any language and trailing credits fall away: "erstellt: 01. April 2025, 15:25"
    → "01. April 2025, 15:25"; "2025年03月04日 10:20 来源：日报" → "2025年03月04日 10:20";
    "Published March 4, 2025" → "March 4, 2025".
    """
    tokens = text.split()
    digits = [i for i, t in enumerate(tokens) if any(c.isdigit() for c in t)]
    if not digits:
        return []
    first, last = digits[0], digits[-1]
    if first + (len(tokens) - 1 - last) > MAX_CUE_WORDS:
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


def find_published_date(segmented: Segmented, now: datetime) -> PublishedDate | None:
    """The article's publication date where a line near its title shows it, else None."""
    anchor = _anchor(segmented)
    if anchor is None:
        return None
    lines = segmented.lines
    window = range(max(0, anchor - DATE_LINES_BEFORE), min(len(lines), anchor + DATE_LINES_AFTER + 1))
    found: list[tuple[int, PublishedDate]] = []
    for i in window:
        ll = lines[i]
        # A date line right under the headline may itself have been taken for the title: a line
        # that is wholly a date is a date line whatever its label.
        if _in_a_list(lines, i):
            continue
        dated = date_of_line(ll.line.text, now, segmented.language)
        if dated is not None:
            found.append((abs(i - anchor), PublishedDate(dated[0], ll.line.number, ll.line.text, dated[1])))
    if not found:
        return None
    return min(found, key=lambda f: (f[1].updated, f[0]))[1]
