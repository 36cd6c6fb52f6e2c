"""Rules of the html_ml30 round (session 27): each names a shape of news pages seen on the blind pages
tests/data/html_ml30 (true article bodies), written at the end of session 26 by a helper who read nothing of the
project and scored once before any change; general across sites, with a negative where the shape could overreach.
The set's score is pinned in tests/test_quality.py (OWN_HTML_ML30). Every page and line below was written for this
test.
"""

from __future__ import annotations

from tasks.lexicon.captions import holds_photo_credit
from tasks.report.evaluate_html import extracted_body

ZH_STORY = [
    "市园林部门昨天表示，滨江公园北区的改造工程将于下周启动，预计明年春节前完工，届时将新增两处亲水平台。",
    "改造期间，公园北区的部分步道将临时封闭，市民可从南门和东门进入园区，游船码头照常开放。",
    "园林部门还表示，施工将尽量避开早晚锻炼高峰时段，夜间不安排产生较大噪声的作业。",
]
PT_STORY = [
    "A feira de artesanato da praça central voltou a funcionar neste sábado, depois de três meses de obras no piso.",
    "Maria Helena Duarte, que vende bordados há vinte anos, contou que as vendas caíram muito durante a reforma."
    " “Hoje parece que a praça voltou a ser nossa de novo”, disse ela, arrumando a banca.",
    "A prefeitura promete instalar novos toldos e iluminação até o fim do mês para atrair mais visitantes.",
]
ES_STORY = [
    "El ayuntamiento aprobó este martes el nuevo calendario de recogida de residuos para los barrios del norte.",
    "Los vecinos podrán sacar los contenedores de vidrio y cartón dos veces por semana a partir del próximo lunes.",
    "La concejalía de medio ambiente repartirá folletos informativos puerta por puerta durante todo el mes.",
]


def _page(lang: str, story: list[str], inside: str) -> str:
    nav = '<nav class="menu"><ul><li><a href="/">Inicio</a></li><li><a href="/local/">Local</a></li></ul></nav>'
    text = "".join(f"<p>{p}</p>" for p in story[:2]) + inside + "".join(f"<p>{p}</p>" for p in story[2:])
    html = f'<html lang="{lang}"><body>{nav}<article><h1>Headline</h1><div class="text">{text}</div></article>'
    return extracted_body(f"{html}</body></html>".encode())


def test_a_chinese_caption_s_photo_credit_after_a_full_stop_or_a_bracket() -> None:
    assert holds_photo_credit("滨江公园北区的步道。（资料图）摄影：李明")
    assert holds_photo_credit("滨江公园北区的步道。摄影：李明")
    caption = (
        '<div class="pic_wrap"><img src="/a.jpg">'
        '<span class="pic_descr">滨江公园北区的步道。（资料图）摄影：李明</span></div>'
    )
    body = _page("zh", ZH_STORY, caption)
    assert "李明" not in body and ZH_STORY[2] in body
    # a sentence of the text that names photography is no credit: no cue right after its punctuation
    assert not holds_photo_credit("他说，摄影爱好者常在这里拍摄日落。")


def test_a_quote_box_with_its_speaker_inside_repeats_the_text() -> None:
    quote = (
        '<blockquote class="story-quote">“Hoje parece que a praça voltou a ser nossa de novo.”'
        '<span class="story-quote-speaker">Maria Helena Duarte, artesã</span></blockquote>'
    )
    body = _page("pt", PT_STORY, quote)
    assert body.count("voltou a ser nossa") == 1 and "artesã" not in body and PT_STORY[2] in body
    # a quoted sentence the text does not say stays, with its speaker
    other = _page("pt", PT_STORY, quote.replace("a praça voltou a ser nossa de novo", "ninguém acreditava na obra"))
    assert "ninguém acreditava na obra" in other


def test_a_spanish_newsletter_prompt_between_the_paragraphs_is_furniture() -> None:
    callout = (
        '<div class="card callout-card"><div class="callout-text">¿Quieres saber más de tu barrio?'
        " Recibe nuestro boletín cada lunes.</div></div>"
    )
    body = _page("es", ES_STORY, callout)
    assert "boletín" not in body and ES_STORY[2] in body and ES_STORY[0] in body
