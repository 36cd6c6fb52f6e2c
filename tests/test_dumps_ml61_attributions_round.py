"""Session 37's attribution fixes after the first score of dumps_ml61's page attributions (0.851 found / 0.915
precision): each names a general shape of news pages' credits, with a negative where the shape could overreach. The
Peruvian "Escribe:", the Albanian "Intervistoi:" and the Sinhala "ලියන්නේ:" open a byline before a colon; the
Malayalam "അവലംബം:" cues a source; the Finnish "home album" after a picture cue names no one, nor do the Indian papers'
"special correspondent" and a film's "poster"; the Romanian plural "citați de" and the Malayalam "as (X) reported"
before and after an outlet, with the Gulf papers' Malayalam names; a national directorate is an official body; a
Russian body's field in the genitive keeps the place after it out of the sources; a memorial's signature over the
writer's bio opened by the word, a double surname too. (The examples are invented, not the set's lines.)
"""

from __future__ import annotations

from tests.role_records import AUTHOR, PHOTO, SOURCE, role_records


def test_writes_interviewed_and_the_sinhala_writer_open_a_byline_before_a_colon() -> None:
    assert role_records("credit", "Escribe: Marta Quispe Rojas") == [(AUTHOR, "Marta Quispe Rojas")]
    assert role_records("credit", "Intervistoi: Blerina Hoxha") == [(AUTHOR, "Blerina Hoxha")]
    assert role_records("credit", "ලියන්නේ: සුනිල් පෙරේරා") == [(AUTHOR, "සුනිල් පෙරේරා")]
    # the verb in a sentence opens no byline
    assert role_records("paragraph", "El alcalde escribe en su carta que la obra terminará en mayo.") == []


def test_the_malayalam_source_cue() -> None:
    assert role_records("credit", "അവലംബം: റോയിട്ടേഴ്സ്") == [(SOURCE, "റോയിട്ടേഴ്സ്")]


def test_picture_credits_that_name_no_one() -> None:
    assert role_records("credit", "Kuva: kotialbumi") == [(PHOTO, None)]
    assert role_records("credit", "ఫోటో: ప్రత్యేక ప్రతినిధి") == [(PHOTO, None)]
    assert role_records("credit", "ಚಿತ್ರ: ಪೋಸ್ಟರ್") == [(PHOTO, None)]
    assert role_records("credit", "Kuva: Matti Virtanen") == [(PHOTO, "Matti Virtanen")]


def test_outlets_quoted_or_reported_in_romanian_and_malayalam() -> None:
    text = "Economiștii citați de Ziarul Financiar estimează că inflația va scădea în toamnă."
    assert role_records("paragraph", text) == [(SOURCE, "Ziarul Financiar")]
    text = "ഗൾഫ് ന്യൂസ് റിപ്പോർട്ട് ചെയ്തതനുസരിച്ച്, വിമാന നിരക്ക് അടുത്ത മാസം കുറയും."
    assert role_records("paragraph", text) == [(SOURCE, "ഗൾഫ് ന്യൂസ്")]


def test_a_national_directorate_is_an_official_body() -> None:
    text = "La Dirección Nacional de Vialidad informó que la ruta quedará habilitada el lunes."
    assert role_records("paragraph", text) == []
    text = "Según el diario El País, la ruta quedará habilitada el lunes."
    assert role_records("paragraph", text) == [(SOURCE, "El País")]


def test_a_russian_bodys_field_in_the_genitive_keeps_the_place_out_of_the_sources() -> None:
    text = "Министерство здравоохранения Татарстана сообщило, что прививки продолжатся до конца месяца."
    assert role_records("paragraph", text) == []
    text = "Как сообщает газета Коммерсантъ, прививки продолжатся до конца месяца."
    assert role_records("paragraph", text) == [(SOURCE, "Коммерсантъ")]


def _signed_memorial(signature: str, under: str) -> list[tuple[object, str | None, int]]:
    from tasks.credits.attribution import extract_attributions
    from tasks.text.segment import segment_text

    text = (
        "Karjalan Kulma\nMuistot\n\nEino Laitinen 1936–2024\n"
        "Eino Laitinen opetti neljä vuosikymmentä kyläkoulussa ja kalasti Pielisellä.\n18.3.2024 6:00\n"
        "Kotiseutuneuvos, opettaja Eino Laitinen kuoli maaliskuun 3. päivänä Joensuussa. Hän oli 88-vuotias.\n"
        "Eino valmistui opettajaksi vuonna 1961 ja palasi heti kotikylään. Hänen luokallaan istui yli 700 oppilasta.\n"
        "Kalastus kulki hänen mukanaan koko elämän. Pielisellä hän souti vielä 85-vuotiaana joka kesä.\n"
        f"{signature}\n{under}\nMuistokirjoitukset lähetetään osoitteeseen muistot@kk.example\n\nJaa\nFacebook"
    )
    return [(f.kind, f.name, f.line) for f in extract_attributions(segment_text(text))]


def test_a_memorials_signature_over_the_writers_bio_is_its_author() -> None:
    assert (AUTHOR, "Maija Laitinen-Kettunen", 10) in _signed_memorial(
        "Maija Laitinen-Kettunen", "Kirjoittaja on vainajan tytär."
    )
    assert (AUTHOR, "Maija Kettunen", 10) in _signed_memorial("Maija Kettunen", "Kirjoittaja on vainajan tytär.")
    # a name over a line that is no bio is as often a heading: not read
    assert not any(f[0] == AUTHOR for f in _signed_memorial("Maija Kettunen", "Lisää muistoja"))
