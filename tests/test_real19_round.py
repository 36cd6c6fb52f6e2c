"""Session 19's fixes after studying the real pages' attribution errors on cleanportal and cleaneval-dev
(tests/data/real_attributions/trainable2.json) and the error classes of the older real label files: the past tenses
of a known outlet's verbs, the page's own outlet (its copyright line's) cited in its paragraphs, a two-letter agency
code that is also a common abbreviation ("TT"), the contributors' note closing a
story, the plural and the colon forms of the US picture cue, the sentence's lower-case "the" before a known outlet,
and a few outlets and an agency's spelling the vocabularies lacked. The lines are written for the tests, not taken
from the pages.
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions, in_body_citations
from tasks.credits.credit_records import credit_line_attributions
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


# A known outlet before the past tense of a verb everyone uses cites it, whatever follows.
@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Rents in the city rose faster than wages for a decade, as the Boston Globe noted in March.", "Boston Globe"),
        ("The Guardian wrote that the council had ignored three warnings about the bridge.", "The Guardian"),
        ("The ministry spent twice its budget on the project, New Scientist has reported.", "New Scientist"),
    ],
)
def test_a_known_outlet_before_a_past_tense_is_cited(text: str, outlet: str) -> None:
    assert (SOURCE, outlet) in _cited(text)


@pytest.mark.parametrize(
    "text",
    [
        "The inspector noted that the bridge had been repaired twice since the spring floods.",
        "Her brother wrote that the family had moved to the coast before the war began.",
    ],
)
def test_a_person_before_the_same_verbs_is_no_source(text: str) -> None:
    assert not {name for kind, name in _cited(text) if kind is SOURCE}


# The lower-case "the" of the sentence is not part of the outlet the gazetteer lists with its own "The".
def test_the_sentences_article_stays_out_of_a_known_outlets_name() -> None:
    text = "Maria Lopez of the San Francisco Chronicle wrote about the fees the banks charge for paying online."
    assert (SOURCE, "San Francisco Chronicle") in _cited(text)


# "writing for X" as a citation cue was tried in this round and withdrawn: it cost the fifth real check half two records
# of precision (the outlet a cited writer works for is no source under the real pages' convention).
def test_writing_for_a_cause_cites_no_one() -> None:
    text = "She has been writing for years about the harbour and the families who fish from it every winter."
    assert not {name for kind, name in _cited(text) if kind is SOURCE}


# A spoken-to magazine whose bare name is also a word, written with its own "The".
def test_the_new_yorker_with_its_article_is_an_outlet() -> None:
    assert (SOURCE, "The New Yorker") in _cited("The senator, who grew up on a farm, told The New Yorker last week.")
    assert not _cited("Every New Yorker knows the trains stop running on time after midnight on Sundays.")


# The agency's name with a hyphen in the wrong place is still the agency.
def test_a_misplaced_hyphen_in_the_agencys_name_is_still_the_agency() -> None:
    text = "A health official was quoted by Agence-France Presse as saying that the test was negative."
    assert (AGENCY, "Agence-France Presse") in _cited(text)


# The contributors' note closing a story names authors.
@pytest.mark.parametrize(
    ("text", "name"),
    [("With reporting from Dana Whitfield.", "Dana Whitfield"), ("(With contributions from Tom Berg.)", "Tom Berg")],
)
def test_the_contributors_note_names_authors(text: str, name: str) -> None:
    assert (AUTHOR, name) in _credited(text)


def test_reporting_from_a_place_names_no_author() -> None:
    assert not _credited("Reporting from Kabul, where the streets were quiet on Friday morning, our team saw no one.")


# The plural and the colon forms of the US picture cue.
def test_photos_courtesy_credits_the_picture() -> None:
    assert (PHOTO, "Lakeview Communications") in _credited("Photos courtesy Lakeview Communications")


def test_photo_by_with_a_colon_credits_each_name_of_the_slash_credit() -> None:
    credited = _credited("The mayor speaks at the harbour on Friday. (Photo by: Ann Marsh/AFP/Getty Images)")
    assert {(PHOTO, "Ann Marsh"), (PHOTO, "AFP"), (PHOTO, "Getty Images")} <= credited


# The page's own outlet, named by its copyright line, cited in its paragraphs: the outlet reporting, no source.
def _page(paragraph: str, footer: str) -> set[tuple[AttributionKind, str | None]]:
    page = "\n\n".join(["Council passes the budget", *EN_PARAGRAPHS[:4], paragraph, *EN_PARAGRAPHS[4:], footer])
    return {(f.kind, f.name) for f in extract_attributions(segment_text(page))}


@pytest.mark.parametrize(
    "paragraph",
    [
        "The treasurer said the plan had been checked twice, he told BBC News on Wednesday.",
        "According to the BBC's Anna Kovacs, who visited the town, the bus lines will close in May.",
    ],
)
def test_the_pages_own_outlet_is_no_source(paragraph: str) -> None:
    found = _page(paragraph, "BBC © 2013 The BBC is not responsible for the content of external sites.")
    assert not {name for kind, name in found if kind is SOURCE}


def test_another_outlet_on_the_same_page_is_still_a_source() -> None:
    found = _page(
        "The treasurer said the plan had been checked twice, he told the Financial Times on Wednesday.",
        "BBC © 2013 The BBC is not responsible for the content of external sites.",
    )
    assert (SOURCE, "Financial Times") in found


def test_without_a_copyright_line_the_outlet_spoken_to_is_a_source() -> None:
    found = _page("The treasurer said the plan had been checked twice, he told BBC News on Wednesday.", "Share this")
    assert (SOURCE, "BBC News") in found


# "TT" (Sweden's agency) is also the time trial, the Audi TT, table tennis: cited only where a cue or its own line
# makes it the agency, as "AA" (Anadolu) is.
def test_a_common_two_letter_abbreviation_in_running_text_is_no_agency() -> None:
    assert not _cited("He was one of the better TT riders on the day and lost only a minute to the leader.")


def test_the_two_letter_agency_alone_on_its_line_is_the_agency() -> None:
    assert (AGENCY, "TT") in _credited("TT")


# A name over an English numeric date whose day and month could go either way ("08/02/2012"): a date line all the same.
def _head(date_line: str) -> set[tuple[AttributionKind, str | None]]:
    page = "\n\n".join(["Council passes the budget", "Maren Quist", date_line, "Share this", *EN_PARAGRAPHS])
    return {(f.kind, f.name) for f in extract_attributions(segment_text(page))}


@pytest.mark.parametrize("date_line", ["5:11 PM on 08/02/2012", "06/04/2013", "6:29 AM on 05/23/2013"])
def test_a_name_over_a_numeric_date_is_the_byline(date_line: str) -> None:
    assert (AUTHOR, "Maren Quist") in _head(date_line)


def test_a_name_over_a_score_is_no_byline() -> None:
    assert (AUTHOR, "Maren Quist") not in _head("12/11 tickets left")


# "— Jane Roe" right under the last paragraph, maybe with the writer's address: the text signed by its author.
def _signed(line: str) -> set[tuple[AttributionKind, str | None]]:
    page = "\n\n".join(["Council passes the budget", *EN_PARAGRAPHS, line, "RELATED LINKS", "Official site"])
    return {(f.kind, f.name) for f in extract_attributions(segment_text(page))}


@pytest.mark.parametrize("line", ["— Lena Marsh", "-- Lena Marsh (lmarsh@example.org)", "– Lena Marsh"])
def test_a_dash_and_a_name_under_the_text_sign_it(line: str) -> None:
    assert (AUTHOR, "Lena Marsh") in _signed(line)


@pytest.mark.parametrize("line", ["— Lena Marsh, 1897", "— a reader in Leeds", "— Official Site"])
def test_a_dash_before_no_bare_persons_name_signs_nothing(line: str) -> None:
    assert not {name for kind, name in _signed(line) if kind is AUTHOR}


# Under a heading over links to other pages, dated bylines a headline apart are the teasers' (a blog's previous and
# next posts), not the article's.
def _below_related(tail: list[str]) -> set[tuple[AttributionKind, str | None]]:
    page = "\n\n".join(["Council passes the budget", "By Ida Brandt", *EN_PARAGRAPHS, "Related stories", *tail])
    return {(f.kind, f.name) for f in extract_attributions(segment_text(page))}


def test_dated_bylines_between_teaser_headlines_are_no_records() -> None:
    found = _below_related(
        ["By Nora Vale March 8, 2013", "A new app for the tablet readers", "By Tom Hale March 25, 2013",
         "How the readers helped with the gun story"]
    )  # fmt: skip
    assert (AUTHOR, "Nora Vale") not in found and (AUTHOR, "Tom Hale") not in found
    assert (AUTHOR, "Ida Brandt") in found


def test_one_dated_byline_below_the_list_heading_is_kept() -> None:
    assert (AUTHOR, "Nora Vale") in _below_related(["By Nora Vale March 8, 2013"])


# The author cue alone on its line and the writers on the lines under it (each in its own element of the template).
def _cue_head(lines: list[str]) -> set[tuple[AttributionKind, str | None]]:
    page = "\n\n".join(["Council passes the budget", *lines, *EN_PARAGRAPHS])
    return {(f.kind, f.name) for f in extract_attributions(segment_text(page))}


def test_a_cue_alone_over_a_name_is_the_byline() -> None:
    assert (AUTHOR, "Vera Lindqvist") in _cue_head(["by", "Vera Lindqvist"])


def test_a_cue_alone_over_a_list_of_names_credits_each() -> None:
    found = _cue_head(["By", "Vera Lindqvist,", "Omar Haddad, &", "Lena Marsh, Acme"])
    assert {(AUTHOR, "Vera Lindqvist"), (AUTHOR, "Omar Haddad"), (AUTHOR, "Lena Marsh")} <= found


def test_a_cue_alone_over_a_possessive_teaser_credits_no_one_else() -> None:
    found = _cue_head(["By", "Vera Lindqvist", "Reporter", "Vera Lindqvist's Most Recent Stories"])
    assert {name for kind, name in found if kind is AUTHOR} <= {"Vera Lindqvist"}


# "By A, with B and C, in Place": the words joining three writers' names do not make the byline a sentence.
def test_three_writers_joined_by_with_and_and_are_each_credited() -> None:
    credited = _credited("By Ruth Adler, with Paul Mayne and Stan Cole, in Washington")
    assert {(AUTHOR, "Ruth Adler"), (AUTHOR, "Paul Mayne"), (AUTHOR, "Stan Cole")} <= credited


def test_a_long_sentence_opened_by_by_is_still_no_byline() -> None:
    assert not _credited("By Friday the council and the mayor had agreed with the unions on a new plan for the buses")


# A company's abbreviated legal form keeps its dot; a sentence's full stop after a name is still dropped.
def test_a_companys_legal_form_keeps_its_dot() -> None:
    assert (PHOTO, "Northwind Paper Co.") in _credited("Courtesy of Northwind Paper Co.")


def test_a_full_stop_after_a_persons_name_is_dropped() -> None:
    assert (PHOTO, "Ann Marsh") in _credited("Photo courtesy of Ann Marsh.")


def test_a_bylines_name_with_a_bracketed_photo_role_took_the_pictures() -> None:
    # "(photography)" after the second name: the photographer, not a second writer; other bracketed notes change nothing
    gazetteer = load_gazetteer()
    found = credit_line_attributions("By Jane Roe (reporting) and Tom Lee (photography)", 1, gazetteer)
    want = [(AttributionKind.AUTHOR, "Jane Roe"), (AttributionKind.PHOTO, "Tom Lee")]
    assert [(f.kind, f.name) for f in found] == want
    found = credit_line_attributions("By Jane Roe (reporting)", 1, gazetteer)
    assert [(f.kind, f.name) for f in found] == [(AttributionKind.AUTHOR, "Jane Roe")]
