"""An HTML page's publication date: what its markup declares, the local day its text shows, its address.

The markup's dates come first (JSON-LD, <meta>, <time>; :mod:`tasks.html.meta_dates`), then a date line near the
headline, then the date in the page's address. Dates that belong to other texts (sidebars, menus, footers, teaser
lists) are never the article's.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime, timedelta

from tasks.credits.dates import PublishedDate, date_in_url, find_published_date, published_from_meta
from tasks.html.meta import PageMeta
from tasks.html.segment import StructuredSegmented
from tasks.lexicon.language import language_codes
from tasks.lexicon.time_zones import publisher_zone
from tasks.text.features import count_words, dominant_script
from tasks.text.segment import Segmented

# A declared date before this is a CMS default or a parse error, not a news article's date.
EARLIEST_DATE = datetime(1990, 1, 1, tzinfo=UTC)


def page_published(
    meta: PageMeta, page: StructuredSegmented, now: datetime, url: str | None = None
) -> PublishedDate | None:
    """The first date the markup declares that is plausible, else a date line near the headline, else the
    date in the page's address (`url`, else its canonical URL)."""
    for value in meta.published_candidates:
        declared = published_from_meta(value, language=meta.language)
        if declared is not None and EARLIEST_DATE <= declared.when <= now + timedelta(days=1):
            if not _in_utc(value):
                return declared
            own = _with_own_offset(declared, meta)
            if own is not None:
                return own
            local = _local_day(declared, page, now)
            return local if local is not declared else _in_publisher_zone(declared, meta, url)
    found = (
        find_published_date(_in_declared_language(meta, page.segmented), now, _dating_other_texts(page))
        or date_in_url(url) or date_in_url(meta.canonical_url)
    )  # fmt: skip
    return found if found is not None and EARLIEST_DATE <= found.when <= now + timedelta(days=1) else None


def _in_declared_language(meta: PageMeta, segmented: Segmented) -> Segmented:
    """The page read in the language its <html lang> declares where the identifier cannot name that language and
    guessed another: a Tigrinya page is "am" to it (Amharic, the one language of the Ge'ez script it knows), whose
    month names are the Ethiopian calendar's, where Eritrean pages write "20 ሕዳር 2025" for 20 November."""
    declared = meta.language
    if not declared or declared == segmented.language or declared in language_codes():
        return segmented
    return dataclasses.replace(segmented, language=declared)


# A declared time in UTC: "2024-06-03T02:30:00Z", "…+00:00", "Mon, 03 Jun 2024 02:30:00 GMT".
_UTC_MARK = re.compile(r"(?:Z|[+-]00:?00|\b(?:GMT|UTC))\s*$", re.IGNORECASE)


def _in_utc(value: str) -> bool:
    return _UTC_MARK.search(value.strip()) is not None


def _with_own_offset(declared: PublishedDate, meta: PageMeta) -> PublishedDate | None:
    """The same moment as a UTC date, written elsewhere in the markup with the publisher's own offset: JSON-LD's
    "2026-07-08T15:40:00Z" beside the Open Graph "2026-07-08T23:40:00+08:00" (a CMS writes UTC in one tag and local
    time in another). The page's own offset beats a zone guessed from its country, which is one zone where a country
    has several (Perth is eight hours ahead of UTC, Sydney ten)."""
    for value in meta.published_candidates:
        if _in_utc(value):
            continue
        other = published_from_meta(value, language=meta.language)
        offset = other.when.utcoffset() if other is not None else None
        if other is not None and offset and other.when == declared.when:
            return other
    return None


def _local_day(declared: PublishedDate, page: StructuredSegmented, now: datetime) -> PublishedDate:
    """The publisher's day where the markup gives the time in UTC only and the page shows its local date: a story
    published at 20:30 in Mexico City is "2024-06-03T02:30:00Z" in its JSON-LD and "2 de junio de 2024" on screen.
    The shown date wins only when it is the day before or after (what a time zone can shift), so a header's date of
    today, or another story's, does not."""
    # The byline block may stand between the headline and the date (authors, photographer, caption): a date line
    # that only confirms a declared day may stand further down than one that would be the date on its own.
    shown = find_published_date(page.segmented, now, _dating_other_texts(page), after=LOCAL_DAY_LINES_AFTER)
    if shown is None or shown.updated:
        return declared
    shift = (shown.when.date() - declared.when.date()).days
    hour = declared.when.hour
    if (shift == 1 and hour >= UTC_SHIFT_MIN_HOUR) or (shift == -1 and hour < UTC_SHIFT_MAX_HOUR):
        return dataclasses.replace(shown, origin=f"{declared.origin}, shown as the local day")
    return declared


def _in_publisher_zone(declared: PublishedDate, meta: PageMeta, url: str | None) -> PublishedDate:
    """A UTC time the page shows no local day for, on the clock of the publisher's zone (tasks.lexicon.time_zones):
    "2024-09-02T21:20:00Z" on a Lithuanian page is 00:20 on 3 September. Kept as the wall time, like a date the page
    shows ("18.06.2024 21:30")."""
    zone = publisher_zone(meta.region, (meta.canonical_url, url), meta.language)
    if zone is None:
        return declared
    wall = declared.when.astimezone(zone).replace(tzinfo=UTC)
    return dataclasses.replace(declared, when=wall, origin=f"{declared.origin}, on the clock of {zone.key}")


# A zone shifts the day forward only for UTC times of 10:00 or later (offsets reach +14) and back only before 12:00.
UTC_SHIFT_MIN_HOUR, UTC_SHIFT_MAX_HOUR = 10, 12
LOCAL_DAY_LINES_AFTER = 8

# Elements whose dates belong to other texts: sidebars, menus, footers.
_OTHER_TEXTS = re.compile(r"(?:^|/)(?:aside|nav|footer)(?:/|$)")
# A list item whose list holds a link this dense dates a teaser ("<li><a>Headline</a> <time>19/02</time></li>").
MIN_TEASER_LINK_DENSITY = 0.5


# A teaser's link is a headline; an info bar's are a word or three (the author's name, "3 comments").
MIN_TEASER_LINK_WORDS = 4


def _dating_other_texts(page: StructuredSegmented) -> frozenset[int]:
    """Line numbers of blocks in a sidebar, menu or footer, or in a list item of a list of links to headlines (not
    a theme's info bar set as a list: "<ul class="post-meta"><li>By <a>Ann Lee</a></li><li>20 Nov 2025</li><li><a>3
    comments</a></li></ul>")."""
    lists = [b.tag_path.rsplit("/li", 1)[0] if b.tag_path and "/li" in b.tag_path else None for b in page.blocks]
    linked = {path for path, b in zip(lists, page.blocks, strict=True)
              if path and (b.link_density or 0.0) >= MIN_TEASER_LINK_DENSITY
              and count_words(b.text, dominant_script(b.text)[0]) >= MIN_TEASER_LINK_WORDS}  # fmt: skip
    return frozenset(
        ll.line.number
        for b, path, ll in zip(page.blocks, lists, page.segmented.lines, strict=True)
        if (b.tag_path and _OTHER_TEXTS.search(b.tag_path)) or path in linked
    )
