"""Session 38's attribution fixes after the first score of dumps_ml63's page attributions (0.797 found / 0.852
precision): each names a general shape of news pages' credits, with a negative where the shape could overreach. A
caption closed by the Hindi "file photo" after the danda names no one; a caption closed by a cue phrase that ends in its
own linking word ("Larawan mula sa", "Photo courtesy of") names its supplier; the Amharic "by our reporter" opens a
byline with no colon; the Sindhi picture cue; an agency's own acronym in brackets after its name is no second agency;
the Kurmanji name of Mezopotamya Ajansa; "Patria" (the Bosnian agency, and the Spanish "homeland") only with a cue; a
caption opened by its picture's word before a named credit gives no nameless record; the writers' codes under an
agency's credit line sign the article. (The examples are invented, not the set's lines.)
"""

from __future__ import annotations

from tests.role_records import AGENCY, AUTHOR, PHOTO, role_records


def test_a_caption_closed_by_the_hindi_file_photo_after_the_danda_names_no_one() -> None:
    assert role_records("credit", "लोग बाजार में खरीदारी करते हुए। फाइल फोटो") == [(PHOTO, None)]
    # the word "file" in a sentence after the danda closes no credit
    assert role_records("credit", "लोग बाजार में खरीदारी करते हुए। फाइल जमा हुई") == []


def test_a_caption_closed_by_a_cue_phrase_ending_in_its_linking_word() -> None:
    text = "Mga magsasaka sa bukid ng Palo. Larawan mula sa Leyte Provincial Office"
    assert role_records("credit", text) == [(PHOTO, "Leyte Provincial Office")]
    text = "Volunteers at the shelter. Photo courtesy of Ormoc City DRRMO"
    assert role_records("credit", text) == [(PHOTO, "Ormoc City DRRMO")]
    # a phrase cue before lower-case words names no one there
    assert role_records("credit", "Volunteers at the shelter. Photo courtesy of local residents") == [(PHOTO, None)]


def test_the_amharic_by_our_reporter_opens_a_byline() -> None:
    assert role_records("credit", "በዘጋቢያችን ሰላም ተስፋዬ") == [(AUTHOR, "ሰላም ተስፋዬ")]


def test_the_sindhi_picture_cue() -> None:
    assert role_records("credit", "ٿر ۾ برسات کانپوءِ ساوڪ. فوٽو: عوامي آواز") == [(PHOTO, "عوامي آواز")]


def test_an_agencys_own_acronym_in_brackets_is_no_second_agency() -> None:
    text = "Le port a rouvert lundi, a indiqué un responsable cité par l'Agence gabonaise de presse (AGP)."
    assert role_records("paragraph", text) == [(AGENCY, "Agence gabonaise de presse")]
    text = "Li gorî Mezopotamya Ajansa (MA), bi sedan kes beşdarî pîrozbahiyê bûn."
    assert role_records("paragraph", text) == [(AGENCY, "Mezopotamya Ajansa")]


def test_patria_is_an_agency_only_with_a_cue() -> None:
    assert role_records("paragraph", "La Fiesta de la Patria Gaucha reúne cada año a miles de visitantes.") == []
    assert role_records("first", "SARAJEVO (Patria) - Vlada je usvojila budžet za narednu godinu.") == [
        (AGENCY, "Patria")
    ]


def test_a_caption_opened_by_its_pictures_word_before_a_named_credit() -> None:
    text = "Imatge de la plaça major de Lleida. Foto: Ajuntament de Lleida"
    assert role_records("credit", text) == [(PHOTO, "Ajuntament de Lleida")]


def _signed_under_wire_line(codes: str) -> list[tuple[object, str | None, int]]:
    from tasks.credits.attribution import extract_attributions
    from tasks.text.segment import segment_text

    text = (
        "Agence Ivoirienne de Presse\nAccueil\nRégions\nÉconomie\n\n"
        "Bouaké : des jeunes formés à la transformation du manioc\n"
        "Bouaké, 4 avril 2025 (AIP) – Une trentaine de jeunes ont été formés cette semaine à la transformation du "
        "manioc en attiéké et en farine, à l'initiative d'une coopérative locale.\n"
        "La formation, étalée sur cinq jours, a porté sur l'hygiène, le séchage et le conditionnement des produits.\n"
        "Les participants ont reçu des kits de démarrage à la fin de la session de formation.\n"
        f"(AIP)\n{codes}\n\nPartager\nFacebook\nWhatsApp"
    )
    return [(f.kind, f.name, f.line) for f in extract_attributions(segment_text(text))]


def test_writers_codes_under_an_agencys_credit_line_sign_the_article() -> None:
    found = _signed_under_wire_line("ak/mmk")
    assert (AUTHOR, "ak", 11) in found and (AUTHOR, "mmk", 11) in found
    # a word there is no writer's code
    assert not any(f[0] == AUTHOR for f in _signed_under_wire_line("Partager"))
