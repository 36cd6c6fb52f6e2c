"""Page metadata rules of the heldout76 round (session 44): each names a page shape seen on the blind pages of
tests/data/html_meta (heldout76-*, written at the end of session 43 by a helper who read nothing of the project and
scored once before any change), general across sites, with negatives where the shape could overreach; the set's
scores are pinned in tests/test_meta_quality.py. Every page and line below was written for this test."""

from __future__ import annotations

from tasks.credits.date_lines import date_of_line
from tasks.lexicon.attached_and import attached_and_names
from tasks.lexicon.credit_lines import parse_credit_line
from tests.test_heldout4_round import BODY, _process
from tests.test_heldout74_round import NOW, _day

AR_BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "انطلقت أشغال تهيئة السوق البلدي بالمدينة بعد سنوات من الانتظار، وفق ما أفادت به مصادر من البلدية.",
        "وتشمل الأشغال تجديد الأسقف وتركيب شبكة جديدة للتنوير وتهيئة فضاء لوقوف السيارات قرب المدخل الرئيسي.",
        "ومن المنتظر أن تنتهي الأشغال قبل حلول فصل الصيف المقبل حسب تصريحات المسؤولين المحليين بالجهة.",
    )
)
KO_BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "시는 내년 상반기까지 호수 주변 산책로의 조명을 모두 발광다이오드로 바꾸고 안내판도 새로 설치한다고 밝혔다.",
        "시 관계자는 야간에 산책하는 시민이 늘어 안전을 위해 조명을 밝게 바꾸기로 했다고 설명했다.",
        "사업비는 모두 12억원으로 국비와 시비가 절반씩 투입되며 공사는 다음 달부터 구간별로 진행된다.",
    )
)


def test_the_thai_published_and_updated_labels_in_their_bare_forms() -> None:
    # a Thai portal's info bar, its spans joined: "เผยแพร่:" (published) with the date in the Buddhist era, then
    # "ปรับปรุง:" (revised) and the next day's: the published day is the page's
    line = "เผยแพร่: 3 มี.ค. 2568 10:15 น. ปรับปรุง: 4 มี.ค. 2568 08:00 น."
    assert _day(line, "th") == "2025-03-03"
    # the revised date alone is an update's
    dated = date_of_line("ปรับปรุง: 4 มี.ค. 2568 08:00 น.", NOW, "th")
    assert dated is not None and dated[1]


def test_the_arabic_correspondent_after_the_datelines_place_and_paper() -> None:
    # a Maghreb paper's dateline opening the text: the place, the paper, then "من مراسلنا" (from our correspondent)
    line = "صفاقس – الصباح الجديد – من مراسلنا كريم الطرابلسي"
    credit = parse_credit_line(line)
    assert credit is not None and credit.name == "كريم الطرابلسي"
    dateline = f"<p class='dateline'><strong>{line}</strong></p>"
    head, h1 = "<title>انطلاق أشغال تهيئة السوق البلدي</title>", "<h1>انطلاق أشغال تهيئة السوق البلدي</h1>"
    assert _process(head, f"<article>{h1}<div class='article-body'>{dateline}{AR_BODY}</div></article>", "ar")[2] == [
        "كريم الطرابلسي"
    ]
    # the bar mark's byline still reads after its place alone; a sentence's lower-case words before a dash open none
    barred = parse_credit_line("Bamberg · Von Lukas Dörfler · 17.04.2024")
    assert barred is not None and barred.name == "Lukas Dörfler"
    assert parse_credit_line("Sie sagte – Von Anna Schmidt") is None


def test_a_persian_menu_of_sections_is_no_pair_of_names() -> None:
    # a Persian site's menu in its header: the و opening "ورزشی" (sports) is no "and" between two names
    assert attached_and_names("استانی سیاسی اقتصادی فرهنگی ورزشی اجتماعی عکس", "fa") == []
    # two people's names joined by an attached و still part
    assert attached_and_names("مریم احمدی وسعید رضایی", "fa") == ["مریم احمدی", "سعید رضایی"]


def test_the_headline_under_a_logo_only_h1_is_a_later_heading() -> None:
    # a Korean paper's NDSoft template: the <h1> holds the logo's image alone, the headline is an <h3 class="heading">
    # with the "[단독]" (exclusive) label's span inside it, og:title and <title> both carry the label
    headline = "호수 산책로 조명 내년까지 모두 교체"
    head = f"<title>[단독] {headline} - 동해신문</title><meta property='og:title' content='[단독] {headline}'>"
    logo = "<h1 id='user-logo'><a href='/'><img src='/logo.png' alt='동해신문'></a></h1>"
    h3 = f"<h3 class='heading'><span class='label-exclusive'>[단독]</span> {headline}</h3>"
    assert _process(head, f"{logo}<section>{h3}</section><article>{KO_BODY}</article>", "ko")[0] == headline
    # an <h1> with the headline's text is read as before: its label is the og:title's, which stands
    h1 = f"<h1>[단독] {headline}</h1>"
    assert _process(head, f"<section>{h1}</section><article>{KO_BODY}</article>", "ko")[0] == f"[단독] {headline}"


def test_a_label_span_named_lbl_inside_the_headline_is_no_part_of_it() -> None:
    # "<span class="lbl">TYLKO U NAS</span>" (only with us) glued onto a Polish headline, og:title worded otherwise
    head = (
        "<title>Most na rzece zostanie odnowiony - Gazeta</title><meta property='og:title' content='Most do remontu'>"
    )
    h1 = "<h1><span class='lbl'>TYLKO U NAS</span>Stary most na rzece zostanie odnowiony</h1>"
    assert _process(head, f"<article>{h1}{BODY}</article>", "pl")[0] == "Stary most na rzece zostanie odnowiony"
