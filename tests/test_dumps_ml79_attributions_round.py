"""Session 46's attribution fixes after the first score of dumps_ml79's page attributions (0.927 found / 0.989
precision): the syndication note a few lines under the text, below the writers' credit lines ("This story was first
published by …"), and its forms in more languages; the Yoruba "as the news agency X said"; a byline in a script
without capitals closed by the writer's job title after a comma, the name's parts joined by a hyphen or a maqaf.
Examples are invented, not the set's lines.
"""

from __future__ import annotations

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions
from tasks.credits.closing_notes import syndication_note
from tasks.text.segment import segment_text
from tests.page_fixtures import MENU, MOST_READ
from tests.role_records import AGENCY, AUTHOR, role_records

_STORY = (
    "The district council voted on Tuesday to keep the rural library open for another three years at least.",
    "Volunteers will run the building on Saturdays, and the mobile library will visit the two outlying schools.",
    "Residents had collected more than 1,200 signatures since the closure was first proposed in the spring.",
)


def test_a_syndication_note_under_the_writers_credit_lines() -> None:
    note = "This story was first published by ODT."  # a short line under the credits, the segmenter's chrome
    page = (
        f"{MENU}\n\nLibrary stays open\n\nBy Jane Roe\n\n" + "\n\n".join(_STORY)
        + f"\n\nAdditional reporting: Tom Hale\n\n{note}\n\nTags\nLibraries\nCouncil\n\n{MOST_READ}\n"
    )  # fmt: skip
    found = extract_attributions(segment_text(page))
    assert (AttributionKind.SOURCE, "ODT") in [(f.kind, f.name) for f in found]


def test_the_syndication_note_in_more_languages() -> None:
    for note, name in (
        ("Questo articolo è stato pubblicato originariamente su Il Tirreno.", "Il Tirreno"),
        ("Este artigo foi publicado originalmente no Observador.", "Observador"),
        ("Dit artikel verscheen eerder in De Stentor.", "De Stentor"),
        ("Artikeln publicerades först i Norran.", "Norran"),
        ("Tekst ukazał się pierwotnie w Nowinach.", "Nowinach"),
    ):
        assert [f.name for f in syndication_note(note, 1, False)] == [name]
    # the words inside a sentence, far from its opening, are no note
    assert syndication_note("Die Zeitung berichtete, der Bericht sei ursprünglich in Bern erschienen.", 1, False) == []


def test_the_yoruba_as_the_news_agency_said() -> None:
    text = "Gẹ́gẹ́ bí ilé iṣẹ́ ìròyìn NAN ṣe sọ, ọgọ́rùn-ún àwọn àgbẹ̀ ló péjọ sí ọjà náà lọ́jọ́ Ajé."
    assert (AGENCY, "NAN") in role_records("body", text)


def test_a_caseless_byline_closed_by_the_job_title_after_a_comma() -> None:
    assert role_records("credit", "מאת דנה לוי, כתבת הדרום") == [(AUTHOR, "דנה לוי")]
    assert role_records("credit", "מאת יוסי בן־דוד, כתב כלכלי") == [(AUTHOR, "יוסי בן־דוד")]
    assert role_records("credit", "מאת יוסי בן-דוד") == [(AUTHOR, "יוסי בן-דוד")]
    # a clause after the comma is no job title: the line is no byline
    assert role_records("credit", "מאת דנה לוי, אמרה המשטרה היום בבוקר") == []
