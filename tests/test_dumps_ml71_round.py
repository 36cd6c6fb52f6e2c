"""Session 42's segmenter fixes after the first score of dumps_ml71 (body F1 0.954, P 0.943, R 0.965): each names a
general shape of news pages, with a negative where the shape could overreach. The head's reading time ("Lectura: 7
min") is furniture wherever it stands; a gallery's counter written without its picture's word ("1 de 8") is a slide's
as "Foto 1 de 8" is, and the article's paragraphs under the gallery's buttons are its text; a short closing sentence
over the story's source line and the tags under the article closes the article; a caption closed by "Picture supplied"
is a caption; the Baltic paywall's note and the tags' label in more languages are furniture. Examples are invented,
not the set's lines.
"""

from __future__ import annotations

from schemas import AttributionKind, Label
from tasks.credits.attribution import extract_attributions
from tasks.text.related_lines import is_related_link
from tasks.text.segment import segment_text
from tests.page_fixtures import MENU, MOST_READ, labels_by_text

_CATALAN = (
    "Els veïns de Palafrugell han recollit més de tres mil signatures per salvar el cinema del poble.",
    "La sala, oberta el 1952, tancarà a finals d'any si cap empresa no n'assumeix la gestió.",
    "L'Ajuntament estudia comprar l'edifici i cedir-ne l'explotació a una cooperativa de la vila.",
    "Els promotors de la campanya confien que el ple municipal aprovi la compra abans de l'estiu.",
)


def test_a_reading_time_between_standfirst_and_text_is_furniture() -> None:
    standfirst = "El darrer cinema de Palafrugell busca un nou gestor abans que acabi l'any i la sala hagi de tancar."
    page = f"{MENU}\n\nEl cinema que no vol tancar\n\n{standfirst}\n\nTemps de lectura: 4 min\n\n" + "\n\n".join(
        _CATALAN
    )
    labels = labels_by_text(page + f"\n\n{MOST_READ}\n")
    assert labels["Temps de lectura: 4 min"] == Label.CHROME
    assert all(labels[p] == Label.BODY for p in _CATALAN)


def test_minutes_in_the_text_are_no_reading_time() -> None:
    # a sentence of the text with minutes in it, and a subheading of a count of minutes, no word for reading
    sentence = "El partit va durar 90 minuts."
    page = f"{MENU}\n\nEl cinema que no vol tancar\n\n" + "\n\n".join([*_CATALAN[:2], sentence, *_CATALAN[2:]])
    assert labels_by_text(page + f"\n\n{MOST_READ}\n")[sentence] == Label.BODY


_PORTUGUESE = (
    "A chuva forte que atingiu Santa Cruz do Sul na madrugada desta terça-feira alagou ruas do centro e dos bairros.",
    "Equipes da prefeitura trabalharam durante a manhã para desobstruir bueiros e retirar galhos das vias.",
)
_AFTER_GALLERY = (
    "A Defesa Civil informou que duas famílias foram levadas para a casa de parentes no bairro Arroio Grande.",
    "A previsão indica tempo firme a partir de quinta-feira, com temperaturas mais altas à tarde.",
)


def _gallery_page(counter: str) -> str:
    slides = []
    for k, caption in enumerate(("Rua alagada no centro.", "Galhos caídos na Avenida Independência."), 1):
        slides += [counter.format(k=k), caption, "Foto: Bruna Lehmen", ""]
    return (
        f"{MENU}\n\nTemporal alaga ruas de Santa Cruz\n\n"
        + "\n\n".join(_PORTUGUESE)
        + "\n\n"
        + "\n".join(slides)
        + "Ver todas as fotos\nAnterior\nPróxima\n\n"
        + "\n\n".join(_AFTER_GALLERY)
        + f"\n\n{MOST_READ}\n"
    )


def test_a_gallerys_bare_counter_and_the_text_under_its_buttons() -> None:
    labels = labels_by_text(_gallery_page("{k} de 2"))
    assert labels["1 de 2"] == Label.CHROME and labels["Rua alagada no centro."] == Label.CHROME
    assert all(labels[p] == Label.BODY for p in (*_PORTUGUESE, *_AFTER_GALLERY))


