"""Furniture inside the main text that only its bounds reveal (tasks.text.inline)."""

from __future__ import annotations

from schemas import Label
from tasks.text.segment import segment_text
from tests.test_segment import PARAGRAPHS_EN, _page

MENU = "\n".join(["Home", "World", "Business", "Sport", "Culture"])
STANDFIRST = "The council has argued about the money for months, and the vote came only after midnight."


def _labels(text: str) -> dict[str, tuple[str, str]]:
    seg = segment_text(text)
    return {ll.line.text.strip(): (ll.verdict.label, ll.verdict.reason_code) for ll in seg.lines}


def test_a_dateline_under_the_standfirst_inside_the_main_text_is_chrome() -> None:
    dateline = "Springfield | 02/12/2026 - 07:00"
    labels = _labels(_page(MENU, "Council approves budget", STANDFIRST, dateline, *PARAGRAPHS_EN))
    assert labels[dateline] == (Label.CHROME, "stamp_in_main_text")
    assert all(labels[p][0] == Label.BODY for p in PARAGRAPHS_EN)


def test_a_live_blogs_entry_stamps_are_chrome_and_a_stamp_deep_in_the_text_is_left_alone() -> None:
    stamps = ["11:52 Uhr", "klo 10.45", "9:15 h"]
    blocks = [MENU, "Storm live: roads closed", STANDFIRST]
    for stamp, paragraph in zip(stamps, PARAGRAPHS_EN, strict=False):
        blocks += [stamp, paragraph]
    deep = "Posted 02/12/2026, 10:31"
    blocks += [PARAGRAPHS_EN[3], deep, PARAGRAPHS_EN[0].replace("Tuesday", "Monday")]
    labels = _labels(_page(*blocks))
    for stamp in stamps:
        assert labels[stamp] == (Label.CHROME, "stamp_in_main_text"), stamp
    assert labels[deep][0] == Label.BODY


def test_a_gallerys_captions_over_their_photo_credits_are_chrome_and_a_lone_pair_is_left_alone() -> None:
    captions = ["Cattle return from the high pastures.", "A crowned cow leads the herd.", "Crowds line the road."]
    blocks = [MENU, "The cattle drive in pictures", STANDFIRST]
    for caption in captions:
        blocks += [caption, "Photo: Ralf Lienert"]
    lone = "The mayor said the day had passed without incident."
    blocks += [*PARAGRAPHS_EN, lone, "Photo: Theresa Wanger", PARAGRAPHS_EN[0].replace("Tuesday", "Monday")]
    labels = _labels(_page(*blocks))
    for caption in captions:
        assert labels[caption] == (Label.CHROME, "caption_above_credit"), caption
    assert labels[lone][0] == Label.BODY


def test_the_authors_bio_closing_the_article_ends_the_main_text_with_the_pitch_below_it() -> None:
    bio = "Dana Whitcomb covers education for the Courier-Ledger and has reported on schools for ten years."
    pitch = "Your subscription makes stories like this possible. Subscribe today for one dollar a month."
    quote = "Dana said the vote would come later, according to the minutes of the meeting."
    text = _page(MENU, "Council approves budget", "By Dana Whitcomb", *PARAGRAPHS_EN, quote, bio, pitch)
    labels = _labels(text)
    assert labels[bio][0] == Label.CHROME
    assert labels[pitch][0] == Label.CHROME
    assert all(labels[p][0] == Label.BODY for p in [*PARAGRAPHS_EN, quote])


def test_a_paragraph_opening_with_a_name_the_bylines_do_not_give_stays_in_the_article() -> None:
    last = "Jane Porter, the council's treasurer, said the budget was balanced for the first time in years."
    labels = _labels(_page(MENU, "Council approves budget", "By Dana Whitcomb", *PARAGRAPHS_EN, last))
    assert labels[last][0] == Label.BODY


def test_the_head_row_between_the_standfirst_and_the_first_paragraph_is_chrome() -> None:
    row = ["Reading time: 4 min", "Save", "Email"]
    page = _page(MENU, "Council approves budget", STANDFIRST, "By Dana Whitcomb", *row, *PARAGRAPHS_EN)
    labels = _labels(page)
    for line in row:
        assert labels[line] == (Label.CHROME, "head_furniture"), line
    assert all(labels[p][0] == Label.BODY for p in PARAGRAPHS_EN)


