"""Session 20's fixes after the first score of dumps_ml27 (body F1 0.929, P 0.877; page attributions 0.807 found /
0.832 precision): each names a general shape of news pages, with a negative where the shape could overreach. Lines:
the Slovenian paywall's note and the Spanish column's disclaimer in the singular, a caption under its picture's or
video's credit, a portal's teasers with summaries over the article's standfirst and dateline, the Thai dotted month
and a headline the prose test took, the paragraphs under a list the text introduces. Credits: "Video courtesy of",
the Greek archive photo's cue, the Arabic and Hindi archive pictures naming no one, an outlet quoted after a cue, the
Sudan News Agency's Arabic name, and a byline opened by a cue that is also a common word never taken for the headline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas import Label
from tasks.credits.attribution import extract_attributions
from tasks.credits.credit_records import credit_line_attributions
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.boilerplate import is_boilerplate
from tasks.text.features import line_features, normalize_for_match
from tasks.text.lines import Line
from tasks.text.segment import segment_text
from tasks.text.title import never_the_headline
from tests.conftest import ROOT
from tests.page_fixtures import EN_PARAGRAPHS, MENU, labels_by_text

_PARAGRAPHS = EN_PARAGRAPHS[:6]
_FOOTER = "\n".join(["Most read", "Bus fares rise again", "New bridge opens", "About us"])
_PAGES = ROOT / "tests" / "data" / "dumps_ml27"


def _credits(line: str) -> list[tuple[str, str | None]]:
    return [(str(f.kind), f.name) for f in credit_line_attributions(line, 1, load_gazetteer())]


def _page_labels(name: str) -> dict[int, str]:
    segmented = segment_text(Path(_PAGES / f"{name}.txt").read_text(encoding="utf-8"))
    return {ll.line.number: str(ll.verdict.label) for ll in segmented.lines}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Preostanek članka je na voljo naročnikom.", True),  # the Slovenian paywall's note
        ("Postanite naročnik Gospodarskega vestnika in berite vse vsebine brez omejitev.", True),
        ("Naročniki bodo od aprila plačevali nižjo ceno elektrike.", False),  # subscribers in a story
        ("Las opiniones vertidas en esta columna son de exclusiva responsabilidad de su autora.", True),
        ("La autora presentó su columna en la feria del libro de Arequipa.", False),
    ],
)
def test_the_slovenian_paywall_and_the_spanish_columns_disclaimer_are_furniture(line: str, expected: bool) -> None:
    assert is_boilerplate(normalize_for_match(line)) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Video courtesy of Albay PDRRMO", [("video", "Albay PDRRMO")]),  # the picture cue's US form, for a video
        ("Φωτογραφία αρχείου: Eurokinissi", [("photo", "Eurokinissi")]),  # the Greek archive photo, its source
        ("صورة أرشيفية", [("photo", None)]),  # the Arabic archive picture: no one named
        ("फाइल फोटो", [("photo", None)]),  # the Hindi file photo, its cue last
        ("Видео: «Кубань 24»", [("video", "Кубань 24")]),  # a channel quoted after the cue
        ("Фото: «Коммерсантъ»", [("photo", "Коммерсантъ")]),
        ("Фото: «из архива семьи»", [("photo", None)]),  # quoted words in lower case name no one
    ],
)
def test_picture_and_video_credits_of_the_round(line: str, expected: list[tuple[str, str | None]]) -> None:
    assert _credits(line) == expected


def test_a_one_word_nameless_idiom_alone_on_its_line_is_no_credit() -> None:
    assert _credits("Privatfoto") == []  # as often a menu's link


def test_the_sudan_news_agency_is_known_by_its_arabic_name() -> None:
    matches = load_gazetteer().find("وأفادت وكالة السودان للأنباء (سونا) بأن المركز تم تمويله")
    assert {m.canonical_id for m in matches} == {"suna"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("de Andreea Popescu", True),  # the Romanian byline: a cue that is also "of", then a person's names
        ("De la Paris la Londra cu trenul", False),  # a headline opening with the word
        ("de Gaulle", False),  # one name is no byline here
    ],
)
def test_a_byline_opened_by_a_common_word_cue_is_never_the_headline(line: str, expected: bool) -> None:
    assert never_the_headline(line, "ro") is expected


def test_the_romanian_byline_over_the_date_is_read() -> None:
    segmented = segment_text(Path(_PAGES / "ro-01.txt").read_text(encoding="utf-8"))
    assert ("author", "Andreea Popescu", 31) in {(str(f.kind), f.name, f.line) for f in extract_attributions(segmented)}


def test_a_short_line_under_a_credit_in_its_block_is_its_caption() -> None:
    caption = "Passengers wait at the closed ferry terminal"
    text = "\n\n".join(
        [MENU, "Council passes budget", *_PARAGRAPHS[:3], f"Photo: Anna Berg\n{caption}", *_PARAGRAPHS[3:], _FOOTER]
    )
    labels = labels_by_text(text)
    assert labels[caption] == Label.CHROME
    assert all(labels[p] == Label.BODY for p in _PARAGRAPHS)


def test_a_subheading_in_its_own_block_under_a_credit_stays_text() -> None:
    heading = "What the council decided"
    text = "\n\n".join(
        [MENU, "Council passes budget", *_PARAGRAPHS[:3], "Photo: Anna Berg", heading, *_PARAGRAPHS[3:], _FOOTER]
    )
    assert labels_by_text(text)[heading] == Label.BODY


def test_teasers_with_summaries_over_the_articles_standfirst_and_dateline_are_no_text() -> None:
    labels = _page_labels("de-02")
    assert [labels[n] for n in (33, 35, 36, 38)] == [Label.CHROME] * 4  # two teasers and the section's name
    assert labels[40] == Label.TITLE  # the article's headline over its standfirst
    assert all(labels[n] == Label.BODY for n in (47, 49, 51, 53))


def test_paragraphs_with_a_subheading_over_a_photo_credit_keep_their_place() -> None:
    # a photo credit between paragraphs is no dateline heading another text: the paragraphs above it stay
    short = ("The vote was close.", "Work starts soon.", "Residents are pleased.")
    text = "\n\n".join(
        [MENU, "Council passes budget", short[0], "Money", short[1], "Bus lines", short[2], "Photo: Anna Berg",
         *_PARAGRAPHS, _FOOTER]
    )  # fmt: skip
    labels = labels_by_text(text)
    assert all(labels[p] == Label.BODY for p in _PARAGRAPHS)


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("8 เม.ย. 2567 14:20 น.", True),  # the Thai month's dotted abbreviation after a day
        ("12 มี.ค. 2567", True),
        ("ราคา 3 ก.ก.", False),  # a dotted unit after a number is no month
    ],
)
def test_the_thai_dotted_month_makes_a_dateline(line: str, dated: bool) -> None:
    assert line_features([Line(1, line, 0, 0)])[0].has_date is dated


def test_a_thai_headline_over_its_standfirst_and_dated_head_row_is_the_title() -> None:
    labels = _page_labels("th-01")
    assert labels[23] == Label.TITLE
    assert labels[27] == Label.CHROME  # the article's date and clock time
    assert all(labels[n] == Label.BODY for n in (31, 33, 35, 37))


def test_the_paragraph_under_a_list_the_text_introduces_is_the_articles() -> None:
    items = ["– the deed of the house;", "– a copy of the ID card;", "– an installer's invoice;", "– a tax receipt."]
    closing = "Applications are filed at the town hall or online until the end of April, the council said today."
    text = "\n\n".join(
        [
            MENU,
            "Council passes budget",
            *_PARAGRAPHS[:3],
            "Documents needed:\n" + "\n".join(items),
            closing,
            _FOOTER,
        ]
    )
    labels = labels_by_text(text)
    assert labels[closing] == Label.BODY
    assert labels["Most read"] == Label.CHROME


def test_a_wire_dateline_alone_on_its_line_is_no_subheading() -> None:
    assert _page_labels("sr-01")[28] == Label.CHROME  # "БЕОГРАД, 5. марта (Танјуг) –" over the first paragraph


def test_a_wire_dateline_opening_the_paragraph_stays_text() -> None:
    opening = "LONDON (Reuters) – The council met again on Tuesday to vote on the new bus lines."
    text = "\n\n".join([MENU, "Council passes budget", opening, *_PARAGRAPHS, _FOOTER])
    assert labels_by_text(text)[opening] == Label.BODY
