"""Rules of the html_ml28 round (session 26): each names a shape of news pages seen on the blind pages
tests/data/html_ml28 (true article bodies), written at the end of session 25 by a helper who read nothing of the
project and scored once before any change; general across sites, with a negative where the shape could overreach.
The set's score is pinned in tests/test_quality.py (OWN_HTML_ML28). Every page and line below was written for this
test.
"""

from __future__ import annotations

import lxml.html

from tasks.html.byline_blocks import is_byline_block
from tasks.report.evaluate_html import extracted_body

TH_STORY = [
    "เทศบาลเมืองเริ่มซ่อมสะพานข้ามแม่น้ำสายหลักตั้งแต่ต้นเดือนนี้ โดยจะปิดการจราจรฝั่งขาเข้าเป็นเวลาสามเดือน",
    "ชาวบ้านที่เปิดร้านริมสะพานกล่าวว่า “ตั้งแต่ปิดถนน คนเดินผ่านน้อยลงมาก” และขอให้เทศบาลเร่งงานให้เสร็จเร็วขึ้น",
    "เทศบาลระบุว่าจะเปิดช่องทางเดินรถชั่วคราวในช่วงเย็นวันศุกร์ เพื่อไม่ให้กระทบตลาดนัดริมน้ำ",
]
IT_STORY = [
    "Il consiglio comunale ha approvato ieri sera il nuovo piano dei parcheggi per il centro storico della città.",
    "Le strisce blu aumenteranno di duecento posti, mentre i residenti avranno un abbonamento annuale ridotto.",
    "I commercianti chiedono che la prima mezz'ora resti gratuita per chi si ferma a fare acquisti veloci.",
]
RO_STORY = [
    "Primăria a anunțat luni că piața centrală va fi închisă două săptămâni pentru lucrări de renovare a acoperișului.",
    "Comercianții vor fi mutați temporar în parcarea de lângă gară, unde au fost montate deja corturi și mese noi.",
    "Lucrările sunt finanțate din bugetul local și costă aproximativ un milion de lei, potrivit administrației.",
]


def _page(lang: str, head: str, story: list[str], inside: str = "") -> str:
    nav = '<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/local/">Local</a></li></ul></nav>'
    text = "".join(f"<p>{p}</p>" for p in story[:2]) + inside + "".join(f"<p>{p}</p>" for p in story[2:])
    html = f'<html lang="{lang}"><body>{nav}<article>{head}<div class="text">{text}</div></article>'
    return extracted_body(f"{html}</body></html>".encode())


def test_a_thai_pull_quote_counts_its_words_by_its_letters() -> None:
    quote = "“ตั้งแต่ปิดถนน คนเดินผ่านน้อยลงมาก”"
    box = f'<blockquote class="quote-box"><p>{quote}</p></blockquote>'
    body = _page("th", "<h1>เทศบาลเริ่มซ่อมสะพานข้ามแม่น้ำ</h1>", TH_STORY, box)
    assert body.count("ตั้งแต่ปิดถนน คนเดินผ่านน้อยลงมาก") == 1 and TH_STORY[2] in body
    # a quote the text does not say stays: it is no repeat
    other = _page("th", "<h1>เทศบาลเริ่มซ่อมสะพานข้ามแม่น้ำ</h1>", TH_STORY, box.replace("คนเดินผ่าน", "ลูกค้าหาย"))
    assert "ลูกค้าหาย" in other


def test_an_info_line_with_a_reading_time_is_the_byline_s() -> None:
    info = (
        '<div class="article-info"><span class="article-author">di <a href="/autori/marta-lodi">Marta Lodi</a></span>'
        ' <span class="article-date">4 marzo 2025 ore 09:15</span>'
        ' <span class="article-readtime">Tempo di lettura: 2 minuti</span></div>'
    )
    body = _page("it", f"<h1>Parcheggi, approvato il nuovo piano</h1>{info}", IT_STORY)
    assert "Marta Lodi" not in body and "lettura" not in body and IT_STORY[0] in body
    # a sentence beside the author's name is no counter: the line is no byline
    sentence = '<span class="article-note">Il sindaco ha firmato ieri 3 ordinanze sul traffico del centro</span>'
    assert is_byline_block(lxml.html.fragment_fromstring(info))
    assert not is_byline_block(lxml.html.fragment_fromstring(info.replace("</div>", f"{sentence}</div>")))


def test_a_picture_description_named_in_romanian_is_a_caption() -> None:
    figure = (
        '<div class="articol-foto"><img src="/p.jpg" alt=""><div class="foto-descriere">Piața centrală, văzută din'
        " turnul primăriei. Foto: Arhiva ziarului</div></div>"
    )
    body = _page("ro", "<h1>Piața centrală se închide</h1>", RO_STORY, figure)
    assert "turnul primăriei" not in body and RO_STORY[0] in body
    # a box named "descriere" with no picture in or around it is no caption
    plain = '<div class="descriere">Piața centrală, văzută din turnul primăriei, are o sută de tarabe.</div>'
    assert "turnul primăriei" in _page("ro", "<h1>Piața centrală se închide</h1>", RO_STORY, plain)
