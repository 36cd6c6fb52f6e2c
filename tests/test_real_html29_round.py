"""Session 29, the HTML path's metadata on real pages (helper s29-real-html): "and" in eleven more languages, month
and weekday names in ten more scripts (and one caseless word before a date read as a place), a date line closed by a
day-period word and its time, and a last paragraph signed with the writer's name and mailbox. Invented pages and
lines, not eval pages; the real-page scores are pinned in tests/test_real_authors.py and tests/test_meta_quality.py."""

from __future__ import annotations

from datetime import UTC, datetime

from tasks.credits.contact_signatures import spells_the_name
from tasks.credits.date_lines import date_of_line
from tasks.credits.names import clean_author_names
from tasks.credits.signed_lines import chrome_byline
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.clock_times import without_clock_tail
from tasks.lexicon.date_text import date_tail_start
from tests.test_heldout4_round import BODY, _process

NOW = datetime(2026, 12, 1, tzinfo=UTC)
HEADLINE = "<article><h1>Council backs the tram plan</h1>"


def test_two_writers_joined_by_the_languages_and() -> None:
    # CLDR's list patterns: Somali "iyo", Sinhala "සහ", Kannada "ಮತ್ತು", Marathi "आणि", Khmer "និង" … (and_words.tsv)
    cases = {
        ("Xasan Cali Nuur iyo Hodan Axmed Jaamac", "so"): ["Xasan Cali Nuur", "Hodan Axmed Jaamac"],
        ("සුනිල් පෙරේරා සහ නිලූකා සිල්වා", "si"): ["සුනිල් පෙරේරා", "නිලූකා සිල්වා"],
        ("ರಮೇಶ್ ಕುಮಾರ್ ಮತ್ತು ಸುಮಾ ರಾವ್", "kn"): ["ರಮೇಶ್ ಕುಮಾರ್", "ಸುಮಾ ರಾವ್"],
        ("अनिल पाटील आणि सुनीता जोशी", "mr"): ["अनिल पाटील", "सुनीता जोशी"],
    }
    for (raw, lang), names in cases.items():
        assert clean_author_names([raw], lang) == names, raw
    # a visible Somali byline with its cue
    byline = '<p class="byline">Qoraa: Xasan Cali Nuur iyo Hodan Axmed Jaamac</p>'
    writers = ["Xasan Cali Nuur", "Hodan Axmed Jaamac"]
    assert _process("", HEADLINE + byline + BODY + "</article>", lang="so")[2] == writers


def test_a_date_closing_a_byline_in_more_scripts() -> None:
    # month and weekday names of dateparser's CLDR data for Kannada, Tamil, Sinhala … (month_names.csv,
    # weekday_names.csv): the date after the writer's name is a date tail, the name before it the writer
    assert date_tail_start("ರಮೇಶ್ ಕುಮಾರ್ 12 ಮಾರ್ಚ್ 2025") == len("ರಮೇಶ್ ಕುಮಾರ್ ")
    assert date_tail_start("சுரேஷ் குமார் 12 மார்ச் 2025") == len("சுரேஷ் குமார் ")
    assert date_tail_start("ಸುಮಾ ರಾವ್ ಬುಧವಾರ 12 ಮಾರ್ಚ್ 2025") == len("ಸುಮಾ ರಾವ್ ")  # the weekday leads the date


def test_a_date_line_closed_by_a_day_period_and_its_time() -> None:
    # "night" before the clock: dateparser reads no date from the whole line, the day is the same without the time
    line = "2024 මාර්තු 14 බ්‍රහස්පතින්දා, රාත්‍රී 10:20"
    # the day is what counts (with session 29's Sinhala clock words, dateparser may also read the time of the day)
    found, relative = date_of_line(line, NOW, "si")
    assert found is not None and found.date() == datetime(2024, 3, 14, tzinfo=UTC).date() and relative is False
    assert without_clock_tail("14 March 2024, late night 10:20") == "14 March 2024"
    # a capitalised word before the time is a name or an outlet, not a part of the day; no digit left, no date
    assert without_clock_tail("14 March 2024, Reuters 10:20") is None
    assert without_clock_tail("Posted, late 10:20") is None


def test_a_last_paragraph_signed_with_the_name_and_its_mailbox() -> None:
    for tail in (
        "<p>&#151; Maren Holt (<a href='mailto:mholt@example.com'>mholt@example.com</a>)</p>",
        "<p>Maren Holt, maren.h@example.org</p>",
        "<p>— Maren Holt (holt.maren@example.net)</p>",
    ):
        assert _process("", HEADLINE + BODY + tail + "</article>")[2] == ["Maren Holt"], tail
    # a desk's box, a mailbox that spells no word of the name, or the surname alone: no one is credited
    for tail in (
        "<p>Customer Service (service@example.com)</p>",
        "<p>Press Office (press@example.com)</p>",
        "<p>— Maren Holt (tips@example.com)</p>",
        "<p>— Maren Holt (holt@example.com)</p>",
    ):
        assert _process("", HEADLINE + BODY + tail + "</article>")[2] == [], tail
    assert spells_the_name("jk.berg", ["Jan", "Karel", "Berg"])
    assert not spells_the_name("service", ["Customer", "Service"])


def test_one_caseless_word_before_a_date_is_a_place() -> None:
    # the month names above made "హైదరాబాద్, మార్చి 5" (Hyderabad, 5 March) a name vouched for by its date, as the
    # Hindi and Bengali ones did already; two words stay a writer
    gazetteer = load_gazetteer()
    for line in ("హైదరాబాద్, మార్చి 5", "लखनऊ, 5 मार्च", "ঢাকা, ৫ মার্চ ২০২৫"):
        assert chrome_byline(line, 1, gazetteer) == [], line
    assert [f.name for f in chrome_byline("अमित कुमार, 5 मार्च 2025", 1, gazetteer)] == ["अमित कुमार"]
