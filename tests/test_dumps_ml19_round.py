"""Session 16's fixes after the first score of dumps_ml19 (body F1 0.916, P 0.879: chrome taken for body; page
attributions 0.876 found / 0.865 precision): each names a general shape of news pages (a "read also" link set
between paragraphs, parted from its headline by a bar or the Armenian comma, in the languages that lacked its words;
a gallery's numbered slides set into the text; the head row under a dateline that ends with the clock's "a. m.";
a live blog's entries under their clock stamps after such a link; the footnote asterisk that ties an op-ed's byline
to the author's note under the text), with a negative where the shape could overreach.
"""

from __future__ import annotations

import pytest

from schemas import Label
from tasks.credits.attribution import extract_attributions, in_body_citations
from tasks.credits.credit_records import credit_line_attributions
from tasks.lexicon.agencies import load_gazetteer
from tasks.text.features import normalize_for_match
from tasks.text.related_lines import is_related_link
from tasks.text.segment import segment_text
from tests.page_fixtures import EN_PARAGRAPHS, labels_by_text

_PARAGRAPHS = EN_PARAGRAPHS[:6]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ALSO READ | Kochi Metro extends service hours during festival week", True),  # the bar of Indian papers
        ("Կարդացեք նաև՝ Գյումրու Կումայրի թաղամասում նոր հյուրատներ են բացվել", True),  # the Armenian comma
        ("Irakurri ere: Bilbok 12 kilometro bidegorri gehiago izango ditu", True),  # Basque
        ("Оқи отырыңыз: Түркістан облысында суармалы жер көлемі қысқарды", True),  # Kazakh
        ("यो पनि पढ्नुहोस्: मौसम पूर्वानुमान: अझै तीन दिन भारी वर्षा", True),  # Nepali
        ("Foreign affairs | Opinion", False),  # a bar after no "read also" words: a menu's, not a link's
        ("Read the report|here", False),  # a bar with no space after it parts nothing
    ],
)
def test_a_read_also_link_parted_by_a_bar_or_the_armenian_comma(line: str, expected: bool) -> None:
    assert is_related_link(normalize_for_match(line)) is expected


def test_a_read_also_link_between_paragraphs_is_chrome_and_the_text_goes_on_under_it() -> None:
    link = "ALSO READ | Kochi Metro extends service hours during festival week"
    text = "\n\n".join(["Council passes budget", *_PARAGRAPHS[:3], link, *_PARAGRAPHS[3:], "Most read", "Contact us"])
    labels = labels_by_text(text)
    assert labels[link] == Label.CHROME
    assert all(labels[p] == Label.BODY for p in _PARAGRAPHS)


_SLIDES = "\n".join(
    [
        "Galerija (24 fotografije)",
        "1/24 Navijači s bakljama na Rivi",
        "2/24 Kapetan podiže medalju",
        "3/24 Djeca na ramenima roditelja",
        "Pogledaj cijelu galeriju",
    ]
)


def test_a_gallerys_numbered_slides_in_the_text_are_chrome_and_the_text_goes_on_under_them() -> None:
    text = "\n\n".join(["Council passes budget", *_PARAGRAPHS[:3], _SLIDES, *_PARAGRAPHS[3:], "Most read"])
    labels = labels_by_text(text)
    assert all(labels[line] == Label.CHROME for line in _SLIDES.splitlines())
    assert all(labels[p] == Label.BODY for p in _PARAGRAPHS)


def test_numbers_over_a_slash_that_do_not_count_slides_stay_text() -> None:
    # one fraction alone, and dates whose day is above the month: no gallery's counter
    recipe = "1/2 cup of flour is all the recipe needs for the dough"
    dates = "12/3 Concert in the park\n13/3 Theatre night at the hall"
    text = "\n\n".join(["Council passes budget", *_PARAGRAPHS[:3], recipe, dates, *_PARAGRAPHS[3:]])
    labels = labels_by_text(text)
    assert labels[recipe] == Label.BODY
    assert labels["12/3 Concert in the park"] == Label.BODY


