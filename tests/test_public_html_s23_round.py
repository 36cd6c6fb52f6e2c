"""Session 23's rule from the public HTML sets' held-out pages (issue 12): a general shape seen where newsclean lost to
trafilatura, judged on every public set at once. Every page below was written for this test."""

from __future__ import annotations

from tasks.report.evaluate_html import extracted_body
from tests.page_fixtures import HARBOUR_STORY, SITE_NAV

TEASERS = (
    ("Ferry fares rise in spring", "The harbour ferry will cost a little more from April, the operator said today."),
    ("New pier for the old port", "Builders start work on a longer pier for the cruise ships, which now anchor off."),
    ("School bus routes change", "Three bus routes to the schools by the harbour change next week, parents were told."),
    ("Night market returns", "The night market by the fish hall opens again in May with forty stalls and music."),
    ("Tram depot plans shown", "The city shows its plans for a new tram depot by the harbour road to residents."),
)

# (over 500 characters with the story: a shorter body is given to trafilatura for a second opinion)
STORY_MORE = (
    "The mayor said the first section would open before the autumn and the rest by the end of next year.",
    "Cyclists' groups called the lane a good start and asked the council to link it to the station next.",
)


def test_a_teaser_box_in_the_next_column_is_not_part_of_the_article() -> None:
    items = "".join(
        f'<div><a href="/v/{k}"><img src="/{k}.jpg"></a><a href="/v/{k}">{title}</a><p>{about} Watch the video, '
        "with comments from residents, traders, drivers and the council, filmed on Monday.</p></div>"
        for k, (title, about) in enumerate(TEASERS)
    )
    story = "".join(f"<p>{p}</p>" for p in (*HARBOUR_STORY, *STORY_MORE))
    page = (
        f'<html><body>{SITE_NAV}<div><div><div id="article_box"><h1>Harbour road gets a cycle lane</h1>{story}</div>'
        f'</div><div><div id="video_box">{items}</div></div></div></body></html>'
    )
    body = extracted_body(page.encode())
    assert HARBOUR_STORY[0] in body and STORY_MORE[-1] in body and "night market" not in body.casefold()
