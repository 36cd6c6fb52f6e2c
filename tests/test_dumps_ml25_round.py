"""Session 19's fixes after the first score of dumps_ml25 (body F1 0.949, P 0.943; page attributions 0.789 found /
0.883 precision): each names a general shape of news pages, with a negative where the shape could overreach. Lines:
the Nordic, Slovak and Czech paywall's notes, the column's and the press release's editorial disclaimers, the
Kyrgyz read-also line, a short closing sentence under a read-also box, a live blog's clock stamps between its
entries, a bio box's heading and the feminine "Autorica je" bio. Credits: a caption's "from the family archive",
a live blog's hosts, the Greek compiler's byline, the German "Mit Material der dpa" and the Portuguese "Com informação
da" sign-offs, an agency's desk code after its slash, a source line listing more sources or naming an institution
longer than a person, the byline slot under a standfirst's published and updated dates, a bare name over a cued
byline over the date.
"""

from __future__ import annotations

import pytest

from schemas import Label
from tasks.credits.attribution import extract_attributions
from tasks.credits.credit_records import credit_line_attributions
from tasks.credits.signed_lines import signed_below
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.boilerplate import is_boilerplate
from tasks.lexicon.citations import reporting_citations
from tasks.text.features import line_features, normalize_for_match
from tasks.text.lines import Line
from tasks.text.segment import segment_text
from tests.page_fixtures import EN_PARAGRAPHS, MENU, labels_by_text

_PARAGRAPHS = EN_PARAGRAPHS[:6]
_FOOTER = "\n".join(["Most read", "Bus fares rise again", "New bridge opens", "About us"])


def _credits(line: str) -> list[tuple[str, str | None]]:
    return [(str(f.kind), f.name) for f in credit_line_attributions(line, 1, load_gazetteer())]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Denne saken er for abonnenter", True),  # the Nordic paywall's note under a cut-off article
        ("Få tilgang til alt innhold fra Avisa Nordland.", True),
        ("Den här artikeln är för prenumeranter.", True),
        ("Abonnentene i kommunen får nytt strømtilbud fra høsten.", False),  # subscribers in a story
        ("Zostáva vám 55 % článku na prečítanie.", True),  # the Slovak and Czech paywall's note
        ("Už jste předplatitel? Přihlaste se", True),
        ("Stavovi izneseni u ovom tekstu nisu nužno stavovi redakcije.", True),  # a column's disclaimer
        ("Stavovi stranaka o novom budžetu i dalje su podijeljeni.", False),  # the parties' views in a story
        ("Comunicatul este publicat fără intervenția redacției.", True),  # a press release printed as received
        ("Spitalul a publicat integral raportul de activitate pe anul trecut.", False),
    ],
)
def test_paywall_notes_and_editorial_disclaimers_are_furniture(line: str, expected: bool) -> None:
    assert is_boilerplate(normalize_for_match(line)) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ошондой эле окуңуз: Бишкекте жаңы көпүрө ачылды", True),  # the Kyrgyz "read also" line
        ("Ошондой эле шаарда жаңы мектептин курулушу башталды.", False),  # "also" opening a sentence
    ],
)
def test_the_kyrgyz_read_also_line_links_to_another_page(line: str, expected: bool) -> None:
    assert line_features([Line(1, line, 0, 0)])[0].is_related_link is expected


def test_a_short_closing_sentence_under_a_read_also_box_is_the_articles_last() -> None:
    closing = "Work starts in September."
    text = "\n\n".join([MENU, "Council passes budget", *_PARAGRAPHS, "Read also: Bus fares rise again", closing])
    labels = labels_by_text(text + "\n\n" + _FOOTER)
    assert labels[closing] == Label.BODY
    assert labels["Read also: Bus fares rise again"] == Label.CHROME


@pytest.mark.parametrize(
    "under",
    [
        # a paywall's short first line over its longer pitch: more lines under the box, not a closing sentence
        "Half of this story is left.\nThis story is for our subscribers, who support local news every day.",
        "Would you take the night bus?",  # a question under a link is a teaser's headline
    ],
)
def test_what_is_no_closing_sentence_under_a_read_also_box_stays_out(under: str) -> None:
    text = "\n\n".join([MENU, "Council passes budget", *_PARAGRAPHS, "Read also: Bus fares rise again", under, _FOOTER])
    labels = labels_by_text(text)
    assert labels[under.split("\n")[0]] != Label.BODY


