"""Writers joined by "and" with no cue (session 13): a byline where it stands in the article's head, read wherever the
segmenter put it: a body line among the article's first lines, a head line next to the article's date. Found on the
studied dumps_ml9 ("Sanne de Wildt en Joris van Velthoven" under a standfirst, "Hannah Oduya and Marcus Pell" over a
live blog's date) and heldout14 (a Hungarian table layout)."""

from __future__ import annotations

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions
from tasks.credits.name_lines import name_before_role
from tasks.text.segment import segment_text

_NL_PAGE = """Nieuws

Sport

Strijp-S krijgt tweede hoogbouwtoren

De gemeenteraad stemt volgende week over een woontoren van tachtig meter naast het Klokgebouw.

Sanne de Wildt en Joris van Velthoven

3 dec. 2026

Het plan voor de tweede hoogbouwtoren ligt al twee jaar klaar, maar bewoners hielden het tegen.

Ontwikkelaar Trudo wil er 320 woningen bouwen, waarvan een derde in de sociale huur.

Omwonenden vrezen schaduw op hun tuinen en meer verkeer in de smalle straten rond het voormalige Philips-terrein.

De wethouder zegt dat de toren past in de plannen voor de stad en dat de bezwaren zorgvuldig zijn gewogen.
"""


def test_writers_joined_by_and_under_the_standfirst_are_the_authors() -> None:
    authors = [f.name for f in extract_attributions(segment_text(_NL_PAGE)) if f.kind == AttributionKind.AUTHOR]
    assert authors == ["Sanne de Wildt", "Joris van Velthoven"]
    # the same line as a sentence's subject is no byline
    sentence = _NL_PAGE.replace(
        "Sanne de Wildt en Joris van Velthoven", "Sanne de Wildt en Joris van Velthoven zijn boos."
    )
    assert not [f for f in extract_attributions(segment_text(sentence)) if f.kind == AttributionKind.AUTHOR]


_LIVE_PAGE = """UK news

Live

Rail strikes: commuters face second day of disruption

Drivers at six operators walk out for 48 hours

Hannah Oduya and Marcus Pell

Wed 2 Dec 2026 17.55 GMT

Key events

Show key events only

Union leaders said on Wednesday that they had not been offered anything new, and the strike would go on as planned.

Network Rail published a revised timetable for Thursday, with one train an hour on most of the main lines.

Passengers crowded onto replacement buses in Leeds, where the station was closed for most of the morning.
"""


def test_writers_joined_by_and_next_to_the_articles_date_are_the_authors() -> None:
    authors = [f.name for f in extract_attributions(segment_text(_LIVE_PAGE)) if f.kind == AttributionKind.AUTHOR]
    assert authors == ["Hannah Oduya", "Marcus Pell"]
    # with no date beside it and away from the text, a pair of names is as often a show's or a topic's
    undated = _LIVE_PAGE.replace("Wed 2 Dec 2026 17.55 GMT", "Most read")
    assert not [f for f in extract_attributions(segment_text(undated)) if f.kind == AttributionKind.AUTHOR]


def test_a_bare_byline_with_the_place_it_was_filed_from() -> None:
    assert name_before_role("Daniel Okafor in London") == ("Daniel Okafor", True)
    # a contributors' credit is no name with a place
    assert name_before_role("With Additional Inputs from PTI") == ("With Additional Inputs from PTI", False)
