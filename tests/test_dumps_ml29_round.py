"""Session 21's fixes after the first score of dumps_ml29 (body F1 0.917, P 0.971, R 0.869: body lines lost under the
main text): each names a general shape of news pages, with a negative where the shape could overreach. The box an
article ends with (a match's fields, a how-to's steps under a heading) and the closing paragraph under it, an
interview's next question under a "read also" box, the closing lines of an article written in a script that marks no
sentence's end over the article's foot, a short head line where the standfirst stands under a headline the prose test
took, a bio box in one line; as data, the Azerbaijani, Uzbek and Thai "read also" lines, the Greek column's disclaimer
and the Slovak paywall's other wording. Examples are invented, not the set's lines.
"""

from __future__ import annotations

import pytest

from schemas import Label
from tasks.lexicon.boilerplate import is_boilerplate
from tasks.text.factbox import is_field
from tasks.text.features import normalize_for_match
from tasks.text.related_lines import is_related_link
from tests.page_fixtures import EN_PARAGRAPHS, MENU, MOST_READ, labels_by_text

_PARAGRAPHS = EN_PARAGRAPHS[:4]
_FOOTER = "\n".join(["Share", "Facebook", "X", "WhatsApp"])
_READ_ALSO = "Read also: Council names the new head of the bus company"
_CLOSING = "The next meeting of the council is planned for the first week of June, a spokesman said on Tuesday."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Referee: Tom Hardy.", True),
        ("Defence: Miller, Stone, Park", True),  # a list as the value
        ("Attendance: 4 812", True),  # a number
        ("Goal: Miller", True),  # a name of two words at most
        ("Kommentar: Der Bund darf die Region nicht vergessen", False),  # a teaser's headline after its kicker
        ("Gardening: Which neighbours does garlic like?", False),  # a question is a headline's
        ("He said it plainly at the end. Then: nothing more was heard", False),  # a sentence before the colon
        ("No colon in this line at all", False),
    ],
)
def test_a_field_is_a_short_label_a_colon_and_a_listed_counted_or_named_value(line: str, expected: bool) -> None:
    assert is_field(line) is expected


def test_a_match_box_under_a_read_also_link_and_the_closing_paragraph_under_it_are_the_articles() -> None:
    box = "Teams\nRiverside: Miller; Stone, Park, Lee\nHillford: Owen; Grant, Hale, Moss\nReferee: Tom Hardy."
    text = "\n\n".join(
        [MENU, "Riverside win the derby", *_PARAGRAPHS, _READ_ALSO, box, _CLOSING, "Tags: football, derby", _FOOTER]
    )
    labels = labels_by_text(text)
    assert [labels[line] for line in box.split("\n")] == [Label.BODY] * 4
    assert labels[_CLOSING] == Label.BODY
    assert labels[_READ_ALSO] == Label.CHROME


def test_a_match_box_right_under_the_last_paragraph_in_its_block_is_the_articles() -> None:
    # a page that sets no blank line between its paragraphs: the box runs on from the text in one block
    box = [
        "Summary",
        "Riverside (2): Miller; Stone, Park, Lee.",
        "Hillford (1): Owen; Grant, Hale.",
        "Referee: Tom Hardy.",
    ]
    table = "\n".join(["League table", "1. Riverside 31", "2. Hillford 28", "3. Eastbury 25"])
    text = "\n\n".join([MENU, "Riverside win the derby", "\n".join([*_PARAGRAPHS, *box]), table, _FOOTER])
    labels = labels_by_text(text)
    assert [labels[line] for line in box] == [Label.BODY] * 4
    assert labels["1. Riverside 31"] == Label.CHROME  # the standings under it: rows that end in no mark


def test_the_steps_of_a_how_to_under_their_heading_are_the_articles() -> None:
    steps = "Download the council's app.\nRegister with your phone number.\nChoose a slot and keep the code."
    text = "\n\n".join([MENU, "Council opens online booking", *_PARAGRAPHS, "How to book", steps, MOST_READ])
    labels = labels_by_text(text)
    assert labels["How to book"] == Label.BODY
    assert all(labels[step] == Label.BODY for step in steps.split("\n"))
    assert labels["Bus fares rise again"] == Label.CHROME


def test_teasers_written_as_kicker_and_headline_under_an_article_stay_chrome() -> None:
    teasers = "\n".join(
        ["More on this", "Buses: The network will shrink again next year", "Comment: The council must not forget us"]
    )
    text = "\n\n".join([MENU, "Council passes budget", *_PARAGRAPHS, teasers, _FOOTER])
    labels = labels_by_text(text)
    assert labels["Comment: The council must not forget us"] == Label.CHROME
    assert all(labels[p] == Label.BODY for p in _PARAGRAPHS)


def test_a_headless_block_of_fields_at_the_foot_of_the_page_stays_chrome() -> None:
    # without a heading, only a box the article's text goes on under is the article's
    contact = "Phone: 0123 4567\nFax: 0123 4568\nOffice: Main Street 5"
    text = "\n\n".join([MENU, "Council passes budget", *_PARAGRAPHS, contact, _FOOTER])
    labels = labels_by_text(text)
    assert all(labels[line] == Label.CHROME for line in contact.split("\n"))


def test_a_live_blogs_last_entry_introducing_its_fields_under_its_stamp_is_the_blogs() -> None:
    entries = [f"{17 - k}:{10 + k} Uhr\n{p}" for k, p in enumerate(_PARAGRAPHS)]
    last = "12:05 Uhr\nThe line-ups are out. Riverside start with:\nGoal: Miller\nDefence: Miller, Stone, Park"
    text = "\n\n".join([MENU, "Live: Riverside against Hillford", *entries, last, MOST_READ])
    labels = labels_by_text(text)
    assert labels["The line-ups are out. Riverside start with:"] == Label.BODY
    assert labels["Defence: Miller, Stone, Park"] == Label.BODY


