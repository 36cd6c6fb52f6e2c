"""Session 48's attribution fixes after the first score of dumps_ml83's page attributions (0.940 found / 0.970
precision), each a pattern family wider than the page that showed it: the Kurmanji and Sorani "writer:" byline; a
desk's name opened by its head noun (Hebrew "מערכת") after a byline's cue; the Maghrebi "Ait" particle inside a name
after the outlet's dash; a town council or government in Basque as an official, no source; a gallery's credit in the
head above its slides. Examples are invented, not the set's lines.
"""

from __future__ import annotations

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions
from tasks.text.segment import segment_text
from tests.page_fixtures import MENU, MOST_READ
from tests.role_records import AUTHOR, PHOTO, SOURCE, role_records


def _records(page: str) -> list[tuple[AttributionKind, str | None]]:
    return [(f.kind, f.name) for f in extract_attributions(segment_text(page))]


def test_the_kurdish_writer_cue_before_its_colon() -> None:
    assert role_records("credit", "Nivîskar: Berfîn Akreyî") == [(AUTHOR, "Berfîn Akreyî")]
    assert role_records("credit", "نووسەر: ئاری محەمەد") == [(AUTHOR, "ئاری محەمەد")]
    assert role_records("credit", "Nivîskarên me") == []  # a menu's "our writers", no colon


def test_a_desk_opened_by_its_head_noun_after_the_cue_is_no_writer() -> None:
    assert role_records("credit", "מאת מערכת חדשות הגליל") == []
    assert role_records("credit", "מאת נועה ברק") == [(AUTHOR, "נועה ברק")]


def test_the_ait_particle_inside_a_maghrebi_name_after_the_outlets_dash() -> None:
    assert role_records("byline", "سوس بريس – عبد الكريم أيت وعلي") == [(AUTHOR, "عبد الكريم أيت وعلي")]
    assert role_records("byline", "سوس بريس – محمد أولاد علي") == [(AUTHOR, "محمد أولاد علي")]


def test_the_basque_council_and_government_are_officials_no_source() -> None:
    assert role_records("body", "Udalak jakinarazi duenez, bihar irekiko dute igerilekua herritarrentzat.") == []
    assert role_records("body", "Gobernuak jakinarazi duenez, bihar irekiko dute igerilekua herritarrentzat.") == []
    # a paper's name before the same verb is still cited (its ergative "-k" left on it, as before)
    assert [kind for kind, _ in role_records("body", "Berriak jakinarazi duenez, bihar irekiko dute igerilekua.")] == [
        SOURCE
    ]


_BASQUE = (
    "Jende askok hartu zuen parte atzo herriko jaietan, eta kaleak goizetik gauera arte bete ziren.",
    "Udaltzainek adierazi zutenez, ez zen inolako istilurik izan, eta jaiak giro onean amaitu ziren.",
)


def test_a_gallerys_credit_in_the_head_above_its_slides() -> None:
    slides = "\n".join(line for k in range(1, 8) for line in (f"{k} / 7", f"Herriko plaza, {k}. argazkia."))
    page = (
        f"{MENU}\n\nArgazki galeria\nJaiak, irudietan\n2024ko abuztuaren 15a\nArgazkiak: Miren Etxeberria\n\n"
        f"{slides}\nHurrengo argazkia →\n\n" + "\n\n".join(_BASQUE) + f"\n\n{MOST_READ}\n"
    )
    assert (PHOTO, "Miren Etxeberria") in _records(page)
