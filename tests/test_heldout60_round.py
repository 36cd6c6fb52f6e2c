"""Rules of the heldout60 round (session 36): each names a shape of news pages seen on the blind pages
tests/data/html_meta/heldout60-*, written at the end of session 35 by a helper who read nothing of the project and
scored once before any change; general across sites, with a negative where the shape could overreach. The set's
scores are pinned in tests/test_meta_quality.py. Every line below was written for this test.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tasks.credits.date_lines import date_of_line
from tasks.credits.names import clean_author_names
from tests.test_heldout4_round import BODY, _process

NOW = datetime(2026, 12, 1, tzinfo=UTC)
KU_STORY = (
    "<div class='text'>"
    + "".join(
        f"<p>{line}</p>"
        for line in (
            "<strong>WAN</strong> - Li bajarê Wanê şaredariyê xebatên nû yên avê dest pê kirin û gelek tax bê av man.",
            "Karmendên şaredariyê dibêjin ku xebat dê heta dawiya mehê bidome û av dê piştî wê were dayîn.",
            "Niştecihên taxê daxwaz dikin ku tankerên avê heta wê demê li kolanan bimînin û alîkarî were kirin.",
        )
    )
    + "</div>"
)


def test_a_kurmanji_date_shown_under_the_headline() -> None:
    # "<div class="meta"><span>3 Mijdar 2025 Duşem 00:40</span></div>" under the headline, the JSON-LD's time in UTC
    # the evening before (2025-11-02T21:40:00Z): the Kurmanji month names, which dateparser has no locale for, read
    # as the English ones, so the page's local day wins as any other language's
    assert date_of_line("3 Mijdar 2025 Duşem 00:40", NOW, "ku") == (datetime(2025, 11, 3, 0, 40, tzinfo=UTC), False)
    assert date_of_line("21 Tîrmeh 2024", NOW, "ku") == (datetime(2024, 7, 21, tzinfo=UTC), False)
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Li Wanê xebatên avê dest pê kirin",'
        ' "datePublished": "2025-11-02T21:40:00Z", "author": {"@type": "Organization", "name": "Ajansa Nûçeyan"}}'
        "</script>"
    )
    meta = '<div class="meta"><span>3 Mijdar 2025 Duşem 00:40</span></div>'
    _, day, _ = _process(head, f"<article><h1>Li Wanê xebatên avê dest pê kirin</h1>{meta}{KU_STORY}</article>", "ku")
    assert day == "2025-11-03"
    # a sentence that names a month among other words is no date line
    sentence = "Li gorî şaredariyê xebat dê di meha Mijdarê de li hemû taxan bidome û biqede"
    assert date_of_line(sentence, NOW, "ku") is None


def test_a_faroese_surname_opened_by_its_place_particle() -> None:
    # '<meta name="author" content="Sámal í Gerðinum">', "Skrivað hevur: <a>Sámal í Gerðinum</a>": the Faroese "í",
    # "á", "við" before a farm's name inside a surname, lower case as "van" or "de"
    assert clean_author_names(["Rógvi á Lakjuni"], "fo") == ["Rógvi á Lakjuni"]
    assert clean_author_names(["Turið í Dali og Jens við Streym"], "fo") == ["Turið í Dali", "Jens við Streym"]
    head = '<meta name="author" content="Rógvi á Lakjuni"><meta property="og:site_name" content="Oyggjatíðindi">'
    info = '<div class="info">Skrivað hevur: <a href="/hovundar/rogvi">Rógvi á Lakjuni</a> · 4. mars 2025</div>'
    _, _, authors = _process(head, f"<article><h1>Nýggj ferja til Sandoyar</h1>{info}{BODY}</article>", "fo")
    assert authors == ["Rógvi á Lakjuni"]
    # another lower-case word inside the part still makes it no name
    assert clean_author_names(["Rógvi skrivaði um Lakjuni"], "fo") == []


def test_two_arabic_names_parted_by_the_arabic_comma() -> None:
    # '<div class="byline">الدمام - خالد الشمري، نورة القحطاني</div>': the filing place, a dash, then two writers
    # parted by the Arabic comma "،", which the name cleaner split as it splits a Latin comma
    assert clean_author_names(["خالد الشمري، نورة القحطاني"], "ar") == ["خالد الشمري", "نورة القحطاني"]
    assert clean_author_names(["خالد الشمري؛ نورة القحطاني"], "ar") == ["خالد الشمري", "نورة القحطاني"]
    head = '<meta name="author" content="صحيفة الشرق"><meta property="og:site_name" content="صحيفة الشرق">'
    byline = '<div class="byline">الدمام - خالد الشمري، نورة القحطاني</div>'
    story = "".join(
        f"<p>{line}</p>"
        for line in (
            "أعلنت أمانة المنطقة الشرقية اليوم بدء أعمال تطوير الكورنيش الجنوبي بطول خمسة كيلومترات في الدمام.",
            "وقالت الأمانة إن المشروع يشمل ممرات للمشاة ومسارات للدراجات ومساحات خضراء ومواقف جديدة للسيارات.",
            "ومن المتوقع أن تنتهي المرحلة الأولى من المشروع خلال ثمانية عشر شهرا وفق الجدول الزمني المعلن.",
        )
    )
    _, _, authors = _process(head, f"<article><h1>بدء تطوير الكورنيش الجنوبي</h1>{byline}{story}</article>", "ar")
    assert sorted(authors) == ["خالد الشمري", "نورة القحطاني"]
    # one writer after the place stays one name
    assert clean_author_names(["الدمام - خالد الشمري"], "ar") == ["خالد الشمري"]


RU_STORY = "".join(
    f"<p>{line}</p>"
    for line in (
        "В Биробиджане после ремонта открылся детский бассейн, закрытый на реконструкцию два года назад.",
        "Подрядчик заменил чаши, систему очистки воды и раздевалки, а также обустроил пандус для колясок.",
        "Первые занятия для школьников начнутся в понедельник, запись ведётся через портал госуслуг.",
    )
)
RU_HEAD = '<meta name="author" content="ЕАО-Новости"><meta property="og:site_name" content="ЕАО-Новости">'


def test_a_signature_paragraph_named_by_its_class() -> None:
    # '<p class="sign">Анна Ли</p>' under the last paragraph of an old agency's table layout: the writer's signature,
    # named so by its class as a right-aligned or italic one is set apart by its markup
    headline = "<h1>Детский бассейн открылся после ремонта</h1>"
    page = f"<table><tr><td class='center'><div class='newsbody'>{headline}{RU_STORY}"
    signed = page + "<p class='sign'>Анна Ли</p></div></td></tr></table>"
    assert _process(RU_HEAD, signed, "ru")[2] == ["Анна Ли"]
    # a picture's signature (its caption: "photo-sign") closing the text names no writer
    captioned = page + "<img src='/b.jpg'><p class='photo-sign'>Анна Ли</p></div></td></tr></table>"
    assert _process(RU_HEAD, captioned, "ru")[2] == []
    # nor does the class before the end of the text
    middle = f"<div class='newsbody'>{headline}<p class='sign'>Анна Ли</p>"
    assert _process(RU_HEAD, middle + RU_STORY + "</div>", "ru")[2] == []
