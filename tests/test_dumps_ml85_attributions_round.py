"""Session 49's attribution fixes after the first score of dumps_ml85's page attributions (0.881 found / 0.963
precision), each a pattern family wider than the page that showed it: "archive" as the whole of a picture credit in
Amharic, Tigrinya, Tajik, Lao and Hausa (a nameless credit); the Lao "by:" opening a byline; the bare noun "photo"
before a supplier's acronym alone on its line; the Pashto "citing" after the outlet; the Spanish, Portuguese and
Italian noun "interview" before its colon crediting the interviewer; the writer's name after the town's dash over
the date under the standfirst. Examples are invented, not the set's lines.
"""

from __future__ import annotations

from schemas import AttributionKind
from tasks.credits.attribution import extract_attributions
from tasks.text.segment import segment_text
from tests.page_fixtures import MENU, MOST_READ
from tests.role_records import AGENCY, AUTHOR, PHOTO, role_records


def _records(page: str) -> list[tuple[AttributionKind, str | None]]:
    return [(f.kind, f.name) for f in extract_attributions(segment_text(page))]


def test_archive_as_the_whole_of_a_picture_credit_names_no_one() -> None:
    assert role_records("credit", "ፎቶ፡ ከማህደር") == [(PHOTO, None)]
    assert role_records("credit", "Акс: аз бойгонӣ") == [(PHOTO, None)]
    # a supplier's name after the same cue is still read
    assert role_records("credit", "ፎቶ፡ ዋልታ") == [(PHOTO, "ዋልታ")]


def test_the_lao_by_before_its_colon_opens_a_byline() -> None:
    assert role_records("credit", "ໂດຍ: ບຸນມີ ສີສຸວັນ") == [(AUTHOR, "ບຸນມີ ສີສຸວັນ")]
    # a sentence opening with "especially" (ໂດຍສະເພາະ) is no byline
    assert role_records("credit", "ໂດຍສະເພາະ ນັກທ່ອງທ່ຽວຈາກຈີນ ເພີ່ມຂຶ້ນ.") == []


def test_the_bare_photo_noun_before_a_suppliers_acronym() -> None:
    assert role_records("credit", "Photo ABPN") == [(PHOTO, "ABPN")]
    assert role_records("credit", "Foto KPZ") == [(PHOTO, "KPZ")]
    # a section's word in capitals after the noun is a menu's link, two capitals the nameless "DR"
    assert role_records("credit", "Photo NEWS") == []
    assert role_records("credit", "Photo DR") == [(PHOTO, None)]


def test_the_pashto_citing_after_the_outlet() -> None:
    text = "د باختر خبري آژانس په حواله، په ولایت کې د نارنجو حاصل سږکال ډېر شوی دی."
    assert role_records("body", text) == [(AGENCY, "باختر خبري آژانس")]


def test_the_interview_noun_before_its_colon_credits_the_interviewer() -> None:
    assert role_records("credit", "Entrevista: Lucía Pérez Ortega") == [(AUTHOR, "Lucía Pérez Ortega")]
    assert role_records("credit", "Intervista: Marco Bianchi") == [(AUTHOR, "Marco Bianchi")]
    # the noun opening a heading, no colon, names no one
    assert role_records("credit", "Entrevista exclusiva con Lucía Pérez") == []


_ARABIC = (
    "أعلنت السلطات المحلية بالإقليم عن افتتاح المكتبة العمومية الجديدة أمام الزوار بعد أشغال دامت عامين كاملين.",
    "وتضم المكتبة قاعة للمطالعة وأخرى للأطفال، إضافة إلى فضاء رقمي مجهز بعشرين حاسوبا لفائدة التلاميذ والطلبة.",
    "وقال مدير المكتبة إن الإقبال كان كبيرا منذ اليوم الأول، وإن برنامجا ثقافيا سيرافق الافتتاح طيلة الشهر.",
)


def _head_page(byline: str) -> str:
    standfirst = "مكتبة جديدة تفتح أبوابها في وسط المدينة بعد سنتين من الأشغال، مع قاعة للأطفال وفضاء رقمي."
    head = f"افتتاح المكتبة العمومية الجديدة\n\n{standfirst}\n\n{byline}\nالأحد 12 ماي 2024 - 10:45"
    return f"{MENU}\n\n{head}\n\n" + "\n\n".join(_ARABIC) + f"\n\n{MOST_READ}\n"


def test_the_writer_after_the_towns_dash_over_the_date_under_the_standfirst() -> None:
    assert (AUTHOR, "يوسف أيت علي") in _records(_head_page("ورزازات - يوسف أيت علي"))
    # a long line with a dash over the date is a kicker or a headline, no byline
    assert not [name for kind, name in _records(_head_page("ورزازات - افتتاح المكتبة العمومية الجديدة في وسط المدينة"))
                if kind == AUTHOR]  # fmt: skip
