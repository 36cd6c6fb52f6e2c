"""Session 26's fixes after studying the real pages' attribution errors (tests/data/real_attributions/trainable.json,
trainable2.json and eval_only_study.json): a paragraph closing in a bracket that holds only a known outlet ("… the
food came fast." [LA Weekly]) cites that outlet, and a sentence-opening "as" word of one language followed by a name
and a comma with no verb ("Come Super Bowl Sunday, …": Italian "come" opening an English sentence) cites no one. The
lines and pages are written for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.credits.body_citations import in_body_citations
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.outlet_clauses import as_clause_spans
from tasks.text.segment import segment_text
from tests.page_fixtures import EN_PARAGRAPHS


def _records(text: str) -> set[tuple[str, str | None]]:
    return {(f.kind.value, f.name) for f in in_body_citations(text, 1, load_gazetteer())}


# A known outlet alone in the bracket closing a paragraph: where the quote before it came from.
@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ('A young critic wrote that "every dish came out fast, one after the other, and each was a surprise." '
         "[LA Weekly]", "LA Weekly"),
        ('The mayor said the bridge "will be rebuilt by the spring, whatever it costs the city." (Daily Star )',
         "Daily Star"),
        ("The council will vote on the plan next week, two members of its budget committee said. (Variety)",
         "Variety"),
    ],
)  # fmt: skip
def test_a_known_outlet_alone_in_the_closing_bracket_is_cited(text: str, outlet: str) -> None:
    assert ("source", outlet) in _records(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council will vote on the plan next week, two members of its budget committee said. (Ann Lee)",
        "The council will vote on the plan next week, members said. (Updated at noon)",
        "Daily Star (Variety)",  # a line of two names is no paragraph citing anyone
    ],
)
def test_a_bracket_without_a_known_outlet_cites_no_source(text: str) -> None:
    assert not any(kind == "source" for kind, _ in _records(text))


def test_an_agency_alone_in_the_closing_bracket_stays_the_agency() -> None:
    text = "The council will vote on the plan next week, two members of its budget committee told reporters. (Reuters)"
    assert ("source", "Reuters") not in _records(text)
    assert ("agency", "Reuters") in _records(text)


def test_the_outlet_bracket_on_a_page() -> None:
    quoted = 'The treasurer said "the savings will show in the accounts of the second quarter next year." [LA Weekly]'
    page = ["Council approves the budget after a long debate", "By Nadia Okafor", *EN_PARAGRAPHS[:3], quoted,
            *EN_PARAGRAPHS[3:]]  # fmt: skip
    found = extract_attributions(segment_text("\n\n".join(page)))
    assert ("source", "LA Weekly", 2 * page.index(quoted) + 1) in {(f.kind.value, f.name, f.line) for f in found}


# "As" opening a sentence cites the name after it only with a verb: before the name ("Comme le souligne « X »") or
# after it ("As the Valley Herald noted, …"); "Come Super Bowl Sunday, …" is an English "when … comes".
@pytest.mark.parametrize(
    "text",
    [
        "Come Super Bowl Sunday, the store will get a leg up in the music race.",
        "As Radio Week, the station will broadcast every match of the season.",
    ],
)
def test_an_as_word_before_a_name_and_a_comma_with_no_verb_cites_no_one(text: str) -> None:
    assert as_clause_spans(text) == []


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("As the Valley Herald noted, the singer will appear in an advertisement.", "Valley Herald"),
        ("Comme le souligne « Le Courrier picard », la ville est calme.", "Le Courrier picard"),
        ("Wie die „Ostsee-Post“ schreibt, ist alles ruhig.", "Ostsee-Post"),
        ("As Radio Week reported, the station will broadcast every match.", "Radio Week"),
    ],
)
def test_an_as_clause_with_its_verb_still_cites_the_outlet(text: str, outlet: str) -> None:
    assert outlet in {text[s.start : s.end].strip("«» „“") for s, _ in as_clause_spans(text)}


# The older ASCII wire copy's dateline: the outlet in brackets, the place after an underscore, a dash.
LEAD = "Comcast, the largest provider of home Internet access, has received word that regulators are looking into it."


def test_a_bracketed_outlet_and_the_place_after_an_underscore_open_the_lead() -> None:
    page = ["Regulators open a probe of the cable company", f"(Billboard) _ Nashville -- {LEAD}", *EN_PARAGRAPHS]
    found = extract_attributions(segment_text("\n\n".join(page)))
    assert ("source", "Billboard", 3) in {(f.kind.value, f.name, f.line) for f in found}


def test_a_bracketed_outlet_and_a_dash_alone_open_no_citation() -> None:
    page = ["Regulators open a probe of the cable company", f"(Billboard) -- {LEAD}", *EN_PARAGRAPHS]
    found = extract_attributions(segment_text("\n\n".join(page)))
    assert "Billboard" not in {f.name for f in found}


# Under the text, cued bylines a few lines apart with a headline between them: a list of teasers, no heading or date.
def test_cued_bylines_between_teasers_headlines_under_the_text_are_the_teasers() -> None:
    teasers = ["The Latest", "I was a skeptic of the show. Its third season made a believer.", "By Tom Hale",
               "Harbour works start in spring after years of delay", "By Eva Roy",
               "Rail strike ends after two weeks of talks", "By Ivo Berg"]  # fmt: skip
    page = ["Council approves the budget after a long debate", "By Nadia Okafor", *EN_PARAGRAPHS, "Newsletter",
            "Subscribe", *teasers]  # fmt: skip
    authors = {f.name for f in extract_attributions(segment_text("\n\n".join(page))) if f.kind.value == "author"}
    assert "Nadia Okafor" in authors
    assert not authors & {"Tom Hale", "Eva Roy", "Ivo Berg"}  # "By Tom Hale" the segmenter takes for a credit line


def test_the_sign_off_blocks_credits_one_under_the_other_stay() -> None:
    page = ["Council approves the budget after a long debate", *EN_PARAGRAPHS, "Reporting by Tom Hale",
            "Writing by Eva Roy"]  # fmt: skip
    authors = {f.name for f in extract_attributions(segment_text("\n\n".join(page))) if f.kind.value == "author"}
    assert {"Tom Hale", "Eva Roy"} <= authors
