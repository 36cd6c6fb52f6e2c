"""Page metadata rules of the heldout72 round (session 42): each names a page shape seen on the blind pages of
tests/data/html_meta (heldout72-*, written at the end of session 41 by a helper who read nothing of the project and
scored once before any change), general across sites, with negatives where the shape could overreach; the set's
scores are pinned in tests/test_meta_quality.py. Every page and line below was written for this test."""

from __future__ import annotations

from lxml.html import HtmlElement, fromstring  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.credits.name_lines import looks_like_name_line
from tasks.html.blocks import Block
from tasks.html.headline import headline_index
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.attached_and import attached_and_names
from tests.test_heldout4_round import BODY, _process


def test_a_maghreb_menu_of_cities_and_sections_is_no_pair_of_names() -> None:
    # a Moroccan site's menu: the region's cities, then its "regional" and "international" sections; the و opening
    # "وجدة" (Oujda) read as the "and" of two names
    assert attached_and_names("الحسيمة الناظور وجدة بركان تاوريرت جهوية دولية", "ar") == []
    # two writers joined by و stay two names
    assert attached_and_names("محمد العلوي وسعيد بنعلي", "ar") == ["محمد العلوي", "سعيد بنعلي"]


def test_a_galician_byline_element_named_sinatura() -> None:
    # "<div class="sinatura">": the Galician papers' byline, the writer, the place and the date in spans, parted by dots
    byline = (
        "<div class='sinatura'><span class='autora'>Antía Castro</span> · <span class='lugar'>Ourense</span> · "
        "<span class='data'>03/05/2025</span></div>"
    )
    body = f"<article><h1>Council backs budget</h1>{byline}<div class='corpo'>{BODY}</div></article>"
    assert _process("<title>Council backs budget</title>", body, "gl")[2] == ["Antía Castro"]


TH_BODY = "".join(
    f"<p>{p}</p>"
    for p in (
        "สถานการณ์น้ำในแม่น้ำปิงช่วงที่ไหลผ่านตัวเมืองเชียงใหม่เริ่มลดระดับลงอย่างต่อเนื่องหลังจากฝนหยุดตกมาสองวัน",
        "เจ้าหน้าที่ป้องกันและบรรเทาสาธารณภัยยังคงเฝ้าระวังพื้นที่ลุ่มต่ำริมแม่น้ำและเตรียมเครื่องสูบน้ำไว้หลายจุด",
        "ชาวบ้านในชุมชนริมน้ำเริ่มทำความสะอาดบ้านเรือนและขนย้ายข้าวของกลับเข้าที่พักหลังจากอพยพไปอยู่ที่ศูนย์พักพิง",
    )
)


def test_a_thai_caption_over_its_date_is_no_byline() -> None:
    # the lead picture's caption under the byline's info bar, a Thai run with no spaces closed by the day it was
    # taken: read as a one-word name over its date, a second writer
    caption = "ระดับน้ำในแม่น้ำปิงบริเวณสะพานนวรัฐช่วงเช้าวันที่ 5 ตุลาคม"
    assert not looks_like_name_line(caption, load_gazetteer())
    meta = (
        "<div class='post-meta'><span class='by'>โดย <a href='/author/somchai/'>สมชาย ใจดี</a> ผู้สื่อข่าว</span> "
        "<span class='on'>5 ต.ค. 2568 เวลา 09:10 น.</span> <span class='views'>อ่าน 1,204 ครั้ง</span></div>"
    )
    figure = f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"
    body = f"<article><h1>น้ำปิงเริ่มลดระดับ</h1>{meta}{figure}<div class='post-content'>{TH_BODY}</div></article>"
    assert _process("<title>น้ำปิงเริ่มลดระดับ</title>", body, "th")[2] == ["สมชาย ใจดี"]
    # a name's words stay names, however long a Thai surname runs
    assert looks_like_name_line("สมชาย ศรีสุวรรณวิเชียรกุล", load_gazetteer(), cued=True)


def _cells() -> tuple[HtmlElement, HtmlElement, HtmlElement]:
    """A layout table's row: the side column's cell, the story's cell, and the story's heading cell inside it."""
    row = fromstring("<table><tr><td class='left'></td><td class='main'><table><tr><td class='h'></td>"
                               "</tr></table></td></tr></table>")  # fmt: skip
    left, main, heading = row.find_class("left")[0], row.find_class("main")[0], row.find_class("h")[0]
    return left, main, heading


def _in(index: int, text: str, *ancestors: HtmlElement) -> Block:
    return Block(index, text, "td", "body/td", 0, False, True, False, False, 0.0, None, ancestors)


def test_the_headline_under_a_side_poll_the_article_region_took_in() -> None:
    # an old Joomla table layout: the side column's poll (a heading, its question, its answers) stands in the same row
    # as the story's cell, and the article's region opens with it; the headline is the block the <title> names, a
    # few blocks further down in the story's cell (the date under it is then the page's: the date reader looks near
    # the headline)
    left, main, heading = _cells()
    poll = [_in(0, "Sondage", left), _in(1, "Faut-il un nouveau marché ?", left), _in(2, "Oui", left)]
    poll += [_in(3, "Non", left)]
    story = [_in(4, "Le marché couvert rouvrira en mai", main, heading), _in(5, "Jeudi, 06 Mars 2025 10:20", main)]
    story += [_in(6, "Le conseil municipal a voté mardi soir les crédits nécessaires à la rénovation du marché.", main)]
    assert headline_index([*poll, *story], 0, "Le marché couvert rouvrira en mai") == 4
    # in the same cell as the region's first block, a block of the title's words is the text's own heading (a
    # report's bold title under its number and date), and stays the text's
    same_cell = [_in(k, b.text, main) for k, b in enumerate([*poll, *story])]
    assert headline_index(same_cell, 0, "Le marché couvert rouvrira en mai") != 4
