"""Rules of the heldout32 round (session 22): each names a shape of news pages seen on the blind pages
tests/data/html_meta/heldout32-*, written at the end of session 21 by a helper who read nothing of the project and
scored once before any change; general across sites, with a negative where the shape could overreach. The set's
scores are pinned in tests/test_meta_quality.py. Every line below was written for this test.
"""

from __future__ import annotations

from lxml import html as lxml_html  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.byline_element import byline_text
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.date_text import date_tail_start
from tests.test_heldout4_round import BODY, _process


def test_a_solar_hijri_date_in_words_closes_a_line() -> None:
    assert date_tail_start("۸ آبان ۱۴۰۳ - ۱۴:۱۵") == 0
    assert date_tail_start("تاریخ انتشار: ۸ آبان ۱۴۰۳ - ۱۴:۱۵") == 0  # under its label
    assert date_tail_start("سارا کریمی ۸ آبان ۱۴۰۳") == len("سارا کریمی ")  # after the writer's name
    # a month's name in a sentence is no date
    assert date_tail_start("جشنواره در آبان برگزار می‌شود") is None


def test_the_credit_after_a_solar_hijri_date_and_its_bar() -> None:
    found = parse_credit_line("تاریخ انتشار: ۸ آبان ۱۴۰۳ - ۱۴:۱۵ | نویسنده: سارا کریمی")
    assert found is not None and found.name == "سارا کریمی"


def test_the_writer_after_a_labelled_solar_hijri_date_on_the_articles_info_line() -> None:
    body = (
        "<article><h1>بازگشایی پل تاریخی پس از مرمت</h1>"
        '<div class="meta"><span>تاریخ انتشار: ۸ آبان ۱۴۰۳ - ۱۴:۱۵</span> | <span>نویسنده: سارا کریمی</span></div>'
        + "".join(
            f"<p>{s}</p>"
            for s in (
                "پل تاریخی شهر پس از دو سال مرمت روز گذشته با حضور مسئولان استانی دوباره به روی مردم باز شد.",
                "مدیرکل میراث فرهنگی استان گفت که در این مرمت از مصالح سنتی و روش‌های قدیمی استفاده شده است.",
                "ساکنان محله امیدوارند که بازگشایی پل رونق را به بازار قدیمی کنار رودخانه بازگرداند.",
            )
        )
        + "</article>"
    )
    _, _, authors = _process("<title>پل تاریخی</title>", body, "fa")
    assert authors == ["سارا کریمی"]


def test_a_signature_class_names_the_writers() -> None:
    page = (
        f'<html><body><article><h1>Un titre</h1>{BODY}<p class="signature">Awa Traoré et Moussa Diallo<br>'
        "Correspondants à Ségou</p></article></body></html>"
    )
    assert byline_text(lxml_html.fromstring(page)) == "Awa Traoré et Moussa Diallo"  # the role's line left out
    _, _, authors = _process("<title>Un titre</title>", f'<article><h1>Un titre</h1>{BODY}<p class="signature">'
                             "Awa Traoré et Moussa Diallo<br>Correspondants à Ségou</p></article>", "fr")  # fmt: skip
    assert sorted(authors) == ["Awa Traoré", "Moussa Diallo"]


def test_a_line_break_in_a_byline_element_parts_two_writers() -> None:
    page = '<html><body><div class="byline">Anna Lee<br>Tom Berg</div></body></html>'
    assert byline_text(lxml_html.fromstring(page)) == "Anna Lee, Tom Berg"
    # a date on the line under the name is left out, with the break
    page = '<html><body><div class="byline">Anna Lee<br>12.03.2024 10:30</div></body></html>'
    assert byline_text(lxml_html.fromstring(page)) == "Anna Lee"
    # the line under the name that opens with a job title is the writer's role, not a second name
    firma = '<div class="firma">Por: <b>Lucía Vega</b><br><span>Periodista de Cultura</span></div>'
    page = f"<html><body>{firma}</body></html>"
    assert byline_text(lxml_html.fromstring(page)) == "Por: Lucía Vega"
