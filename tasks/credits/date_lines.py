"""Read one line as a date: "23 июня 2022, 21:13", "15.03.2024 | 10:42", "Published: 3 March 2024 | Updated: 4 March
2024", a byline's date on its line ("Von Lena Hoffmann, dpa 06.01.2026"). :mod:`tasks.credits.dates` chooses which
line near the headline dates the article; this module says what date a line shows and whether it is an update.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import lru_cache

from schemas import AttributionKind
from tasks.credits.names import caseless_names_joined_by_and, names_joined_by_and
from tasks.lexicon.bikram_sambat import bikram_sambat_date
from tasks.lexicon.calendar_eras import with_common_era_years
from tasks.lexicon.clock_times import compact_clock, without_clock_tail
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.date_retries import ASIDE, gregorian_equivalent, is_other_era_aside, marked_date_tail
from tasks.lexicon.date_text import (
    FULL_YEAR,
    date_tail_start,
    numeric_order,
    parse_date_text,
    without_count_tail,
)
from tasks.lexicon.date_vocabulary import clock_words, date_cues
from tasks.lexicon.digits import has_digit
from tasks.lexicon.hijri_dates import ASCII_DIGITS, solar_hijri_date

# A date line is short: a date, perhaps a time, a cue word and a separator or two.
MAX_DATE_LINE_WORDS = 8
# Words a date line may carry around its date ("Publicado el", "erstellt:", "来源：日报").
MAX_CUE_WORDS = 3


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in words)


# A date line's label says whether its date is the published one or an update ("Published:", "erstellt:", "입력"),
# and update labels may follow the published date on the same line ("erstellt: 01. April 2025, 15:25 aktualisiert:
# …", "Publié le 3 mars 2025 à 08h12, modifié le 4 mars …"): a web page's spans joined into one line. Words in
# date_cues.csv (kinds published, updated, later_update). An "updated" date ranks below a published one.
PUBLISHED_CUES = re.compile(rf"^(?:{_alternation(date_cues('published'))})\s*[:：]?\s*", re.IGNORECASE)
UPDATED_CUES = re.compile(rf"^(?:{_alternation(date_cues('updated'))})\s*[:：]?\s*", re.IGNORECASE)
# (?!\w), not \b: a label may end in a vowel sign, no word character ("ನವೀಕರಿಸಲಾಗಿದೆ:", Kannada "updated"). The
# label may open a bracket ("07. Oktober 2025, 23:48 Uhr (aktualisiert: 08.10.2025, 10:41 Uhr)"): the update, an aside.
_LATER_UPDATE = re.compile(
    rf"(?:[\s,;]+[(\[（]?|[(\[（])(?=(?:{_alternation(date_cues('later_update'))})(?!\w))", re.IGNORECASE
)
# A spaced hyphen too: "الجمعة ١٥ مارس ٢٠٢٤ - ٥ رمضان ١٤٤٥ هـ" gives the day in two calendars (the whole line is tried
# first, so "15.03.2024 - 10:42" keeps its time).
_PART_SEPARATORS = re.compile(r"\s*[|•·｜]\s*|\s+[-—–]\s+|" + _LATER_UPDATE.pattern, re.IGNORECASE)

# A middle dot between two digits: a numeric date so written (the Galician and Spanish papers' "27·09·24"), where
# a spaced one parts a line's spans.
_DOTTED_DIGITS = re.compile(r"(?<=\d)·(?=\d)")

# A published label anywhere in a line: "Artiklen blev første gang offentliggjort tirsdag 3. marts 2026 kl. 07.12."
PUBLISHED_CUE_IN_LINE = re.compile(rf"(?<!\w)(?:{_alternation(date_cues('published'))})(?!\w)", re.IGNORECASE)
# A date field's label, the word "date" of a language, before its colon ("Sana: 14.10.2025, 18:40", "Fecha: 3 de marzo
# de 2025"; date_cues.csv kind date_field): a label only with the colon, as a common noun it opens sentences too.
DATE_FIELD_IN_LINE = re.compile(rf"(?<!\w)(?:{_alternation(date_cues('date_field'))})\s*[:：]", re.IGNORECASE)
_DATE_FIELD = re.compile(rf"^(?:{_alternation(date_cues('date_field'))})\s*[:：]\s*", re.IGNORECASE)


def _strip_cues(part: str) -> tuple[str, bool]:
    """The part without its "Published:"/"Updated:" cue, and whether it is an update date."""
    updated = UPDATED_CUES.match(part) is not None
    return UPDATED_CUES.sub("", _DATE_FIELD.sub("", PUBLISHED_CUES.sub("", part))).strip(" ,;"), updated


def date_of_line(text: str, now: datetime, language: str | None) -> tuple[datetime, bool] | None:
    """(date, is an update) of a line that is mostly a date, else None.

    The whole line is tried first ("15.03.2024 | 10:42" keeps its time), then each of its parts
    ("Published: 3 March 2024 | Updated: 4 March 2024").
    """
    text = compact_clock(text).translate(ASCII_DIGITS)  # "٢٠٢٥": a year the checks below read as "2025"
    text = _DOTTED_DIGITS.sub(".", text)  # "27·09·24 | 06:00": a numeric date's middle dots, no parts' separators
    shown = _without_dated_asides(text, now, language)
    if shown != text:
        dated = date_of_line(shown, now, language)
        if dated is not None:
            return dated
    if len(text.split()) <= 2 * MAX_DATE_LINE_WORDS:  # "کد خبر: ۴۸۲۱۹ تاریخ انتشار: پنجشنبه ۲۴ اسفند ۱۴۰۲ - ۲۱:۳۰"
        solar = solar_hijri_date(text)  # a shape no other text has
        # a Nepali page's Bikram Sambat date, its year no Gregorian one ("२०८२ असोज २४ गते शुक्रबार १९:१०")
        solar = solar or (bikram_sambat_date(text) if language == "ne" else None)
        if solar is not None and solar <= now:
            updated = UPDATED_CUES.match(text.strip()) is not None
            # "به‌روزرسانی: ۱۴۰۳/۱۲/۱۵ … تاریخ انتشار: ۱۴۰۳/۱۲/۱۴": the update first, the published date after its label
            published = [d for p in _from_published_label([text]) if (d := solar_hijri_date(p)) and d <= now]
            return (published[0], False) if updated and published else (solar, updated)
    years = {int(y) for y in FULL_YEAR.findall(text)}
    parts = _PART_SEPARATORS.split(text.strip())
    candidates = [text.strip(), *parts] if len(parts) > 1 else parts
    candidates += [*_without_count(text), *_year_asides(text)]
    # "… 1447هـ الموافق 12 أكتوبر 2025": the Gregorian day of a two-calendar line; a Khmer byline's date, from its
    # first date part's name on (more words than a date line has, together), and that of its Gregorian day
    equivalent = gregorian_equivalent(text)
    candidates += [c for c in (equivalent, marked_date_tail(text), equivalent and marked_date_tail(equivalent)) if c]
    update: tuple[datetime, bool] | None = None
    # the date closing a byline, on the line or on a part of it ("Door A en B vrijdag 7 maart 2025, 06:00" before
    # "Laatste update: 14:22")
    after_byline = [d for part in dict.fromkeys([text, *parts]) for d in _date_after_byline(part, language)]
    for candidate in [*candidates, *after_byline, *_date_before_byline(text), *_from_published_label(parts)]:
        bare, updated = _strip_cues(candidate)
        # counted without its label ("Posted on Wednesday, September 03, 2025 at 11:52 pm": nine words, a date of eight)
        if _date_words(bare) > MAX_DATE_LINE_WORDS:
            continue  # a sentence, not a date line; its parts may still be ("… 15:25 aktualisiert: …")
        # last, the date before a clock time whose day-period word dateparser does not know ("… බ්‍රහස්පතින්දා, රාත්‍රී
        # 11:35", also after a byline's names)
        for core in [bare, *_date_cores(bare), *filter(None, [without_clock_tail(bare)])] if bare else []:
            when = parse_date_text(core, now, language)
            if when is not None and _in_a_written_year(when, years):
                if not updated:
                    return when, updated
                update = update or (when, updated)
                break
    # An update date only when the line shows no published one: "Claire Weber et Tom Schmit Publié le 30.04.2025 à
    # 23:40 Mis à jour le 01.05.2025 à 08:10" (a byline's spans joined into one line) was published on 30 April.
    return update


# The small words of a written-out date: the Iberian links between day, month and year and the clock's ("4 de marzo de
# 2025 a las 19:40", "4 de març de 2025 a les 19:40"; date_cues.csv kinds month_link and clock), no words of a sentence.
_DATE_SMALL_WORDS = frozenset({*date_cues("month_link"), *clock_words()})


def _date_words(text: str) -> int:
    """The words of a date line, its small words uncounted: "Publicado el 4 de marzo de 2025 a las 19:40" is a date of
    five words and a label, not a sentence of ten."""
    return sum(any(c.isalnum() for c in w) and w.casefold() not in _DATE_SMALL_WORDS for w in text.split())


def _from_published_label(parts: list[str]) -> list[str]:
    """Each part from a "published" label inside it on ("Claire Weber et Tom Schmit Publié le 30.04.2025 à 23:40" →
    "Publié le 30.04.2025 à 23:40"): the names before the label are more words than a date line has."""
    labelled = [(part, PUBLISHED_CUE_IN_LINE.search(part)) for part in parts]
    return [part[cue.start() :] for part, cue in labelled if cue is not None and cue.start() > 0]


def _in_a_written_year(when: datetime, years: set[int]) -> bool:
    """A line that writes its year in full dates to that year: "Hace 2 horas · 18.06.2024 / 21:30 h" is read by
    dateparser as two hours ago, the relative part winning over the date beside it; the next candidate holds it."""
    return not years or when.year in years


def _without_dated_asides(text: str, now: datetime, language: str | None) -> str:
    """The line without a bracketed aside that is itself a date ("令和8年12月2日 18時05分 （7時間前）": how long ago
    that was, which dateparser reads in place of the date before it), or the same day in another calendar after the
    Gregorian date ("2026 ജനുവരി 9, വെള്ളി (1201 ധനു 25)"), when something with a digit is left. An aside that
    writes the year the rest does not is the date itself, the rest a relative one ("Вчера, 22:40 (05.11.2025)",
    "Today, 09:15 (3 March 2025)": counted from the clock, wrong once the page is read later), and stays."""
    if "(" not in text and "（" not in text:
        return text

    def dated(aside: re.Match[str]) -> bool:
        if aside.group(1) in _year_asides(text):
            return False
        return is_other_era_aside(aside.group(1), text) or parse_date_text(aside.group(1), now, language) is not None

    shown = ASIDE.sub(lambda m: "" if dated(m) else m.group(0), text).strip()
    return shown if has_digit(shown) else text


def _year_asides(text: str) -> list[str]:
    """The bracketed asides that write a year the rest of the line does not: the whole date beside a relative one
    ("Вчера, 22:40 (05.11.2025)", "3 hours ago (12 October 2025)"), a candidate of its own."""
    if "(" not in text and "（" not in text:
        return []
    asides = list(ASIDE.finditer(text))
    rest = ASIDE.sub("", text)
    return [] if FULL_YEAR.search(rest) else [a.group(1) for a in asides if FULL_YEAR.search(a.group(1))]


# A year the date writes: four digits, or the last part of a numeric date ("24/10/12").
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d{1,2}[./-]\d{1,2}[./-]\d{2}(?!\d)")


def _date_after_byline(text: str, language: str | None) -> list[str]:
    """The date closing a byline the line opens with, a credit or two names joined by "and" ("Ilze Bērziņa un Jānis
    Kalniņš 2024. gada 7. martā, 08:15": more words than a date line has), as the one candidate it holds; else []."""
    start = date_tail_start(text, dotted=True)
    # (a Thai page's Buddhist-era year read as the Gregorian one it is: "… 15 ม.ค. 2569", the same length)
    if not start or not _WRITTEN_YEAR.search(with_common_era_years(text), start):
        return []  # "By Julia Beizer, Published: March 8 at 3:23 pm": the year would be the run's
    head = text[:start].rstrip(" ,|·-–—")
    joined = names_joined_by_and(head, language) or caseless_names_joined_by_and(head, language)
    return [text[start:].strip()] if parse_credit_line(head) or joined else []


def _without_count(text: str) -> list[str]:
    """The line without the read or comment count closing it, if a digit is left before it; else []."""
    rest = without_count_tail(text)
    return [rest] if rest is not None else []


_TOKEN = re.compile(r"\S+")


def _date_before_byline(text: str) -> list[str]:
    """The date opening a line that a byline closes ("Published 23rd August 2025 By Chinedu Okafor (Abuja) and Aisha
    Bello-Yusuf (Kano)": a WordPress theme's date and byline spans joined; "Thursday 3 July 2025 By Jane Miller", too
    many words around the date for its cores; "2025年12月03日 08:30 来源：鹰潭日报 记者 王丽娟 浏览次数：3862",
    a portal's info bar of date, source, reporters and read count joined into one line), as the candidates it holds,
    the longest first: each head holding a digit before a cued author or source credit that starts within the line's
    first MAX_DATE_LINE_WORDS + 1 words; else []."""
    heads: list[str] = []
    for token in reversed(list(_TOKEN.finditer(text))[1 : MAX_DATE_LINE_WORDS + 1]):
        head = text[: token.start()]
        if not has_digit(head):
            break
        credit = parse_credit_line(text[token.start() :])
        if credit is not None and credit.kind in _INFO_BAR_CREDITS and credit.cue:
            heads.append(head.strip())
    return heads


# The credits an info bar sets after the story's date: the writer's ("By …") and the source's ("来源：鹰潭日报",
# "Source: …", "Quelle: …"), the fields a Chinese portal's bar joins after its date, then its reporters and its read
# count. Not a photo's: a caption may close on a date before its credit.
_INFO_BAR_CREDITS = frozenset({AttributionKind.AUTHOR, AttributionKind.SOURCE})


def _date_cores(text: str) -> list[str]:
    """The text from its first to its last token with a digit, then with one word before it.

    Cue words of any language and trailing credits fall away: "erstellt: 01. April 2025, 15:25"
    → "01. April 2025, 15:25"; "2025年03月04日 10:20 来源：日报" → "2025年03月04日 10:20";
    "Published March 4, 2025" → "March 4, 2025"; after a byline, the date the page shows beside it
    ("Von Lena Hoffmann und Felix Braun, dpa 06.01.2026" → "06.01.2026").
    """
    tokens = text.split()
    digits = [i for i, t in enumerate(tokens) if has_digit(t)]
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


# A time of day alone with its half of the day or its zone ("1:39 PM ET", "11:05 a.m. EST"): the article's timestamp
# where the site writes the day only on older stories; a clock with neither ("3:45") is as often a video's length.
_CLOCK_LINE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:(?i:[ap]\.?m\.?)(?:\s+[A-Z]{1,4})?|[A-Z]{2,4})")


