"""Session 23's attribution fixes after the first score of dumps_ml33's page attributions (0.860 found / 0.895
precision): each names a general shape of news pages' credits, with a negative where the shape could overreach. A
short Latin acronym among the officials' stems ("CIA", "WHO") is a whole word, never a first name's start; an initial
vouches for a byline's name in capitals or in a script without case as a job title after it would. (The examples are
invented, not the set's lines.)
"""

from __future__ import annotations

import pytest

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions
from tasks.credits.name_lines import looks_like_name_line
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.vocabulary import name_words
from tasks.text.segment import segment_text


@pytest.mark.parametrize("word", ["Ciara", "Whoriskey", "Fbinson", "Unold", "Isuzu"])
def test_a_first_name_opening_with_an_acronym_is_no_official(word: str) -> None:
    assert not name_words().is_official(word)


@pytest.mark.parametrize("word", ["CIA", "WHO", "WHO's", "FBI", "MUP-a", "ministry", "Polizei", "МИДа", "судья"])
def test_acronyms_and_stems_stay_officials(word: str) -> None:
    assert name_words().is_official(word)


def test_a_name_opening_with_an_acronyms_letters_is_a_name_line() -> None:
    assert looks_like_name_line("Ciara Whelan", load_gazetteer())


@pytest.mark.parametrize("line", ["M. FERNÁNDEZ", "J. L. ORTEGA", "கே. ராமலிங்கம்", "के. शर्मा"])
def test_an_initial_vouches_for_a_name_in_capitals_or_without_case(line: str) -> None:
    assert looks_like_name_line(line, load_gazetteer())


@pytest.mark.parametrize(
    "line", ["BREAKING NEWS", "A. B.", "ÚLTIMA HORA", "சென்னை", "கோவை மாவட்டம்", "M. Fernández Noticias"]
)
def test_capitals_or_caseless_words_without_an_initial_are_no_name_line(line: str) -> None:
    assert not looks_like_name_line(line, load_gazetteer())


_ES_PARAGRAPHS = [
    "El ayuntamiento aprobó ayer el proyecto para cubrir la plaza mayor con una pérgola de madera antes del verano.",
    "Las obras costarán 900.000 euros y se pagarán con fondos propios y una ayuda del Gobierno regional.",
    "Los comerciantes de la zona pidieron que los trabajos no coincidan con las fiestas patronales de septiembre.",
    "El alcalde aseguró que la plaza seguirá abierta al público durante toda la obra, salvo algunos días concretos.",
    "La pérgola tendrá placas solares que darán luz a las farolas de la plaza y de las calles que la rodean.",
]


def test_an_initialled_byline_in_capitals_over_the_date_is_the_author() -> None:
    page = "\n\n".join(["Portada", "Comarcas", "Deportes", "La plaza mayor tendrá una pérgola de madera este verano",
                        "M. FERNÁNDEZ", "Actualizado 12/03/2025 a las 09:40", *_ES_PARAGRAPHS,
                        "Aviso legal", "Contacto"])  # fmt: skip
    found = extract_attributions(segment_text(page))
    assert [(f.kind, f.name) for f in found if f.kind is AttributionKind.AUTHOR] == [
        (AttributionKind.AUTHOR, "M. FERNÁNDEZ")
    ]
