"""Rules of the session-25 real-page HTML metadata round (bench/real_authors.py, studied files only): each names a
shape of real pages, general across sites, with a negative where the shape could overreach. Every page below was
written for this test.
"""

from __future__ import annotations

from lxml import html as lxml_html  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.byline_element import byline_text
from tests.test_heldout4_round import BODY, _process


def _byline(body: str) -> str | None:
    return byline_text(lxml_html.fromstring(f"<html><body>{body}</body></html>"))


def _card(inner: str) -> str:
    """The article laid out in a design system's "card" (Material and Bootstrap themes), a teaser's class word."""
    return f'<div class="card-box-content"><div class="card-box-header">{inner}</div>{BODY}</div>'


def test_a_card_around_the_headline_is_the_articles_own_box() -> None:
    page = _card('<h1 class="card-box-title">Tidal Mills Return</h1><div class="article-author">Maren Holt '
                 "Monday, March 2, 2026 @ 09:15 AM UTC</div>")  # fmt: skip
    assert _byline(page) == "Maren Holt"
    _, _, authors = _process("", page)
    assert authors == ["Maren Holt"]


def test_a_teaser_card_beside_the_headline_is_still_elsewhere() -> None:
    # the page's <h1> stands outside the card: the card's writer is another story's
    teaser = '<div class="card"><h3>Wind Farms Grow</h3><div class="article-author">Jonas Wirth</div></div>'
    page = "<h1>Tidal Mills Return</h1>" + BODY + teaser
    assert _byline(page) is None


def test_a_card_holding_one_of_several_headlines_is_still_elsewhere() -> None:
    # a listing page's cards each hold an <h1>: none is the page's one headline
    cards = "".join(
        f'<div class="card"><h1>{title}</h1><div class="article-author">{name}</div></div>'
        for title, name in (("Wind Farms Grow", "Jonas Wirth"), ("Salt Roads", "Elin Sand"))
    )
    assert _byline(cards) is None
