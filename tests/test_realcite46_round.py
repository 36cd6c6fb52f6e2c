"""Session 46's study of the real pages' attributions (issue 13, helper s46-realcite): the agency sign-off written
with the paper's own desk. The Spanish, Portuguese, French and German papers sign wire copy their desk edited with
the desk's word and the wire ("Redacción / EFE", "Redacción | AFP", "La rédaction avec AFP", "Da Redação, com
Reuters", "Die Redaktion mit dpa"): the wire is the agency, the desk names no one. The desk word followed by a place
("Redacción / Madrid") still names no one. The city the wire filed from, written beside the agency on the sign-off
line in either order ("Madrid / EFE", "EFE / Madrid", "Lisboa / Lusa", "Wien / APA"), is no outlet: the agency's
record alone, where the place was a false source; an outlet there ("Diario Sur / EFE") stays a source. A gallery's
slide counter between a picture's cue and its colon ("Foto 1 de 12: Juan Pérez / EFE", "Photo 3 of 10: Ann
Lee/Reuters") is no part of the credit when names follow the colon; a slide's caption stays unread. The lines are
written for the tests, not taken from the pages.
"""

from __future__ import annotations

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.text.segment import segment_text

_PARAGRAPHS = (
    "El ayuntamiento votó el martes cerrar el viejo puente sobre el río para unas obras que durarán dos años, dijo "
    "el alcalde tras una larga reunión que se alargó hasta la noche.",
    "Los conductores serán desviados por el puente nuevo al norte, que la ciudad abrió la pasada primavera tras una "
    "década de planificación, y los autobuses harán una ruta más larga.",
    "Los comerciantes de la calle del río dijeron que temen perder clientes mientras el puente esté cerrado, y "
    "pidieron ayuda al ayuntamiento con sus alquileres durante las obras.",
    "El ayuntamiento dijo que estudiará la petición y responderá antes de fin de mes, cuando se instalen las primeras "
    "vallas en el puente.",
)


def _records(head: list[str], tail: list[str]) -> list[tuple[str, str | None]]:
    lines = ["El Diario del Río", "Portada", "Local", "Deportes", "El viejo puente cerrará dos años", *head,
             *_PARAGRAPHS, *tail, "Aviso legal"]  # fmt: skip
    text = "\n\n".join(lines) + "\n"
    return sorted((f.kind.value, f.name) for f in extract_attributions(segment_text(text)))


@pytest.mark.parametrize(
    ("line", "agency"),
    [("Redacción / EFE", "EFE"),
     ("Redacción | AFP", "AFP"),
     ("Redacción - Europa Press", "Europa Press"),
     ("Redacción EFE", "EFE")],
)  # fmt: skip
def test_the_desk_word_and_a_known_wire_under_the_text_name_the_agency(line: str, agency: str) -> None:
    assert _records([], [line]) == [("agency", agency)]


def test_the_desk_word_and_a_known_wire_over_the_text_name_the_agency() -> None:
    assert _records(["Redacción / EFE"], []) == [("agency", "EFE")]


@pytest.mark.parametrize(
    ("line", "agency"),
    [("La rédaction avec AFP", "AFP"),
     ("Da Redação, com Reuters", "Reuters"),
     ("Redação, com Reuters", "Reuters"),
     ("Redacción con EFE", "EFE"),
     ("Die Redaktion mit dpa", "dpa")],
)  # fmt: skip
def test_the_desk_with_its_article_and_the_wire_it_wrote_with_names_the_agency(line: str, agency: str) -> None:
    assert _records([], [line]) == [("agency", agency)]


@pytest.mark.parametrize(
    "line",
    ["Redacción / Madrid",  # the desk and the place it files from
     "Redacción / Agencias",  # "the agencies": no one named
     "Interview with AFP"],  # one word before "with" that is no desk
)  # fmt: skip
def test_a_desk_and_its_place_or_a_word_before_with_name_no_agency(line: str) -> None:
    assert _records([], [line]) == []


@pytest.mark.parametrize(
    ("line", "agency"),
    [("Madrid / EFE", "EFE"),
     ("EFE / Madrid", "EFE"),
     ("MADRID / EFE", "EFE"),
     ("Bogotá - EFE", "EFE"),
     ("Ciudad de México / EFE", "EFE"),
     ("Sevilla / Europa Press", "Europa Press"),
     ("Lisboa / Lusa", "Lusa"),
     ("Roma / ANSA", "ANSA"),
     ("Wien / APA", "APA"),
     ("Paris / AFP", "AFP")],
)  # fmt: skip
def test_the_city_filed_from_beside_the_wire_on_the_sign_off_is_no_source(line: str, agency: str) -> None:
    assert _records([], [line]) == [("agency", agency)]


def test_an_outlet_beside_the_wire_on_the_sign_off_stays_a_source() -> None:
    assert _records([], ["Diario Sur / EFE"]) == [("agency", "EFE"), ("source", "Diario Sur")]


@pytest.mark.parametrize(
    ("line", "names"),
    [("Foto 1 de 12: Juan Pérez / EFE", ["EFE", "Juan Pérez"]),
     ("Photo 3 of 10: Ann Lee/Reuters", ["Ann Lee", "Reuters"]),
     ("Photo 1 sur 12 : Jean Dupont / AFP", ["AFP", "Jean Dupont"]),
     ("Bild 2 von 8: dpa", ["dpa"]),
     ("Foto 2/8: Max Muster/dpa", ["Max Muster", "dpa"]),
     ("Фото 1 из 5: Иван Петров / ТАСС", ["Иван Петров", "ТАСС"])],
)  # fmt: skip
def test_a_gallery_slide_counter_between_the_picture_cue_and_its_colon_is_no_part_of_the_credit(
    line: str, names: list[str]
) -> None:
    assert _records([], [line]) == [("photo", name) for name in names]


@pytest.mark.parametrize(
    "line",
    ["Photo 1 of 3 shows the mayor on the old bridge over the river on Tuesday.",  # a slide's caption
     "Image 2 of 5 The mayor on the bridge",
     "Photo 12/3: Ann Lee",  # no slide above its total: a date
     "Photo 3 of 10 Next Previous"],  # no colon: the slideshow's buttons after its counter
)  # fmt: skip
def test_a_slide_counter_before_a_caption_or_a_date_credits_no_one(line: str) -> None:
    assert _records([], [line]) == []
