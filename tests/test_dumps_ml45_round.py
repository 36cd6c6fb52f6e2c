"""Session 29's fixes after the first score of dumps_ml45 (body F1 0.945, P 0.926, R 0.965): each names a general shape
of news pages, with a negative where the shape could overreach. A caption and its credit as a block of their own are
the article's picture when the credit rules read no name in the credit (a picture's cue over a family, the copyright
sign before an outlet and a photographer) or, in the head, when a bare name in title case closes the block; the
published and updated dates side by side in one row are the head's, and so is the reading time beside them; the
opinion column's and the press release's disclaimers and the paywall's note under the text are furniture; a closing
sentence alone over the links to other articles is the text's; an interview's first question over its answer is no
headline. Examples are invented, not the set's lines."""

from __future__ import annotations

from schemas import Label
from tests.page_fixtures import EN_PARAGRAPHS, MENU, MOST_READ, labels_by_text

_SHARE = "\n".join(["Share", "Facebook", "X", "E-mail"])
_STANDFIRST = "The council wants the new lines to run before the winter timetable starts in December."
_BYLINE = "By Lena Marsh Staff Reporter"


def _page(*middle: str) -> str:
    return "\n\n".join([MENU, "Council backs new bus lines", *middle, "Tags: buses", MOST_READ, _SHARE])


def test_a_caption_over_a_picture_cue_that_names_a_family_is_the_articles_picture() -> None:
    caption, credit = "The first bus of the line at the depot in 1962.", "Photo courtesy of the Marsh family"
    labels = labels_by_text(_page(_STANDFIRST, _BYLINE, f"{caption}\n{credit}", *EN_PARAGRAPHS[:5]))
    assert labels[caption] != Label.BODY
    assert labels[credit] != Label.BODY
    assert all(labels[p] == Label.BODY for p in EN_PARAGRAPHS[:5])


def test_a_caption_over_the_copyright_sign_and_an_outlet_is_the_articles_picture() -> None:
    caption = "Drivers at the depot of Eastham before the morning shift."
    labels = labels_by_text(_page(_STANDFIRST, _BYLINE, f"{caption}\n© Eastham Courier", *EN_PARAGRAPHS[:5]))
    assert labels[caption] != Label.BODY
    assert all(labels[p] == Label.BODY for p in EN_PARAGRAPHS[:5])


def test_a_paragraph_over_a_copyright_notice_with_its_year_stays_text() -> None:
    paragraph = "The council will publish the new timetable next week."
    labels = labels_by_text(_page(*EN_PARAGRAPHS[:4], f"{paragraph}\n© 2025 Eastham Courier", EN_PARAGRAPHS[4]))
    assert labels[paragraph] == Label.BODY


_ES = (
    "Los conductores de la línea de autobuses de Cangas decidieron ayer suspender el servicio nocturno por falta de "
    "personal.",
    "«No podemos cubrir todos los turnos con la plantilla actual», explicó el portavoz del comité de empresa.",
    "La empresa concesionaria asegura que contratará a seis nuevos conductores antes del final del mes de octubre.",
    "El Concello pidió a la Xunta que revise el contrato de la concesión, que vence dentro de dos años.",
)


def test_a_caption_sentence_over_a_photographers_bare_name_in_the_head_is_the_articles_picture() -> None:
    caption, name = "Un autobús de la línea nocturna en la estación de Cangas.", "Marta Pereira"
    text = "\n\n".join(
        ["Portada\nGalicia\nDeportes", "Cangas se queda sin autobús nocturno", "Xoán Lema\nCangas\n03·10·24 | 07:00",
         f"{caption}\n{name}", *_ES, "Temas\nCangas"]
    )  # fmt: skip
    labels = labels_by_text(text)
    assert labels[caption] != Label.BODY
    assert labels[name] != Label.BODY
    assert all(labels[p] == Label.BODY for p in _ES)


def test_a_short_paragraph_over_a_name_deep_in_the_text_stays_text() -> None:
    paragraph = "The letter ends with thanks to the drivers."
    labels = labels_by_text(_page(*EN_PARAGRAPHS[:4], f"{paragraph}\nAnna Berg", *EN_PARAGRAPHS[4:6]))
    assert labels[paragraph] == Label.BODY


def test_the_published_and_updated_dates_in_one_row_and_the_reading_time_are_the_heads() -> None:
    row, minutes = "Published March 4, 2025 · Updated March 5, 2025 at 8:40 a.m.", "4 min read"
    labels = labels_by_text(_page(_STANDFIRST, _BYLINE, f"{row}\n{minutes}", *EN_PARAGRAPHS[:5]))
    assert labels[row] != Label.BODY
    assert labels[minutes] != Label.BODY
    assert all(labels[p] == Label.BODY for p in EN_PARAGRAPHS[:5])


def test_a_paragraph_with_a_dot_between_two_dates_stays_text() -> None:
    paragraph = "Published in 2019 · updated twice since, the plan was never voted on by the council or its committees."
    labels = labels_by_text(_page(*EN_PARAGRAPHS[:2], paragraph, *EN_PARAGRAPHS[2:5]))
    assert labels[paragraph] == Label.BODY


