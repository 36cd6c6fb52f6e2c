"""Rules of the html_ml26 round (session 25): each names a shape of news pages seen on the blind pages
tests/data/html_ml26 (true article bodies), written at the end of session 24 by a helper who read nothing of the
project and scored once before any change; general across sites, with a negative where the shape could overreach.
The set's score is pinned in tests/test_quality.py (OWN_HTML_ML26). Every page and line below was written for this
test.
"""

from __future__ import annotations

from tasks.report.evaluate_html import extracted_body

ES_STORY = [
    "La cofradía abrió el lunes la campaña de la navaja en la ría con una subasta que duró más de tres horas.",
    "Los mariscadores atribuyen la buena talla del molusco a las lluvias de la primavera, que bajaron la salinidad.",
    "La consellería mantendrá los cupos diarios hasta final de mes y revisará los controles de talla en la lonja.",
]
PT_STORY = [
    "A prefeitura inaugurou nesta segunda-feira a nova biblioteca do bairro, instalada num antigo galpão do porto.",
    "O acervo inicial tem doze mil livros, e a sala infantil abre também aos sábados com oficinas de leitura.",
    "Moradores pediram que o horário seja estendido até as 21h para atender quem estuda depois do trabalho.",
]


def _page(lang: str, head: str, story: list[str]) -> str:
    nav = '<nav class="menu"><ul><li><a href="/">Inicio</a></li><li><a href="/mar/">Mar</a></li></ul></nav>'
    text = "".join(f"<p>{p}</p>" for p in story)
    html = f'<html lang="{lang}"><body>{nav}<div class="nota">{head}<div class="cuerpo">{text}</div></div>'
    return extracted_body(f"{html}</body></html>".encode())


LEAD_POINTS = [
    "La primera subasta de la navaja superó los 40 euros el kilo en la lonja de la ría",
    "Los mariscadores podrán capturar hasta cinco kilos al día durante todo el mes",
]


def test_a_lead_of_bulleted_points_is_the_article_s() -> None:
    points = "".join(f"<li>{p}</li>" for p in LEAD_POINTS)
    headline = "<h1>La navaja arranca a precio alto</h1>"
    body = _page("es", f'{headline}<div class="entradilla"><ul>{points}</ul></div>', ES_STORY)
    assert LEAD_POINTS[0] in body and LEAD_POINTS[1] in body and ES_STORY[0] in body
    # a list under the headline whose wrapper names no lead stays out
    plain = _page("es", f'{headline}<div class="destacados"><ul>{points}</ul></div>', ES_STORY)
    assert LEAD_POINTS[0] not in plain and ES_STORY[0] in plain


DECK = "Espaço com doze mil livros e sala infantil funciona de segunda a sábado no antigo galpão do Cais do Porto"


def test_a_long_subheading_under_the_headline_is_the_deck_without_a_stop() -> None:
    body = _page("pt", f'<h1 class="x1">Bairro ganha biblioteca no porto</h1><h2 class="x2">{DECK}</h2>', PT_STORY)
    assert DECK in body and PT_STORY[0] in body
    # a short subheading is a section's label, not a deck
    short = "Cultura e lazer no bairro"
    assert short not in _page("pt", f"<h1>Bairro ganha biblioteca no porto</h1><h2>{short}</h2>", PT_STORY)
    # on an English page the deck stays out, as the English benchmarks' gold leaves it
    english = _page("en", f"<h1>Harbour library opens</h1><h2>{DECK}</h2>", PT_STORY)
    assert DECK not in english
