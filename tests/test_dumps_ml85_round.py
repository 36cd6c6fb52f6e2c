"""Session 49's segmenter fixes after the first score of dumps_ml85 (body F1 0.956, P 0.958, R 0.953), each a
newsroom pattern wider than the page that showed it: a match report's result box closing the text (a score line, then
the scorers or the half-time score as fields); a gallery's pager and button under its last slide; "read also" before
a link in Amharic and Tajik; the heading of the box on the writer in the languages that had none; the note
that a feature first appeared in a print issue in the Nordic languages, Finnish and Estonian. Examples are invented,
not the set's lines.
"""

from __future__ import annotations

from schemas import Label
from tasks.lexicon.boilerplate import is_boilerplate
from tasks.text.bio import is_bio_heading
from tasks.text.factbox import is_score_line
from tasks.text.related_lines import is_related_link
from tests.page_fixtures import MENU, MOST_READ, labels_by_text

_REPORT = (
    "Riverside beat the visitors in extra time on Saturday night to move up to fourth place in the regional league.",
    "The home side trailed by two goals after the first period but levelled through two quick goals in the second.",
    "Their coach said the players had talked honestly in the dressing room and showed real character after the break.",
)
_STORY = (
    "The town's spring fair drew about four thousand visitors to the riverside park over the long weekend this year.",
    "Stalls sold local honey, pottery and woollen goods, and the brass band played on the stage until late at night.",
    "Organisers said the fair would return next year with a second car park and a shuttle bus from the station.",
    "Hotels in the town were fully booked, and some visitors stayed with families in the villages around the park.",
)


def _report(box: str) -> str:
    return f"{MENU}\n\nRiverside win in extra time\n\n" + "\n\n".join(_REPORT) + f"\n\n{box}\n\nShare\n\n{MOST_READ}\n"


def test_a_score_line_is_a_matchs_result() -> None:
    assert is_score_line("Riverside HC - Lakeside Stars 3:2 ot (0:2, 2:0, 0:0 - 1:0)")
    assert is_score_line("St. Mary's 24 (J. Pomare 2, T. Hart tries; S. Rowe 3 con, pen)")
    assert not is_score_line("Kyiv - Lviv, 12 - 14 June")  # a route and its dates
    assert not is_score_line("1. Riverside 49 96")  # a table's row


def test_a_result_box_under_the_report_is_its_text() -> None:
    headless = ("Riverside HC - Lakeside Stars 3:2 ot (0:2, 2:0, 0:0 - 1:0)",
                "Goals: 27. Moss, 35. Ward, 63. Hale - 8. Novak, 17. Cerny. Attendance: 2 140.")  # fmt: skip
    labels = labels_by_text(_report("\n".join(headless)))
    assert [labels[line] for line in headless] == [Label.BODY] * 2
    headed = ("Scores:", "Riverside 24 (A. Moss 2, B. Ward tries; C. Hale 3 con, pen)",
              "Lakeside 20 (D. Novak, E. Cerny tries; F. Ross 2 con, 2 pen)", "HT: Lakeside 13-7")  # fmt: skip
    labels = labels_by_text(_report("\n".join(headed)))
    assert [labels[line] for line in headed] == [Label.BODY] * 4


def test_other_matches_results_under_the_report_stay_a_widget() -> None:
    widget = ("Other results", "Northgate - Westfield 2:1", "Hillside - Bay City 0:3", "Old Town - Eastport 4:4")
    labels = labels_by_text(_report("\n".join(widget)))
    assert [labels[line] for line in widget] == [Label.CHROME] * 4


def _gallery(tail: str) -> str:
    slide = "Photo {k} of 6\nVisitors at stall number {k} in the park.\nPhoto: Ann Lee"
    slides = "\n\n".join(slide.format(k=k) for k in (1, 2, 3))
    return (
        f"{MENU}\n\nSpring fair draws thousands\n\n{_STORY[0]}\n\n{_STORY[1]}\n\n{slides}\n\n{tail}\n\n"
        f"{_STORY[2]}\n\n{_STORY[3]}\n\n{MOST_READ}\n"
    )


def test_a_gallerys_pager_and_button_under_its_last_slide() -> None:
    labels = labels_by_text(_gallery("Previous | Next\n\nSee all the pictures in full screen"))
    assert labels["Previous | Next"] == Label.CHROME
    assert labels["See all the pictures in full screen"] == Label.CHROME
    assert labels[_STORY[2]] == Label.BODY


def test_a_subheading_under_the_text_without_a_gallery_stays_text() -> None:
    page = (
        f"{MENU}\n\nSpring fair draws thousands\n\n{_STORY[0]}\n\n{_STORY[1]}\n\nA second car park\n\n"
        f"{_STORY[2]}\n\n{_STORY[3]}\n\n{MOST_READ}\n"
    )
    assert labels_by_text(page)["A second car park"] == Label.BODY


def test_read_also_before_a_link_in_amharic_and_tajik() -> None:
    assert is_related_link("ተዛማጅ፡ በከተማዋ አዲስ ድልድይ ተመረቀ")
    assert is_related_link("инчунин хонед: дар шаҳр пули нав сохта шуд")
    assert is_related_link("ҳамчунин бихонед: дар шаҳр пули нав сохта шуд")
    # a sentence opening with "also" is no link
    assert not is_related_link("инчунин, вазорат хабар дод: корҳо то моҳи май анҷом меёбанд")


def test_the_heading_of_the_writers_box_in_more_languages() -> None:
    for heading in ("ብዛዕባ ጸሓፊ", "ስለ ጸሐፊው", "Kuhusu mwandishi", "Σχετικά με τον συγγραφέα", "作者简介", "За автора:"):
        assert is_bio_heading(heading), heading
    assert not is_bio_heading("ብዛዕባ ጸሓፊ ዝተጻሕፈ መጽሓፍ")  # a headline about a writer's book


def test_the_note_that_a_feature_first_appeared_in_print_in_the_nordic_languages() -> None:
    for note in (
        "Denne saken ble først publisert i Fjellposten nr. 3/2024.",
        "Artiklen blev først bragt i Weekendavisen 14. juni.",
        "Artikeln publicerades först i tidningen Land.",
        "Juttu on julkaistu alun perin Metsälehden numerossa 5/2024.",
    ):
        assert is_boilerplate(note.casefold()), note
    # the text citing a report published in a paper is no note
    assert not is_boilerplate("Rapporten ble publisert i fjor og viste at bestanden falt.".casefold())