def test_the_head_row_under_a_dateline_closed_by_the_clocks_a_m() -> None:
    # "10:42 a. m." ends with a full stop and read as a sentence: the buttons under it are the head row still
    head = "\n".join(["Colprensa", "18 de octubre de 2024 - 10:42 a. m.", "Escuchar este artículo", "Guardar"])
    lead = "El auxilio será de hasta 1,2 millones de pesos por hectárea y beneficiará a unos 38.000 productores."
    paragraphs = [
        "El Ministerio de Agricultura anunció este viernes un subsidio de emergencia para los caficultores del Eje.",
        "El apoyo será de hasta 1,2 millones de pesos por hectárea y se entregará a productores con menos de cinco.",
        "De acuerdo con la Federación Nacional de Cafeteros, cerca del 14 % de las fincas reportan pérdidas altas.",
        "Los productores podrán inscribirse desde el lunes en las alcaldías de sus municipios y en las cooperativas.",
    ]
    text = "\n\n".join(["Gobierno anuncia subsidio para caficultores", f"{lead}\n{head}", *paragraphs])
    labels = labels_by_text(text)
    assert labels["Escuchar este artículo"] != Label.BODY
    assert labels["Guardar"] != Label.BODY
    assert all(labels[p] == Label.BODY for p in paragraphs)


def test_a_live_blogs_entries_under_their_stamps_after_a_read_also_link() -> None:
    entries = [
        "Кількість поранених зросла до 14 людей, серед них двоє дітей, повідомив начальник обласної військової "
        "адміністрації. Усі отримують медичну допомогу в лікарнях міста, стан трьох людей лікарі оцінюють як важкий.",
        "Комунальники розпочали розбирати завали та засклювати вікна у будинках на Салтівці. Пункт незламності працює "
        "в школі, там можна зарядити телефон, отримати воду і консультацію щодо компенсації за пошкоджене житло.",
        "Як повідомляє Укрінформ, у місті частково відновлено електропостачання. Без світла залишаються близько восьми "
        "тисяч абонентів у двох районах, енергетики обіцяють повернути живлення до вечора, якщо не буде нових ударів.",
        # the entries under the link weigh too little to join the text as a cluster of their own
        "Мер Харкова заявив, що удар був здійснений керованими авіабомбами. Пошкоджено шість будинків.",
        "Вибухи пролунали близько 07:30. Повітряна тривога в області триває понад три години.",
    ]
    link = "Читайте також: Як укриватися під час обстрілу: поради ДСНС"
    blocks = ["Масована атака на Харків: онлайн", "12:14", entries[0], "11:40", entries[1], "11:05", entries[2], link]
    blocks += ["10:20", entries[3], "09:02", entries[4], "Теги\nХарків\nобстріл"]
    labels = labels_by_text("\n\n".join(blocks))
    assert labels[link] == Label.CHROME
    assert labels["10:20"] != Label.BODY
    assert all(labels[e] == Label.BODY for e in entries)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Γράφει ο Μανόλης Τζανακάκης*", [("author", "Μανόλης Τζανακάκης")]),  # the footnote's mark: no part of it
        ("Por Ana Ruiz Blanco*", [("author", "Ana Ruiz Blanco")]),
        ("By John Smith", [("author", "John Smith")]),  # as before
    ],
)
def test_a_bylines_footnote_asterisk(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(str(f.kind), f.name) for f in credit_line_attributions(text, 1, load_gazetteer())] == expected


def test_the_authors_note_under_the_text_marked_by_the_bylines_asterisk_is_chrome() -> None:
    paragraphs = [
        "Όσοι ζούμε στην ανατολική Κρήτη το έχουμε πια συνηθίσει: βρύσες που στερεύουν κάθε καλοκαίρι στα χωριά μας.",
        "Το φράγμα του Αποσελέμη έχει φέτος λιγότερο από το ένα τρίτο του νερού που είχε πριν από πέντε χρόνια.",
        "Δεν υποστηρίζω ότι ο τουρισμός είναι ο εχθρός, αλλά ότι χρειάζεται ένας κανόνας για όποιον καταναλώνει πολύ.",
        "Η Κρήτη έχει τις τεχνικές λύσεις, αυτό που δεν έχει είναι ένα ενιαίο σχέδιο με χρονοδιάγραμμα και χρήματα.",
    ]
    note = "*Ο Μανόλης Τζανακάκης είναι γεωπόνος και πρώην πρόεδρος του ΤΟΕΒ Πεδιάδας."
    byline = "Γράφει ο Μανόλης Τζανακάκης*"
    text = "\n\n".join(["Το νερό της Κρήτης δεν είναι ανεξάντλητο", f"{byline}\n05.09.2024 | 08:00", *paragraphs, note])
    segmented = segment_text(text)
    labels = {ll.line.text.strip(): str(ll.verdict.label) for ll in segmented.lines}
    assert labels[note] != Label.BODY
    assert all(labels[p] == Label.BODY for p in paragraphs)
    assert ("author", "Μανόλης Τζανακάκης") in [(str(f.kind), f.name) for f in extract_attributions(segmented)]