def test_the_opinion_column_and_press_release_disclaimers_and_a_paywall_note_are_furniture() -> None:
    notes = (
        "As opinións expresadas neste artigo son responsabilidade exclusiva do seu autor.",
        "Dette er en kronikk. Kronikken gir uttrykk for skribentens holdninger.",
        "Textul de mai sus reprezintă un comunicat de presă al primăriei.",
        "Um diesen Artikel vollständig zu lesen, benötigen Sie ein Digital-Abo.",
        "The views expressed in this article are the writer's own.",
    )
    for note in notes:
        labels = labels_by_text(_page(*EN_PARAGRAPHS[:5], note))
        assert labels[note] != Label.BODY, note
        assert all(labels[p] == Label.BODY for p in EN_PARAGRAPHS[:5])


_RELATED = "\n".join(["More on this story", "Night buses return to the coast road", "Ferry fares frozen for a year"])


def test_a_closing_sentence_alone_over_the_links_to_other_articles_is_text() -> None:
    closing = "The new lines start in May."
    for links in (_RELATED, "Read also: Night buses return to the coast road"):
        labels = labels_by_text(_page(*EN_PARAGRAPHS[:5], closing, links))
        assert labels[closing] == Label.BODY, links


def test_a_bio_alone_over_the_links_to_other_articles_stays_out_of_the_text() -> None:
    bio = "Lena Marsh covers transport for the paper."
    labels = labels_by_text(_page("By Lena Marsh", *EN_PARAGRAPHS[:5], bio, _RELATED))
    assert labels[bio] != Label.BODY


_EL = (
    "– Στο χωριό μας η μουσική ήταν πάντα μέρος της ζωής. Ο πατέρας μου έπαιζε σε γάμους και πανηγύρια κάθε καλοκαίρι.",
    "– Πώς σας αντιμετώπισαν οι παλιοί μουσικοί;",
    "– Στην αρχή με κοίταζαν με περιέργεια. Σήμερα όμως πολλοί νέοι ζητούν να μάθουν το όργανο από μένα.",
    "– Τι ετοιμάζετε για το καλοκαίρι;",
    "– Μια σειρά συναυλιών σε χωριά της Κρήτης, μαζί με τρεις φίλους μου από τη σχολή μουσικής του Ηρακλείου.",
)


def test_an_interviews_first_question_over_its_answer_is_text_not_the_headline() -> None:
    question = "– Πότε αρχίσατε να παίζετε;"
    text = "\n\n".join(
        ["Αρχική\nΕιδήσεις\nΠολιτισμός", "Συνέντευξη", "Ελένη Μαρκάκη: «Η μουσική δεν είναι μουσείο»",
         "Συνέντευξη στον Γιάννη Παπαδάκη\n12/07/2025 10:15", f"{question}\n{_EL[0]}", "\n".join(_EL[1:3]),
         "\n".join(_EL[3:]), "Μοιραστείτε\nFacebook\nX"]
    )  # fmt: skip
    labels = labels_by_text(text)
    assert labels[question] == Label.BODY
    assert all(labels[line] == Label.BODY for line in _EL)


_HR = (
    "Vaterpolisti Splita pobijedili su Jug rezultatom 9:8 u utakmici 12. kola, a pobjednički pogodak pao je u zadnjoj "
    "minuti.",
    "Jug je vodio 5:3 na poluvremenu, no Split je u trećoj četvrtini zaigrao čvršću obranu i preokrenuo rezultat.",
    '"Dečki su pokazali karakter do samog kraja", rekao je trener Splita nakon utakmice u bazenu na Poljudu.',
)


_RELATED_HR = "\n".join(["Povezano", "Hajduk u Rijeci bez dvojice igrača", "Rukometaši Splita traže pojačanja"])


def test_a_match_reports_line_ups_in_a_block_under_the_last_paragraph_are_its_text() -> None:
    line_ups = [
        "Split: Marić, Bilić 3, Rađa 2, Jukić 2, Perić 1, Vuković 1.",
        "Jug: Lovrić, Kalauz 3, Žuvela 2, Bošković 2, Prlj 1.",
    ]
    head = ["Naslovnica\nSport\nVaterpolo", "Split slavio protiv Juga"]
    labels = labels_by_text("\n\n".join([*head, *_HR, "\n".join(line_ups), "Izvor: Hina", _RELATED_HR]))
    assert all(labels[line] == Label.BODY for line in line_ups)
    assert all(labels[p] == Label.BODY for p in _HR)


def test_a_block_under_the_last_paragraph_with_one_line_of_another_shape_stays_out() -> None:
    block = ["Split: Marić, Bilić 3, Rađa 2, Jukić 2, Perić 1, Vuković 1.", "Najčitanije vijesti danas"]
    text = "\n\n".join(["Naslovnica\nSport", "Split slavio protiv Juga", *_HR, "\n".join(block), "Izvor: Hina"])
    assert labels_by_text(text)[block[1]] != Label.BODY
