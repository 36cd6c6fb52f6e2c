"""Rules of the html_ml32 round (session 28): each names a shape of news pages seen on the blind pages
tests/data/html_ml32 (true article bodies), written at the end of session 27 by a helper who read nothing of the
project and scored once before any change; general across sites, with a negative where the shape could overreach.
The set's score is pinned in tests/test_quality.py (OWN_HTML_ML32). Every page and line below was written for this
test.
"""

from __future__ import annotations

from tasks.lexicon.credit_lines import parse_credit_line
from tasks.report.evaluate_html import extracted_body

DE_STORY = [
    "Der Stadtrat hat am Dienstag beschlossen, die Fußgängerzone im kommenden Sommer um zwei Straßen zu erweitern.",
    "Die Händler in der Altstadt begrüßen den Plan, fürchten aber lange Bauarbeiten in der Hauptsaison.",
    "Die Verwaltung will die Arbeiten deshalb in zwei Abschnitte teilen und im Herbst beginnen.",
]
AR_STORY = [
    "افتتحت البلدية صباح اليوم حديقة عامة جديدة في الحي الشمالي بعد عامين من أعمال التأهيل والتشجير.",
    "وتضم الحديقة ملاعب للأطفال ومسارات للمشي ومكتبة صغيرة مفتوحة للزوار طوال أيام الأسبوع.",
    "وقال رئيس البلدية إن المشروع سيتبعه تأهيل حديقتين أخريين في الأحياء الجنوبية خلال العام المقبل.",
]


def _body(lang: str, story: list[str], head: str, inside: str) -> str:
    text = "".join(f"<p>{p}</p>" for p in story[:2]) + inside + "".join(f"<p>{p}</p>" for p in story[2:])
    html = f'<html lang="{lang}"><body><article><h1>Schlagzeile</h1>{head}<div class="text">{text}</div></article>'
    return extracted_body(f"{html}</body></html>".encode())


def test_a_byline_after_the_info_bar_s_place() -> None:
    credit = parse_credit_line("Würzburg · Von Anna Körner ·")
    assert credit is not None and credit.name == "Anna Körner" and credit.cue == "Von"
    bar = '<p class="meta">Würzburg · <span class="author">Von Anna Körner</span> · <time>03.05.2024</time></p>'
    body = _body("de", DE_STORY, bar, "")
    assert "Körner" not in body and "Fußgängerzone" in body
    # a sentence's words before the bar, or no cue after it: no byline
    assert parse_credit_line("sie sagte · Von Anna Körner") is None
    assert parse_credit_line("Politik · Von der Leyen lobt die Einigung") is None


def test_an_arabic_subheading_opening_with_the_word_for_books_is_no_byline() -> None:
    assert parse_credit_line("كتب الرحلات في المقدمة") is None  # "travel books in the lead"
    body = _body("ar", AR_STORY, "", "<h2>كتب الرحلات في المقدمة</h2>")
    assert "كتب الرحلات في المقدمة" in body
    # a byline "wrote" opens stays one
    credit = parse_credit_line("كتب سامي يوسف")
    assert credit is not None and credit.name == "سامي يوسف"
