"""Rules of the html_ml14 round (session 19): each names a shape of news pages seen on the blind pages
tests/data/html_ml14 (true article bodies), written at the end of session 18 by a helper who read nothing of the
project and scored once before any change; general across sites, with a negative where the shape could overreach.
The set's score is pinned in tests/test_quality.py (OWN_HTML_ML14). Every page and line below was written for this
test.
"""

from __future__ import annotations

from tasks.report.evaluate_html import extracted_body

NAV = "<header><nav><ul>" + "".join(f'<li><a href="/{s}">{s}</a></li>' for s in ("news", "sport", "economy")) + "</ul>"
NAV += "</nav></header>"
EN_BODY = (
    "The council approved a new cycle lane along the harbour road on Tuesday, after two years of consultation.",
    "Work will start in March and close one lane of traffic at a time, the transport department said in a statement.",
    "Residents of the harbour flats welcomed the plan but asked for more crossings near the primary school.",
)
EN_NEXT = (
    "A new ferry timetable will add two late sailings to the islands from the first weekend of the summer season.",
    "The operator said the extra crossings were the most requested change in its passenger survey last year.",
)


def _body(page: str, language: str = "en") -> str:
    html = f'<html lang="{language}"><body>{NAV}{page}</body></html>'
    return extracted_body(html.encode())


def _story(classes: str, headline: str, paragraphs: tuple[str, ...]) -> str:
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f'<article class="{classes}"><h2>{headline}</h2><div class="story__body">{text}</div></article>'


def test_the_next_story_of_an_infinite_scroll_is_no_part_of_the_article() -> None:
    # the next article appended in the same markup, its wrapper marked "next"
    page = '<div class="stream">' + _story("story", "Harbour road gets a cycle lane", EN_BODY)
    page += _story("story story--next", "Late ferries for the islands", EN_NEXT) + "</div>"
    body = _body(page)
    assert EN_BODY[0] in body and EN_NEXT[0] not in body
    # an article split over repeated wrappers of one class, none of them marked, is read whole
    page = '<div class="stream">' + _story("story", "Harbour road gets a cycle lane", EN_BODY)
    page += _story("story", "What the residents said", EN_NEXT) + "</div>"
    body = _body(page)
    assert EN_BODY[0] in body and EN_NEXT[0] in body
