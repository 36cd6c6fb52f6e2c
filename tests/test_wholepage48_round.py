"""Session 48's study of whole pages in the text dumps (issue 12): a title-case heading read as the author's name.

The trainable sets' low pages are the five sessions 35 to 47 read (gold conventions, a page with no prose, a fixture:
none a region the rules could choose), and session 45's gallery crossing, tried again, still costs two never-studied
page-attribution sets their precision (docs/segmenter.md, "Session 48: whole pages"). Among cleaneval-dev's mid pages
(F1 0.2 to 0.7) one cause is a family every English, German, French, Spanish, Italian or Dutch page shares: the bio
rule (`tasks.text.bio`) ends the article above a closing paragraph that opens with a name shown bare above the text,
and looked through *every* language's article first ("the", "der", "le", "el" …). A heading, a menu entry or a
breadcrumb in title case ("Community Orchards", "Offene Werkstatt") reads as such a name, so "The Community Orchards
scheme is run with …" was cut as the author's bio, with every paragraph under it. Only Greek, Portuguese and
Catalan's personal article stand before a person's name (`bio_article` in name_words.csv), so only those are looked
through now.

Every page here is made up (tests/data/wholepage48 and the pages built below).
"""

from __future__ import annotations

import pytest

from schemas import Label
from tasks.report.evaluate import evaluate_dataset
from tests.conftest import ROOT
from tests.page_fixtures import MENU, MOST_READ, labels_by_text

_SET = ROOT / "tests" / "data" / "wholepage48"

_TEXTS = {
    "en": (
        "The village hall was rebuilt last year after a fire, with a new roof, a kitchen and a youth club room.",
        "Volunteers raised most of the money themselves through a summer fair, a quiz night and a sponsored walk.",
        "The hall now hosts a market on Saturdays, a dance class on Mondays and a film club once a month in winter.",
        "Bookings for weddings and birthday parties have risen so fast that the committee plans to hire a caretaker.",
        "Anyone who wants to book the hall or join the committee can write to the secretary at the address below.",
    ),
    "de": (
        "Das Gemeinschaftshaus wurde im vergangenen Jahr nach einem Brand neu gebaut, mit Küche und einem Jugendraum.",
        "Den größten Teil des Geldes haben die Ehrenamtlichen selbst gesammelt, mit einem Sommerfest und einem Lauf.",
        "Heute gibt es dort samstags einen Markt, montags einen Tanzkurs und im Winter monatlich einen Filmabend.",
        "Die Anfragen für Hochzeiten und Geburtstage sind so stark gestiegen, dass der Verein einen Hausmeister sucht.",
        "Wer das Haus mieten oder im Verein mitmachen möchte, kann sich schriftlich an die Geschäftsstelle wenden.",
    ),
    "fr": (
        "La salle a été reconstruite l'an dernier après un incendie, avec un nouveau toit, une cuisine et un foyer.",
        "Les bénévoles ont réuni eux-mêmes l'essentiel de l'argent grâce à une fête d'été et à une randonnée.",
        "Elle accueille désormais un marché le samedi, un cours de danse le lundi et un ciné-club une fois par mois.",
        "Les demandes pour des mariages et des anniversaires ont tant augmenté que le comité cherche un gardien.",
        "Pour réserver la salle ou rejoindre le comité, il suffit d'écrire au secrétariat à l'adresse ci-dessous.",
    ),
    "it": (
        "La sala è stata ricostruita l'anno scorso dopo un incendio, con un tetto nuovo, una cucina e una saletta.",
        "I volontari hanno raccolto da soli gran parte dei soldi con una festa d'estate, una lotteria e una camminata.",
        "Oggi la sala ospita un mercato il sabato, un corso di ballo il lunedì e un cineforum una volta al mese.",
        "Le richieste per matrimoni e compleanni sono cresciute tanto che il comitato vuole assumere un custode.",
        "Chi vuole prenotare la sala o entrare nel comitato può scrivere alla segreteria all'indirizzo qui sotto.",
    ),
    "nl": (
        "Het buurthuis is vorig jaar na een brand herbouwd, met een nieuw dak, een keuken en een ruimte voor de jeugd.",
        "Vrijwilligers haalden het meeste geld zelf op met een zomermarkt, een quizavond en een sponsorloop.",
        "Er is nu op zaterdag een markt, op maandag een danscursus en in de winter een keer per maand een filmavond.",
        "De aanvragen voor bruiloften en verjaardagen zijn zo hard gestegen dat het bestuur een beheerder zoekt.",
        "Wie het buurthuis wil huren of in het bestuur wil, kan schrijven naar het secretariaat hieronder.",
    ),
    "pt": (
        "O salão da aldeia foi reconstruído no ano passado depois de um incêndio, com telhado novo e cozinha.",
        "Os voluntários juntaram eles próprios a maior parte do dinheiro com uma feira de verão e uma caminhada.",
        "O salão recebe agora um mercado aos sábados, aulas de dança às segundas e um cineclube uma vez por mês.",
        "Os pedidos para casamentos e aniversários cresceram tanto que a direção quer contratar um zelador.",
        "Quem quiser alugar o salão ou entrar na direção pode escrever para a secretaria no endereço abaixo.",
    ),
}


