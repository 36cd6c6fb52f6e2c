"""Session 15's fixes after the first score of dumps_ml17 (page attributions 0.688 found / 0.958 precision, body F1
0.945): each names a general shape of news pages (a caption closed by a credit that names no one, by the
photographer and the agency after a comma, by an abbreviated cue or the Armenian colon; a name with its cue after it
in brackets; the writer's name over the role and contact lines over the date; a capitalised surname particle; the
byline shown twice in the head; a desk word before the outlet's name; the outlets of a "with information from" line;
the site's masthead named after the writers; byline cues of Greek, Persian and Macedonian), with a negative where
the shape could overreach.
"""

from __future__ import annotations

import pytest

from schemas import Label
from tasks.credits.attribution import extract_attributions, in_body_citations
from tasks.credits.credit_records import credit_line_attributions
from tasks.credits.signed_lines import signed_below
from tasks.lexicon.agencies import load_gazetteer
from tasks.text.lines import Line
from tasks.text.segment import LabelledLine, Segmented, segment_text
from tasks.text.verdicts import Verdict


def _records(text: str) -> list[tuple[str, str | None]]:
    return [(str(f.kind), f.name) for f in credit_line_attributions(text, 1, load_gazetteer())]


def _signed(text: str) -> list[tuple[str, str | None]]:
    return [(str(f.kind), f.name) for f in signed_below(text, 1, load_gazetteer())]


