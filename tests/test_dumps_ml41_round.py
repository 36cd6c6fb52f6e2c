"""Session 27's fixes after the first score of dumps_ml41 (body F1 0.977, P 0.974, R 0.979): each names a general shape
of news pages, with a negative where the shape could overreach. A list the text introduces goes on to the paragraph
under a one-link "read also" box; a box of unmarked lines under such a link with no text under it is the site's widget;
initials alone under the last paragraph are the writer's sign-off, not a photographer's name under a caption; a date
line whose clock ends with its unit and a full stop ("11:20 h.") is no sentence; a live blog's earliest entries, short
under their clock stamps, are its text. Examples are invented, not the set's lines."""

from __future__ import annotations

from schemas import Label
from tests.page_fixtures import EN_PARAGRAPHS, MENU, MOST_READ, labels_by_text

_SHARE = "\n".join(["Share", "Facebook", "X", "E-mail"])
_READ_ALSO = "Read also: Ferry timetable changes for the summer"
_CLOSING = "Boat owners asked for the rules to start a year later so that they can adapt their moorings."


def test_a_list_the_text_introduces_goes_on_over_a_read_also_link_to_the_closing_paragraph() -> None:
    items = ["North Cove (Eastham)", "Long Beach (Westport)", "Rocky Point (Eastham)", "Sandy Bay (Northfield)"]
    block = "\n".join(["The coves concerned:", *items])
    text = "\n\n".join(
        [
            MENU,
            "Anchoring limited in three coves",
            *EN_PARAGRAPHS[:3],
            block,
            _READ_ALSO,
            _CLOSING,
            "Tags: boats",
            _SHARE,
        ]
    )
    labels = labels_by_text(text)
    assert all(labels[item] == Label.BODY for item in items)
    assert labels[_CLOSING] == Label.BODY
    assert labels[_READ_ALSO] == Label.CHROME


def test_teasers_under_a_read_also_link_after_an_introduced_list_stay_chrome() -> None:
    block = "\n".join(["The coves concerned:", "North Cove (Eastham)", "Long Beach (Westport)"])
    text = "\n\n".join([MENU, "Anchoring limited", *EN_PARAGRAPHS[:3], block, _READ_ALSO, MOST_READ, _SHARE])
    labels = labels_by_text(text)
    assert labels["Bus fares rise again"] == Label.CHROME


def test_a_fixtures_box_of_unmarked_lines_under_a_read_also_link_is_the_sites() -> None:
    box = ["Final series", "Game 5: Saturday 20 April, 17:00, Eastham", "Game 6: Monday 22 April, 18:00, Westport"]
    text = "\n\n".join(
        [MENU, "Eastham one win from the title", *EN_PARAGRAPHS[:4], _READ_ALSO, "\n".join([*box, "Tickets"]), _SHARE]
    )
    labels = labels_by_text(text)
    assert all(labels[line] == Label.CHROME for line in box)
    assert all(labels[p] == Label.BODY for p in EN_PARAGRAPHS[:4])


def test_a_match_box_written_as_text_under_a_read_also_link_is_the_articles_without_text_under_it() -> None:
    box = ["The match", "Eastham: Miller; Stone, Park, Lee.", "Westport: Owen; Grant, Hale.", "Referee: Tom Hardy."]
    text = "\n\n".join([MENU, "Eastham win the derby", *EN_PARAGRAPHS[:4], _READ_ALSO, "\n".join(box), _SHARE])
    labels = labels_by_text(text)
    assert all(labels[line] == Label.BODY for line in box)


def test_initials_under_the_closing_sentence_are_a_sign_off_not_a_photographers_name() -> None:
    closing = "The chamber advises owners to photograph the damage and report it to the town hall at once."
    text = "\n\n".join(
        [MENU, "Frost damages orchards", *EN_PARAGRAPHS[:4], _READ_ALSO, f"{closing}\nR. T.", "Tags: frost", _SHARE]
    )
    labels = labels_by_text(text)
    assert labels[closing] == Label.BODY


def test_a_caption_over_a_photographers_name_in_capitals_stays_a_caption() -> None:
    caption = "The old market hall after the works."
    page = [MENU, "Market hall reopens", *EN_PARAGRAPHS[:2], f"{caption}\nMARTA LOPEZ", *EN_PARAGRAPHS[2:5], _SHARE]
    labels = labels_by_text("\n\n".join(page))
    assert labels[caption] == Label.CHROME


def test_a_date_line_whose_clock_ends_with_its_unit_and_a_full_stop_is_the_heads() -> None:
    stamp = "Published on Tuesday, 21 May 2024 in Eastham at 11:20 h."
    standfirst = "Thirty electric buses will run three routes around the old town from July, the council said."
    text = "\n\n".join([MENU, "Electric buses for the old town", standfirst, stamp, *EN_PARAGRAPHS[:4], _SHARE])
    labels = labels_by_text(text)
    assert labels[stamp] != Label.BODY
    assert labels[EN_PARAGRAPHS[0]] == Label.BODY


def test_a_sentence_ending_in_a_clock_time_under_the_first_paragraph_stays_text() -> None:
    sentence = "The council will meet again in the town hall on Friday at 10:30 am."
    text = "\n\n".join([MENU, "Budget passed", *EN_PARAGRAPHS[:2], sentence, *EN_PARAGRAPHS[2:5], _SHARE])
    assert labels_by_text(text)[sentence] == Label.BODY


def test_a_live_blogs_earliest_short_entries_under_their_stamps_are_its_text() -> None:
    entries = [f"{15 - k}:{10 + k}\n{p}" for k, p in enumerate(EN_PARAGRAPHS[:3])]
    short = [
        "11:30\nA field hospital opened on the square. Medics sort the injured.",
        "11:02\nSirens sounded. The drill began.",
    ]
    text = "\n\n".join([MENU, "Live: the city's earthquake drill", *entries, *short, MOST_READ, _SHARE])
    labels = labels_by_text(text)
    assert labels["A field hospital opened on the square. Medics sort the injured."] == Label.BODY
    assert labels["Sirens sounded. The drill began."] == Label.BODY
    assert labels["11:30"] == Label.CHROME
    assert labels["11:02"] == Label.CHROME
    assert labels["Bus fares rise again"] == Label.CHROME
