"""Relative dates count from when a page was fetched, not from when newsclean reads it.

A page crawled on 10 March and processed in December that says "вчера, 18:40" ("yesterday") was published on
9 March. Inputs that carry a fetch time (WARC records) give it; files without one count from the run's clock.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tasks.document import RunContext
from tasks.pipeline_html import process_html
from tasks.read.raw import RawInput
from tests.test_heldout16_round import _closing_note_page

RUN_CLOCK = datetime(2026, 12, 1, 9, tzinfo=UTC)
# "Yesterday, 18:40" with no written date anywhere on the page.
PAGE = _closing_note_page("вчера, 18:40", "", "ru")


def _published_day(fetched_at: datetime | None) -> str | None:
    page = f'<html lang="ru"><head><meta charset="utf-8"><title>x</title></head><body>{PAGE}</body></html>'
    raw = RawInput(path="p.html", data=page.encode(), fetched_at=fetched_at)
    result = process_html(raw, RunContext(run_id="t", now=RUN_CLOCK))
    assert result.article is not None
    return result.article.published_at.date().isoformat() if result.article.published_at else None


def test_a_relative_date_counts_from_the_fetch_time() -> None:
    assert _published_day(datetime(2025, 3, 10, 12, tzinfo=UTC)) == "2025-03-09"


def test_without_a_fetch_time_it_counts_from_the_run_clock() -> None:
    assert _published_day(None) == "2026-11-30"


def test_a_fetch_time_written_without_its_zone_is_read_as_utc() -> None:
    assert _published_day(datetime(2025, 3, 10, 12)) == "2025-03-09"
