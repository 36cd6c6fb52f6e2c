"""Session 40's fix for the bylines of real news pages on the text path (issue 13, helper s40-lines): a writer's name
over the writer's job title on the next line, the two short lines filling the byline's slot between the headline and
the first paragraph with no date near them ("Ann Lee" over "Staff Writer"), as US papers set a byline. The segmenter
takes such short lines for a list, and a list's two entries are read as a name and a role only next to the article's
date (session 27: a menu's "Bastard Machine" over "Rambling Reporter"); in the slot right under the headline and right
over the text they are no menu's. The pages are written for the tests, not taken from the real pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.text.segment import segment_text
from tests.page_fixtures import EN_PARAGRAPHS

HEADLINE = "Harbour town opens its new pier after two years of work"
NAV = ["Home", "News", "Sports", "Opinion", "Contact us"]
TAIL = ["Share this:", "Facebook", "Twitter", "Leave a Reply", "© 2024 Harbour Daily. All rights reserved."]


def _authors(page: list[str]) -> set[tuple[str | None, int]]:
    found = extract_attributions(segment_text("\n\n".join(page)))
    return {(f.name, f.line) for f in found if f.kind.value == "author"}


@pytest.mark.parametrize("role", ["Staff Writer", "Senior Correspondent", "Reporter", "Freelance Writer"])
def test_a_name_over_its_job_title_in_the_bylines_slot(role: str) -> None:
    page = [*NAV, HEADLINE, "Ann Lee", role, *EN_PARAGRAPHS, *TAIL]
    assert _authors(page) == {("Ann Lee", 2 * page.index("Ann Lee") + 1)}


def test_a_menus_name_and_role_above_the_headline_stay_unread() -> None:
    # the same two lines among the menu's entries over the headline: a column's or a section's names
    page = ["Home", "Ann Lee", "Staff Writer", "Sports", HEADLINE, *EN_PARAGRAPHS, *TAIL]
    assert _authors(page) == set()


@pytest.mark.parametrize(("name", "role"), [("Ann Lee", "Senior Health"), ("Local News", "Staff Picks")])
def test_no_job_noun_closing_the_role_names_no_one(name: str, role: str) -> None:
    page = [*NAV, HEADLINE, name, role, *EN_PARAGRAPHS, *TAIL]
    assert _authors(page) == set()
