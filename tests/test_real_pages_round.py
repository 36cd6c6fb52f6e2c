"""Session 15's fixes after the first attribution labels on real pages (tests/data/real_attributions: 222 pages of
aeb, readability, l3s and dragnet, labelled blind): the wire-style picture credit with no cue ("Jamal Saidi/Reuters")
and bylines followed by their writer's handle, an outlet, a role or a date with its zone on the same line; and session
17's: the lead picture's credit far up the head, two writers in the head's cued byline, a picture cue's closing
bracket, names and their outlet over the date, "Contributing:" and "courtesy of". The lines are written for the tests,
not taken from the pages.
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions, in_body_citations
from tasks.credits.bracket_credits import with_bracket_credit_kinds
from tasks.credits.credit_records import credit_line_attributions
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.agency_credits import name_slash_agency
from tasks.lexicon.people import PageSurnames
from tasks.text.segment import segment_text
from tasks.text.title import never_the_headline

AUTHOR, AGENCY, PHOTO = AttributionKind.AUTHOR, AttributionKind.AGENCY, AttributionKind.PHOTO


@pytest.mark.parametrize(
    "text",
    [
        "Jamal Saidi/Reuters",
        "Graeme Robertson/Getty Images",
        "Matt Sayles/AP Photo",  # the photo word after the agency
        "AP Photo/Jane Doe",  # the agency first
        "(Paul Hackett/Reuters)",
        "LUDOVIC MARIN / AFP",  # a name in capitals, spaced slash
        "Sergei Bobylev/TASS",
    ],
)
def test_a_photographer_and_an_agency_parted_by_a_slash_is_a_picture_credit(text: str) -> None:
    assert name_slash_agency(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Politics/World",  # a section path
        "Home/News",
        "John Smith/Staff",  # no agency
        "Lwazi Mdledle/News24",  # an outlet the gazetteer does not list as an agency
        "Ayşe DEMİR / ANTALYA (DHA)",  # a Turkish byline: a place after the slash
        "Reuters/AFP",  # two agencies, no person
        "The talks in Geneva ended without a deal on Tuesday night, Jamal Saidi/Reuters",  # a sentence
    ],
)
def test_other_slashed_lines_are_no_picture_credit(text: str) -> None:
    assert name_slash_agency(text) is None


def test_the_slashed_credit_gives_the_photographer_and_the_agency() -> None:
    found = credit_line_attributions(
        "Matt Sayles/AP Photo", 1, load_gazetteer(), name_slash_agency("Matt Sayles/AP Photo")
    )
    assert [(f.kind, f.name) for f in found] == [(PHOTO, "Matt Sayles"), (PHOTO, "AP")]


PARAGRAPHS = [
    "The bomb that killed the general on Wednesday morning contained about 35 kilograms of explosives and had been"
    " placed in a parked car along the road he took to work every day, officials said.",
    "Investigators said the attack bore the hallmarks of earlier bombings against political and military leaders,"
    " and that no group had claimed responsibility by the evening.",
    "The assassination came days before parliament was due to meet again to elect a president after months of"
    " delay, and several politicians called for calm.",
]
PAGE = "\n\n".join(
    [
        "Home\nWorld\nBusiness\nLebanese army general killed in car bomb near Beirut",
        "Jamal Saidi/Reuters",
        "General Hajj was seen here in a photo from September.",
        *PARAGRAPHS,
        "{signoff}",
        "Related stories\nMarkets fall on oil worries\n",
    ]
)


def test_a_slashed_credit_between_headline_and_text_credits_the_picture() -> None:
    segmented = segment_text(PAGE.format(signoff="Share this"))
    found = {(f.kind, f.name) for f in extract_attributions(segmented)}
    assert {(PHOTO, "Jamal Saidi"), (PHOTO, "Reuters")} <= found


def test_a_slashed_line_under_the_last_paragraph_is_no_picture_credit() -> None:
    # under the text it signs the article where the language's papers sign so ("Minh Thư/TTXVN", tasks/credits/
    # signed_lines.py), and credits no picture
    segmented = segment_text(PAGE.format(signoff="Minh Anh/Reuters"))
    assert not [f for f in extract_attributions(segmented) if f.kind is PHOTO and f.name == "Minh Anh"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Umair Irfan Updated Nov 13, 2019, 10:28am EST", [(AUTHOR, "Umair Irfan")]),  # a date's zone
        ("By Tim Childers - Live Science Contributor 2019-11-19T12:48:14Z", [(AUTHOR, "Tim Childers")]),
        ("By Amy Kuperinsky | NJ Advance Media for NJ.com", [(AUTHOR, "Amy Kuperinsky")]),
        ("By Chris Pokorny @DawgsByNature Nov 18, 2019, 11:47am EST", [(AUTHOR, "Chris Pokorny")]),  # a handle
        ("Von Moritz Bachmann publiziert am 25. September 2018", [(AUTHOR, "Moritz Bachmann")]),
        ("By Justine Coleman - 11/18/19 11:04 PM EST", [(AUTHOR, "Justine Coleman")]),
        ("Foto: Ivan Novak | Reuters", [(PHOTO, "Ivan Novak"), (PHOTO, "Reuters")]),  # a photo credit keeps its bar
    ],
)
def test_a_bylines_tail_is_no_part_of_the_name(text: str, expected: list[tuple[AttributionKind, str]]) -> None:
    assert [(f.kind, f.name) for f in credit_line_attributions(text, 1, load_gazetteer())] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "reported" with an object cites an outlet the gazetteer knows; an unknown name needs the clause to end there
        ("It came after Politico reported the aid had been paused.", [("source", "Politico")]),
        ("USA Today reported the league would fine him.", [("source", "USA Today")]),
        ("Home Depot reported earnings above expectations on Tuesday.", []),
    ],
)
def test_a_known_outlet_reports_whatever_follows(text: str, expected: list[tuple[str, str]]) -> None:
    found = in_body_citations(text, 1, load_gazetteer(), False, False, PageSurnames([]))
    assert [(f.kind.value, f.name) for f in found] == expected


@pytest.mark.parametrize(
    "text",
    ["Contributed by Nicol Wistreich", "By Paul Takahashi", "Jamal Saidi/Reuters", "Posted by Kate Torgovnick"],
)
def test_a_credit_line_is_never_the_headline(text: str) -> None:
    assert never_the_headline(text, "en")


def test_a_headline_may_still_be_one() -> None:
    assert not never_the_headline("Lebanese army general killed in car bomb near Beirut", "en")


# Session 17: the lead picture's wire credit far up the head, over share buttons and a standfirst, where the
# segmenter took no line for the headline (or took one right over the text): read up to 30 lines above the text.
SHARE_BAR = "\n\n".join(["Share", "Facebook", "Twitter", "Email", "Print", "Comments", "Save"] * 2)
FAR_HEAD = "\n\n".join(
    [
        "Home\nWorld\nBusiness",
        "{credit}",
        "By Ann Lee",
        "Updated 10:01 pm PST, Tuesday, November 19, 2019",
        SHARE_BAR,
        *PARAGRAPHS,
        "Related stories\nMarkets fall on oil worries\n",
    ]
)


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("(Jacquelyn Martin / Associated Press)", {(PHOTO, "Jacquelyn Martin"), (PHOTO, "Associated Press")}),
        ("Photo by Kirk Irwin/Getty Images", {(PHOTO, "Kirk Irwin"), (PHOTO, "Getty Images")}),
    ],
)
def test_a_wire_credit_far_up_the_head_credits_the_picture(
    credit: str, expected: set[tuple[AttributionKind, str]]
) -> None:
    found = {(f.kind, f.name) for f in extract_attributions(segment_text(FAR_HEAD.format(credit=credit)))}
    assert expected <= found


def test_a_slashed_section_path_far_up_the_head_credits_no_one() -> None:
    found = extract_attributions(segment_text(FAR_HEAD.format(credit="Politics/World")))
    assert not [f for f in found if f.kind is PHOTO]


# Session 17: the head's one cued byline may name two writers joined by "and", which the line's single name leaves out.
FAR_BYLINE = "\n\n".join(
    [
        "Home\nWorld\nBusiness",
        "Lebanese army general killed in car bomb near Beirut",
        "{byline}",
        "View author archive",
        SHARE_BAR,
        "November 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm",
        "Enlarge Image",
        *PARAGRAPHS,
        "Related stories\nMarkets fall on oil worries\n",
    ]
)


def test_two_writers_far_up_the_head_are_the_authors() -> None:
    found = extract_attributions(segment_text(FAR_BYLINE.format(byline="By Lia Kovacs and Yaron Stein")))
    assert {(AUTHOR, "Lia Kovacs"), (AUTHOR, "Yaron Stein")} <= {(f.kind, f.name) for f in found}


def test_a_cue_word_opening_a_teaser_far_up_the_head_is_no_byline() -> None:
    found = extract_attributions(segment_text(FAR_BYLINE.format(byline="By the numbers: oil and gold")))
    assert not [f for f in found if f.kind is AUTHOR]


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("(Photo: Getty Images)", (PHOTO, "Getty Images")),
        ("(Photo Credit : AFP File Photo )", (PHOTO, "AFP")),
        ("[File: Reuters]", (PHOTO, "Reuters")),  # a file picture's credit, as Al Jazeera writes it
        ("(Video: Reuters)", (AttributionKind.VIDEO, "Reuters")),
    ],
)
def test_an_agency_after_a_picture_cue_closing_a_paragraph_credits_the_picture(
    closing: str, expected: tuple[AttributionKind, str]
) -> None:
    text = f"Roughly 13,000 troops remain in the country, 18 years after the invasion began in 2001 {closing}"
    cited = in_body_citations(text, 1, load_gazetteer(), False, False, PageSurnames([]))
    assert [(f.kind, f.name) for f in with_bracket_credit_kinds(text, cited)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the talks would resume next week, a spokesman told reporters (Reuters)",  # a sign-off
        # the agency stands before the bracket
        "Officials said 12 people were hurt, Reuters reported (photo: a crowd outside the station)",
    ],
)
def test_a_closing_agency_with_no_picture_cue_stays_cited(text: str) -> None:
    found = in_body_citations(text, 1, load_gazetteer(), False, False, PageSurnames([]))
    assert {f.kind for f in with_bracket_credit_kinds(text, found)} == {f.kind for f in found} != set()


def test_the_closing_contributing_line_names_an_author() -> None:
    # the USA Today network closes its stories so ("Contributing: Kristine Phillips; The Associated Press")
    found = extract_attributions(segment_text(PAGE.format(signoff="Contributing: Mara Lind; The Associated Press")))
    assert {(AUTHOR, "Mara Lind"), (AGENCY, "Associated Press")} <= {(f.kind, f.name) for f in found}


@pytest.mark.parametrize(
    "text", ["Contributing to the problem, the rain fell all week.", "Contributing writer Jane Doe"]
)
def test_contributing_opening_a_sentence_or_a_role_names_no_author(text: str) -> None:
    assert not [f for f in credit_line_attributions(text, 1, load_gazetteer()) if f.name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Photo courtesy of NASA", [(PHOTO, "NASA")]),
        ("Courtesy of Jane Doe", [(PHOTO, "Jane Doe")]),
        ("Image courtesy of Getty Images", [(PHOTO, "Getty Images")]),
    ],
)
def test_courtesy_of_credits_the_picture(text: str, expected: list[tuple[AttributionKind, str]]) -> None:
    assert [(f.kind, f.name) for f in credit_line_attributions(text, 1, load_gazetteer())] == expected


@pytest.mark.parametrize(
    "text", ["Courtesy of the family", "courtesy of the museum, the painting was lent for a year."]
)
def test_courtesy_naming_no_one_or_in_a_sentence_credits_no_one(text: str) -> None:
    assert not [f for f in credit_line_attributions(text, 1, load_gazetteer()) if f.name]
