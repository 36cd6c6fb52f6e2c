"""Session 28's fixes after studying the real pages' attribution errors (tests/data/real_attributions/trainable.json,
trainable2.json and eval_only_study.json): an English caption over the text closed by an agency in brackets credits
the agency's picture; an agency's one-word name the page writes after a first name is a person's surname ("Michael
Bloomberg"), no agency. The lines and pages are written for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.text.segment import segment_text
from tests.page_fixtures import DE_ARTICLE, EN_PARAGRAPHS

HEADLINE = "Harbour town opens its new pier after two years of work"


def _found(page: list[str]) -> set[tuple[str, str | None, int]]:
    return {(f.kind.value, f.name, f.line) for f in extract_attributions(segment_text("\n\n".join(page)))}


def _line(page: list[str], text: str) -> int:
    return 2 * page.index(text) + 1


def test_an_english_caption_over_the_text_closed_by_an_agency_credits_its_picture() -> None:
    caption = "The harbour master on the new pier (AFP)"
    page = ["Home", "News", "Sport", HEADLINE, HEADLINE, "Published March 3, 2024 - 07:50 GMT", caption, "Highlights",
            *EN_PARAGRAPHS]  # fmt: skip
    found = _found(page)
    assert ("photo", "AFP", _line(page, caption)) in found
    assert not any(kind == "agency" for kind, _, _ in found)


def test_outside_english_the_caption_bracket_stays_the_agency() -> None:
    caption = "Der Hafenmeister auf dem neuen Pier (AFP)"
    page = ["Home", "News", "Sport", HEADLINE, "Published March 3, 2024 - 07:50 GMT", caption, "Highlights",
            *DE_ARTICLE]  # fmt: skip
    assert ("agency", "AFP", _line(page, caption)) in _found(page)


def test_an_agency_name_written_as_a_persons_surname_is_no_agency() -> None:
    first = "The billionaire Daniel Reuters said on Monday that he would fund the new harbour museum himself."
    later = "Council members and Reuters are expected to sign the agreement at the town hall next spring."
    page = [HEADLINE, "By Jane Roe", first, *EN_PARAGRAPHS[:3], later, *EN_PARAGRAPHS[3:]]
    found = _found(page)
    assert not any(kind == "agency" for kind, _, _ in found)
    assert ("author", "Jane Roe", 3) in found


@pytest.mark.parametrize(
    "citing",
    [
        "Reuters reported on Monday that the harbour museum would open its doors to visitors in the spring.",
        "The pier cost more than planned, Reuters reported, citing two members of the council's finance board.",
    ],
)
def test_the_agency_cited_on_a_page_naming_no_such_person_stays(citing: str) -> None:
    page = [HEADLINE, "By Jane Roe", citing, *EN_PARAGRAPHS]
    assert ("agency", "Reuters", 5) in _found(page)


def test_an_agency_word_or_a_sentences_cue_before_the_name_is_no_first_name() -> None:
    cited = "Nach Angaben der Nachrichtenagentur Reuters soll der Hafen im Frühjahr eröffnet werden, hieß es am Montag."
    opening = "Laut Reuters soll der neue Hafen bereits im Frühjahr für Besucher geöffnet werden, hieß es am Montag."
    for paragraph in (cited, opening):
        page = [HEADLINE, "Von Jana Roth", paragraph, *DE_ARTICLE]
        assert ("agency", "Reuters", 5) in _found(page), paragraph
