"""Rules of the heldout26 round (session 19): each names a shape of news pages seen on the blind pages
tests/data/html_meta/heldout26-*, written at the end of session 18 by a helper who read nothing of the project and
scored once before any change; general across sites, with a negative where the shape could overreach. The set's
scores are pinned in tests/test_meta_quality.py. Every line below was written for this test.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tasks.credits.date_lines import date_of_line
from tasks.credits.names import clean_author_names
from tasks.html.titles import choose_title
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.date_retries import date_text_retries
from tests.test_heldout4_round import _process

NOW = datetime(2026, 12, 1, tzinfo=UTC)
FA_BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "شورای شهر تبریز روز سه‌شنبه طرح تازه‌ای برای بازسازی پل‌های قدیمی رودخانه تصویب کرد که تا سال آینده اجرا می‌شود.",
        "به گفته معاون شهردار، نخستین مرحله کار از پل منجم آغاز می‌شود و ترافیک در این مسیر محدود خواهد شد.",
        "ساکنان محله از این تصمیم استقبال کردند اما خواستار اطلاع‌رسانی بیشتر درباره مسیرهای جایگزین شدند.",
    )
)


def test_the_persian_plural_writers_and_reporters_open_a_byline() -> None:
    assert parse_credit_line("خبرنگاران: نگار صادقی") is not None
    # with the spaced "و" (and) between the two names, on a line of its own as in a byline element
    head = "<title>طرح بازسازی پل‌ها</title>"
    byline = "<p>نویسندگان: نگار صادقی و بهرام توکلی</p>"
    page = f"<main><h1>طرح تازه برای بازسازی پل‌های تبریز</h1>{byline}{FA_BODY}</main>"
    assert sorted(_process(head, page, "fa")[2]) == ["بهرام توکلی", "نگار صادقی"]
    # the plural as a noun in running text opens no byline
    assert parse_credit_line("نویسندگان جوان شهر در نمایشگاه کتاب امسال حضور داشتند") is None


def test_the_tamil_news_desk_is_no_author() -> None:
    assert clean_author_names(["செய்திப் பிரிவு"], "ta") == []
    assert clean_author_names(["செய்திப்பிரிவு"], "ta") == []
    # a person's name stays
    assert clean_author_names(["கவிதா ராஜன்"], "ta") == ["கவிதா ராஜன்"]


def test_a_german_desk_after_the_job_title_is_no_part_of_the_name() -> None:
    assert clean_author_names(["Lena Brandt Redakteurin Wirtschaft"], "de") == ["Lena Brandt"]
    assert clean_author_names(["Tobias Hahn Redakteur Lokales", "Sara Kern Volontärin"], "de") == [
        "Tobias Hahn",
        "Sara Kern",
    ]
    # a name without a title keeps its words
    assert clean_author_names(["Tobias Hahn"], "de") == ["Tobias Hahn"]


def test_two_words_between_a_date_and_its_clock_time() -> None:
    # the Maghreb's Arabic "على الساعة" (at the hour) before the time, with the Tunisian month name
    dated = date_of_line("نشر في 14 جوان 2025 على الساعة 18:20", NOW, "ar")
    assert dated is not None and dated[0].date().isoformat() == "2025-06-14"
    assert date_text_retries("3 أوت 2024 على الساعة 07:05") == ["3 أوت 2024 07:05"]
    # three words or more are a clause, not a joiner
    assert date_text_retries("12 mars 2025 plus tard dans la soirée 23:50") == []


def test_a_thai_h1_counts_its_words_by_its_letters() -> None:
    # Thai puts spaces between phrases only: a two-part <h1> is a headline of many words, and it wins over the og:title
    # that rewords it
    shown = "ลำพูนเปิดตลาดน้ำแห่งใหม่ ริมแม่น้ำกวง"
    assert choose_title(["ลำพูนมีตลาดน้ำใหม่ริมกวง"], None, frozenset(), shown, headline_is_h1=True)[0] == shown
    title_tag = f"{shown} | ข่าวลำพูน"
    assert choose_title(["ลำพูนมีตลาดน้ำใหม่ริมกวง"], title_tag, frozenset(), shown)[0] == shown
    # a short section label in the <h1> is no headline
    declared = "ลำพูนเปิดตลาดน้ำแห่งใหม่ ริมแม่น้ำกวง"
    assert choose_title([declared], None, frozenset(), "ข่าวเด่น", headline_is_h1=True)[0] == declared
