"""Rules of the html_ml62 round (session 43): each names a shape of news pages seen on the blind pages
tests/data/html_ml62 (true article bodies), written at the end of session 42 by a helper who read nothing of the
project and scored once before any change; general across sites, with a negative where the shape could overreach.
The set's score is pinned in tests/test_quality.py (OWN_HTML_ML62). Every page and line below was written for this
test.
"""

from __future__ import annotations

from tasks.report.evaluate_html import extracted_body
from tasks.text.related_lines import is_related_heading


def _page(inner: str, lang: str) -> str:
    return extracted_body(f'<html lang="{lang}"><head></head><body>{inner}</body></html>'.encode())


def test_the_more_news_heading_of_the_south_indian_languages_heads_a_link_box() -> None:
    # "ಇನ್ನಷ್ಟು ಸುದ್ದಿ" (more news) over a Kannada paper's box of other stories' cards under the text, each a linked
    # headline and a line of summary; the Telugu, Tamil and Malayalam "more news" the same
    for heading in ("ಇನ್ನಷ್ಟು ಸುದ್ದಿ", "మరిన్ని వార్తలు", "மேலும் செய்திகள்", "കൂടുതൽ വാർത്തകൾ"):
        assert is_related_heading(heading)
    # a subheading of the story's own ("arrangements for visitors") heads no link box
    assert not is_related_heading("ಪ್ರವಾಸಿಗರಿಗೆ ವಿಶೇಷ ವ್ಯವಸ್ಥೆ")


SR_STORY = "".join(
    f"<p>{s}</p>"
    for s in (
        "Градска управа је у понедељак представила план обнове старог моста преко реке, који ће трајати две године.",
        "Радови ће почети на пролеће, а саобраћај ће током обнове бити преусмерен на нови мост низводно од центра.",
        "Грађани су на јавној расправи тражили да се сачува изглед моста и да се постави ново јавно осветљење.",
        "Пројекат финансира министарство, а град ће из свог буџета платити уређење обала и нове клупе поред реке.",
    )
)


def test_a_lead_field_named_lid_is_the_articles_text() -> None:
    # a Serbian local site's Drupal node: the lead ("лид", lid) in a field of its own under the headline and the
    # byline, then the picture, then the body field the text is found in
    lead = "Стари мост у центру града биће обновљен до краја идуће године, најавила је градска управа."
    node = (
        "<article class='node'><div class='rubrika'><a href='/grad'>Град</a></div>"
        "<h1 class='node__title'>Стари мост биће обновљен</h1>"
        "<div class='submitted'>Аутор: Милан Петровић | 3. нов 2025.</div>"
        f"<div class='field--name-field-lid'><p>{lead}</p></div>"
        "<div class='field--name-field-slika'><img src='m.jpg' alt=''><div class='opis'>Стари мост (Фото: Портал)</div>"
        f"</div><div class='field--name-body'>{SR_STORY}</div></article>"
    )
    body = _page(f"<div class='region'>{node}</div><div class='footer'>© Градски портал</div>", "sr")
    assert lead in body and "јавној расправи" in body
    # the same field named for something else ("field-lidar", a word that only opens with lid) is no lead
    other = node.replace("field--name-field-lid", "field--name-field-lidar")
    assert lead not in _page(f"<div class='region'>{other}</div><div class='footer'>© Градски портал</div>", "sr")


UK_STORY = (
    "<p>Міська рада затвердила план ремонту старого парку біля річки, роботи почнуться вже наступного місяця.</p>"
    "<p>У парку відновлять алеї, встановлять нові лавки та ліхтарі, а біля ставка облаштують дитячий майданчик.</p>"
    "<p>Мешканці просили зберегти старі липи, тож проєкт переглянули й дерева залишаться на своїх місцях.</p>"
)


def test_a_pages_captions_are_alike_once_one_credits_its_picture() -> None:
    # a Ukrainian guide credits the lead picture under its caption ("Фото: …") and writes the later pictures'
    # captions with no credit: a page's captions are one kind, each a picture's caption
    lead = "<figure><img src='a.jpg'><figcaption>Головна алея парку навесні | Фото: Олена Гнатюк</figcaption></figure>"
    later = "<figure><img src='b.jpg'><figcaption>Старий ставок біля південного входу</figcaption></figure>"
    paragraphs = UK_STORY.split("</p>")
    story = f"{paragraphs[0]}</p>{paragraphs[1]}</p>{later}{paragraphs[2]}</p>"
    body = _page(f"<article><h1>Парк над річкою оновлять</h1>{lead}{story}</article>", "uk")
    assert "дитячий майданчик" in body and "Старий ставок" not in body
    # with no caption crediting its picture, an uncredited caption stays the text's (some golds keep a figure's
    # caption)
    uncredited = lead.replace(" | Фото: Олена Гнатюк", "")
    assert "Старий ставок" in _page(f"<article><h1>Парк над річкою оновлять</h1>{uncredited}{story}</article>", "uk")
