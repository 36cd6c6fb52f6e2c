"""Rules of the html_ml22 round (session 23): each names a shape of news pages seen on the blind pages
tests/data/html_ml22 (true article bodies), written at the end of session 22 by a helper who read nothing of the
project and scored once before any change; general across sites, with a negative where the shape could overreach.
The set's score is pinned in tests/test_quality.py (OWN_HTML_ML22). Every page and line below was written for this
test.
"""

from __future__ import annotations

from tasks.lexicon.captions import holds_photo_credit
from tasks.report.evaluate_html import extracted_body
from tests.page_fixtures import HARBOUR_STORY, SITE_NAV

EN_BODY = (
    *HARBOUR_STORY,
    "The mayor said the first section would open before the autumn and the rest by the end of next year.",
)


def _text(*paragraphs: str) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def _body(inside: str, language: str = "en") -> str:
    html = f'<html lang="{language}"><body>{SITE_NAV}<article><h1>Harbour road gets a cycle lane</h1>{inside}</article>'
    return extracted_body((html + "</body></html>").encode())


def test_a_named_pull_quote_signed_by_its_speaker() -> None:
    quote = (
        '<blockquote class="story-pullquote"><p>"Children will cycle to school again."</p>'
        "<cite>Mara Lind, head teacher</cite></blockquote>"
    )
    body = _body(_text(*EN_BODY[:2]) + quote + _text(*EN_BODY[2:]))
    assert "cycle to school again" not in body and "Mara Lind" not in body and EN_BODY[-1] in body
    # a plain <blockquote> with its source is the text's quotation, and so is a named one without a speaker
    quoted = quote.replace(' class="story-pullquote"', "")
    assert "cycle to school again" in _body(_text(*EN_BODY[:2]) + quoted + _text(*EN_BODY[2:]))
    unsigned = quote.replace("<cite>Mara Lind, head teacher</cite>", "")
    assert "cycle to school again" in _body(_text(*EN_BODY[:2]) + unsigned + _text(*EN_BODY[2:]))


def test_a_caption_between_its_picture_and_its_credit_line() -> None:
    photo = (
        '<div class="story-photo"><img src="/lane.jpg"><p class="story-photo-about">The new lane at the ferry pier.'
        '</p><p class="story-photo-by">Photo: Ola Berg / Harbour Times</p></div>'
    )
    body = _body(_text(*EN_BODY[:2]) + photo + _text(*EN_BODY[2:]))
    assert "ferry pier" not in body and EN_BODY[0] in body and EN_BODY[-1] in body
    # before a credit in an inline element the caption stays (dragnet's gold keeps such captions), but in a gallery
    inline = photo.replace('<p class="story-photo-by">', "<span>").replace("Times</p>", "Times</span>")
    assert "ferry pier" in _body(_text(*EN_BODY[:2]) + inline + _text(*EN_BODY[2:]))
    gallery = f'<div class="photo-gallery">{inline}</div>'
    assert "ferry pier" not in _body(_text(*EN_BODY[:2]) + gallery + _text(*EN_BODY[2:]))
    # a paragraph after a picture whose next line is text, no credit, stays
    pictured = '<div><img src="/lane.jpg"><p>The lane will be painted green.</p><p>Work starts in May.</p></div>'
    assert "painted green" in _body(_text(*EN_BODY[:2]) + pictured + _text(*EN_BODY[2:]))


def test_a_caption_closed_by_its_photo_cue_and_the_photographers_name() -> None:
    assert holds_photo_credit("Велодорожка у морского вокзала. Фото Ивана Петрова")
    assert holds_photo_credit("Веладарожка ля порта. Фота Алеся Кавалёва.")
    # a cue opening the caption, or words after the cue that are no name, are no credit
    assert not holds_photo_credit("Фото Ивана Петрова")
    assert not holds_photo_credit("A day at the fair. Photo of the day")


def test_a_picture_wrapper_and_its_description_named_apart() -> None:
    photo = (
        '<div class="news_img"><img src="/lane.jpg"><br><span class="podpis">Велодорожка у морского вокзала. '
        "Фото Ивана Петрова</span></div>"
    )
    ru = (
        "Городской совет одобрил строительство велодорожки вдоль набережной после двух лет обсуждений.",
        "Работы начнутся в марте, движение будет перекрываться по одной полосе, сообщили в департаменте транспорта.",
        "Жители домов у порта поддержали план, но попросили сделать больше переходов возле школы.",
    )
    body = _body(photo + _text(*ru), "ru")
    assert "морского вокзала" not in body and ru[0] in body
    # the same description holding no credit is the caption the text keeps
    assert "морского вокзала" in _body(photo.replace(" Фото Ивана Петрова", "") + _text(*ru), "ru")


def test_a_tamil_file_photo_bracket_closing_a_caption() -> None:
    assert holds_photo_credit("துறைமுக சாலையில் புதிய சைக்கிள் பாதை. (கோப்புப் படம்)")
    assert not holds_photo_credit("துறைமுக சாலையில் புதிய சைக்கிள் பாதை.")


def test_an_embedded_weibo_post() -> None:
    post = (
        '<div class="weibo-embed"><blockquote><p>新的自行车道太好了 #港口路#</p>'
        "<footer>@港口城市 来自微博</footer></blockquote></div>"
    )
    body = _body(_text(*EN_BODY[:3]) + post + _text(EN_BODY[3]))
    assert "自行车道" not in body and EN_BODY[-1] in body
