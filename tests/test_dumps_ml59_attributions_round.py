"""Session 36's attribution fixes after the first score of dumps_ml59's page attributions (0.870 found / 0.919
precision): each names a general shape of news pages' credits, with a negative where the shape could overreach. A
Catalan or Spanish double surname joined by a one-letter "and" ("Laia Font i Bosch", "José Ortega y Gasset") is one
writer, where two full names so joined are two; the Catalan plural "Fotografies:" cues a picture credit; the Faroese
plural "Keldur:" a source; the Quebec "Photo gracieuseté" alone under a picture credits no one; the Somali "the
radio", "the newspaper" between a reporting verb and the outlet ("Sida ay weriyeen idaacadda …"). (The examples are
invented, not the set's lines.)
"""

from __future__ import annotations

from tests.role_records import AGENCY, AUTHOR, PHOTO, SOURCE, role_records


def test_a_double_surname_joined_by_a_one_letter_and_is_one_writer() -> None:
    assert role_records("credit", "Text: Martí Soler i Puig") == [(AUTHOR, "Martí Soler i Puig")]
    assert role_records("credit", "Por Ana Ruiz y Gasset") == [(AUTHOR, "Ana Ruiz y Gasset")]
    # two full names so joined are two writers
    assert role_records("credit", "Text: Martí Soler i Anna Vidal") == [(AUTHOR, "Martí Soler"), (AUTHOR, "Anna Vidal")]
    # a desk's name after the writer's comma joins no surname to the writer
    assert role_records("credit", "Por Ana Ruiz, Ciencia y Salud") == [(AUTHOR, "Ana Ruiz")]


def test_the_catalan_plural_photographs_cues_a_picture_credit() -> None:
    assert role_records("credit", "Fotografies: Jordi Casals") == [(PHOTO, "Jordi Casals")]


def test_the_faroese_plural_sources_cues_a_source() -> None:
    assert role_records("credit", "Keldur: Landsverk") == [(SOURCE, "Landsverk")]


def test_a_quebec_courtesy_photo_alone_credits_no_one() -> None:
    assert role_records("credit", "Photo gracieuseté") == [(PHOTO, None)]
    assert role_records("credit", "Photo fournie") == [(PHOTO, None)]


def test_the_somali_outlet_word_between_the_verb_and_the_outlet() -> None:
    text = "Sida ay weriyeen idaacadda Radio Daljir, biyaha ayaa gaaray tuulooyin badan oo ku yaal gobolka."
    assert role_records("paragraph", text) == [(SOURCE, "Radio Daljir")]
    text = "Sida ay werisay wargeyska Somali Guardian, dugsiga cusub ayaa la furay bishan."
    assert role_records("paragraph", text) == [(SOURCE, "Somali Guardian")]


def test_the_wire_alone_after_with_under_the_writers_is_the_stories_agency() -> None:
    from tasks.credits.wire_brackets import wire_with_line
    from tasks.lexicon.agencies import load_gazetteer

    gazetteer = load_gazetteer()
    assert [(f.kind, f.name) for f in wire_with_line("With AAP", 3, gazetteer)] == [(AGENCY, "AAP")]
    assert [(f.kind, f.name) for f in wire_with_line("avec AFP", 3, gazetteer)] == [(AGENCY, "AFP")]
    assert wire_with_line("With Jane Doe", 3, gazetteer) == []  # a person, no wire
    assert wire_with_line("Interview with AFP", 3, gazetteer) == []  # the line opens with no "with"


def test_a_bare_name_over_the_heads_date_is_the_byline() -> None:
    from tasks.credits.attribution import extract_attributions
    from tasks.text.segment import segment_text

    text = (
        "Portada\nDeportes\n\nO Deza vence no derradeiro minuto\n\n"
        "Un gol de cabeza no minuto 90 deu a vitoria aos dezáns nun campo ateigado de público.\n\n"
        "Iria Souto\nLalín, 9 de marzo de 2025\n\n"
        "O CD Deza é novo líder da Terceira Galicia despois de vencer por 1-0 ao Estradense nun partido igualado.\n\n"
        "Os dous equipos crearon poucas ocasións na primeira parte, e o gol chegou nun córner no último minuto.\n\n"
        "O Deza visita o próximo domingo o campo do Bande, cuarto clasificado da táboa.\n\nComentarios"
    )
    found = [(f.kind, f.name) for f in extract_attributions(segment_text(text))]
    assert (AUTHOR, "Iria Souto") in found