def test_short_lines_after_the_first_paragraph_without_a_byline_stay_the_article() -> None:
    items = ["New school roofs", "Wider bike lanes", "Two more buses"]
    labels = _labels(_page(MENU, "Council approves budget", PARAGRAPHS_EN[0], *items, *PARAGRAPHS_EN[1:]))
    assert all(labels[line][0] == Label.BODY for line in items)


def test_subheadings_that_a_table_of_contents_above_repeats_stay_the_article() -> None:
    headings = ["The problem", "What we changed", "Results"]
    blocks = [MENU, "Why our migrations stopped locking", "Table of contents", "\n".join(headings)]
    for k, heading in enumerate(headings):
        blocks += [heading, *(f"{p[:-1]} in part {k + 1}." for p in PARAGRAPHS_EN[:3])]
    seg = segment_text(_page(*blocks))
    copies = [ll for ll in seg.lines if ll.line.text in headings]
    assert [ll.verdict.label for ll in copies[3:]] == [Label.BODY] * 3
    assert all(ll.verdict.label != Label.BODY for ll in copies[:3])


def test_a_caption_and_its_photo_credit_in_one_block_is_a_caption_alone_too() -> None:
    caption = "Parents line up to speak at the school board meeting."
    page = _page(
        MENU, "Council approves budget", *PARAGRAPHS_EN[:2], f"{caption}\nPhoto: Dana Whitcomb", *PARAGRAPHS_EN[2:]
    )
    labels = _labels(page)
    assert labels[caption] == (Label.CHROME, "caption_above_credit")
    assert all(labels[p][0] == Label.BODY for p in PARAGRAPHS_EN)


def test_the_articles_labelled_dates_anywhere_in_the_main_text_are_chrome_and_a_forums_post_stamp_is_not() -> None:
    published, updated = "Publié le 14/03/2025 à 11h28", "Uppdaterad 11 mars 2025 kl. 08.12"
    forum = "Posted 02/12/2026, 10:31"
    blocks = [MENU, "Council approves budget", STANDFIRST, *PARAGRAPHS_EN[:2], published, updated, forum]
    labels = _labels(_page(*blocks, *PARAGRAPHS_EN[2:]))
    assert labels[published] == (Label.CHROME, "stamp_in_main_text")
    assert labels[updated] == (Label.CHROME, "stamp_in_main_text")
    assert labels[forum][0] == Label.BODY  # "posted" also stamps a forum's posts, which some benchmarks keep


def test_a_line_that_is_only_a_known_agency_is_a_credit() -> None:
    caption = "The mayor at the vote on Tuesday."
    labels = _labels(_page(MENU, "Council approves budget", STANDFIRST, PARAGRAPHS_EN[0], caption, "AFP",
                           *PARAGRAPHS_EN[1:]))  # fmt: skip
    assert labels["AFP"] == (Label.ATTRIBUTION, "credit_line")
    # A photographer and the agency on a line of their own is as often a teaser's picture credit: left alone here.
    from tasks.lexicon.credit_lines import parse_credit_line

    assert parse_credit_line("Shannon Stapleton/Reuters") is None
    assert parse_credit_line("Reuters Breakingviews") is None


def test_a_bio_opening_with_the_name_the_page_shows_above_the_article_ends_it() -> None:
    bio = "Rachel Ainsworth is a writer on cities and planning and a former councillor in Calderdale."
    greek = "Η Μαρία Λαμπράκη είναι δημοσιογράφος και ασχολείται με θέματα περιφερειακής ανάπτυξης."
    labels = _labels(_page(MENU, "Council approves budget", "Rachel Ainsworth", *PARAGRAPHS_EN, bio))
    assert labels[bio][0] == Label.CHROME
    assert all(labels[p][0] == Label.BODY for p in PARAGRAPHS_EN)
    labels = _labels(_page(MENU, "Council approves budget", "Μαρία Λαμπράκη", *PARAGRAPHS_EN, greek))
    assert labels[greek][0] == Label.CHROME  # after the name's article
    acronym = "The IAB Tech Lab will continue to provide the tools publishers need, the group said on Tuesday."
    labels = _labels(_page("IAB Tech Lab", MENU, "Council approves budget", *PARAGRAPHS_EN, acronym))
    assert labels[acronym][0] == Label.BODY  # an organisation's name in a menu is no byline
