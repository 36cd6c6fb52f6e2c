"""Session 43's study of the real pages' attributions (issue 13, helper s43-realcite). What stayed: a caption inside
the text opened by its picture's credit, the copyright sign and the photographer run into the caption's first words
("© Ann Lee Workers on the old bridge on Tuesday.", as a syndicating portal, MSN, prints its captions), names the
photographer; a Japanese news portal's provider line under the headline ("CNET Japan 3/9(木) 18:45配信": the
outlet that supplied the story, its date and time, and 配信, distributed, as Yahoo! News Japan prints it) names the
outlet as a source, a known agency as an agency; a picture's credit naming a studio that opens with an ordinal
("Credit: 20th Century Fox", a film still's), which the name grammar took for no name. The lines are written for
the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.credits.caption_names import copyright_opening_caption
from tasks.credits.head_agencies import portal_provider
from tasks.lexicon.agencies import load_gazetteer
from tasks.text.segment import segment_text
from tests.test_realcite41_round import _PARAGRAPHS  # the same invented council story


def _page(middle: str, at: int) -> str:
    paragraphs = list(_PARAGRAPHS)
    paragraphs.insert(at, middle)
    lines = ["The Riverside Courier", "Home", "News", "Sport", "The old bridge will close", *paragraphs]
    return "\n\n".join([*lines, "Privacy policy"]) + "\n"


def _photos(middle: str, at: int = 2) -> list[str | None]:
    found = extract_attributions(segment_text(_page(middle, at)))
    return sorted(f.name for f in found if f.kind.value == "photo")


@pytest.mark.parametrize("at", [1, 2, 3])
@pytest.mark.parametrize(
    ("caption", "photographer"),
    [("© Ann Lee Workers on the old bridge over the river on Tuesday.", "Ann Lee"),
     ("© Tom Roe-Smith Traffic on the new bridge to the north of the city, on March 3, 2024.", "Tom Roe-Smith"),
     ("© Ann Lee Drivers queue at the new bridge in Riverside, Calif., on Monday.", "Ann Lee")],
)  # fmt: skip
def test_a_caption_in_the_text_opened_by_the_copyright_sign_and_a_photographer_names_the_photographer(
    caption: str, photographer: str, at: int
) -> None:
    # under the first paragraph (the byline block's reach) and further down the text alike
    assert _photos(caption, at) == [photographer]


@pytest.mark.parametrize(
    "line",
    ["© 2024 Riverside Media Group. All rights reserved.",  # a notice: the year
     "© Riverside Courier Workers on the old bridge over the river on Tuesday.",  # an outlet's word: no person
     "© Ann Mary Lee Workers on the old bridge over the river on Tuesday.",  # two or three words: the split unknown
     "© Ann Lee workers on the old bridge over the river on Tuesday.",  # no capital opening a caption after the name
     "© Ann Lee Workers"],  # no caption
)  # fmt: skip
def test_a_copyright_line_that_is_no_credited_caption_names_no_photographer(line: str) -> None:
    assert copyright_opening_caption(line, 7) == []


_JA_PARAGRAPHS = (
    "市議会は火曜日、川に架かる古い橋を二年間の補修工事のために閉鎖することを決めたと、市長が長い会議の後に明らかにした。",
    "運転者は市が昨年春に開通させた北側の新しい橋に迂回することになり、バスは工事が終わるまで長い経路を走る。",
    "川沿いの商店主らは橋の閉鎖中に客を失うことを心配しているとして、工事期間中の家賃の支援を市議会に求めた。",
)


def _ja_records(provider: str) -> list[tuple[str, str | None]]:
    lines = [
        "リバーサイド・ニュース",
        "ホーム",
        "経済",
        "テクノロジー",
        "古い橋、二年間閉鎖へ",
        provider,
        *_JA_PARAGRAPHS,
    ]
    found = extract_attributions(segment_text("\n\n".join([*lines, "プライバシー"]) + "\n"))
    return [(f.kind.value, f.name) for f in found]


@pytest.mark.parametrize(
    ("provider", "record"),
    [("リバーサイド新報 3/9(木) 18:45配信", ("source", "リバーサイド新報")),
     ("Riverside Tech 12/3(火) 10:00配信", ("source", "Riverside Tech")),
     ("共同通信 2024年3月9日 18時45分 配信", ("agency", "共同通信"))],
)  # fmt: skip
def test_a_japanese_portals_provider_line_under_the_headline_names_the_outlet_that_supplied_the_story(
    provider: str, record: tuple[str, str]
) -> None:
    assert _ja_records(provider) == [record]


@pytest.mark.parametrize(
    "line",
    ["3/9(木) 18:45配信",  # the date alone: no provider
     "ニュースを毎日配信",  # a feed's blurb ("news distributed daily"), no date
     "リバーサイド新報 3/9(木) 18:45"],  # no 配信: a date line, which other rules read
)  # fmt: skip
def test_a_line_that_is_no_provider_line_names_no_provider(line: str) -> None:
    assert portal_provider(line, 7, load_gazetteer()) == []


@pytest.mark.parametrize(
    "line",
    ["Credit: 20th Century Fox",
     "The ship in a scene from the film, which opened in cinemas across the country in 1979. Credit: 20th Century Fox"],
)  # fmt: skip
def test_a_picture_credit_naming_a_studio_that_opens_with_an_ordinal_names_the_studio(line: str) -> None:
    assert _photos(line) == ["20th Century Fox"]


def test_an_ordinal_opening_a_caption_after_the_cue_with_more_words_names_no_studio() -> None:
    # "Photo: 5th Avenue on a Sunday": a caption's words, lower-case ones among them, no studio's name
    assert _photos("Photo: 5th Avenue on a Sunday morning") == [None]
