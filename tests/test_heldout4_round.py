"""Page metadata rules of the heldout4 and heldout5 rounds (session 8): each names a page shape seen on the blind
pages of tests/data/html_meta (heldout4-*, heldout5-*), general across sites; their scores are pinned in
tests/test_meta_quality.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from schemas import AttributionKind
from tasks.credits.bylines import split_byline
from tasks.credits.date_lines import date_of_line
from tasks.credits.dates import date_in_url
from tasks.credits.names import clean_author_names
from tasks.document import RunContext
from tasks.html.titles import choose_title
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.date_text import date_tail_start, parse_declared_date
from tasks.pipeline_html import process_html
from tasks.read.raw import RawInput

BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "The regional council approved the new budget on Tuesday after a long debate about schools and roads.",
        "Opposition members said the plan cuts too deeply into social services, while the mayor defended it.",
        "The budget takes effect next month and will be reviewed again in the autumn, officials said.",
    )
)


def _process(head: str, body: str, lang: str = "en") -> tuple[str | None, str | None, list[str]]:
    """(title, publication day, authors) of a page made of `head` and `body`."""
    page = f'<html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'
    result = process_html(
        RawInput(path="p.html", data=page.encode()), RunContext(run_id="t", now=datetime(2026, 12, 1, tzinfo=UTC))
    )
    assert result.article is not None
    day = result.article.published_at.date().isoformat() if result.article.published_at else None
    authors = [a.name for a in result.attributions if a.kind == AttributionKind.AUTHOR and a.name]
    return result.article.title, day, authors


def test_the_headline_shown_beats_a_declared_title_that_rewords_it() -> None:
    declared, _ = choose_title(["Kommentar zur Schuldenbremse: Kein Naturgesetz"], None, frozenset(),
                               "Die Schuldenbremse ist kein Naturgesetz")  # fmt: skip
    assert declared == "Die Schuldenbremse ist kein Naturgesetz"
    # A section label or another text in the <h1> does not: too short, or no word shared.
    assert choose_title(["Council backs tram plan"], None, frozenset(), "Local News")[0] == "Council backs tram plan"
    assert choose_title(["Council backs tram plan"], None, frozenset(), "Weather for the weekend ahead")[0] == (
        "Council backs tram plan"
    )
    # Without spaces, characters are the words: "日銀、追加利上げを決定　政策金利0.75%に" rewords the og:title.
    assert choose_title(
        ["日銀が追加利上げ 政策金利0.75%に"], None, frozenset(), "日銀、追加利上げを決定　政策金利0.75%に"
    )[0] == ("日銀、追加利上げを決定 政策金利0.75%に")  # whitespace collapsed, as every title


def test_a_teasers_date_in_a_sidebar_above_the_headline_is_not_the_articles() -> None:
    aside = ('<aside><h3>Latest</h3><ul><li><a href="/n/1">Library hours extended</a> <time>21/02/2025</time></li>'
             '<li><a href="/n/2">New bus line opens</a> <time>19/02/2025</time></li></ul></aside>')  # fmt: skip
    _, day, _ = _process(
        "<title>Budget approved</title>", f"{aside}<main><article><h1>Budget approved</h1>{BODY}</article></main>"
    )
    assert day is None


@pytest.mark.parametrize(
    ("value", "day"),
    [("1403-12-12T14:05:00+03:30", "2025-03-02"), ("1446-08-12", "2025-02-11"), ("2025-03-02", "2025-03-02")],
)
def test_hijri_dates_in_iso_form_are_read_as_their_gregorian_day(value: str, day: str) -> None:
    when = parse_declared_date(value)
    assert when is not None and when.date().isoformat() == day


def test_organisations_listed_as_json_ld_authors_are_no_authors() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget approved", "author": '
        '[{"@type": "Person", "name": "Lucía Ferrer"}, {"@type": "Organization", "name": "Agencia Ibernews"}]}'
        "</script>"
    )
    _, _, authors = _process(ld, f"<article><h1>Budget approved</h1>{BODY}</article>")
    assert authors == ["Lucía Ferrer"]


def test_the_sites_logo_name_in_meta_author_is_no_author() -> None:
    head = '<meta name="author" content="Al Raed Economic">'
    logo = '<header><a href="/" class="logo">Al Raed Economic</a></header>'
    body = f"{logo}<article><h1>Budget approved</h1>{BODY}</article>"
    assert _process(head, body)[2] == []


def test_author_strings_lose_handles_cues_and_outlet_names() -> None:
    assert clean_author_names(["بقلم: سامر الحلبي @samer_halabi"], "ar") == ["سامر الحلبي"]
    assert clean_author_names(["Jane Doe (@jdoe)"], "en") == ["Jane Doe"]
    assert clean_author_names(["خبرگزاری نگاه امروز"], "fa", ["نگاه امروز"]) == []  # "the news agency" + the site


def test_a_desk_named_after_an_outlet_is_no_person() -> None:
    assert split_byline("By Washington Post editors", 3, load_gazetteer()) == []
    assert [c.name for c in split_byline("By Jane Doe, staff writer", 3, load_gazetteer())] == ["Jane Doe"]


def test_a_byline_closed_by_a_time_after_a_separator() -> None:
    text = "Von Friederike Haas · vor 3 Stunden"
    assert text[: date_tail_start(text)] == "Von Friederike Haas"
    text = "By Bruce Sterling January 18, 2008 | 12:11:21 PM"
    assert text[: date_tail_start(text)].rstrip() == "By Bruce Sterling"


def test_a_link_dense_byline_under_the_headline_below_a_kicker_taken_for_body() -> None:
    byline = (
        '<div class="autor-zeile"><span>Ein Kommentar von <a href="/autoren/fh">Friederike Haas</a></span> · '
        "<time>vor 3 Stunden</time></div>"
    )
    body = f'<article><p class="kicker">Kommentar</p><h1>Budget approved</h1>{byline}{BODY}</article>'
    assert "Friederike Haas" in _process("", body)[2]


def test_reporters_in_brackets_on_the_line_after_the_article() -> None:
    body = (
        f"<article><h1>日銀が追加利上げ</h1>{BODY}<p>（田中一郎）</p></article><footer><p>© 2025 Example</p></footer>"
    )
    assert "田中一郎" in _process("", body)[2]


def test_a_kicker_inside_the_headline_element_is_no_part_of_the_title() -> None:
    h1 = '<h1><span class="dachzeile">Energie</span> <span class="headline">Windpark vor Rügen genehmigt</span></h1>'
    title, _, _ = _process("", f"<article>{h1}{BODY}</article>")
    assert title == "Windpark vor Rügen genehmigt"
    title, _, _ = _process(
        "", f'<article><h1><span class="topic">Energie</span> Windpark genehmigt</h1>{BODY}</article>'
    )
    assert title == "Energie Windpark genehmigt"  # a span not named a kicker stays


# heldout5 round (written after the fixes above; first score title 1.000, date 0.893, author F1 0.841).
def test_the_date_in_the_address_is_the_last_resort() -> None:
    assert date_in_url("https://x.example/cronaca/2025/03/14/ponte-rinvio").when.date().isoformat() == "2025-03-14"  # type: ignore[union-attr]
    assert date_in_url("https://x.example/news/20250314/slug").when.day == 14  # type: ignore[union-attr]
    assert date_in_url("https://x.example/2025/13/40/slug") is None
    assert date_in_url("https://x.example/products/2025-model") is None
    head = '<link rel="canonical" href="https://x.example/cronaca/2025/03/14/budget-approved">'
    assert _process(head, f"<article><h1>Budget approved</h1>{BODY}</article>")[1] == "2025-03-14"


def test_a_korean_portals_published_cue_glued_to_its_date() -> None:
    found = date_of_line("입력2025.03.07. 오전 10:12", datetime(2026, 12, 1, tzinfo=UTC), "ko")
    assert found is not None and found[0].date().isoformat() == "2025-03-07" and not found[1]
    updated = date_of_line("수정2025.03.07. 오후 3:40", datetime(2026, 12, 1, tzinfo=UTC), "ko")
    assert updated is not None and updated[1]


def test_chinese_names_listed_with_spaces_and_japanese_names_kept_whole() -> None:
    assert clean_author_names(["作者：王晓东 李婷"], "zh") == ["王晓东", "李婷"]
    assert clean_author_names(["佐藤 花子"], "ja") == ["佐藤 花子"]


def test_authors_of_a_json_ld_block_too_broken_to_parse() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "description": "a "quoted" word", '
        '"author": [{"@type": "Person", "name": "Fernanda Lyra"}, {"@type": "Person", "name": "Caio Betim"},]}'
        "</script>"
    )
    assert set(_process(ld, f"<article><h1>Budget approved</h1>{BODY}</article>")[2]) == {"Fernanda Lyra", "Caio Betim"}


def test_the_sites_name_at_the_edge_of_its_title_tag_is_no_author() -> None:
    head = '<title>Budget approved_财经频道_江南在线</title><meta name="author" content="江南在线">'
    assert _process(head, f"<article><h1>Budget approved</h1>{BODY}</article>")[2] == []


@pytest.mark.parametrize(
    ("signature", "name"),
    [
        ('<div class="signature">Par <a href="/auteur/cf/">Claire Fontanel</a> avec AFP</div>', "Claire Fontanel"),
        ('<p class="signature"><b>Marc Delpech</b>, correspondant</p>', "Marc Delpech"),
        ("<p>（社会部・田中美咲、大阪社会部・森本亮）</p>", "森本亮"),
    ],
)
def test_an_article_signed_on_the_line_after_it(signature: str, name: str) -> None:
    body = f"<article><h1>Budget approved</h1>{BODY}</article>{signature}<footer><p>© 2025 Example</p></footer>"
    assert name in _process("", body)[2]
