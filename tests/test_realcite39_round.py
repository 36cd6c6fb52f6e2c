"""Session 39's study of the outlets cited in the article's paragraphs on real pages (issue 13, helper s39-realcite).
What stayed: the day or issue an edition is named by, in the possessive, between the reporting phrase and the outlet
("in the pages of yesterday's Evening Standard", "a report in Monday's Daily Herald"), which hid the outlet or went
into its name; and a phrase's closing common word written with its capital as the first word of a known outlet
("according to a New York Times report": the row's "according to a new"); the blogs' syndication note ("Cross-posted
from Riverside Notes", "This post originally appeared at Harbour Talk"); a long caption kept in the text closed by its
picture's credit after its last sentence ("… to the planets. Credit: Riverside Films"). The lines are written for
the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.credits.body_citations import in_body_citations
from tasks.credits.bracket_credits import closing_picture_credit
from tasks.credits.closing_notes import syndication_note
from tasks.lexicon.agencies import load_gazetteer
from tasks.text.segment import segment_text


def _sources(text: str) -> list[str | None]:
    return [f.name for f in in_body_citations(text, 1, load_gazetteer()) if f.kind.value in ("source", "agency")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a lower-case day hid the outlet from the phrase
        ("She turns up in the pages of yesterday's Riverside Standard, with a new column.", ["Riverside Standard"]),
        ("The mayor told this week's Riverside Herald that the bridge will close.", ["Riverside Herald"]),
        # a capitalised one went into the outlet's name
        ("The bridge will close, according to a report in Monday's Riverside Herald.", ["Riverside Herald"]),
        ("The bridge will close, according to a report in Sunday’s New York Times.", ["New York Times"]),
        ("The mayor told Sunday's Times that the bridge will close.", ["Times"]),
    ],
)  # fmt: skip
def test_the_editions_day_is_no_part_of_the_outlet(text: str, names: list[str]) -> None:
    assert _sources(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # the day's own poll or statement: no outlet named (the name grammar took the day for one)
        "The bridge will close, according to Monday's poll of the town's voters.",
        "The bridge will close, according to Friday's statement by the council.",
    ],
)
def test_a_days_poll_names_no_outlet(text: str) -> None:
    assert _sources(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The bridge will close, according to a New York Times report.", "New York Times"),
        ("According to a New York Post report, the bridge will close.", "New York Post"),
        ("The bridge will close, according to a New Scientist article.", "New Scientist"),
    ],
)
def test_a_known_outlet_opened_by_the_phrases_adjective(text: str, name: str) -> None:
    assert _sources(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The bridge will close, according to a new report by the council.",
        "The bridge will close, according to a New Riverside Partnership report.",  # no known outlet after "New"
    ],
)
def test_the_phrases_adjective_before_no_outlet_cites_none(text: str) -> None:
    assert _sources(text) == []


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Cross-posted from Riverside Notes", "Riverside Notes"),
        ("Crossposted from the Harbour Ledger.", "Harbour Ledger"),
        ("This post originally appeared at Harbour Talk.", "Harbour Talk"),
        ("Originally posted at harbournotes.com", "harbournotes.com"),
        ("This essay was first posted on Riverside Notes.", "Riverside Notes"),
    ],
)
def test_the_blogs_syndication_note_names_the_posts_first_home(text: str, outlet: str) -> None:
    assert [(f.kind.value, f.name) for f in syndication_note(text, 1, False)] == [("source", outlet)]


@pytest.mark.parametrize(
    "text",
    [
        "Cross-posted at Riverside Notes.",  # the post's other copy, often the writer's own blog: no source
        "Cross-posted with permission.",
        "Cross-posted from the author's blog.",  # no name
    ],
)
def test_other_cross_posting_lines_name_no_source(text: str) -> None:
    assert syndication_note(text, 1, False) == []


def test_the_blogs_syndication_note_under_the_post() -> None:
    page = [
        "Harbour town opens its new pier",
        "By Ann Lee",
        "The new pier on the harbour opened on Saturday after two years of work, the town council said.",
        "Fishing boats will moor at its eastern end, and a ferry to the islands will leave from the western end.",
        "The council said the pier cost less than planned and that the old jetty would be pulled down next year.",
        "Cross-posted from Riverside Notes",
    ]
    found = {(f.kind.value, f.name) for f in extract_attributions(segment_text("\n\n".join(page)))}
    assert ("source", "Riverside Notes") in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Once a dream of old films, the long sleep may one day become a part of travel to the planets. "
            "Credit: Riverside Films",
            [("photo", "Riverside Films")],
        ),
        (
            "Fishing boats moor at the eastern end of the new pier, which opened on Saturday after two years of work. "
            "Photo: Ann Lee",
            [("photo", "Ann Lee")],
        ),
        # the sentence's own words after a cue-like word, or a source cue: no picture credit
        ("The long sleep may one day become part of travel to the planets. Credits roll after the final scene.", []),
        ("The long sleep may one day become part of travel to the planets, the agency said. Source: Riverside", []),
    ],
)
def test_a_long_captions_closing_picture_credit(text: str, names: list[tuple[str, str]]) -> None:
    assert [(f.kind.value, f.name) for f in closing_picture_credit(text, 1, load_gazetteer())] == names


def test_a_caption_kept_in_the_text_credits_its_picture() -> None:
    caption = (
        "Once a dream of old films and of the stories that came before them, the long sleep may one day become an "
        "important part of travel to the planets. Credit: Riverside Films"
    )
    page = [
        "Long sleep for long journeys",
        "By Ann Lee",
        "The space agency is studying how crews could sleep through the months of a journey to the planets, it said.",
        caption,
        "Its scientists will test the idea on animals first, the agency said, before any trial with people.",
        "The agency said the first results were expected within five years, and a report would follow.",
    ]
    found = {(f.kind.value, f.name) for f in extract_attributions(segment_text("\n\n".join(page)))}
    assert ("photo", "Riverside Films") in found
