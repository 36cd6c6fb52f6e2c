"""Session 45's segmenter fixes after the first score of dumps_ml77 (body F1 0.959, P 0.950, R 0.968, one page below
0.2): the tags line's label in the languages that lacked one ("Emner: …"); read-also lines in the
Spanish, French and Italian forms the vocabulary lacked and in Pashto; the closing note of the public schemes that fund
local reporting (New Zealand, Canada); a wire's sign-off written with a double hyphen ("-- BERNAMA"). Examples are
invented, not the set's lines.
"""

from __future__ import annotations

from schemas import Label
from tasks.lexicon.boilerplate import is_boilerplate
from tasks.lexicon.sentence_signoffs import agency_signs_after_sentence
from tasks.text.related_lines import is_related_link
from tests.page_fixtures import MENU, MOST_READ, labels_by_text

_DANISH = (
    "Et dansk-tysk konsortium vil samle vindmøller til to nye havmølleparker i Nordsøen fra havnen i Esbjerg.",
    "Aftalen blev underskrevet tirsdag og løber foreløbig i fem år, og konsortiet lejer 25 hektar på havnen.",
    "Ifølge fagforeningen er der allerede mangel på svejsere og kranførere i området omkring havnen nu.",
)


def test_the_tags_line_under_the_text_is_its_foot_in_the_languages_that_lacked_its_label() -> None:
    for label in ("Emner", "Ämnen", "Argomenti", "Trefwoorden", "Aiheet"):
        assert is_related_link(f"{label.casefold()}: esbjerg havn, havvind, job")
    closing = "Arbejdet begynder efter planen i foråret."
    page = (
        f"{MENU}\n\nNy kontrakt til havnen\n\n" + "\n\n".join(_DANISH) + f"\n\n{closing}\n\nEmner: Esbjerg, havvind\n\n"
    )
    labels = labels_by_text(page + "Del: Facebook · Mail\n\n" + MOST_READ + "\n")
    assert labels[closing] == Label.BODY


def test_read_also_in_the_forms_the_vocabulary_lacked_and_in_pashto() -> None:
    assert is_related_link("lea más: el precio de la caña bajó un 15 %")
    assert is_related_link("lisez aussi : la route nationale rouverte")
    assert is_related_link("دا هم ولولئ: د تورخم لاره بیا پرانیستل شوه")
    assert not is_related_link("más: el precio de la caña")


def test_the_closing_note_of_the_schemes_that_fund_local_reporting() -> None:
    assert is_boilerplate("ldr is local body journalism co-funded by rnz and nz on air.")
    assert is_boilerplate(
        "this reporter is funded by the government of canada through the local journalism initiative."
    )
    # the scheme named in a sentence is no note
    assert not is_boilerplate("the council told local democracy reporting it would review the plan.")


def test_a_wires_sign_off_with_a_double_hyphen_closes_the_paragraph() -> None:
    assert agency_signs_after_sentence('"Kami bergantung pada laut," katanya. -- BERNAMA')
    assert agency_signs_after_sentence("Harga ikan naik dua kali ganda. — BERNAMA")
    # a double hyphen before a word no wire's name
    assert not agency_signs_after_sentence("Harga ikan naik dua kali ganda. -- Nelayan")


_ENGLISH = (
    "The old mountain road was crowded at dawn as pilgrims came to watch the fog lift over the nine hairpin bends.",
    "Traffic police closed the upper lane for two hours while buses and lorries crawled down towards the valley.",
    "Tea stalls at the pass opened early, and their owners said the winter season had been the busiest in years.",
    "The district council plans to widen three of the bends next year and to add lights along the steepest part.",
    "Police asked drivers to slow down and keep their headlights on between five and eight in the morning.",
)


def test_a_gallerys_counters_alone_inside_the_text_are_no_table_cells() -> None:
    slides = "1/3\nThe seventh bend at six\n2/3\nA bus in the fog\n3/3\nTea at the pass"
    page = f"{MENU}\n\nFog on the pass\n\n" + "\n\n".join([*_ENGLISH[:3], slides, *_ENGLISH[3:]])
    labels = labels_by_text(page + f"\n\n{MOST_READ}\n")
    assert all(labels[p] == Label.BODY for p in _ENGLISH)
    assert all(labels[c] == Label.CHROME for c in ("1/3", "2/3", "3/3"))
    # figures that do not count on by one are no gallery's counters: they stay the cells they were
    odd = "1/3\nThe seventh bend at six\n7/9\nA bus in the fog\n2/5\nTea at the pass"
    labels = labels_by_text(page.replace(slides, odd) + f"\n\n{MOST_READ}\n")
    assert labels["7/9"] == Label.BODY
