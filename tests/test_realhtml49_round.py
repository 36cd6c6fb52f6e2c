"""Session 49, the HTML path's authors and dates on real pages (helper s49-realhtml, issue 13).

Two shapes that failed in every language of their family on invented pages:

- a writer's name and a writing job in the lower case of a comma's apposition, with no cue ("Иван Петров,
  корреспондент", "Jan Kowalski, dziennikarz", "Marco Rossi, giornalista", "Ana López, periodista"): the head's
  titled byline knew the English writing jobs only ("Ann Lee, staff writer" was read, no other language's was);
- the first of the month written with the ordinal indicator, "1º de março de 2011", "1.º de maio", "1º marzo 2011"
  (Portuguese, Spanish, Italian): dateparser reads the French "1er" and the degree sign, not "º"/"ª", so a byline
  dated on the first of a month gave the page no date;
- a quotation in spaced guillemets inside <title>'s headline ("Le « oui » l'emporte au référendum - Le Monde"): the
  spaced " » " closing it was taken for a separator between site sections, and the headline lost its words up to it;
  and the spaced " « " between a blog post's title and its blog ("Post title « Blog name", old WordPress themes),
  which no separator read.

The real-page scores are pinned in tests/test_real_authors.py."""

from __future__ import annotations

from datetime import UTC, datetime

from tasks.credits.date_lines import date_of_line
from tasks.html.titles import headline_of
from tests.test_heldout4_round import _process
from tests.test_realhtml45_round import _authors

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def test_a_name_and_its_lower_case_writing_job_is_the_byline_in_every_language() -> None:
    for byline, lang, name in (
        ("Иван Петров, корреспондент", "ru", "Иван Петров"),
        ("Іван Петренко, журналіст", "uk", "Іван Петренко"),
        ("Jan Kowalski, dziennikarz", "pl", "Jan Kowalski"),
        ("Marko Marković, novinar", "hr", "Marko Marković"),
        ("Marco Rossi, giornalista", "it", "Marco Rossi"),
        ("Ana López, periodista", "es", "Ana López"),
        ("Ana Souza, repórter", "pt", "Ana Souza"),
        ("Marie Dupont, journaliste", "fr", "Marie Dupont"),
        ("Anna Schmidt, Korrespondentin", "de", "Anna Schmidt"),
        ("Ayşe Yılmaz, muhabir", "tr", "Ayşe Yılmaz"),
        ("Ion Popescu, jurnalist", "ro", "Ion Popescu"),
    ):
        assert _authors(byline, lang) == [name], byline


def test_a_name_and_a_job_that_does_not_write_is_no_byline() -> None:
    # a quoted expert's or an official's apposition over the text: no writing job, no writer
    for line, lang in (
        ("Иван Петров, политолог", "ru"),
        ("Ana López, ministra de Economía", "es"),
        ("Jean Dupont, envoyé spécial de l'ONU", "fr"),
    ):
        assert _authors(line, lang) == [], line


def test_the_first_of_the_month_with_the_ordinal_indicator_is_a_date() -> None:
    for line, lang in (
        ("1º de março de 2011", "pt"),
        ("1.º de março de 2011", "pt"),
        ("Publicado em 1º de março de 2011 às 10h32", "pt"),
        ("1º de marzo de 2011", "es"),
        ("1º marzo 2011", "it"),
    ):
        found = date_of_line(line, NOW, lang)
        assert found is not None and found[0].date().isoformat() == "2011-03-01", line
    # the ordinal of a place in a sentence names no day
    assert date_of_line("Ana Souza ficou em 1º lugar na prova de 2011", NOW, "pt") is None


_PT = "".join(
    f"<p>{p}</p>"
    for p in (
        "A câmara municipal aprovou na terça-feira um novo orçamento para o próximo ano, depois de meses de debate.",
        "O plano aumenta os gastos com escolas e estradas e corta quase dez por cento dos custos administrativos.",
        "Os críticos disseram que os cortes vão prejudicar os serviços para os moradores mais velhos da cidade.",
    )
)


def test_a_byline_dated_the_first_of_the_month_dates_the_page() -> None:
    byline = "<p>Por Ana Souza, 1º de março de 2011</p>"
    body = f"<div class='story'><h1>Câmara aprova novo orçamento</h1>{byline}{_PT}</div>"
    _, day, authors = _process("<title>Câmara aprova novo orçamento</title>", body, "pt")
    assert (day, authors) == ("2011-03-01", ["Ana Souza"])


def test_a_quotation_in_guillemets_stays_inside_the_headline_of_title() -> None:
    for title, headline in (
        ("Le « oui » l'emporte au référendum - Le Monde", "Le « oui » l'emporte au référendum"),
        ("Le « oui » l'emporte au référendum", "Le « oui » l'emporte au référendum"),
        (
            "Grève du 5 décembre, « une journée noire » pour les transports | Libération",
            "Grève du 5 décembre, « une journée noire » pour les transports",
        ),
    ):
        assert headline_of(title, frozenset(), from_title_tag=True) == headline, title


def test_a_lone_guillemet_still_parts_the_headline_from_the_site() -> None:
    for title in (
        "Council approves new city budget « Springfield Gazette",
        "Springfield Gazette » News » Council approves new city budget",
    ):
        assert headline_of(title, frozenset(), from_title_tag=True) == "Council approves new city budget", title
