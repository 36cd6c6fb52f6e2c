"""Session 44's study of whole pages in the text dumps (issue 12): a short story and what the search took instead.

The round wrote fourteen invented pages of shapes and languages the region search had not been tried on
(tests/data/wholepage44: teaser boxes under a heading that names them, the byline's other stories, a comment thread
closed by reply links, a one-sentence story in a language of long words, the next story under a label, a pitch for
donations or a newsletter, a consent notice at the top). Four general causes were fixed:

- a box of teasers with summaries under a heading the related-links vocabulary reads ("Mehr zum Thema", "Najczęściej
  czytane") was taken for the article over a short story under its own head (tasks/text/teaser_lists.py);
- a short post's comment thread whose entries each close with a reply link, wholly inside the main text, stayed
  with the post (tasks/text/threads.py, `cut_comment_section`);
- a headed story of one sentence in a language of long words (Basque, Finnish: 12 to 19 words) was under the
  minimum weight of a headed article (`headed_article_min_weight` 2.0 -> 1.2);
- a labelled next story ("Up next", "Habari inayofuata") under a dateline alone ran on from the article
  (tasks/lexicon/data/next_story_labels.csv, tasks/text/next_story.py);
- and, in the vocabulary, the heading of the byline's other stories in twenty-six more languages and the link-list
  headings of Icelandic, Albanian, Afrikaans and Swahili (related_headings.csv).

Every page here is made up.
"""

from __future__ import annotations

import pytest

from schemas import Label
from tasks.report.evaluate import evaluate_dataset
from tasks.text.related_lines import is_related_heading
from tests.conftest import ROOT
from tests.page_fixtures import labels_by_text

_SET = ROOT / "tests" / "data" / "wholepage44"


def _page(top: str, head: tuple[str, ...], story: tuple[str, ...], *rest: str) -> str:
    return "\n\n".join([top, *head, *story, *rest, "Contacto\n© 2026"])


_ES_TOP = "El Faro del Valle\nPortada\nComarca\nDeportes"
_ES_HEAD = ("Reabre el mercado de abastos tras la obra", "Por Marta Gil", "3 de marzo de 2026")
_ES_STORY = (
    "El mercado de abastos de la plaza Mayor reabrió el lunes sus cuarenta puestos después de ocho meses de obras.",
    "Los comerciantes pagarán el mismo alquiler.",
)
_ES_TEASERS = (
    "La piscina cubierta amplía su horario en verano",
    "El ayuntamiento abrirá la piscina cubierta hasta las diez de la noche entre junio y septiembre, después de que "
    "los clubes de natación y las familias del barrio pidieran más horas para los cursos de los niños y los mayores.",
    "Las obras de la calle Real terminarán en mayo",
    "La empresa adjudicataria asegura que el asfaltado de la calle Real quedará listo a mediados de mayo, aunque los "
    "vecinos se quejan del ruido y del polvo y piden que las máquinas no empiecen a trabajar antes de las ocho.",
)


@pytest.mark.parametrize("heading", ["Noticias relacionadas", "Otros artículos del autor"])
def test_a_named_box_of_teasers_is_no_article_over_a_short_story_under_its_head(heading: str) -> None:
    # a one-paragraph story under its byline and date, then a box of two teasers whose leads outweigh it, under a
    # heading that names the box: the base took the box for the article (and "Otros artículos del autor" was no
    # heading the vocabulary read)
    labels = labels_by_text(_page(_ES_TOP, _ES_HEAD, _ES_STORY, heading, *_ES_TEASERS))
    assert labels[_ES_STORY[0]] == Label.BODY
    assert all(labels[line] != Label.BODY for line in _ES_TEASERS)


@pytest.mark.parametrize(
    "heading",
    [
        "Otros artículos del autor",
        "Inne artykuły autora",
        "Altri articoli dell'autore",
        "Meer van deze auteur",
        "Yazarın diğer yazıları",
        "Të tjera nga autori",
        "Fleiri fréttir",
        "Meeste gelees",
        "Habari nyingine",
    ],
)
def test_the_byline_s_other_stories_and_more_news_are_link_list_headings(heading: str) -> None:
    assert is_related_heading(heading.casefold())


_NB_TOP = "Fjordposten\nNyheter\nSport\nKultur"
_NB_HEAD = ("Ny gangbru over elva åpnet", "Av Ingrid Solberg", "4. mars 2026")
_NB_STORY = (
    "Den nye gangbrua over elva ved skolen ble åpnet fredag, og elevene slipper nå å gå langs riksveien om morgenen.",
    "Brua kostet fire millioner kroner og ble bygd på bare fem måneder av et lokalt firma.",
)
_NB_COMMENTS = (
    (
        "Kari N.",
        "Endelig! Vi har ventet i tre år på denne brua, og hver morgen har jeg vært redd når ungene har gått langs "
        "veien i mørket mens lastebilene kjører forbi i full fart.",
    ),
    (
        "Ola",
        "Fint at den kom på plass, men hvorfor er det ikke lys på brua? Om vinteren er det mørkt både når barna går "
        "til skolen og når de kommer hjem igjen fra fritidsaktivitetene.",
    ),
    (
        "Per Arne",
        "Kommunen burde også se på krysset ved butikken, der er det like farlig for de minste som skal over veien for "
        "å rekke bussen til ungdomsskolen i nabobygda hver morgen.",
    ),
)


def test_a_short_post_keeps_its_place_over_a_whole_thread_of_entries_closed_by_a_reply_link() -> None:
    # "Kommentarer", then each comment under its writer's name and over "Svar": the main text held the post, the
    # heading and the whole thread (base: every comment body), since the thread ended inside it, not below
    thread = [line for name, text in _NB_COMMENTS for line in (name, text, "Svar")]
    labels = labels_by_text(_page(_NB_TOP, _NB_HEAD, _NB_STORY, "Kommentarer", *thread))
    assert labels[_NB_STORY[0]] == Label.BODY
    assert all(labels[text] != Label.BODY for _, text in _NB_COMMENTS)


