"""Rules of the html_ml10 round (session 17): each names a shape of news pages seen on the blind pages
tests/data/html_ml10 (true article bodies), written at the end of session 16 by a helper who read nothing of the
project and scored once before any change; general across sites, with a negative where the shape could overreach.
The set's score is pinned in tests/test_quality.py (OWN_HTML_ML10).
"""

from __future__ import annotations

from tasks.lexicon.date_text import date_tail_start
from tasks.report.evaluate_html import extracted_body
from tests.page_fixtures import SITE_NAV

NAV = SITE_NAV
FR_BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "La mairie a présenté mardi son plan pour rénover les écoles les plus exposées aux fortes chaleurs d'ici 2027.",
        "« Nous ne pouvons plus laisser des enfants travailler dans des salles à 35 degrés », a déclaré l'adjointe.",
        "Les travaux commenceront cet été dans six établissements, pour un coût estimé à douze millions d'euros.",
    )
)
ZH_BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "台中市政府今天宣布，將在大坑風景區試辦登山步道預約制，週末及國定假日每日上限四千人，違者將被勸導離開。",
        "觀光旅遊局表示，步道近年假日遊客人數屢創新高，部分路段出現壅塞，也造成山林生態的壓力，因此決定試辦。",
        "民眾可透過市府網站或手機應用程式提前預約，每次最多可預約六人，預約成功後會收到簡訊通知及入山條碼。",
    )
)
DECK = (
    "Face aux épisodes de chaleur de plus en plus précoces, la ville veut adapter ses écoles avant l'été prochain et "
    "mobilise douze millions d'euros."
)


def _body_lines(page: str, language: str) -> list[str]:
    html = f'<html lang="{language}"><body>{NAV}<main>{page}</main></body></html>'
    return extracted_body(html.encode()).split("\n\n")


def test_a_sentence_deck_right_under_the_headline_is_the_lead_on_a_non_english_page() -> None:
    # the lead written as a subheading under the headline, outside the text's element, whatever its class is named
    page = f'<h1>Écoles : la ville lance un plan chaleur</h1><h2 class="b-subheadline">{DECK}</h2>'
    page += f'<div class="text">{FR_BODY}</div>'
    assert DECK in _body_lines(page, "fr")
    # a subheading that is no sentence (a kicker, a section's name) is no lead
    page = '<h1>Écoles : la ville lance un plan chaleur</h1><h2 class="b-subheadline">Éducation et climat à Lyon</h2>'
    page += f'<div class="text">{FR_BODY}</div>'
    assert "Éducation et climat à Lyon" not in _body_lines(page, "fr")


def test_a_sentence_lead_in_a_paragraph_or_table_cell_under_the_headline_is_text() -> None:
    # an old table layout's bold lead in its own cell, a CMS's paragraph between the headline and the text's element
    for element in (f"<table><tr><td><b>{DECK}</b></td></tr></table>", f'<p class="intro-x">{DECK}</p>'):
        page = f'<h1>Écoles : la ville lance un plan chaleur</h1>{element}<div class="text">{FR_BODY}</div>'
        assert DECK in _body_lines(page, "fr")


def test_an_english_deck_stays_out_as_the_english_benchmarks_gold_leaves_it() -> None:
    deck = (
        "The city wants to adapt its schools to earlier heatwaves before next summer and will spend twelve million "
        "euros on the first six of them."
    )
    body = "".join(f"<p>{p}</p>" for p in ("The council met on Tuesday. " * 4, "Work starts this summer. " * 4))
    page = (
        f'<h1>City launches a heat plan for its schools</h1><h2 class="dek">{deck}</h2><div class="text">{body}</div>'
    )
    assert deck not in _body_lines(page, "en")


def test_a_pull_quote_that_shortens_what_the_text_says_is_no_text_nor_its_speaker() -> None:
    quote = '<blockquote class="c-pullquote"><p>« Plus laisser des enfants dans des salles à 35 degrés »</p>'
    quote += "<cite>Claire Roustan, adjointe</cite></blockquote>"
    lines = _body_lines(f"<article><h1>Écoles : la ville lance un plan chaleur</h1>{FR_BODY}{quote}</article>", "fr")
    assert len(lines) == 3 and "Claire Roustan, adjointe" not in lines
    # a quoted letter says something the text does not: it stays, and so does who wrote it
    letter = '<blockquote class="c-pullquote"><p>« Chers parents, la cantine sera fermée jusqu\'à la rentrée de '
    letter += "septembre pour travaux »</p><cite>Le directeur</cite></blockquote>"
    lines = _body_lines(f"<article><h1>Écoles : la ville lance un plan chaleur</h1>{FR_BODY}{letter}</article>", "fr")
    assert "Le directeur" in lines


def test_a_chinese_update_label_after_the_time_keeps_the_line_a_date() -> None:
    # "（6/5 16:10 更新）": the update in brackets after the published time
    assert date_tail_start("2024/06/05 14:32（6/5 16:10 更新）") == 0
    stamp = '<div class="updatetime"><span>2024/06/05 14:32</span>（6/5 16:10 更新）</div>'
    lines = _body_lines(f"<article><h1>大坑步道試辦預約制</h1>{stamp}{ZH_BODY}</article>", "zh-TW")
    assert len(lines) == 3
    # a sentence about an update is no date line
    assert date_tail_start("市府表示，6/5 16:10 更新了預約系統") is None


def test_a_taiwanese_sites_reprint_notice_and_editors_note_are_no_text() -> None:
    closing = "<p>（編輯：黃書涵）1130605</p>"
    closing += "<div>本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。</div>"
    lines = _body_lines(f"<article><h1>大坑步道試辦預約制</h1>{ZH_BODY}{closing}</article>", "zh-TW")
    assert len(lines) == 3
    # an editor quoted in the text is text
    quoted = "<p>該報編輯黃書涵表示，預約制上路後將持續追蹤步道的遊客人數，並在三個月後檢討是否調整每日上限。</p>"
    lines = _body_lines(f"<article><h1>大坑步道試辦預約制</h1>{ZH_BODY}{quoted}</article>", "zh-TW")
    assert len(lines) == 4
