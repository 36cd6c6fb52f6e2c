"""Rules of the htmlpublic round (session 48, issue 12): shapes counted over the worst pages of the four trainable
public HTML sets (aeb, readability, cleanportal, cleaneval-dev), kept only because the evaluation-only sets (dragnet,
l3s) and the check sets held. Every page and line below was written for this test.
"""

from __future__ import annotations

import pytest

from tasks.html.closing_stamps import is_closing_stamp
from tests.test_html_ml66_round import _page

STORY = "".join(
    f"<p>{line}</p>"
    for line in (
        "The library's reading room will close for three weeks in March while its roof is repaired and its old "
        "radiators are replaced before next winter.",
        "Borrowers can return books at the town hall during the works, and the children's reading hour moves to the "
        "community centre on Saturday mornings.",
        "The council said the repairs had been planned for two years and would be paid for from the maintenance "
        "budget rather than by raising fees.",
    )
)

# A stamp dating the page under its last paragraph, in several languages and layouts: the revision note of a reference
# page, a news site's "Updated at", a health site's review date, CMS footers' published and modified dates.
CLOSING_STAMPS = (
    "This page was last updated 14 February 2001",
    "Updated at 4:05 p.m.",
    "This article last reviewed June 2006.",
    "Page last reviewed: 9 October 2024",
    "Last modified: 21.11.2023, 09:40",
    "Originally published on July 8, 2019",
    "Aktualisiert am 05.03.2025, 08:10 Uhr",
    "Mis à jour le 12 janvier 2024 à 18:30",
    "Última modificación: 3 de marzo de 2024",
)


@pytest.mark.parametrize("stamp", CLOSING_STAMPS)
def test_a_date_stamp_closing_the_text_is_cut(stamp: str) -> None:
    # the CMS prints the page's revision or publication stamp inside the article's element, after the last paragraph
    body = _page(f"<article><h1>Library to close for repairs</h1>{STORY}<p>{stamp}</p></article>", "en")
    assert "raising fees" in body
    assert stamp not in body, stamp


def test_a_stamp_under_a_closing_pointer_is_cut_too() -> None:
    # the walk up from the body's last line passes the reader's pointer and the stamp in either order
    pointer = "Follow the library on Twitter @TownLibrary"
    for tail in (f"<p>{pointer}</p><p>Updated at 4:05 p.m.</p>", f"<p>Updated at 4:05 p.m.</p><p>{pointer}</p>"):
        body = _page(f"<article><h1>Library to close for repairs</h1>{STORY}{tail}</article>", "en")
        assert "raising fees" in body
        assert "Updated at" not in body and pointer not in body, tail


SENTENCES = (
    "The timetable was last updated in 2019, when the Sunday opening was dropped.",
    "The building was updated on 3 March 1998 by the county architect's office.",
    "Posted by librarian at 9:41 PM",
)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_naming_a_date_stays(sentence: str) -> None:
    # words after the date make a sentence of the text (or a name after the label a blog's footer, which the golds
    # disagree on: session 45): no stamp
    assert not is_closing_stamp(sentence)
    body = _page(f"<article><h1>Library to close for repairs</h1>{STORY}<p>{sentence}</p></article>", "en")
    assert sentence in body


def test_a_stamp_above_the_last_paragraph_stays() -> None:
    # only the lines closing the body are read: a dated line between paragraphs is the text's (a live blog's update)
    middle = "<p>Updated at 4:05 p.m.</p>"
    body = _page(f"<article><h1>Library to close for repairs</h1>{STORY}{middle}{STORY}</article>", "en")
    assert "Updated at 4:05 p.m." in body