def _page(language: str, heading: str, closing: str) -> str:
    """A community page: the menu, the section's title-case heading over the text, four paragraphs, a closing
    paragraph opening with the heading's words after an article, one more paragraph, the site's furniture."""
    *paragraphs, last = _TEXTS[language]
    return "\n\n".join([MENU, heading, *paragraphs, closing, last, MOST_READ]) + "\n"


@pytest.mark.parametrize(
    ("language", "heading", "closing"),
    [
        ("en", "Village Hall", "The Village Hall is run by a committee of twelve elected every May."),
        ("de", "Haus Lindenhof", "Das Haus Lindenhof ist ein Projekt des Bürgervereins."),
        ("fr", "Salle Polyvalente", "La Salle Polyvalente est gérée par douze bénévoles élus chaque année."),
        ("it", "Sala Civica", "La Sala Civica è gestita da un comitato di dodici volontari eletti ogni anno."),
        ("nl", "Buurthuis Noord", "Het Buurthuis Noord wordt gerund door twaalf vrijwilligers uit de wijk."),
    ],
)
def test_a_paragraph_opening_with_a_title_case_heading_after_its_article_is_no_bio(
    language: str, heading: str, closing: str
) -> None:
    labels = labels_by_text(_page(language, heading, closing))
    # base: the article was looked through, the heading's words read as the author's name, the text ended above it
    assert labels[closing] == Label.BODY
    assert all(labels[p] == Label.BODY for p in _TEXTS[language])


@pytest.mark.parametrize(
    ("name", "bio"),
    [
        ("Marta Quaresma", "A Marta Quaresma é jornalista e escreve sobre a vida nas aldeias do Alentejo desde 2011."),
        ("João Lopes", "O João Lopes é professor de história e escreve sobre as aldeias do Alentejo há vinte anos."),
    ],
)
def test_a_bio_opening_with_the_article_before_a_person_s_name_still_ends_the_text(name: str, bio: str) -> None:
    # Portuguese (as Greek, and Catalan with its personal article) puts the article before a person's name: still
    # looked through (drop the bio_article row and the bio stays in the text)
    *paragraphs, _ = _TEXTS["pt"]
    page = "\n\n".join([MENU, "O salão renasce", name, *paragraphs, bio, MOST_READ]) + "\n"
    labels = labels_by_text(page)
    assert labels[bio] == Label.CHROME
    assert all(labels[p] == Label.BODY for p in paragraphs)


def test_the_invented_pages_keep_their_closing_paragraphs() -> None:
    scores = evaluate_dataset(_SET)
    # 0.8085 with the starting code (en-01 and es-01 cut at "The Community Orchards …", "El Huerto Vecinal …"); the
    # first paragraph under a heading printed twice (the breadcrumb's last item and the headline) is still read as a
    # teaser's lead on five pages (left, docs/segmenter.md)
    assert scores.counts.f1 >= 0.901
    assert scores.low_share == 0.0
    assert scores.per_doc["en-01"].f1 >= 0.888
    assert scores.per_doc["es-01"].f1 >= 0.888
    assert scores.per_doc["pt-01"].f1 == 1.0  # the Portuguese bio under an opinion piece is still cut
