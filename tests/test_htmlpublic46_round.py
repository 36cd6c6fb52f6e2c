"""Rules of the htmlpublic round (session 46, issue 12): the writer's bio box closing the article inside the article's
element, counted over the worst pages of the four trainable public HTML sets (aeb, readability, cleanportal,
cleaneval-dev) and kept only in the form the evaluation-only sets (dragnet, l3s) and the check sets held on. Every page
and line below was written for this test.
"""

from __future__ import annotations

from tasks.report.evaluate_html import extracted_body

PARAGRAPHS = (
    "The harbour board approved the new ferry timetable on Tuesday, adding two late sailings on Fridays and Saturdays "
    "after a summer of complaints from island residents stranded on the mainland.",
    "Board members said the extra crossings would be paid for by a small rise in the price of a season ticket, which "
    "has not changed in six years and still costs less than a week of parking in town.",
    "The first late sailing leaves the quay at eleven on the first Friday of next month, weather permitting, and the "
    "harbour master expects the boats to be full for the first few weekends at least.",
    "Residents who rely on the service for work can apply for a commuter discount at the ticket office by the quay.",
)
BIO_FULL = "Marta Ellison is the paper's transport reporter and has covered the island ferries since 2015."
BIO_FIRST = "Marta has been riding the island ferries since she was a child and still prefers the top deck."


def _page(byline: str, text: str, after: str = "") -> str:
    html = (
        f'<html lang="en"><head></head><body><div id="main"><article><h1>Late ferries for the islands</h1>'
        f'<p class="byline">{byline}</p><div class="article-text">{text}{after}</div></article></div></body></html>'
    )
    return extracted_body(html.encode())


def _paragraphs(*extra: str) -> str:
    return "".join(f"<p>{p}</p>" for p in (*PARAGRAPHS, *extra))


def test_the_writers_bio_box_under_the_text_that_opens_with_the_bylines_name_is_cut() -> None:
    # a review or blog theme prints a box on the writer under the text, inside the element holding the text
    body = _page("By Marta Ellison", _paragraphs(), f'<div class="mt-35"><p>{BIO_FULL}</p></div>')
    assert "commuter discount" in body
    assert "transport reporter" not in body


def test_the_writers_bio_box_naming_the_writer_by_the_first_name_is_cut() -> None:
    # "Devindra has been obsessed with …": a review site's bio box names its writer by the first name
    body = _page("By Marta Ellison", _paragraphs(), f'<div class="t-d6"><div>{BIO_FIRST}</div></div>')
    assert "commuter discount" in body
    assert "top deck" not in body


def test_a_bio_paragraph_in_the_texts_own_flow_stays() -> None:
    # the same bio as the last paragraph among the story's own: dragnet's copies of such pages keep it, cleanportal's
    # golds disagree, so it stays
    body = _page("By Marta Ellison", _paragraphs(f"<em>{BIO_FULL}</em>"))
    assert "transport reporter" in body


def test_a_box_under_the_text_that_names_someone_other_than_the_writer_stays() -> None:
    # a box under the text opening with another person's name is the story's (a quote box, a profile)
    other = "Jonas Pike has run the harbour café for thirty years and says the late boats will keep him open longer."
    body = _page("By Marta Ellison", _paragraphs(), f'<div class="harbour-notes"><p>{other}</p></div>')
    assert "harbour café" in body


def test_a_paragraph_higher_up_that_opens_with_the_writers_name_stays() -> None:
    # a first-person piece may open a paragraph with the writer's own name; only the body's last lines are asked
    own = "Marta Ellison, who grew up on the largest island, took the last boat home on Friday to see the change."
    text = f"<p>{PARAGRAPHS[0]}</p><div><p>{own}</p></div>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
    body = _page("By Marta Ellison", text)
    assert "took the last boat home" in body
