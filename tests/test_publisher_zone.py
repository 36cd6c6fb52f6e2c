"""A publication time declared in UTC only is read on the publisher's clock (tasks/lexicon/time_zones.py): the day a
news page counts is its newsroom's, which the page's country (locale region, country domain) or a language written
in one offset tells."""

from __future__ import annotations

from datetime import UTC, datetime

from tasks.credits.page_dates import page_published
from tasks.lexicon.time_zones import country_code_of, publisher_zone
from tasks.pipeline_html import HtmlPage, extract_html
from tests.test_html_pipeline import PARAGRAPHS

NOW = datetime(2026, 12, 4, tzinfo=UTC)


def _page(lang: str, published: str, url: str = "https://news.example/a", locale: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    og = f'<meta property="og:locale" content="{locale}">' if locale else ""
    return (
        f'<html lang="{lang}"><head>{og}<link rel="canonical" href="{url}"><script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "datePublished": "{published}"}}</script></head><body><article>'
        f"<h1>Council backs the tram plan</h1>{paragraphs}</article></body></html>"
    )


def _day(html: str) -> str | None:
    page = extract_html(html.encode())
    assert isinstance(page, HtmlPage)
    found = page_published(page.meta, page.page, NOW)
    return found.when.date().isoformat() if found else None


def test_a_utc_time_is_read_on_the_clock_of_the_pages_language_or_country() -> None:
    assert _day(_page("lt", "2024-09-02T21:20:00Z")) == "2024-09-03"  # 00:20 in Vilnius
    assert _day(_page("en-AU", "2024-03-08T13:05:00.000Z")) == "2024-03-09"  # 00:05 in Sydney
    assert _day(_page("en", "2024-03-08T13:05:00Z", url="https://www.theage.com.au/a")) == "2024-03-09"


def test_nothing_that_names_a_country_leaves_the_utc_day() -> None:
    assert _day(_page("en", "2024-03-08T23:30:00Z")) == "2024-03-08"  # English is written in every offset
    # fr-FR is the locale French CMSs ship with; a Senegalese site (UTC+0) keeps it: it names no country.
    assert _day(_page("fr-FR", "2024-01-16T23:52:10+00:00", locale="fr_FR")) == "2024-01-16"
    assert _day(_page("lt", "2024-09-02T21:20:00+03:00")) == "2024-09-02"  # an offset of its own: as declared


def test_the_zone_comes_from_the_region_then_the_country_domain_then_the_language() -> None:
    assert country_code_of("https://www.bbc.co.uk/news") == "uk"
    assert country_code_of("https://news.example/a") is None
    assert country_code_of("http://[::1") is None  # a malformed canonical URL names no country, and raises nothing
    zone = publisher_zone("mx", ("https://site.com/a",), "es")
    assert zone is not None and zone.key == "America/Mexico_City"
    zone = publisher_zone(None, ("https://www.lrt.lt/a",), "en")
    assert zone is not None and zone.key == "Europe/Vilnius"
    assert publisher_zone(None, (None,), "es") is None