def test_an_interviews_next_question_under_a_read_also_link_is_over_its_answer() -> None:
    qa = [
        "Why did you come back to the village?",
        "Because the city had become too loud for me, and I could no longer hear my own ideas at all.",
        "What is your new record about?",
        "It is about the songs my grandmother sang, which I recorded on an old tape machine years ago.",
    ]
    question, answer = "Where can people hear you?", "Only in small rooms, in churches and in libraries, close to them."
    text = "\n\n".join([MENU, "The singer who went home", *qa, _READ_ALSO, question, answer, _FOOTER])
    labels = labels_by_text(text)
    assert labels[question] == Label.BODY
    assert labels[answer] == Label.BODY


def test_a_related_headline_that_asks_under_a_read_also_link_still_ends_a_report() -> None:
    asks = "Is the housing boom over?"  # a related headline, not a question of an interview
    lead = "Prices in the region have risen by a third in five years, and buyers look further out."
    text = "\n\n".join([MENU, "Council passes budget", *_PARAGRAPHS, _READ_ALSO, asks, lead, _FOOTER])
    assert labels_by_text(text)[asks] == Label.CHROME


_THAI_PARAGRAPHS = (
    "เชียงใหม่ – เทศบาลนครเชียงใหม่เปิดตลาดนัดเกษตรกรแห่งใหม่ริมแม่น้ำปิง เพื่อให้เกษตรกรในพื้นที่ขายผลผลิตโดยตรงถึงผู้บริโภค"
    " โดยไม่ต้องผ่านพ่อค้าคนกลาง",
    "นายกเทศมนตรีกล่าวว่า ตลาดจะเปิดทุกวันเสาร์และอาทิตย์ตั้งแต่เช้าจนถึงเที่ยง และจะมีการตรวจคุณภาพสินค้าก่อนวางจำหน่ายทุกครั้ง",
    "ผู้ค้ารายหนึ่งกล่าวว่า การขายตรงทำให้ได้ราคาดีขึ้นกว่าเดิมมาก และลูกค้าก็ได้ผักสดใหม่ที่ปลูกโดยไม่ใช้สารเคมีในพื้นที่ใกล้เมือง",
)


def test_a_thai_closing_line_over_the_articles_source_credit_is_the_articles() -> None:
    closing = "ผู้สนใจสามารถสอบถามได้ที่โทร 053-111-222"
    text = "\n\n".join(
        [MENU, "ตลาดนัดเกษตรกรแห่งใหม่", *_THAI_PARAGRAPHS, closing, "ที่มา: เทศบาลนครเชียงใหม่", "แท็ก: ตลาด เกษตรกร"]
    )
    labels = labels_by_text(text)
    assert labels[closing] == Label.BODY
    assert labels["แท็ก: ตลาด เกษตรกร"] == Label.CHROME  # the Thai tags line, a link list's


def test_a_thai_headline_over_the_desks_name_and_the_dated_head_row_is_no_text() -> None:
    headline = 'เทศบาลเปิดตลาดนัด "เกษตรกรเชียงใหม่" แห่งใหม่ริมแม่น้ำปิง สนับสนุนผู้ปลูกผักปลอดสารในพื้นที่'
    head = "ข่าวประชาสัมพันธ์\n3 พฤศจิกายน 2568 เวลา 14:00 น."
    text = "\n\n".join([MENU, headline, head, *_THAI_PARAGRAPHS, _FOOTER])
    labels = labels_by_text(text)
    assert labels[headline] != Label.BODY
    assert all(labels[p] == Label.BODY for p in _THAI_PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        "Həmçinin oxuyun: Bakıda yeni metro stansiyası açılır",  # Azerbaijani
        "Shuningdek o'qing: Toshkentda yangi ko'prik quriladi",  # Uzbek, Latin
        "Shuningdek oʻqing: Toshkentda yangi koʻprik quriladi",  # Uzbek with the modifier letter
        "อ่านเพิ่มเติม: เชียงใหม่เตรียมเปิดถนนคนเดินสายใหม่",  # Thai
    ],
)
def test_the_read_also_lines_of_the_round_are_links(line: str) -> None:
    assert is_related_link(normalize_for_match(line))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Οι απόψεις του συντάκτη δεν εκφράζουν απαραίτητα τη θέση της εφημερίδας.", True),  # the column's disclaimer
        ("Η εφημερίδα δημοσίευσε χθες τη θέση της για το νέο νομοσχέδιο.", False),
        ("Zvyšok článku je dostupný iba pre predplatiteľov.", True),  # the Slovak paywall's note
        ("Predplaťte si denník od 2,90 € mesačne.", True),
        ("Predplatitelia novín dostanú od mája nižšiu cenu.", False),  # subscribers in a story
    ],
)
def test_the_greek_disclaimer_and_the_slovak_paywall_are_furniture(line: str, expected: bool) -> None:
    assert is_boilerplate(normalize_for_match(line)) is expected


def test_a_bio_box_in_one_line_ends_the_main_text() -> None:
    bio = "About the author: Jane Miller teaches economics at the state university and writes on transport."
    text = "\n\n".join([MENU, "Why the bus lines matter", "Jane Miller", *_PARAGRAPHS, bio, _FOOTER])
    labels = labels_by_text(text)
    assert labels[bio] == Label.CHROME
    assert all(labels[p] == Label.BODY for p in _PARAGRAPHS)
