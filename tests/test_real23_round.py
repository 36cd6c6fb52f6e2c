"""Session 23's fixes after studying the real pages' attribution errors (tests/data/real_attributions/trainable.json,
trainable2.json and eval_only_study.json): a byline whose names end before the writer's job title in a bracket,
however long the template's tail; the co-writers in a bracket after the byline ("(with A and B)"); an agency alone
in the bracket closing a caption inside an English text, the picture's supplier; the outlet a piece ran in and a
known outlet's verbs of publishing; the writer's name glued to the end of the last paragraph. The lines and pages are
written for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions
from tasks.credits.credit_records import credit_line_attributions
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.text.segment import segment_text
from tests.page_fixtures import EN_PARAGRAPHS
from tests.role_records import AUTHOR

HEADLINE = "Council approves the budget after a long debate"


def _records(lines: list[str]) -> set[tuple[str, str | None, int]]:
    return {(f.kind.value, f.name, f.line) for f in extract_attributions(segment_text("\n\n".join(lines)))}


def _line_of(lines: list[str], text: str) -> int:
    return 2 * lines.index(text) + 1


# The writer's job title in a bracket right after the names: the template's tail, however long.
@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("by Ruth Abebe (Columnist) 4 comments Filed Under: Local Politics", "Ruth Abebe"),
        ("By Tomas Lindqvist (Staff Writer) Posted in City Hall and Schools and Transport", "Tomas Lindqvist"),
    ],
)
def test_a_bylines_names_end_before_a_bracketed_job_title(line: str, name: str) -> None:
    credit = parse_credit_line(line)
    assert credit is not None and credit.kind is AUTHOR and credit.name == name


@pytest.mark.parametrize(
    "line",
    [
        "By Ruth Abebe (the treasurer) the accounts were checked twice before the council met again",
        "By the end of March (when the school closed) nobody in the village had heard from the council",
    ],
)
def test_a_bracket_that_holds_no_job_title_leaves_a_long_line_text(line: str) -> None:
    assert parse_credit_line(line) is None


# The co-writers in a bracket after the byline's name, opened by "with" or its translation.
@pytest.mark.parametrize(
    "line",
    [
        "By Nadia Okafor (with Tomas Lindqvist and Ruth Abebe)",
        "Par Nadia Okafor (avec Tomas Lindqvist et Ruth Abebe)",
    ],
)
def test_co_writers_in_a_bracket_are_authors(line: str) -> None:
    found = credit_line_attributions(line, 1, load_gazetteer())
    names = {f.name for f in found if f.kind is AttributionKind.AUTHOR}
    assert names == {"Nadia Okafor", "Tomas Lindqvist", "Ruth Abebe"}


def test_co_writers_in_a_bracket_after_the_date_in_the_head() -> None:
    byline = "City desk | 12.03.2021 à 10h12 | Par Nadia Okafor (avec Tomas Lindqvist et Ruth Abebe)"
    page = [HEADLINE, byline, *EN_PARAGRAPHS]
    authors = {name for kind, name, _ in _records(page) if kind == "author"}
    assert {"Nadia Okafor", "Tomas Lindqvist", "Ruth Abebe"} <= authors


# An agency alone in the bracket closing a caption inside an English text: the picture's supplier.
def test_an_agency_alone_closing_a_caption_in_the_text_is_a_photo_credit() -> None:
    caption = "Workers take down an old sign from the roof of the station in the town centre in 1992. (AFP)"
    page = [HEADLINE, *EN_PARAGRAPHS[:3], caption, *EN_PARAGRAPHS[3:]]
    records = _records(page)
    line = _line_of(page, caption)
    assert ("photo", "AFP", line) in records and ("agency", "AFP", line) not in records


def test_an_agency_named_in_a_sentence_stays_an_agency() -> None:
    cited = "The ministry confirmed the figures to the agency on Tuesday, Reuters reported."
    page = [HEADLINE, *EN_PARAGRAPHS[:3], cited, *EN_PARAGRAPHS[3:]]
    assert ("agency", "Reuters", _line_of(page, cited)) in _records(page)


# The outlet a piece of writing ran in; a known outlet's verbs of publishing.
@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("An editorial in The Guardian argues that the council has failed to act for a third year.", "The Guardian"),
        ("The New York Times discusses the closure in a long article about the bus lines.", "The New York Times"),
        ("The founder told his side of the dispute in a story published at Wired earlier this week.", "Wired"),
        ("The singer was in a very good mood at dinner on Saturday night, reported People magazine.", "People"),
    ],
)
def test_the_outlet_a_piece_ran_in_is_a_source(sentence: str, outlet: str) -> None:
    page = [HEADLINE, *EN_PARAGRAPHS[:3], sentence, *EN_PARAGRAPHS[3:]]
    assert ("source", outlet, _line_of(page, sentence)) in _records(page)


# The writer's name glued to the end of the last paragraph.
SIGNED_LAST = (
    "The treasurer expects the first savings to show in the accounts of the second quarter. It is too early to say how"
    " large they will be, but the council hopes to spend them on the school buses. “We will keep our promise,” he"
    " added. Nadia Okafor"
)


def test_a_name_after_the_last_sentence_of_the_text_is_its_writer() -> None:
    last = SIGNED_LAST
    page = [HEADLINE, *EN_PARAGRAPHS[:-1], last]
    assert ("author", "Nadia Okafor", _line_of(page, last)) in _records(page)


def test_a_name_the_story_writes_elsewhere_closing_it_is_no_signature() -> None:
    mentioned = "Nadia Okafor, who chairs the finance committee, said the vote had been close."
    last = SIGNED_LAST
    page = [HEADLINE, *EN_PARAGRAPHS[:3], mentioned, *EN_PARAGRAPHS[3:-1], last]
    assert not any(kind == "author" for kind, _, _ in _records(page))


def test_a_name_closing_a_paragraph_above_the_last_is_no_signature() -> None:
    page = [HEADLINE, *EN_PARAGRAPHS[:2], SIGNED_LAST, *EN_PARAGRAPHS[2:]]
    assert not any(kind == "author" for kind, _, _ in _records(page))
