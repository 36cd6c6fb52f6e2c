"""Session 44's attribution fixes after the first score of dumps_ml75's page attributions (0.861 found / 0.886
precision): each names a general shape of news pages' credits, with a negative where the shape could overreach. The
Sesotho picture cue and "according to" in Lesotho's spelling; a name closing on "News Agency" is an agency, known or
not; federations, associations and a government's directorates cited for figures are no source; a desk after the
agency's slash names no one; a Persian word keeps its zero-width non-joiner; a place-first Persian wire dateline naming
its agency by the word for one; the bracketed agency of a sign-off under the text beside its writer; a wire's
full-width bracket alone under the text ("（共同）"). Examples are invented, not the set's lines.
"""

from __future__ import annotations

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions
from tasks.credits.signed_lines import signed_below
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.wire_citations import dateline_citations
from tasks.text.segment import segment_text
from tests.page_fixtures import MENU, MOST_READ
from tests.role_records import AGENCY, AUTHOR, PHOTO, SOURCE, role_records


def _records(page: str) -> list[tuple[AttributionKind, str | None]]:
    return [(f.kind, f.name) for f in extract_attributions(segment_text(page))]


def test_sesotho_picture_cue_and_according_to_in_lesothos_spelling() -> None:
    assert role_records("credit", "Setšoantšo: Thabo Mohapi") == [(PHOTO, "Thabo Mohapi")]
    assert role_records("credit", "Mongoli: Lerato Mokhele") == [(AUTHOR, "Lerato Mokhele")]
    assert role_records("body", "Ho ea ka Lesotho Times, tsela e tla buloa ka Mphalane.") == [(SOURCE, "Lesotho Times")]


def test_a_name_closing_on_the_words_for_a_news_agency_is_an_agency() -> None:
    assert role_records("body", "According to the Botswana Press Agency, the dam is now 80 percent full.") == [
        (AGENCY, "Botswana Press Agency")
    ]
    assert role_records("body", "The dam is now 80 percent full, the Swazi News Agency reported.") == [
        (AGENCY, "Swazi News Agency")
    ]
    # a paper stays a source
    assert role_records("body", "According to the Okavango Times, the dam is now 80 percent full.") == [
        (SOURCE, "Okavango Times")
    ]


def test_federations_associations_and_directorates_cited_for_figures_are_no_source() -> None:
    assert role_records("body", "Segons la Federació d'Empreses Turístiques, l'ocupació va caure un 12%.") == []
    assert role_records("body", "Selon la Fédération régionale des pêcheurs, les prises ont baissé de 30 %.") == []
    assert role_records("body", "Según datos de la Dirección de Tránsito de Itapúa, cruzaron 20.000 vehículos.") == []
    # a paper cited so is a source
    assert role_records("body", "Según La Nación, cruzaron la frontera unas 20.000 personas.") == [
        (SOURCE, "La Nación")
    ]


def test_a_desk_after_the_agencys_slash_names_no_one() -> None:
    assert role_records("credit", "Foto: EFE / Corresponsalía Cusco") == [(PHOTO, "EFE")]
    assert role_records("credit", "Foto: EFE / Ana Quispe") == [(PHOTO, "EFE"), (PHOTO, "Ana Quispe")]


def test_a_persian_name_keeps_its_zero_width_non_joiner() -> None:
    assert role_records("body", "به گزارش خبرگزاری جنوب‌شرق، این پل در سال ۱۳۲۰ ساخته شده است.") == [(AGENCY, "جنوب‌شرق")]


def test_a_persian_dateline_naming_its_agency_by_the_word_for_one() -> None:
    found = dateline_citations("بیرجند - خبرگزاری جنوب‌شرق:", load_gazetteer())
    assert [(c.kind, c.name) for c in found] == [(AGENCY, "خبرگزاری جنوب‌شرق")]
    # a person after the place's dash is no agency
    assert dateline_citations("بیرجند - علی رضایی:", load_gazetteer()) == []


def test_a_sign_off_under_the_text_with_its_writers_agency_in_brackets() -> None:
    found = signed_below("Thu Hà (TTXVN)", 9, load_gazetteer())
    assert [(f.kind, f.name) for f in found] == [(AUTHOR, "Thu Hà"), (AGENCY, "TTXVN")]
    # a place in brackets credits no agency
    assert signed_below("Gdańsk (Polska)", 9, load_gazetteer()) == []


_JAPANESE = (
    "能登半島地震で被害を受けた石川県珠洲市の酒蔵が、仮設の蔵で今季の仕込みを始めたことが10日、分かった。",
    "蔵元によると、県外の酒蔵から借りた設備を使い、例年の半分ほどの量を造る予定だという。",
)


def test_a_wires_full_width_bracket_alone_under_the_text_signs_it() -> None:
    page = (
        f"{MENU}\n\n珠洲の酒蔵、仮設蔵で仕込み再開\n\n"
        + "\n\n".join(_JAPANESE)
        + "\n\nこの記事は会員限定です。登録すると続きをお読みいただけます。\nログインして続きを読む\n\n（共同）\n\n"
        + f"{MOST_READ}\n"
    )
    assert (AGENCY, "共同") in _records(page)
    assert (PHOTO, "共同") not in _records(page)
    # the same bracket under the head's caption, over the text, credits the picture
    head = f"{MENU}\n\n珠洲の酒蔵、仮設蔵で仕込み再開\n\n仮設の蔵で作業する蔵人たち＝10日、石川県珠洲市\n（共同）\n\n"
    assert (PHOTO, "共同") in _records(head + "\n\n".join(_JAPANESE) + f"\n\n{MOST_READ}\n")
