"""Session 46's segmenter fix after the first score of dumps_ml79 (body F1 0.966, P 0.957, R 0.975): the article's
foot is also a share bar set on one line ("Jaga: Facebook | X | E-post"), whatever the language of its label, so the
one-sentence paragraph alone in its block over it closes the article (three pages of the set, in Faroese, Kurmanji and
Mongolian, lost that sentence as a list's item). Examples are invented, not the set's lines.
"""

from __future__ import annotations

from schemas import Label
from tasks.text.read_also import is_share_bar_line
from tests.page_fixtures import MENU, MOST_READ, labels_by_text

_ESTONIAN = (
    "Pärnu sadamas algas teisipäeval uue kalasadama ehitus, mis peaks valmima järgmise aasta sügiseks.",
    "Linnavalitsuse teatel maksab ehitus ligi neli miljonit eurot ning suurema osa rahast annab Euroopa Liit.",
    "Kalurid ütlesid, et vana kai on nii halvas seisus, et suuremad paadid ei saa seal enam randuda.",
)


def _page(closing: str, bar: str) -> dict[str, str]:
    text = f"{MENU}\n\nPärnu saab uue kalasadama\n\n" + "\n\n".join(_ESTONIAN) + f"\n\n{closing}\n\n{bar}\n\n"
    return labels_by_text(text + MOST_READ + "\n")


def test_a_closing_sentence_over_a_share_bar_on_one_line_closes_the_article() -> None:
    closing = "Ehitus kestab kaks aastat."
    assert _page(closing, "Jaga: Facebook | X | E-post")[closing] == Label.BODY
    assert _page(closing, "Поделиться: ВКонтакте · Telegram · WhatsApp")[closing] == Label.BODY


def test_a_sites_prompt_over_the_share_bar_is_no_sentence_of_the_text() -> None:
    prompt = "Liitu meie kanaliga Telegramis!"
    assert _page(prompt, "Jaga: Facebook | X | E-post")[prompt] != Label.BODY


def test_a_share_bar_on_one_line_holds_a_networks_button() -> None:
    assert is_share_bar_line("Parve bike: Facebook | X | Telegram | WhatsApp")
    assert is_share_bar_line("Facebook · Twitter · E-mail")
    assert not is_share_bar_line("Facebook")  # one button alone: the share_button rule's
    assert not is_share_bar_line("Tulemused: Pärnu | Tartu | Tallinn")  # a bar of other links
    assert not is_share_bar_line("Jaga: Facebooki postitus kogus tuhandeid jagamisi | Telegram")  # not buttons
