"""Session 47's attribution fixes after the first score of dumps_ml81's page attributions (0.865 found / 0.909
precision), each a pattern family wider than the page that showed it: a cue in either spelling of the Arabic-script yeh
and kaf; the plural picture cue; the wire's bracketed copyright sign-off under the text; the day-dot wire dateline with
no comma; a byline wrapped onto a line opened by "and"; a ministry's regional office as a
picture supplier; a stacked byline's labelled date and a reader's description before the town. Examples are invented,
not the set's lines.
"""

from __future__ import annotations

from schemas import AttributionKind
from tasks.credits import contact_lines
from tasks.credits.attribution import extract_attributions
from tasks.credits.bare_bylines import name_over_place
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.wire_citations import dateline_citations
from tasks.text.segment import segment_text
from tests.page_fixtures import MENU, MOST_READ
from tests.role_records import AGENCY, AUTHOR, PHOTO, role_records

_STORY = (
    "The district council voted on Tuesday to keep the rural library open for another three years at least.",
    "Volunteers will run the building on Saturdays, and the mobile library will visit the two outlying schools.",
    "Residents had collected more than 1,200 signatures since the closure was first proposed in the spring.",
)
_DANISH = (
    "Hver vinter bliver cykelstien langs åen oversvømmet, og børnene må cykle ude på den travle landevej.",
    "Kommunen har lovet at hæve stien i tre år, men der er endnu ikke sket noget som helst derude.",
    "Nu må politikerne finde pengene, før der sker en ulykke med en af de mange skolebørn om morgenen.",
)


def _records(page: str) -> list[tuple[AttributionKind, str | None]]:
    return [(f.kind, f.name) for f in extract_attributions(segment_text(page))]


def _page(head: str, tail: str = "") -> str:
    return (
        f"{MENU}\n\nLibrary stays open\n\n{head}" + "\n".join(_STORY) + f"\n{tail}\n\nTags\nLibraries\n\n{MOST_READ}\n"
    )


def test_a_cue_in_either_spelling_of_the_yeh_and_the_kaf() -> None:
    # Pashto and Dari sites type the Arabic ي and ك for the Persian ی and ک, or mix them in one word
    assert role_records("credit", "ليکوال: نور احمد صافي") == [(AUTHOR, "نور احمد صافي")]
    assert role_records("credit", "ليكوال: نور احمد صافي") == [(AUTHOR, "نور احمد صافي")]
    assert role_records("credit", "عكس: مریم احمدی") == [(PHOTO, "مریم احمدی")]


def test_the_plural_picture_cue() -> None:
    assert role_records("credit", "ചിത്രങ്ങൾ: അനൂപ് വർഗീസ്") == [(PHOTO, "അനൂപ് വർഗീസ്")]
    assert role_records("credit", "Fotografías: Ana Ruiz") == [(PHOTO, "Ana Ruiz")]
    assert role_records("credit", "Billeder: Jens Holm") == [(PHOTO, "Jens Holm")]


def test_the_wires_bracketed_copyright_sign_off_under_the_text() -> None:
    assert (AGENCY, "NTB") in _records(_page("", "(©NTB)"))
    assert (AGENCY, "dpa") in _records(_page("", "(© dpa)"))


def test_the_day_dot_dateline_with_no_comma() -> None:
    gazetteer = load_gazetteer()
    for line, agency in (
        ("Praha 12. června (ČTK) - Vláda dnes schválila nový rozpočet.", "ČTK"),
        ("Banská Bystrica 3. marca (TASR)", "TASR"),
        ("Ústí nad Labem 4. května (ČTK) - Město opraví most.", "ČTK"),
    ):
        assert [c.name for c in dateline_citations(line, gazetteer)] == [agency]
    # a sentence opening with lower-case words before the date is no dateline
    assert dateline_citations("Die Feier am 9. Mai (dpa) war ein Erfolg.", gazetteer) == []


def test_a_byline_wrapped_onto_a_line_opened_by_and() -> None:
    found = _records(_page("By Jane Roe\nand AAP\n14 June 2024, 6:30am\n\n"))
    assert (AUTHOR, "Jane Roe") in found and (AGENCY, "AAP") in found


def test_a_ministrys_regional_office_as_the_picture_supplier() -> None:
    assert role_records("credit", "Фото: УМВД России по Тверской области") == [
        (PHOTO, "УМВД России по Тверской области")
    ]
    assert role_records("credit", "Фото: ГУ ДСНС у Київській області") == [(PHOTO, "ГУ ДСНС у Київській області")]


def test_a_stacked_bylines_date_after_its_label() -> None:
    found = name_over_place("ರಮೇಶ್ ನಾಯಕ್", "ಕುಂದಾಪುರ", "ಪ್ರಕಟಿಸಲಾಗಿದೆ: 12 ಮೇ 2024, 09:10 IST", 1, load_gazetteer())
    assert [(f.kind, f.name) for f in found] == [(AUTHOR, "ರಮೇಶ್ ನಾಯಕ್")]
    # a desk signing so is no one's name ("Sports Desk" over the place and the date)
    assert name_over_place("ಕ್ರೀಡಾ ಡೆಸ್ಕ್", "ಕುಂದಾಪುರ", "ಪ್ರಕಟಿಸಲಾಗಿದೆ: 12 ಮೇ 2024, 09:10 IST", 1, load_gazetteer()) == []


def test_a_readers_description_before_the_town_under_the_name() -> None:
    page = (
        f"{MENU}\n\nLæserbrev\nCykelstien skal hæves nu\n\nAnna Holm\nLærer, Varde\n3. juni 2024 kl. 10:00\n\n"
        + "\n".join(_DANISH) + f"\n\n{MOST_READ}\n"
    )  # fmt: skip
    lines = segment_text(page).lines
    date = next(i for i, ll in enumerate(lines) if ll.line.text.startswith("3. juni"))
    assert contact_lines.name_over_place(lines, date)  # "Anna Holm" over "Lærer, Varde" over the date
    assert (AUTHOR, "Anna Holm") in _records(page)
    # a sentence before the comma is no description
    described = page.replace("Lærer, Varde", "Der var engang en by, Varde")
    lines = segment_text(described).lines
    assert not contact_lines.name_over_place(lines, date)
