"""Session 43's segmenter fixes after the first score of dumps_ml73 (body F1 0.988, P 0.976, R 1.000): its four body
lines too many were furniture the vocabulary lacked, each a general shape of news pages: the "read this too" line
between paragraphs in Malayalam and Mongolian; the note under a submitted press release printed as received (Dutch
regional sites); "Reporting:" over a live blog's entries, the colon form of "Reporting by". Examples are invented, not
the set's lines.
"""

from __future__ import annotations

from schemas import AttributionKind, Label
from tasks.credits.attribution import extract_attributions
from tasks.text.related_lines import is_related_link
from tasks.text.segment import segment_text
from tests.page_fixtures import MENU, MOST_READ, labels_by_text


def test_read_this_too_between_paragraphs_in_malayalam_and_mongolian() -> None:
    assert is_related_link("ഇതുകൂടി വായിക്കൂ: കൊച്ചിയിൽ പുതിയ പാലം തുറന്നു")
    assert is_related_link("холбоотой мэдээ: дарханд шинэ эмнэлэг нээгдлээ")
    assert is_related_link("мөн уншаарай: улаанбаатарт утаа буурчээ")
    # the words inside a sentence of the text are no link's label
    assert not is_related_link("холбоотой мэдээ олон байгаа ч албан ёсны мэдэгдэл алга.")


_DUTCH = (
    "Vanaf maandag rijdt er elk half uur een extra bus tussen het station van Zutphen en het ziekenhuis.",
    "De proef duurt zes maanden en wordt betaald door de gemeente en de provincie Gelderland samen.",
    "Reizigers kunnen met hun ov-chipkaart of een bankpas inchecken, net als in de gewone stadsbus.",
    "Na de proef beslist de gemeenteraad of de extra lijn blijft rijden in het nieuwe dienstjaar.",
)


def test_the_note_under_a_submitted_press_release_is_furniture() -> None:
    note = "Dit is een ingezonden bericht en het is niet door de redactie bewerkt."
    page = f"{MENU}\n\nExtra bus naar ziekenhuis Zutphen\n\n" + "\n\n".join(_DUTCH) + f"\n\n{note}\n\n{MOST_READ}\n"
    labels = labels_by_text(page)
    assert labels[note] == Label.CHROME
    assert all(labels[p] == Label.BODY for p in _DUTCH)


_LIVE = (
    "Civil Defence says the river at Alexandra is expected to peak after midnight, and people should be ready to go.",
    "The council has opened an evacuation centre at the town hall. Mayor Ann Pike told reporters it would stay open.",
    "Police are visiting houses in low-lying streets and asking residents to take pets and medication with them.",
)


def test_reporting_and_a_colon_over_a_live_blog_is_its_byline() -> None:
    byline = "Reporting: Mere Tawhiri and Sam Doyle"
    times = ("5:40pm", "5:10pm", "4:45pm")
    entries = "\n\n".join(f"{time}\n{text}" for time, text in zip(times, _LIVE, strict=True))
    page = (
        f"{MENU}\n\nRiver rising: Alexandra told to prepare\n\nLive updates\n\n{byline}\n\n{entries}\n\n{MOST_READ}\n"
    )
    assert labels_by_text(page)[byline] != Label.BODY
    found = [(f.kind, f.name) for f in extract_attributions(segment_text(page))]
    assert (AttributionKind.AUTHOR, "Mere Tawhiri") in found and (AttributionKind.AUTHOR, "Sam Doyle") in found