def is_clock_line(text: str) -> bool:
    """The line is a time of day and nothing else, with its "AM"/"PM" or its time zone ("1:39 PM ET")."""
    return _CLOCK_LINE.fullmatch(text.strip()) is not None


# An info bar's separators, and a place before its date ("Ljubljana, ", "Novo mesto, "): one or two words and a comma.
INFO_BAR_MARKS = "|•·｜"
_INFO_BAR = re.compile(rf"\s*[{re.escape(INFO_BAR_MARKS)}]\s*")
_PLACE_BEFORE_DATE = re.compile(r"[^\W\d_][^\W\d_.-]*(?:\s[^\W\d_][^\W\d_.-]*)?,\s*")


def name_after_date_bar(text: str) -> int | None:
    """Where the rest of an info bar opened by the article's date starts ("Ljubljana, 8. 3. 2024 ob 14:12 | Matej
    Zupan", "12. März 2025 · Anna Berg"): the date, maybe after its place and a comma, then a bar or a dot; the last
    such bar (the date may have its time after one: "14.11.2023 | 11:27 | Anna Berg"), or None."""
    for bar in reversed(list(_INFO_BAR.finditer(text)) if any(mark in text for mark in INFO_BAR_MARKS) else []):
        head = text[: bar.start()].lstrip()
        start = date_tail_start(head) if head else None
        if start is not None and (not start or _PLACE_BEFORE_DATE.fullmatch(head[:start])) and text[bar.end() :]:
            return bar.end()
    return None


# Only asks whether a line is a date, never which: any moment after every page's date will do.
_PROBE_NOW = datetime(2200, 1, 1, tzinfo=UTC)
# A language whose numeric dates read one way round (day first), to ask whether an ambiguous one is a date at all.
_ONE_ORDER_LANGUAGE = "de"


@lru_cache(maxsize=4096)
def is_date_line(text: str, language: str | None) -> bool:
    """The line is a date ("Published 7:07 PM EST Nov 19, 2019"; dateparser: milliseconds a call; the same lines
    are asked about by several checks)."""
    if date_of_line(text, _PROBE_NOW, language) is not None:
        return True
    # "5:11 PM on 08/02/2012" on an English page: which day is unknown (US and UK order differ), a date all the same
    return numeric_order(text, language) is None and date_of_line(text, _PROBE_NOW, _ONE_ORDER_LANGUAGE) is not None