def test_two_writers_on_two_lines_over_the_date_one_with_a_surname_particle() -> None:
    # "Sander van Loon": a particle in lower case inside a name does not make the line a menu's
    standfirst = "De Scandinavische opdrachtgever trok zich terug na oplopende kosten, zeggen de vakbonden vandaag."
    paragraphs = [
        "De scheepswerf in Krimpen aan den IJssel schrapt 180 banen nadat een Noorse rederij haar order annuleerde.",
        "Volgens de directie was de veerboot voor zestig procent af toen de opdrachtgever zich terugtrok.",
        "De vakbonden spreken van een zwarte dag voor de regio en willen op korte termijn met de eigenaren praten.",
    ]
    head = "\n".join([standfirst, "Femke Dijkhuizen", "Sander van Loon", "26 september 2024 14:08"])
    found = _page_records("Werf in Krimpen schrapt 180 banen", head, *paragraphs)
    assert ("author", "Femke Dijkhuizen") in found
    assert ("author", "Sander van Loon") in found


def _page_records(*blocks: str) -> list[tuple[str, str | None]]:
    return [(str(f.kind), f.name) for f in extract_attributions(segment_text("\n\n".join(blocks)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Apenas uma parte chegou ao terreno, disse à agência Lusa o presidente da junta.", "Lusa"),
        ("Nada cambió en la ciudad, dijo a la agencia EFE el alcalde de la ciudad.", "EFE"),
        ("Lo ha detto all'agenzia ANSA il sindaco della città dopo la riunione.", "ANSA"),
        ("La Agencia EFE informó que nada cambió en la ciudad durante la noche.", "Agencia EFE"),  # the name's own
    ],
)
def test_the_lower_case_word_for_agency_before_a_known_agency_is_the_sentences(text: str, expected: str) -> None:
    found = in_body_citations(text, 1, load_gazetteer())
    assert [(str(f.kind), f.name) for f in found] == [("agency", expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wie die «Neue Zürcher Zeitung» im Sommer berichtete, haben auch andere Gemeinden Mühe.",
            "Neue Zürcher Zeitung",
        ),
        ("Wie der Spiegel im Januar berichtete, haben auch andere Gemeinden Mühe damit.", "Spiegel"),
        ("Wie die «Zeit» im Frühjahr berichtete, gibt es in der Gemeinde seit Jahren Probleme.", "Zeit"),
        (
            "Wie die Welt am Sonntag berichtete, gibt es in der Gemeinde seit Jahren Probleme.",
            "Welt am Sonntag",
        ),  # a name
    ],
)
def test_a_time_phrase_between_the_outlet_and_its_verb_at_the_clauses_end(text: str, expected: str) -> None:
    assert [f.name for f in in_body_citations(text, 1, load_gazetteer())] == [expected]


def test_a_source_line_under_a_list_below_the_text_is_the_lists() -> None:
    # a widget's figures and their source under the article: not the article's source; one right under the text is
    rows = "\n".join(["Hochrechnung 21:30 Uhr", "Partei A 31,2 %", "Partei B 30,6 %", "Partei C 8,1 %"])
    text = "\n\n".join(["Council passes budget", *_PARAGRAPHS, rows, "Quelle: Infratest/Landeswahlleitung"])
    assert not [f for f in _page_records(*text.split("\n\n")) if f[0] == "source"]
    assert ("source", "Infratest") in _page_records("Council passes budget", *_PARAGRAPHS, "Quelle: Infratest")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un champ d'arachide dans la région de Kaolack. Photo d'archives", [("photo", None)]),
        ("Il sindaco in piazza Duomo durante la festa. Foto d'archivio", [("photo", None)]),
        ("Il sindaco in piazza Duomo durante la festa. Foto Archivio", []),  # title case: a menu's link as often
        ("He spent the whole day looking at old photo archives.", []),  # the words inside a sentence: no credit
    ],
)
def test_a_caption_closed_by_a_nameless_credits_idiom_after_its_sentence(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(str(f.kind), f.name) for f in credit_line_attributions(text, 1, load_gazetteer())] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(وام)", [("agency", "وام")]),  # the agency alone in its bracket under a caption
        ("(AFP)", [("agency", "AFP")]),
        ("AFP", [("agency", "AFP")]),  # as before
        ("(Reuters and AFP)", []),  # more than one: left to the other rules
    ],
)
def test_a_known_agency_alone_in_its_bracket(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(str(f.kind), f.name) for f in credit_line_attributions(text, 1, load_gazetteer())] == expected