_ENTRIES = (
    "Power was restored to forty villages in the north of the region, the grid operator said this afternoon.",
    "The road between the two towns is open again in both directions after crews cleared the fallen trees.",
    "Emergency services report that nine cars were damaged by falling branches in the city centre overnight.",
    "Forecasters warn that gusts of up to ninety kilometres an hour will continue until Sunday morning.",
    "Good morning. We are starting our live coverage of the storm and its consequences across the region.",
)


def test_a_live_blogs_clock_stamps_between_its_entries_keep_the_blog_whole() -> None:
    blog = "\n".join(line for stamp, entry in zip(("17:35", "16:50", "15:10", "14:25", "12:00"), _ENTRIES, strict=True)
                     for line in (stamp, entry))  # fmt: skip
    head = "\n".join(["Storm: villages without power, roads closed", "Updating", "8 February 2025"])
    labels = labels_by_text("\n\n".join([MENU, head, blog, _FOOTER]))
    assert all(labels[entry] == Label.BODY for entry in _ENTRIES)
    assert labels["17:35"] == Label.CHROME and labels["12:00"] == Label.CHROME  # the stamps stay furniture
    assert labels["Updating"] == Label.CHROME  # the head above the first stamp does not join the blog


@pytest.mark.parametrize("heading", ["About the author", "Zur Person", "Об авторе"])
def test_a_bio_boxs_heading_ends_the_main_text_above_the_box(heading: str) -> None:
    bio = "Helen Marsh (52) teaches history at the university and lives in the valley with her family."
    text = "\n\n".join([MENU, "Council passes budget", *_PARAGRAPHS, f"{heading}\n{bio}", _FOOTER])
    labels = labels_by_text(text)
    assert labels[bio] == Label.CHROME
    assert all(labels[p] == Label.BODY for p in _PARAGRAPHS)


_BS_PARAGRAPHS = (
    "Svake godine u junu gledamo isti prizor ispred škole, a već u septembru pola tih mladih lica nestane iz grada.",
    "Prema podacima općine, kanton je u posljednjih deset godina izgubio više od trideset hiljada stanovnika.",
    "Mladi kažu da ne odlaze samo zbog plata, nego zato što ne vjeruju da će se ovdje išta promijeniti.",
    "Općine bi mogle ponuditi stipendije vezane za povratak, a firme prakse već u trećem razredu srednje škole.",
    "Ne tražimo čuda od vlasti, tražimo samo da se bar pokušamo boriti za one koji su još uvijek tu.",
)


def test_the_feminine_author_is_opens_a_bio_under_a_column() -> None:
    bio = "Autorica je novinarka i urednica portala iz Tuzle, a kolumne piše od prošle godine."
    text = "\n\n".join(["Početna\nVijesti\nSport\nKultura", "Zašto mladi odlaze", *_BS_PARAGRAPHS, bio, _FOOTER])
    labels = labels_by_text(text)
    assert labels[bio] == Label.CHROME
    assert all(labels[p] == Label.BODY for p in _BS_PARAGRAPHS)


