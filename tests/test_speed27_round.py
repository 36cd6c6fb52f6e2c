"""Session 27's speed round, the text core (issue 15): the two-line byline's reader (`over_a_role`) asks the name and
its job title first and dateparser after, only of the pairs that read so. Held to the code it replaced: the same
answers on every line of invented pages."""

from __future__ import annotations

import pytest

from tasks.credits.bare_bylines import name_over_role
from tasks.credits.head_records import _LISTS_OF_LINKS, HeadPage, _dated_pair, over_a_role
from tasks.credits.page_words import page_lower_words
from tasks.lexicon.agencies import load_gazetteer
from tasks.text.segment import segment_text
from tests.page_fixtures import EN_PARAGRAPHS, MENU


def _old_over_a_role(i: int, page: HeadPage) -> list[object]:
    """`over_a_role` as it was before session 27: the date test first on lines in or next to a list of links."""
    segmented = page.segmented
    if i + 1 >= len(segmented.lines):
        return []
    ll = segmented.lines[i]
    listed = any(line.verdict.kind in _LISTS_OF_LINKS for line in segmented.lines[i : i + 2])
    if listed and not _dated_pair(segmented, i):
        return []
    return list(name_over_role(ll.line.text, segmented.lines[i + 1].line.text, ll.line.number, page.gazetteer))


# Invented heads: a two-line byline under the headline, with the date over it or under it or none; a menu whose
# entries read as a name over a job ("Senior Writer"), dated and not; a column's name over a section.
HEADS = [
    ["Council backs the tram plan", "CHARLES GOLDBERG", "News staff writer", "Friday, December 28, 2007"],
    ["Council backs the tram plan", "Friday, December 28, 2007", "Jeff Latzke", "AP Sports Writer"],
    ["Council backs the tram plan", "Jeff Latzke", "AP Sports Writer"],
    [MENU, "Anna Lindqvist", "Senior Writer", "Bus fares rise again", "New bridge opens", "About us"],
    [MENU, "3 March 2025", "Anna Lindqvist", "Staff Writer", "Weather", "Contact"],
    [MENU, "Rambling Reporter", "Bastard Machine", "Staff Listings", "Meet the team"],
    ["Tram plan approved", "Maria Rossi", "The Oregonian Staff", "Updated 17 May 2024 10:12"],
]


@pytest.mark.parametrize("head", HEADS)
def test_the_two_line_byline_reads_as_before_on_every_line(head: list[str]) -> None:
    segmented = segment_text("\n\n".join([*head, *EN_PARAGRAPHS, "About us"]))
    page = HeadPage(segmented, load_gazetteer(), page_lower_words(segmented), set())
    for i in range(len(segmented.lines)):
        assert over_a_role(i, page) == _old_over_a_role(i, page)


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        (HEADS[1], "Jeff Latzke", ["Jeff Latzke"]),  # in a list of links, the date over the name: a byline
        (HEADS[4], "Anna Lindqvist", ["Anna Lindqvist"]),  # a menu's entries, the date over them: a byline
        (HEADS[3], "Anna Lindqvist", []),  # a menu's entries, no date: a section's link
    ],
)
def test_a_name_over_its_role_next_to_a_list_needs_the_date(head: list[str], name: str, expected: list[str]) -> None:
    segmented = segment_text("\n\n".join([*head, *EN_PARAGRAPHS, "About us"]))
    page = HeadPage(segmented, load_gazetteer(), page_lower_words(segmented), set())
    i = next(i for i, ll in enumerate(segmented.lines) if ll.line.text == name)
    assert [f.name for f in over_a_role(i, page)] == expected
