"""Rules of the heldout40 round (session 26): each names a shape of news pages seen on the blind pages
tests/data/html_meta/heldout40-*, written at the end of session 25 by a helper who read nothing of the project and
scored once before any change; general across sites, with a negative where the shape could overreach. The set's
scores are pinned in tests/test_meta_quality.py. Every line below was written for this test.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tasks.lexicon.date_text import parse_date_text
from tasks.lexicon.year_first_dates import year_first_reading
from tests.test_heldout4_round import _process

NOW = datetime(2026, 12, 1, tzinfo=UTC)

EN_BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "The district council has moved the deadline for market vendors to renew their permits to the end of May.",
        "Officials said the queue at the revenue office had grown too long for everyone to be served by March.",
        "Vendor groups welcomed the decision but asked the council to cut the renewal fee for small traders.",
    )
)


def test_the_feminine_arabic_wrote_opens_a_byline() -> None:
    body = (
        '<article><h1>المجلس البلدي يقر موازنة العام الجديد بعد جلسة طويلة</h1><div class="info">'
        '<span class="w">كتبت سلمى حداد</span></div><div class="text"><p>أقر المجلس البلدي مساء أمس موازنة العام الجديد'
        " بعد نقاش استمر ساعات حول بنود الإنفاق على الطرق والإنارة.</p><p>وطالب عدد من الأعضاء بزيادة المخصصات"
        " للحدائق العامة والمكتبات في الأحياء الشعبية.</p></div></article>"
    )
    _, _, authors = _process("<title>المجلس البلدي يقر موازنة العام الجديد بعد جلسة طويلة</title>", body, "ar")
    assert authors == ["سلمى حداد"]


def test_a_kyrgyz_date_year_first_with_the_month_in_the_possessive() -> None:
    assert year_first_reading("2025-жылдын 3-марты, 11:15") == "3-марты 2025, 11:15"
    when = parse_date_text("2025-жылдын 3-марты, 11:15", NOW, "ky")
    assert when is not None and when.date().isoformat() == "2025-03-03"
    # the Kazakh order, the day spaced from its month, reads as before
    assert year_first_reading("2026 жылғы 9 сәуір") == "9 сәуір 2026"


COMMENT = (
    "Ruth K., 02/03/2026: Every year the council promises that this will be the last extension, and every year the"
    " vendors in the old town are told to wait a little longer for the office to clear the queue."
)


def test_a_headline_title_abridges_beats_a_logo_h1() -> None:
    # an old table layout: the site's logo in the <h1>, the headline in a title cell that <title> shortens
    head = "<title>Lakeside Weekly :: News :: Vendors in old town get new permit deadline</title>"
    body = (
        '<table><tr><td><h1><a href="/">Lakeside Weekly</a></h1></td></tr><tr><td class="menu"><a href="/">Home</a> | '
        '<a href="/news">News</a> | <a href="/sport">Sport</a></td></tr><tr><td>'
        f'<div class="module"><b>Latest Comments</b><p>{COMMENT}</p></div>'
        '<table><tr><td class="contentheading">Vendors in the old town get new permit deadline from council</td></tr>'
        f"</table>{EN_BODY}</td></tr></table>"
    )
    title, _, _ = _process(head, body)
    assert title == "Vendors in the old town get new permit deadline from council"
    # a heading missing one of the title's words is not the headline <title> abridges
    other = body.replace("new permit deadline", "new deadline")
    assert _process(head, other)[0] != "Vendors in the old town get new deadline from council"
