"""Rules of the html_ml56 round (session 40): each names a shape of news pages seen on the blind pages
tests/data/html_ml56 (true article bodies), written at the end of session 39 by a helper who read nothing of the
project and scored once before any change; general across sites, with a negative where the shape could overreach.
The set's score is pinned in tests/test_quality.py (OWN_HTML_ML56). Every page and line below was written for this
test.
"""

from __future__ import annotations

from schemas import Label
from tasks.html.blocks import clean_tree, page_blocks
from tasks.html.byline_blocks import without_byline_blocks
from tasks.read.decode import DecodeError
from tasks.read.html_decode import parse_html
from tasks.report.evaluate_html import extracted_body
from tasks.text.verdicts import Verdict


def _page(inner: str, lang: str) -> str:
    return extracted_body(f'<html lang="{lang}"><head></head><body>{inner}</body></html>'.encode())


FR_STORY = "".join(
    f"<p>{line}</p>"
    for line in (
        "La commune a inauguré lundi le nouveau centre de santé du quartier, attendu depuis près de trois ans.",
        "Le bâtiment compte une maternité, un laboratoire et une pharmacie ouverte sept jours sur sept.",
        "Les habitants, qui devaient jusque-là parcourir une dizaine de kilomètres, saluent cette ouverture.",
    )
)


def _info_list(third: str) -> str:
    return (
        '<ul class="post-info"><li class="post-info__item--type-author">Par Kossi Amegan</li>'
        f'<li class="post-info__item--type-date">12 mars 2025</li>{third}</ul>'
    )


def _verdicts_after_byline_blocks(inner: str) -> dict[str, str]:
    """Each block's text and its verdict's reason once the byline's blocks are read, every block first taken for a
    paragraph of the text (as the container's blocks are)."""
    parsed = parse_html(f'<html lang="fr"><body>{inner}</body></html>'.encode())
    assert not isinstance(parsed, DecodeError)
    clean_tree(parsed.root)
    blocks, _ = page_blocks(parsed.root)
    paragraph = Verdict(Label.BODY, "paragraph", "article_container", "inside the article's container", 0.7)
    verdicts = without_byline_blocks(blocks, [paragraph] * len(blocks))
    return {b.text: v.reason_code for b, v in zip(blocks, verdicts, strict=True)}


def test_a_comment_count_in_the_bylines_info_list() -> None:
    # a page builder's info list under the headline: the author, the date and "7 commentaires", each item a block of
    # its own inside the article's container; the count stayed a paragraph of the text
    counted = _info_list('<li class="post-info__item--type-comments">7 commentaires</li>')
    read = _verdicts_after_byline_blocks(f"<div class='single-post'><h1>Un centre de santé ouvre</h1>{counted}"
                                         f"<div class='post-content'>{FR_STORY}</div></div>")  # fmt: skip
    assert read["7 commentaires"] == "byline_element"
    assert read["Le bâtiment compte une maternité, un laboratoire et une pharmacie ouverte sept jours sur sept."] == (
        "article_container"
    )
    # a list whose items hold numbers, with no author's item, is the text's
    listed = "<ul><li>Le centre a coûté 240 millions</li><li>Il emploie 35 personnes</li></ul>"
    read = _verdicts_after_byline_blocks(f"<div class='post-content'>{FR_STORY}{listed}</div>")
    assert read["Il emploie 35 personnes"] == "article_container"


MY_STORY = "".join(
    f"<p>{line}</p>"
    for line in (
        "ရန်ကုန်မြို့တွင် လမ်းချဲ့ထွင်ရေး လုပ်ငန်းများကို နောက်လတွင် စတင်မည်ဖြစ်ကြောင်း မြို့တော်စည်ပင်က ယနေ့ ကြေညာသည်။",
        "လုပ်ငန်းပြီးစီးပါက ယာဉ်ကြောပိတ်ဆို့မှု သိသိသာသာ လျော့ကျမည်ဟု တာဝန်ရှိသူများက မျှော်လင့်ကြောင်း ပြောသည်။",
        "ဒေသခံများကမူ လုပ်ငန်းကာလအတွင်း ဆိုင်ခန်းများ ထိခိုက်မည်ကို စိုးရိမ်နေကြသည်ဟု ဆိုသည်။",
    )
)


def test_the_burmese_related_reading_label_before_a_link_in_the_text() -> None:
    # "ဆက်စပ်ဖတ်ရှုရန် – <a>…</a>" (related reading, with the formal verb of reading) between the paragraphs
    related = '<p class="also">ဆက်စပ်ဖတ်ရှုရန် – <a href="/n/2">မန္တလေး ဈေးကွက် တိုးချဲ့</a></p>'
    body = _page(f"<article><h1>ရန်ကုန် လမ်းချဲ့ထွင်ရေး</h1>{MY_STORY}{related}</article>", "my")
    assert "ဆက်စပ်ဖတ်ရှုရန်" not in body and "ဈေးကွက် တိုးချဲ့" not in body and "ဒေသခံများကမူ" in body
