"""Session 42's study of the real pages' attributions (issue 13, helper s42-realcite): the blog post's "Posted by" in
the languages its templates are translated to (Blogger's post footer and byline, WordPress themes: "Publicado por Ana
López", "Eingestellt von …", "Upplagd av …", "Diposting oleh …") names the post's writer, as the
English "Posted by" has since session 15. The lines are written for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.text.segment import segment_text

_PARAGRAPHS = (
    "El ayuntamiento votó el martes el cierre del viejo puente sobre el río para unas obras que durarán dos años, dijo "
    "el alcalde tras una larga reunión que se prolongó hasta la noche.",
    "Los conductores serán desviados por el puente nuevo al norte, que la ciudad abrió la primavera pasada tras una "
    "década de planificación, y los autobuses harán una ruta más larga.",
    "Los comerciantes de la calle del río dijeron que temen perder clientes mientras el puente esté cerrado y pidieron "
    "ayuda al ayuntamiento con sus alquileres.",
    "El ayuntamiento dijo que estudiará la petición y responderá antes de fin de mes, cuando se coloquen las primeras "
    "vallas en el puente.",
)


def _page(head: list[str], tail: list[str], middle: str | None = None) -> str:
    paragraphs = list(_PARAGRAPHS)
    if middle is not None:
        paragraphs.insert(2, middle)
    lines = ["El Correo del Río", "Inicio", "Noticias", "Deportes", "Cierra el viejo puente", *head, *paragraphs]
    return "\n\n".join([*lines, *tail, "Política de privacidad"]) + "\n"


def _authors(head: list[str], tail: list[str], middle: str | None = None) -> list[str | None]:
    found = extract_attributions(segment_text(_page(head, tail, middle)))
    return sorted(f.name for f in found if f.kind.value == "author")


_CUES = ("Publicado por", "Postado por", "Publié par", "Pubblicato da", "Eingestellt von", "Gepostet von",
         "Upplagd av", "Indsendt af", "Lagt inn av", "Postat de", "Bejegyezte", "Vystavil",
         "Diposting oleh", "Đăng bởi", "Gönderen")  # fmt: skip


@pytest.mark.parametrize("cue", _CUES)
def test_a_blog_templates_translated_posted_by_over_the_post_names_its_writer(cue: str) -> None:
    assert _authors([f"{cue} Ana López"], []) == ["Ana López"]


@pytest.mark.parametrize(
    "footer",
    ["Publicado por Ana López en 9:45", "Eingestellt von Ana López um 09:45", "Publié par Ana López à 09:45",
     "Postado por Ana López às 09:45", "Publicado por Ana López"],
)  # fmt: skip
def test_a_blog_templates_translated_post_footer_under_the_text_names_its_writer(footer: str) -> None:
    # Blogger's footer: the cue, the writer, the post's time
    assert _authors([], [footer]) == ["Ana López"]


@pytest.mark.parametrize(
    "sentence",
    ["Publicado por la editorial Anagrama en 1998, el libro fue un éxito inmediato entre los lectores jóvenes de "
     "toda la región y se tradujo a doce lenguas.",
     "Publié par Le Monde, l'article a suscité de nombreuses réactions parmi les élus de la ville et dans les "
     "associations du quartier."],
)  # fmt: skip
def test_the_participle_opening_a_sentence_in_the_text_names_no_writer(sentence: str) -> None:
    # the same words opening a paragraph say who published a book or an article, not who wrote the post
    assert _authors([], [], sentence) == []
