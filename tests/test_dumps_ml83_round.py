"""Session 48's segmenter fixes after the first score of dumps_ml83 (body F1 0.964, P 0.951, R 0.978; chrome kept as
body was the weak side), each a newsroom pattern wider than the page that showed it: a share bar set on one line
between two paragraphs; a furniture box set into the text (an audio player's cue over its controls, a paywall's
notice over its buttons); the note that a piece appeared in a numbered print issue; the Yoruba and Igbo "read this
too" before a link; a heading over rows of figures ("place: 85 families") closing the article. Examples are invented,
not the set's lines.
"""

from __future__ import annotations

from schemas import Label
from tasks.lexicon.boilerplate import is_boilerplate
from tasks.text.related_lines import is_related_link
from tests.page_fixtures import MENU, MOST_READ, labels_by_text

_STORY = (
    "The county council voted on Tuesday to keep the rural swimming pool open for at least three more summers.",
    "Volunteers will staff the kiosk on weekends, and the school buses will bring pupils from the outlying villages.",
    "Residents had collected more than 1,500 signatures since the closure was first proposed in the spring.",
    "The pool will reopen in May after the changing rooms are repaired, the council's leisure officer said.",
    "A local swimming club, which trains there twice a week, offered to pay for new lane ropes and a defibrillator.",
    "Councillors also asked officers to look at solar panels on the roof to cut the heating bill in cooler months.",
)


def _page(middle: str, tail: str = "") -> str:
    head = "\n\n".join(_STORY[:3])
    rest = "\n\n".join(_STORY[3:])
    return f"{MENU}\n\nPool stays open\n\n{head}\n\n{middle}\n\n{rest}\n\n{tail}{MOST_READ}\n"


def test_a_share_bar_on_one_line_between_two_paragraphs_is_no_subheading() -> None:
    for bar in ("Share: Facebook | X | WhatsApp | Email", "Partilhar: Facebook · WhatsApp · X"):
        assert labels_by_text(_page(bar))[bar] == Label.CHROME, bar


def test_an_audio_players_controls_under_its_cue_are_the_players() -> None:
    player = ("Listen to this story", "Duration 4′ 05″", "From Checkpoint", "Download | Share")
    labels = labels_by_text(_page("\n".join(player)))
    assert [labels[line] for line in player] == [Label.CHROME] * len(player)
    assert labels[_STORY[3]] == Label.BODY
    assert is_boilerplate("Artikel anhören".casefold()) and is_boilerplate("Écouter cet article".casefold())


def test_a_paywall_notices_button_under_it_is_no_subheading() -> None:
    box = ("This article is for subscribers only.", "Already a subscriber? Log in", "Keep reading")
    labels = labels_by_text(_page("\n".join(box)))
    assert labels["Keep reading"] == Label.CHROME
    # a short subheading in a block of its own over the next paragraph is still the text's
    labels = labels_by_text(_page("\n".join(box[:2]) + "\n\nA summer of repairs"))
    assert labels["A summer of repairs"] == Label.BODY


def test_the_note_that_a_piece_appeared_in_a_numbered_print_issue() -> None:
    for note in (
        "Cet article a été publié dans notre édition papier n° 87.",
        "Wywiad ukazał się w numerze 12/2024 miesięcznika.",
        "Dieses Interview erschien in der Ausgabe 3/2024 unseres Magazins.",
        "Esta entrevista fue publicada en la edición impresa del domingo.",
    ):
        assert is_boilerplate(note.casefold()), note
    # the text citing an earlier report of the paper is no note
    assert not is_boilerplate("Comme nous l'écrivions dans notre édition du 3 mai, le maire a démissionné.".casefold())


def test_the_yoruba_and_igbo_read_this_too_before_a_link() -> None:
    assert is_related_link("ka èyí náà: àjọ̀dún olójó bẹ̀rẹ̀ ní ilé-ifẹ̀")
    assert is_related_link("ka eyi naa: ajodun olojo bere ni ile-ife")
    assert is_related_link("gụọ nke a: ndị ọrụ ugbo na-eme emume")


def test_a_heading_over_rows_of_figures_closes_the_article() -> None:
    rows = ("Damage reported", "Hill Farm: 85 families affected", "Mill Lane: 120 families affected",
            "Church Row: 64 families affected")  # fmt: skip
    text = f"{MENU}\n\nFloods hit the valley\n\n" + "\n\n".join(_STORY) + "\n\n" + "\n".join(rows)
    labels = labels_by_text(text + "\n\nTags: floods | valley\n\n" + MOST_READ + "\n")
    assert [labels[line] for line in rows] == [Label.BODY] * len(rows)