_FI_TOP = "Pohjanmaan Viesti\nUutiset\nUrheilu\nKulttuuri"
_FI_HEAD = ("Uimahalli avataan uudelleen maaliskuussa", "Anna Koskinen", "5.3.2026")
# one sentence of 15 words, some 130 characters: what English says in some 25 words
_FI_STORY = (
    "Kaupungin uimahalli avataan uudelleen maaliskuun lopussa kahden vuoden peruskorjauksen jälkeen, kertoi "
    "liikuntatoimi tiistaina tiedotteessaan.",
)
_FI_COMMENTS = (
    (
        "Matti",
        "5.3.2026 10:12",
        "Hienoa, että halli vihdoin aukeaa, mutta toivottavasti hinnat eivät nouse, sillä monelle eläkeläiselle "
        "uinti on tärkein liikuntamuoto koko talven ajan.",
    ),
    (
        "uimari77",
        "5.3.2026 11:40",
        "Aamuvuorot pitäisi palauttaa samanlaisiksi kuin ennen remonttia, koska moni käy uimassa ennen töitä ja "
        "kuuden aamun vuoro oli aina täynnä.",
    ),
    (
        "Liisa K.",
        "5.3.2026 13:05",
        "Lasten uimakoulut kannattaa aloittaa heti, sillä jonot ovat olleet pitkät jo kaksi vuotta eikä naapurikunnan "
        "hallista ole saanut vuoroja.",
    ),
)


def test_a_one_sentence_story_in_a_language_of_long_words_keeps_its_place_over_its_dated_comments() -> None:
    # a Finnish story of one sentence of 15 words under its writer and date, then "Kommentit (3)" and dated comments:
    # the story weighed 1.5, under the headed minimum of 2.0 (a paragraph of 20 English words): base, a comment won
    thread = [line for entry in _FI_COMMENTS for line in entry]
    labels = labels_by_text(_page(_FI_TOP, _FI_HEAD, _FI_STORY, "Kommentit (3)", *thread))
    assert labels[_FI_STORY[0]] == Label.BODY
    assert all(labels[text] != Label.BODY for _, _, text in _FI_COMMENTS)


_IT_TOP = "La Voce del Lago\nCronaca\nSport\nCultura"
_IT_HEAD = ("Nuovo battello sul lago da aprile", "di Paolo Ferri", "6 marzo 2026")
_IT_STORY = (
    "Da aprile un nuovo battello collegherà le due sponde del lago ogni mezz'ora, ha annunciato ieri la società di "
    "navigazione.",
    "Il battello porterà fino a duecento passeggeri e trenta biciclette, il doppio di quello che sostituisce.",
)
_IT_NEXT = (
    "Il mercato contadino torna in piazza ogni sabato",
    "5 marzo 2026",
    "Dopo la pausa invernale il mercato dei produttori locali torna in piazza Garibaldi ogni sabato mattina, con "
    "trenta banchi di frutta, verdura, formaggi e miele delle valli intorno al lago.",
    "Gli organizzatori hanno chiesto al comune di chiudere al traffico la via che porta alla piazza durante il "
    "mercato, per lasciare spazio alle famiglie e ai banchi dei produttori più piccoli.",
    "Il sindaco ha detto che la richiesta sarà discussa nella prossima giunta insieme al nuovo piano dei parcheggi "
    "del centro storico e delle vie che portano al lungolago.",
)


def test_a_labelled_next_story_under_a_dateline_alone_ends_the_article() -> None:
    # "Prossimo articolo" over the next story's headline and its own date, no byline: base, both stories body
    labels = labels_by_text(_page(_IT_TOP, _IT_HEAD, _IT_STORY, "Prossimo articolo", *_IT_NEXT))
    assert all(labels[p] == Label.BODY for p in _IT_STORY)
    assert all(labels[p] != Label.BODY for p in _IT_NEXT[2:])


def test_an_unlabelled_headline_over_a_date_alone_stays_the_article_s() -> None:
    # guard: the same lines with no label over the headline (a subheading over an update's date, or a next story no
    # byline or label names) stay the article's, as session 42 left them
    labels = labels_by_text(_page(_IT_TOP, _IT_HEAD, _IT_STORY, *_IT_NEXT))
    assert all(labels[p] == Label.BODY for p in (*_IT_STORY, *_IT_NEXT[2:]))


def test_wholepage44_floor_and_its_pages() -> None:
    # de-01, pl-01 (named teaser boxes), sq-01 (the byline's other stories), af-01 (a thread closed by reply links),
    # uk-01 (a bio box under a one-sentence story), sw-01 (a labelled next story): 0-0.57 -> 1.000; eu-01, is-01,
    # et-01 up; the set 0.3789 -> 0.7384, pages below 0.2 5 -> 1. Left (docs/segmenter.md, "Session 44"): fi-01 (a
    # consent notice at the top), en-01, nl-01, ms-01 (a pitch for donations or a newsletter under the story)
    # Session 48: nl-01 0.571 -> 0.800, the set 0.7385 -> 0.7619: its pitch opens with the masthead shown above, with
    # its article ("De Polderbode is gratis te lezen …"), no longer stripped before the bio rule's name
    scores = evaluate_dataset(_SET)
    assert scores.counts.f1 >= 0.761
    assert scores.low_share <= 0.072
    for page in ("de-01", "pl-01", "sq-01", "af-01", "uk-01", "sw-01"):
        assert scores.per_doc[page].f1 == pytest.approx(1.0), page
