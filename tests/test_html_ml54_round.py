"""Rules of the html_ml54 round (session 39): each names a shape of news pages seen on the blind pages
tests/data/html_ml54 (true article bodies), written at the end of session 38 by a helper who read nothing of the
project and scored once before any change; general across sites, with a negative where the shape could overreach.
The set's score is pinned in tests/test_quality.py (OWN_HTML_ML54). Every page and line below was written for this
test.
"""

from __future__ import annotations

from tasks.report.evaluate_html import extracted_body


def _page(inner: str, lang: str) -> str:
    return extracted_body(f'<html lang="{lang}"><head></head><body>{inner}</body></html>'.encode())


KY_STORY = "".join(
    f"{line}<br><br>"
    for line in (
        "Бишкек шаарында жаңы балдар бакчасынын курулушу башталды. Бакча 240 балага ылайыкталып, кийинки жылы ачылат.",
        "Шаардык мэриянын маалыматына караганда, курулушка жергиликтүү бюджеттен 95 миллион сом бөлүнгөн. Долбоордо "
        "спорт аянтчасы жана ашкана да каралган.",
        "Райондун тургундары долбоорду колдоп жатышат, анткени аймакта балдар бакчасы жетишсиз болуп келген.",
    )
)


def test_an_info_line_whose_fields_the_markup_parts_with_no_bar() -> None:
    # DataLife Engine's '<div class="full-info"><span class="date">Бүгүн, 09:15</span> <span class="cat"><a>…</a>
    # </span> <span class="views">Көрүүлөр: 2 310</span></div>' under the headline: the date ("today"), the section and
    # the views, each in an element of its own class; no bar parted them, so it stayed a paragraph of the text
    info = (
        '<div class="full-info"><span class="date">Бүгүн, 09:15</span> <span class="cat"><a href="/koom/">Коом</a>'
        '</span> <span class="views">Көрүүлөр: 2 310</span></div>'
    )
    body = _page(f"<div class='full-news'><h1>Бишкекте жаңы бала бакча курулат</h1>{info}"
                 f"<div class='full-text'>{KY_STORY}</div></div>", "ky")  # fmt: skip
    assert "Көрүүлөр" not in body and "09:15" not in body and "240 балага" in body
    # a sentence set in unclassed spans, a year in it, stays the text's, and so does one in classed spans with text
    # of the element's own between them
    for lead in (
        "<div><span>2026-жылы</span> <span>курулуш бүтүп,</span> <span>бакча 240 балага</span> <span>эшигин "
        "ачат.</span></div>",
        "<div><span class='a'>2026-жылы</span> курулуш бүтүп, <span class='b'>бакча 240 балага</span> эшигин "
        "ачат.</div>",
    ):
        body = _page(f"<div class='full-news'><h1>Бишкекте жаңы бала бакча курулат</h1>"
                     f"<div class='full-text'>{lead}{KY_STORY}</div></div>", "ky")  # fmt: skip
        assert "курулуш бүтүп" in body
