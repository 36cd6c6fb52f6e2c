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


EN_POST = [
    "Our weekly roundup is back, with the stories readers sent us about their towns and the odd things found there.",
    "As always, tell us what we missed in the comments and we will add the best finds to next week's list.",
]
# the post's own paragraphs around the list, long enough that no second opinion is asked for
EN_INTRO = "".join(
    f"<p>{line}</p>"
    for line in (
        "This week the letters came from the coast, from two mountain villages and from a suburb that has, its"
        " residents insist, the oldest working fountain in the region, still fed by the spring it was built on.",
        "We read every one of them, checked what could be checked with a phone call or two, and picked the four"
        " below, which between them cover a vote, a flood, a stubborn clock and a library that keeps surprising us.",
    )
)


def _linked_list(items: list[tuple[str, str]]) -> str:
    return "<ul>" + "".join(f'<li><a href="/x{i}">{a}</a>{b}</li>' for i, (a, b) in enumerate(items)) + "</ul>"


def test_a_list_whose_items_say_something_after_their_links_is_the_post() -> None:
    roundup = _linked_list([
        ("A town that paints every one of the benches in its parks in new colours each spring",
         " – the colours are chosen by a school vote"),
        ("The bakery by the harbour that never closed its doors during the whole week of floods",
         " – neighbours rowed over for bread at dawn"),
        ("Why the old clock tower on the market square has run six minutes late for forty years",
         " – nobody wants to be the one to fix it"),
        ("A small village library that now lends out fishing rods along with its books and maps",
         " – the river is two streets from the door"),
    ])  # fmt: skip
    body = extracted_body(f'<html lang="en"><body><article><h1>Roundup</h1><p>{EN_POST[0]}</p>{EN_INTRO}{roundup}'
                          f"<p>{EN_POST[1]}</p></article></body></html>".encode())  # fmt: skip
    assert "rowed over for bread" in body and "paints every one" in body
    # a box of bare links between the paragraphs is still a link box
    links = _linked_list([(f"Another story about a town and its people, number {n}", "") for n in range(1, 5)])
    body = extracted_body(f'<html lang="en"><body><article><h1>Roundup</h1><p>{EN_POST[0]}</p>{EN_INTRO}{links}'
                          f"<p>{EN_POST[1]}</p></article></body></html>".encode())  # fmt: skip
    assert "number 2" not in body and "weekly roundup" in body