def test_a_teasers_list_under_a_gallery_stays_out() -> None:
    # under the gallery's buttons a heading and its headlines in one block: links, not the text going on
    page = _gallery_page("{k} de 2").replace(
        "\n\n".join(_AFTER_GALLERY), "Mais galerias\nFeira do livro reúne milhares\nDesfile farroupilha no centro"
    )
    labels = labels_by_text(page)
    assert labels["Feira do livro reúne milhares"] == Label.CHROME


_POLISH = (
    "Policjanci z Krosna zatrzymali 34-latka, który w nocy włamał się do sklepu spożywczego przy ulicy Lwowskiej.",
    "Mężczyzna ukradł papierosy i alkohol o łącznej wartości ponad dwóch tysięcy złotych, a potem uciekł pieszo.",
    "Sprawcę rozpoznano na nagraniu z monitoringu i zatrzymano następnego dnia w jego mieszkaniu na Turaszówce.",
)


def test_a_closing_sentence_over_the_source_line_and_the_tags() -> None:
    closing = "Grozi mu do dziesięciu lat więzienia."  # six words: fewer than prose asks
    foot = "Źródło: KPP Krosno\n\nTagi: Krosno, policja, włamanie\n\nUdostępnij\nFacebook\nX"
    page = f"{MENU}\n\nWłamanie do sklepu w Krośnie\n\n" + "\n\n".join(_POLISH) + f"\n\n{closing}\n\n{foot}\n"
    labels = labels_by_text(page)
    assert labels[closing] == Label.BODY and labels["Źródło: KPP Krosno"] == Label.ATTRIBUTION


def test_a_caption_closed_by_picture_supplied() -> None:
    caption = "Wheat stubble near Narrabri after last season's harvest. Picture supplied"
    paragraphs = (
        "Grain growers across the north-west say a dry winter has left many paddocks too hard to sow this season.",
        "The local farmers' association said most members had delayed planting until at least the next rain.",
        "Forecasters expect the dry pattern to hold for another month across most of the region.",
    )
    head = "Growers wait on rain as sowing window closes\n\nBy Kate Dawson\nUpdated May 2 2024 - 9:10am\n\n"
    page = f"{MENU}\n\n{head}{caption}\n" + "\n\n".join(paragraphs) + f"\n\n{MOST_READ}\n"
    segmented = segment_text(page)
    labels = {ll.line.text: ll.verdict.label for ll in segmented.lines}
    assert labels[caption] != Label.BODY
    assert (AttributionKind.PHOTO, None) in [(f.kind, f.name) for f in extract_attributions(segmented)]


def test_the_baltic_paywall_note_and_more_tags_labels_are_furniture() -> None:
    paragraphs = (
        "Rīgas ostā pirmajā ceturksnī pārkrauts par desmit procentiem vairāk kravu nekā pērn šajā pašā laikā.",
        "Ostas pārvalde skaidro, ka pieaudzis graudu un koksnes eksports uz Eiropas un Āzijas valstīm.",
    )
    notes = ("Raksta turpinājums pieejams abonentiem", "Abonē un lasi visus rakstus bez ierobežojumiem.")
    page = f"{MENU}\n\nRīgas ostā pieaug kravu apgrozījums\n\n" + "\n\n".join(paragraphs) + "\n\n" + "\n".join(notes)
    labels = labels_by_text(page + f"\n\n{MOST_READ}\n")
    assert all(labels[n] == Label.CHROME for n in notes)
    assert all(labels[p] == Label.BODY for p in paragraphs)
    # the tags' label in Vietnamese, Hindi, Indonesian: a line of links under the article, as "Tagi:" is
    assert all(is_related_link(line) for line in ("từ khóa: cần thơ, giao thông", "टैग: जयपुर, पानी", "tag: makassar"))
    assert not is_related_link("tag 3: the final day")
