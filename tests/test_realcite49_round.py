"""Session 49's study of the real pages' attributions (issue 13, helper s49-realcite): pictures' suppliers read as
agencies. A picture agency (Getty Images, ZUMA, EPA, imago …: `picture_agencies.csv`) writes no text, so on an
English page a record naming it is a picture's credit wherever its line stands; and the lead picture's supplier alone
on the line between a cued byline and the picture's caption ("By Ann Lee" over "Associated Press" over "The mayor
waves …", as blogs and papers lay out a story with its lead picture) is the picture's credit, not the wire's byline.
The wire's own two-line byline, with its dateline or its first paragraph under it, stays the agency's; a picture
agency outside English keeps the project's convention (an agency alone under a caption is an agency record). The
lines are written for the tests, not taken from the pages.
"""

from __future__ import annotations

import csv

import pytest

from tasks.credits.attribution import extract_attributions
from tasks.credits.picture_suppliers import is_caption, picture_agencies
from tasks.lexicon.agencies import load_gazetteer
from tasks.text.segment import segment_text
from tests.conftest import ROOT

_TEXT = (
    "The council voted on Tuesday to close the old bridge over the river for two years of repairs, the mayor said "
    "after a long meeting that ran late into the night.",
    "Drivers will be sent over the new bridge to the north, which the city opened last spring after a decade of "
    "planning, and buses will take a longer route for now.",
    "Shop owners on the riverside street said they feared losing customers while the bridge is shut and asked the "
    "city for help with their rents during the works.",
    "The city said it would look at the request and answer by the end of the month, when the first fences go up on "
    "the bridge and the last trams cross it.",
)
_CAPTION = "The mayor waves from the new pier in the city on Tuesday."


def _records(head: list[str], first: str = _TEXT[0], mid: tuple[str, ...] = ()) -> list[tuple[str, str | None]]:
    lines = ["Riverside Daily", "Home", "News", "Sport", "Old bridge to close for two years", *head, first, *mid]
    text = "\n\n".join([*lines, *_TEXT[1:]]) + "\n"
    return sorted((f.kind.value, f.name) for f in extract_attributions(segment_text(text)))


@pytest.mark.parametrize("supplier", ["Associated Press", "Reuters", "ZUMApress.com"])
def test_supplier_between_the_byline_and_the_caption_is_the_pictures(supplier: str) -> None:
    assert _records(["By Ann Lee", supplier, _CAPTION]) == [("author", "Ann Lee"), ("photo", supplier)]


@pytest.mark.parametrize(
    "first",
    [
        "LONDON (AP) — " + _TEXT[0],  # the wire's dateline opens the text under its two-line byline
        _TEXT[0],  # the first paragraph, longer than a caption, right under it
    ],
)
def test_the_wires_two_line_byline_stays_the_agencys(first: str) -> None:
    records = _records(["By Ann Lee", "Associated Press"], first)
    assert ("agency", "Associated Press") in records
    assert ("photo", "Associated Press") not in records


@pytest.mark.parametrize(
    ("head", "mid", "record"),
    [
        ([_CAPTION, "Getty Images"], (), ("photo", "Getty Images")),  # alone under the lead picture's caption
        ([_CAPTION, "ZUMA Press"], (), ("photo", "ZUMA Press")),
        ([], ("The mayor at the pier on Tuesday. — EPA-EFE",), ("photo", "EPA-EFE")),  # after a caption's dash
    ],
)
def test_a_picture_agency_is_a_pictures_credit_wherever_it_stands(
    head: list[str], mid: tuple[str, ...], record: tuple[str, str]
) -> None:
    records = _records(head, mid=mid)
    assert record in records
    assert ("agency", record[1]) not in records


_ES = (
    "El ayuntamiento votó el martes cerrar el viejo puente sobre el río durante dos años de obras, dijo el alcalde "
    "tras una larga reunión que terminó muy tarde por la noche.",
    "Los conductores irán por el puente nuevo del norte, que la ciudad abrió la primavera pasada tras diez años de "
    "planes, y los autobuses harán una ruta más larga por ahora.",
    "Los comerciantes de la calle del río dijeron que temen perder clientes mientras el puente esté cerrado y pidieron "
    "ayuda a la ciudad con sus alquileres durante las obras.",
)


def test_a_picture_agency_under_a_caption_elsewhere_keeps_the_conventions_agency_record() -> None:
    """Outside English the project's convention (session 9) makes an agency alone under a caption an agency record,
    and the studied labels write a picture agency's so: left as it was."""
    lines = ["Diario del Río", "Inicio", "Noticias", "El viejo puente cerrará dos años", _ES[0]]
    lines += ["El alcalde saluda desde el muelle nuevo de la ciudad el martes.", "Getty Images", *_ES[1:]]
    found = extract_attributions(segment_text("\n\n".join(lines) + "\n"))
    assert ("photo", "Getty Images") not in [(f.kind.value, f.name) for f in found]


def test_a_news_agency_under_a_caption_stays_the_agencys() -> None:
    """ "AFP" alone under the lead picture's caption: the labels' convention (session 34) is the agency's record;
    only a picture agency becomes a photo record there."""
    assert ("agency", "AFP") in _records([_CAPTION, "AFP"])


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        (_CAPTION, True),
        ("Members of the assembly debate the budget in the old hall.", True),
        ("LONDON (AP) — The council voted to close the bridge.", False),  # a dateline's bracket and dash
        ("PARIS – The council voted to close the bridge on Tuesday.", False),
        ("The mayor waves", False),  # a heading's length
        (_TEXT[0], False),  # a wire's lead paragraph
        ("Is the mayor waving from the new pier in the city?", False),  # no full stop
    ],
)
def test_caption(text: str, caption: bool) -> None:
    assert is_caption(text) is caption


def test_every_picture_agency_is_the_gazetteers_and_none_writes_text() -> None:
    with (ROOT / "tasks" / "lexicon" / "data" / "agencies.csv").open(encoding="utf-8") as rows:
        ids = {row["id"] for row in csv.DictReader(rows)}
    assert picture_agencies() <= ids
    assert {"getty", "zuma", "epa_efe"} <= picture_agencies()
    # the wires that write the story as well as pictures are no picture agency
    gazetteer = load_gazetteer()
    for wire in ("Associated Press", "Reuters", "AFP", "dpa", "Keystone-SDA", "EFE"):
        assert gazetteer.agency_of_name(wire) not in picture_agencies()
