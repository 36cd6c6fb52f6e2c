"""Rules of the html_ml24 round (session 24): each names a shape of news pages seen on the blind pages
tests/data/html_ml24 (true article bodies), written at the end of session 23 by a helper who read nothing of the
project and scored once before any change; general across sites, with a negative where the shape could overreach.
The set's score is pinned in tests/test_quality.py (OWN_HTML_ML24). Every page and line below was written for this
test.
"""

from __future__ import annotations

from tasks.report.evaluate_html import extracted_body
from tests.page_fixtures import HARBOUR_STORY, SITE_NAV


def _text(*paragraphs: str) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def _body(inside: str) -> str:
    html = f'<html lang="en"><body>{SITE_NAV}<article><h1>Harbour road gets a cycle lane</h1>{inside}</article>'
    return extracted_body((html + "</body></html>").encode())


FIRST = "Workers lay the red asphalt of the new lane. Photo: Tom Berg"
SECOND = "The old railings along the quay wall will be kept"


def test_a_gallery_credited_on_one_picture_is_captions_all() -> None:
    gallery = (
        '<div class="slides">'
        f'<figure><img src="/a.jpg"><figcaption class="cap">{FIRST}</figcaption></figure>'
        f'<figure><img src="/b.jpg"><figcaption class="cap">{SECOND}</figcaption></figure></div>'
    )
    body = _body(_text(*HARBOUR_STORY[:1]) + gallery + _text(*HARBOUR_STORY[1:]))
    assert "red asphalt" not in body and SECOND not in body and HARBOUR_STORY[-1] in body
    # items named by a class of their own, not <figure>: the same
    named = (
        '<div class="photo-strip">'
        f'<div class="photo-strip__item"><img src="/a.jpg"><div class="photo-strip__text">{FIRST}</div></div>'
        f'<div class="photo-strip__item"><img src="/b.jpg"><div class="photo-strip__text">{SECOND}</div></div></div>'
    )
    assert SECOND not in _body(_text(*HARBOUR_STORY[:1]) + named + _text(*HARBOUR_STORY[1:]))


def test_a_list_of_long_items_under_credited_pictures_keeps_its_text() -> None:
    # a ranked list, each entry under its credited picture, is the article: its entries are more than captions
    entries = "".join(
        f'<section><img src="/{n}.jpg"><p>Photo: Ann Roe</p><h2>{n}) Entry {n}</h2>{_text(*HARBOUR_STORY)}</section>'
        for n in (2, 1)
    )
    assert HARBOUR_STORY[0] in _body(f"<div>{entries}</div>")
