"""Session 18's fixes after studying the real pages' attribution errors again (tests/data/real_attributions:
aeb + readability, and the error classes of the studied l3s/dragnet half): a known outlet after the sentence's
lower-case article, "according to reports from", a known outlet's own poll, the syndication note under a story, a
byline's date closing its part of the line before a bar, a date in words and a bar before the credit, a name and the
writer's handle in the head, and the head's wire credit taken for the headline. The lines are written for the
tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions, in_body_citations
from tasks.credits.bare_bylines import copyright_photographer, handle_byline
from tasks.credits.closing_notes import syndication_note
from tasks.credits.credit_records import credit_line_attributions
from tasks.credits.signed_lines import chrome_byline
from tasks.lexicon.agencies import load_gazetteer
from tasks.text.segment import segment_text
from tests.page_fixtures import EN_PARAGRAPHS

AUTHOR, AGENCY, PHOTO, SOURCE = (
    AttributionKind.AUTHOR, AttributionKind.AGENCY, AttributionKind.PHOTO, AttributionKind.SOURCE
)  # fmt: skip


def _cited(text: str) -> set[tuple[AttributionKind, str | None]]:
    return {(f.kind, f.name) for f in in_body_citations(text, 1, load_gazetteer())}


def _credited(text: str) -> set[tuple[AttributionKind, str | None]]:
    return {(f.kind, f.name) for f in credit_line_attributions(text, 1, load_gazetteer())}


# A known outlet whose words look like a person's ("Argus Leader") after the sentence's lower-case article.
@pytest.mark.parametrize(
    "text",
    [
        "The governor unveiled the campaign on Monday, according to a report in the Argus Leader.",
        "According to a report in the Argus Leader of Sioux Falls, the state paid an agency for the slogan.",
    ],
)
def test_a_known_outlet_after_the_article_is_cited(text: str) -> None:
    assert (SOURCE, "Argus Leader") in _cited(text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor unveiled the campaign on Monday, according to a report in the morning session.",
        "According to a report in the state's own files, the agency was paid twice for the same slogan.",
    ],
)
def test_a_report_in_something_else_cites_no_one(text: str) -> None:
    assert not {name for kind, name in _cited(text) if kind is SOURCE}


def test_reports_from_two_outlets_cite_both() -> None:
    text = "The director is in final talks to write the next film, according to reports from The Wrap and Deadline."
    assert {(SOURCE, "The Wrap"), (SOURCE, "Deadline")} <= _cited(text)


# A known outlet's own poll or finding.
@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("A new ABC News poll shows that most voters back the plan to fix the bridge before winter.", "ABC News"),
        ("A CNN analysis found that the city spent twice as much on the bridge as it had planned.", "CNN"),
    ],
)
def test_a_known_outlets_poll_cites_it(text: str, outlet: str) -> None:
    assert (SOURCE, outlet) in _cited(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Acme Corp survey found that most shoppers would pay more for the faster delivery option.",
        "A poll of local residents shows that most of them would like the bridge fixed before winter.",
    ],
)
def test_a_poll_of_no_known_outlet_cites_no_one(text: str) -> None:
    assert not {name for kind, name in _cited(text) if kind is SOURCE}


# The syndication note under a story another outlet published first.
@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("This article originally appeared on The Atlantic.", "The Atlantic"),
        ("This story was first published in the Guardian on Monday.", "Guardian"),
        ("Originally published at example.com on November 18, 2011. Share it with your friends.", "example.com"),
        ("Dieser Artikel erschien zuerst bei Zeit Online.", "Zeit Online"),
    ],
)
def test_a_syndication_note_names_the_source(text: str, outlet: str) -> None:
    assert [(f.kind, f.name) for f in syndication_note(text, 1, False)] == [(SOURCE, outlet)]


@pytest.mark.parametrize(
    "text",
    [
        "The photo first appeared on our website last week.",  # no outlet's name after the phrase
        "He said the song first appeared on television in 1998.",
        "Read the original story on our partner's site.",  # no syndication phrase
    ],
)
def test_other_lines_are_no_syndication_note(text: str) -> None:
    assert syndication_note(text, 1, False) == []


def test_a_syndication_note_under_the_text_credits_the_outlet() -> None:
    page = "\n\n".join(
        ["Council passes the budget", *EN_PARAGRAPHS, "This article originally appeared on The Atlantic.", "Share"]
    )
    found = {(f.kind, f.name) for f in extract_attributions(segment_text(page))}
    assert (SOURCE, "The Atlantic") in found


# A byline's date closing its part of the line before a bar; a date in words and a bar before the credit.
@pytest.mark.parametrize(
    "text",
    [
        "Posted by Ann Lee on November 1, 2012 | Permalink",
        "Posted by Ann Lee on November 1, 2012 | 3 Comments | Share",
        "February 1, 2019 | BY: Ann Lee, MS, RDN",
        "March 3, 2024 · By Ann Lee",
    ],
)
def test_a_byline_with_its_date_and_the_templates_bar_names_the_writer(text: str) -> None:
    assert _credited(text) == {(AUTHOR, "Ann Lee")}


@pytest.mark.parametrize(
    "text",
    [
        "Posted by the council on its website to explain the new budget plan for next year | Read more",
        "Politics | By the numbers",  # no date before the bar
    ],
)
def test_a_bar_does_not_make_text_a_byline(text: str) -> None:
    assert not {name for kind, name in _credited(text) if kind is AUTHOR and name}


# A name and the writer's handle above the first paragraph.
@pytest.mark.parametrize("text", ["Ann Lee @annlee", "Ann Lee, @annlee_news"])
def test_a_name_and_a_handle_is_a_byline(text: str) -> None:
    assert [(f.kind, f.name) for f in handle_byline(text, 1, load_gazetteer())] == [(AUTHOR, "Ann Lee")]


@pytest.mark.parametrize("text", ["Follow us @citynews", "@annlee", "Ann Lee", "Share on Twitter @citynews"])
def test_a_handle_alone_or_a_name_alone_is_no_handle_byline(text: str) -> None:
    assert handle_byline(text, 1, load_gazetteer()) == []


HEAD = "\n\n".join(
    ["Home\nWorld\nBusiness", "Council passes the budget", "{line}", "Updated 10:01 pm PST, Tuesday, November 19, 2019",
     "Share\nFacebook\nTwitter\nEmail", *EN_PARAGRAPHS, "Related stories\nMarkets fall on oil worries\n"]
)  # fmt: skip


def test_a_name_and_a_handle_over_the_text_credits_the_writer() -> None:
    found = {(f.kind, f.name) for f in extract_attributions(segment_text(HEAD.format(line="Ann Lee @annlee")))}
    assert (AUTHOR, "Ann Lee") in found


def test_a_handle_with_no_name_over_the_text_credits_no_one() -> None:
    found = extract_attributions(segment_text(HEAD.format(line="Follow us @citynews")))
    assert not [f for f in found if f.kind is AUTHOR]


# The head's wire credit, maybe taken for the headline: a photographer and a known agency, the whole line.
def test_the_heads_wire_credit_credits_the_picture() -> None:
    found = {(f.kind, f.name) for f in extract_attributions(segment_text(HEAD.format(line="Al Lee, Associated Press")))}
    assert {(PHOTO, "Al Lee"), (PHOTO, "Associated Press")} <= found


def test_a_headline_naming_an_agency_credits_no_picture() -> None:
    line = "Associated Press, Reuters agree on new photo deal"
    found = extract_attributions(segment_text(HEAD.format(line=line)))
    assert not [f for f in found if f.kind is PHOTO]


# "via" links a picture cue to its name as "by" does.
@pytest.mark.parametrize(("text", "name"), [("Picture via Planet Fur", "Planet Fur"), ("Photo via Reuters", "Reuters")])
def test_a_picture_cue_and_via_credit_the_name(text: str, name: str) -> None:
    assert _credited(text) == {(PHOTO, name)}


@pytest.mark.parametrize("text", ["Video Games via Steam", "Images via"])
def test_via_after_no_picture_cue_or_before_no_name_credits_no_one(text: str) -> None:
    assert not {name for _, name in _credited(text) if name}


# A reporter and "of" before a known outlet: the outlet cited through its reporter.
@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            '"We lost that game," the captain said, via Brian Lee of the Pittsburgh Post-Gazette.',
            "Pittsburgh Post-Gazette",
        ),
        ("The coach told Ann Roe of Politico that he would stay for another season at the club.", "Politico"),
    ],
)
def test_a_reporter_of_a_known_outlet_cites_the_outlet(text: str, outlet: str) -> None:
    assert (SOURCE, outlet) in _cited(text)


@pytest.mark.parametrize(
    "text",
    [
        "According to Jane Doe of the Brookings Institution, the plan would cost billions over ten years.",
        "The coach told the Board of Governors that he would stay for another season at the club.",
    ],
)
def test_a_person_of_no_known_outlet_cites_no_one(text: str) -> None:
    assert not {name for kind, name in _cited(text) if kind is SOURCE}


# A picture credit naming only the account that posted an embedded picture credits no one.
def test_a_picture_cue_before_handles_only_credits_no_one() -> None:
    assert _credited("Image copyright @citynews @citynews") == set()


def test_a_picture_cue_before_a_name_still_credits_it() -> None:
    assert _credited("Image copyright Getty Images") == {(PHOTO, "Getty Images")}


# A known outlet closing a byline's name with no comma is the writer's outlet, no part of the name.
@pytest.mark.parametrize(
    "text", ["By Ann Lee CNN", "By Ann Lee USA TODAY", "By Ann Lee Business Insider", "By Ann Lee FOXBusiness"]
)
def test_an_outlet_closing_a_bylines_name_is_cut_off(text: str) -> None:
    assert _credited(text) == {(AUTHOR, "Ann Lee")}


@pytest.mark.parametrize("text", ["By Ann Sun", "By Mary Ann Time"])  # one title-case word may close a name
def test_a_name_ending_in_an_outlets_word_keeps_it(text: str) -> None:
    assert _credited(text) == {(AUTHOR, text.removeprefix("By "))}


# An agency opening the writer's job title after the name is the writer's employer, no agency record.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greg Lee, AP Sports Writer", {(AUTHOR, "Greg Lee")}),
        ("Ann Roe, AP National Political Writer", {(AUTHOR, "Ann Roe")}),
        ("Ann Roe, Associated Press", {(AUTHOR, "Ann Roe"), (AGENCY, "Associated Press")}),  # the agency alone stays
    ],
)
def test_an_agency_in_the_writers_title_is_no_agency_record(
    text: str, expected: set[tuple[AttributionKind, str]]
) -> None:
    assert {(f.kind, f.name) for f in chrome_byline(text, 1, load_gazetteer())} == expected


# "© Name" alone over the text: the lead picture's photographer; a notice with a year or a company is none.
def test_a_copyright_sign_and_a_persons_name_credits_the_photographer() -> None:
    found = copyright_photographer("© Aaron Lee", 1, load_gazetteer())
    assert [(f.kind, f.name) for f in found] == [(PHOTO, "Aaron Lee")]


@pytest.mark.parametrize("text", ["© 2019 Acme Media", "© Reuters", "© The Hill", "Aaron Lee"])
def test_a_copyright_notice_or_a_name_alone_is_no_photographer(text: str) -> None:
    assert copyright_photographer(text, 1, load_gazetteer()) == []


# "© AAP" right under the last paragraph: the agency's notice on the story it wrote, an agency record.
def test_an_agencys_copyright_sign_right_under_the_text_is_its_notice() -> None:
    page = "\n\n".join(["Council passes the budget", *EN_PARAGRAPHS, "© AAP", "Share this"])
    found = {(f.kind, f.name) for f in extract_attributions(segment_text(page))}
    assert (AGENCY, "AAP") in found and (PHOTO, "AAP") not in found