def _page(*blocks: str) -> list[tuple[str, str | None, int]]:
    segmented = segment_text("\n\n".join(blocks))
    return [(str(f.kind), f.name, f.line) for f in extract_attributions(segmented)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Albertina Cerqueira no seu atelier, em 2019. Foto: Arquivo", [("photo", None)]),
        ("บรรยากาศงานยี่เป็งปีที่ผ่านมา ภาพ: แฟ้มภาพ", [("photo", None)]),  # Thai "file picture"
        ("Рибарски чамци кај Пештани, рано наутро. Фото: авторот", [("photo", None)]),  # "the author"
        ("Viñedos dañados en San Carlos tras la tormenta. Foto: Gentileza", [("photo", None)]),  # courtesy, no one
        ("Foto: Gentileza", [("photo", None)]),
        ("Foto: Gentileza Municipalidad de Tunuyán", [("photo", "Municipalidad de Tunuyán")]),  # a supplier after it
        ("Λεωφορείο στην Πλατεία Ελευθερίας. (Φωτογραφία αρχείου)", [("photo", None)]),  # Greek "archive photo"
        ("Il sindaco in piazza Duomo (foto d'archivio)", [("photo", None)]),
        ("The storm hit the coast (Photo: file)", []),  # with a colon: the caption's words, as blind11 decided
        ("Festa in piazza. (foto di gruppo)", []),  # "group photo": the caption's words, no credit
        ("Protesters outside. Photo: Reuters", [("photo", "Reuters")]),  # a name after the cue, as before
    ],
)
def test_a_caption_closed_by_a_credit_that_names_no_one(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Women of the Nyankpala cooperative at work. Photo: Abdul-Rahman Issahaku, GNA",
            [("photo", "Abdul-Rahman Issahaku"), ("photo", "GNA")],
        ),
        ("Demonstranti před úřadem vlády. Foto: Jan Novák, ČTK", [("photo", "Jan Novák"), ("photo", "ČTK")]),
        ("Traders at the Makola market. Photo: Kofi Mensah, taken last year", []),  # words after it, no agency
    ],
)
def test_the_photographer_and_the_agency_after_a_comma(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spichrz przy ul. Rabiańskiej czeka na remont od ponad dekady. fot. Katarzyna Wiśniewska",
            [("photo", "Katarzyna Wiśniewska")],
        ),  # the abbreviated cue's dot stands for the colon
        ("Թանգարանի ցուցասրահներից մեկը։ Լուսանկարը՝ Արմեն Ղազարյանի", [("photo", "Արմեն Ղազարյանի")]),  # ՝: colon
        ("He met them in 2019. Foto Luca went home.", []),  # a cue without its dot or colon: a sentence
        ("순천만습지 인근 농경지에 내려앉은 흑두루미 무리. 순천시 제공", [("photo", "순천시")]),  # Korean "provided"
    ],
)
def test_a_caption_closed_by_a_cue_with_its_own_separator(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Håkon Berg (foto)", [("photo", "Håkon Berg")]),
        ("Ingrid Nilsen (video)", [("video", "Ingrid Nilsen")]),
        ("Se bildene (foto)", []),  # lower-case words: a link's label
        ("Galleri (12 foto)", []),
    ],
)
def test_a_name_and_its_cue_after_it_in_brackets(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Γράφει η Ελένη Μανωλάκη", [("author", "Ελένη Μανωλάκη")]),  # Greek "writes the …"
        ("Γράφει ότι η κυβέρνηση θα αποφασίσει", []),  # "writes that …": no name after the cue
        ("گفت‌وگو: مریم رضایی", [("author", "مریم رضایی")]),  # Persian "interview:"
        ("Блог на Зоран Стефановски", [("author", "Зоран Стефановски")]),  # Macedonian "blog of"
    ],
)
def test_byline_cues_of_greek_persian_and_macedonian(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Redacción Caracas Al Instante", [("author", None)]),  # the outlet's desk: a nameless author, dropped later
        ("Redacción / Mérida", [("author", None)]),  # the desk and its place, as before
        ("Redacción: Ana Ruiz", [("author", "Ana Ruiz")]),  # after the colon the desk word credits a person
    ],
)
def test_a_desk_word_before_the_outlets_name(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Con información de Unión Radio y EFE", [("source", "Unión Radio"), ("agency", "EFE")]),
        ("Con información de la Alcaldía de Urrao", []),  # an official body, as before
    ],
)
def test_the_outlets_of_a_with_information_from_line(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _signed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Podle údajů České televize přijelo loni do Krumlova přes 1,2 milionu návštěvníků.",
            [("source", "České televize")],
        ),  # "according to the data of": the data noun between the cue and the outlet
        (
            "Według danych Polsat News do miasta przyjechało w zeszłym roku 1,2 mln turystów.",
            [("source", "Polsat News")],
        ),
        ("Según datos de Unión Radio, al menos tres puentes resultaron afectados.", [("source", "Unión Radio")]),
        ("Podle údajů Českého statistického úřadu přijelo loni přes 1,2 milionu návštěvníků.", []),  # an office
    ],
)
def test_according_to_the_data_of_an_outlet(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(str(f.kind), f.name) for f in in_body_citations(text, 1, load_gazetteer())] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hélène Marchal, à Lyon, le 2 mai 2024. JULIEN FAURE POUR « L'HEXAGONE QUOTIDIEN »",
            [("photo", "JULIEN FAURE")],
        ),
        ("The mayor in Albany on Monday. JOHN SMITH FOR THE NEW YORK TIMES", [("photo", "JOHN SMITH")]),
        ("He said so. VOTE FOR THE NDP", []),  # one word before "for": a slogan
        ("He said so. Vote for the NDP", []),
    ],
)
def test_a_photographer_for_the_outlet_closing_a_caption(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _records(text) == expected


_PARAGRAPHS = (
    "Passagerer sad fast i to timer i Svendborgsund tirsdag aften, efter at færgen fik motorstop midt i sejlrenden"
    " og måtte slæbes tilbage til havnen af en bugserbåd fra Svendborg.",
    "Rederiet undskylder over for de berørte passagerer og oplyser, at motoren er blevet efterset af en mekaniker"
    " i løbet af natten, og at færgen igen sejler efter den normale køreplan.",
    "Ifølge rederiet var der ingen fare for passagererne på noget tidspunkt, men flere af dem fortæller, at de"
    " ikke fik besked om, hvad der skete, før efter en time.",
)
_HEAD = ("Fyn", "Færgen til Ærø sejler igen efter motorstop")


def test_the_writers_name_over_the_role_and_contact_lines_over_the_date() -> None:
    found = _page(*_HEAD, "Kasper Nørgaard Holm", "Journalist", "kanh@fynsdagblad.example", "24. april 2024 kl. 08.30",
                  *_PARAGRAPHS)  # fmt: skip
    assert ("author", "Kasper Nørgaard Holm", 5) in found
    # the photographer's credit line between the role and the date: both credited, each in its kind
    found = _page(*_HEAD, "Ingrid Sørheim Nilsen", "Journalist", "Håkon Berg (foto)", "24. april 2024 kl. 08.30",
                  *_PARAGRAPHS)  # fmt: skip
    assert ("author", "Ingrid Sørheim Nilsen", 5) in found and ("photo", "Håkon Berg", 9) in found
    # a menu's last link over an e-mail line far from any date is no byline
    assert not any(k == "author" for k, _, _ in _page("Kontakt", "Kasper Holm", "tips@fynsdagblad.example",
                                                      *_HEAD, *_PARAGRAPHS))  # fmt: skip


def test_a_capitalised_surname_particle_the_page_also_writes_in_lower_case() -> None:
    head = ("Economie", "Haven van Antwerpen-Brugge verwerkt minder containers door zwakke vraag uit Azië")
    paragraphs = (
        "In het eerste kwartaal ging de containertrafiek van de haven met 4,2 procent achteruit, vooral door de"
        " zwakkere vraag uit China en de omleiding van schepen rond Kaap de Goede Hoop.",
        "Het havenbedrijf blijft wel optimistisch voor de rest van het jaar en wijst op de groei van de trafiek"
        " van chemische producten en de nieuwe lijndiensten naar Zuid-Amerika.",
    )
    assert ("author", "Lotte Van den Broeck", 5) in _page(*head, "Lotte Van den Broeck", "di 16 apr 2024 11:48",
                                                           *paragraphs)  # fmt: skip


def test_the_byline_shown_twice_in_the_head() -> None:
    head = ("Opinió", "Un tren que no arriba mai")
    paragraphs = (
        "El Corredor del Mediterrani s'ha convertit en una promesa que cada govern renova i cap no compleix, mentre"
        " les empreses del territori continuen pagant el cost de no tenir una connexió ferroviària digna.",
        "Fa més de vint anys que se'n parla i encara avui un tren de mercaderies triga més a travessar el país que"
        " no pas un camió, cosa que ningú no sap explicar amb arguments tècnics.",
    )
    found = _page(*head, "Montserrat Salvat Ferré", "12/05/2024 - 07:00", "Montserrat Salvat Ferré", *paragraphs)
    assert ("author", "Montserrat Salvat Ferré", 5) in found


def test_the_sites_masthead_named_after_the_writers_is_no_author() -> None:
    from tasks.credits.publisher import without_publisher

    byline = "By Patricia Dizon and Marco Villanueva, InfoNow PH"
    found = credit_line_attributions(byline, 3, load_gazetteer())
    assert [f.name for f in found] == ["Patricia Dizon", "Marco Villanueva", "InfoNow PH"]
    paragraph = "Residents of Virac prepared sandbags on Wednesday as the typhoon approached the Bicol region."
    page = _as_page(["InfoNow PH", "Typhoon Amihan raised over Catanduanes", byline, paragraph], body_from=4)
    assert [f.name for f in without_publisher(found, page)] == ["Patricia Dizon", "Marco Villanueva"]
    # the same byline under another masthead keeps all three, as before
    other = _as_page(["Home", "Typhoon Amihan raised over Catanduanes", byline, paragraph], body_from=4)
    assert len(without_publisher(found, other)) == 3


def _as_page(texts: list[str], body_from: int) -> Segmented:
    """A page whose lines from number `body_from` on are body, those above chrome."""
    lines = [
        LabelledLine(Line(n, t, n - 1, 0), Verdict(Label.BODY if n >= body_from else Label.CHROME, "", "test", "", 1.0))
        for n, t in enumerate(texts, start=1)
    ]
    return Segmented(lines, "en", 1.0, (body_from, len(texts)))
