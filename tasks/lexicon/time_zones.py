"""The publisher's time zone, from what a page says of its country and language (data: time_zones.csv).

A page that declares its publication time in UTC only ("2024-09-02T21:20:00Z") was published on the local day of its
newsroom, which the gold of a news page (and its readers) count in: 00:20 on 3 September in Vilnius. The country comes
from the locale's region ("en-AU", og:locale "es_MX"; not a CMS's default locale such as fr_FR or en_US, which sites of
every country keep), else the address's country-code domain; the language decides only where it is written in one UTC
offset (not en, es, pt, fr, ar, fa).
"""

from __future__ import annotations

from functools import cache
from zoneinfo import ZoneInfo

from tasks.lexicon.site_domains import site_of_url
from tasks.lexicon.vocabulary import read_rows


@cache
def _zones() -> dict[tuple[str, str], str]:
    return {(row["kind"], row["key"]): row["zone"] for row in read_rows("time_zones.csv")}


def country_code_of(url: str | None) -> str | None:
    """The country-code top-level domain of an address ("lrt.lt" → "lt", "bbc.co.uk" → "uk"), else None (a malformed
    address too: :func:`site_of_url` reads it)."""
    site = site_of_url(url) or ""
    tld = site.rsplit(".", 1)[-1] if "." in site else ""
    return tld if len(tld) == 2 and tld.isalpha() else None


def publisher_zone(region: str | None, urls: tuple[str | None, ...], language: str | None) -> ZoneInfo | None:
    """The zone of the page's country (its locale's region, else its address's country domain), else of its
    language where that language is written in one offset; None when nothing tells."""
    zones = _zones()
    if region and ("default_locale", f"{language}-{region}") in zones:
        region = None  # "fr-FR" on a Senegalese site: the CMS's default locale, which names no country
    countries = [region, *(country_code_of(u) for u in urls)]
    key = next((("country", c) for c in countries if c and ("country", c) in zones), None)
    if key is None and language and ("language", language) in zones:
        key = ("language", language)
    return ZoneInfo(zones[key]) if key else None