def test_a_subheading_that_is_no_bio_heading_keeps_the_text_under_it() -> None:
    last = "Helen Marsh (52) said the council would look at the bus lines again before the winter timetable."
    text = "\n\n".join([MENU, "Council passes budget", *_PARAGRAPHS, f"What comes next\n{last}", _FOOTER])
    assert labels_by_text(text)[last] == Label.BODY


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Диригент під час репетиції, 1998 рік. Фото з архіву родини", [("photo", None)]),  # a caption's family archive
        ("Фото из семейного архива", [("photo", None)]),
        ("Музею передали фото з архіву родини диригента.", []),  # the phrase inside a sentence credits no one
    ],
)
def test_a_picture_from_the_family_archive_is_a_nameless_credit(line: str, expected: list[tuple[str, None]]) -> None:
    assert _credits(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ведуть: Ірина Коваль, Петро Бондар", [("author", "Ірина Коваль"), ("author", "Петро Бондар")]),  # blog hosts
        ("Ведут: Анна Соколова", [("author", "Анна Соколова")]),
        ("Ведуть до центру дві нові дороги", []),  # the verb opening a sentence, no colon
        ("Επιμέλεια: Δήμητρα Παππά", [("author", "Δήμητρα Παππά")]),  # the Greek compiler's byline
        ("Επιμέλεια κειμένων και διορθώσεις", []),  # the noun opening a phrase
    ],
)
def test_a_live_blogs_hosts_and_the_greek_compilers_byline_name_authors(line: str, expected: list[tuple]) -> None:
    assert [r for r in _credits(line) if r[1] is not None] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Mit Material von dpa", [("agency", "dpa")]),  # the German papers' sign-off, the wire in lower case
        ("Com informação da Lusa", [("agency", "Lusa")]),  # the singular Portuguese "with information from"
        ("Mit Material der Stadtwerke", []),  # no agency, no outlet: no record
    ],
)
def test_with_material_from_an_agency_under_the_text_names_it(line: str, expected: list[tuple[str, str]]) -> None:
    assert [(str(f.kind), f.name) for f in signed_below(line, 40, load_gazetteer())] == expected


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        ("Das Hallenbad bleibt laut dpa bis Ende Juni geschlossen.", ["dpa"]),  # an agency named in lower case
        ("Das Hallenbad bleibt laut unseren Informationen bis Ende Juni geschlossen.", []),  # no agency
    ],
)
def test_an_agency_written_in_lower_case_is_read_after_a_reporting_phrase(sentence: str, cited: list[str]) -> None:
    assert [c.name for c in reporting_citations(sentence, load_gazetteer())] == cited


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("APA/red", [("agency", "APA")]),  # the Austrian papers' desk code after the agency's slash
        ("Źródło: Dziennik Bałtycki, PAP", [("source", "Dziennik Bałtycki"), ("source", "PAP")]),  # sources listed
        ("Quelle: dpa, AFP", [("source", "dpa"), ("source", "AFP")]),
        ("Quelle: dpa, Berlin", [("source", "dpa")]),  # a place after the comma is no source
        ("Źródło: PAP, 12.05.2025", [("source", "PAP")]),  # nor is a date
    ],
)
def test_desk_codes_and_listed_sources_on_a_credit_line(line: str, expected: list[tuple[str, str]]) -> None:
    assert _credits(line) == expected


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Sursa: Spitalul Județean de Urgență Sibiu", "Spitalul Județean de Urgență Sibiu"),  # an institution's name
        ("Fuente: Dirección de Estudios Fiscales y Sociales", "Dirección de Estudios Fiscales y Sociales"),
        ("Fuente: Ministerio de Hacienda de la Nación", None),  # led by an official's word: a government body
        ("Fuente: Elaboración propia con datos del censo", None),  # a note on the data, no institution
        ("Fuente: Cálculos de la Redacción con Datos del Ministerio de Salud", None),  # longer than an institution
    ],
)
def test_a_source_line_names_an_institution_longer_than_a_person(line: str, name: str | None) -> None:
    named = [f.name for f in credit_line_attributions(line, 1, load_gazetteer()) if f.name]
    assert (named[0] if named else None) == name


_FR_PARAGRAPHS = (
    "Des vestiges d'un couvent du dix-septième siècle ont été mis au jour lors des travaux sur la place du marché.",
    "Les archéologues de la Région ont découvert des fondations, des fragments de céramique et plusieurs sépultures.",
    "Le chantier du tram devra être adapté pendant quelques semaines, selon la Ville, qui promet de limiter le retard.",
    "Les fouilles se poursuivront jusqu'à la fin du mois de mars, avant la reprise normale des travaux sur la place.",
)


@pytest.mark.parametrize(("under", "agency"), [("Belga", True), ("Liège", False)])
def test_the_line_under_a_standfirsts_published_and_updated_dates_is_a_byline_slot(under: str, agency: bool) -> None:
    standfirst = (
        "Les archéologues ont trouvé des vestiges inattendus sous la place, où le tram doit passer dès l'an prochain."
    )
    head = "\n".join(["Publié le 12/02/2025 à 16:34", "Mis à jour le 12/02/2025 à 18:02", under])
    text = "\n\n".join(["Accueil\nRégions\nSport\nCulture", "Un couvent sous la place", standfirst, head,
                        *_FR_PARAGRAPHS, _FOOTER])  # fmt: skip
    found = [(str(f.kind), f.name) for f in extract_attributions(segment_text(text))]
    assert (("agency", "Belga") in found) is agency


@pytest.mark.parametrize(("above", "author"), [("Marek Zieliński", True), ("Gospodarka", False)])
def test_a_bare_name_over_a_cued_byline_over_the_date_is_the_other_writer(above: str, author: bool) -> None:
    standfirst = (
        "The council cut funds for rural bus lines to keep the hospital open, and villages fear for their links."
    )
    head = "\n".join([above, "Oprac.: Ewa Nowicka", "07.10.2025, 12:14"])
    text = "\n\n".join([MENU, "Council passes budget", standfirst, head, *_PARAGRAPHS, _FOOTER])
    found = [(str(f.kind), f.name) for f in extract_attributions(segment_text(text))]
    assert ("author", "Ewa Nowicka") in found
    assert (("author", "Marek Zieliński") in found) is author
