"""Rules of the htmlpublic round (session 44, issue 12): shapes counted over the worst pages of the four trainable
public HTML sets (aeb, readability, cleanportal, cleaneval-dev), kept only because the evaluation-only sets (dragnet,
l3s) and the check sets held. Every page and line below was written for this test.
"""

from __future__ import annotations

from lxml import html as lxml_html  # type: ignore[import-untyped]  # lxml ships no type hints

from tasks.html.blocks import page_blocks
from tasks.html.tag_lists import is_tag_list
from tasks.report.evaluate_html import extracted_body


def _page(inner: str, lang: str = "en") -> str:
    return extracted_body(f'<html lang="{lang}"><head></head><body>{inner}</body></html>'.encode())


STORY = "".join(
    f"<p>{line}</p>"
    for line in (
        "The regional racing league published its calendar for next season on Monday, with eight rounds between "
        "March and November on six circuits across the south of the country.",
        "The season opens at the old airfield track near Dunmore, which returns to the calendar after a new surface "
        "was laid over the winter and the pit lane was widened.",
        "Organisers said two rounds would run at night for the first time, and that tickets for every round go on "
        "sale at the end of the month through the clubs.",
    )
)


KEYWORDS = (
    "racing calendar 2026", "dunmore airfield races", "night racing league", "regional league calendar",
    "racing season tickets", "dunmore track surface", "pit lane works", "league round dates",
)  # fmt: skip


def _tag(word: str, rel: str = "tag") -> str:
    return f'<a href="/tag/{word.replace(" ", "-")}/" rel="{rel}">{word}</a>'


def test_a_line_of_the_posts_rel_tag_links_inside_the_article_is_cut() -> None:
    # a WordPress theme prints the post's tags in a <strong> at the foot of the text, inside the article's element: a
    # keyword list of many tags, too long for the link rules' short link lines
    tags = ", ".join(_tag(w) for w in KEYWORDS)
    body = _page(f"<div class='articleBody'><h1>League sets its calendar</h1>{STORY}<strong>{tags}</strong></div>")
    assert "laid over the winter" in body
    assert "night racing league" not in body and "pit lane works" not in body


def test_a_labelled_list_of_category_links_is_cut() -> None:
    # the_category()'s "category tag" links after a label (Blogger's Portuguese "Marcadores:")
    cats = "Marcadores: " + ", ".join(_tag(w, "category tag") for w in KEYWORDS)
    body = _page(f"<div class='articleBody'><h1>League sets its calendar</h1>{STORY}<p>{cats}</p></div>")
    assert "through the clubs" in body and "dunmore track surface" not in body


def test_a_sentence_that_links_a_tag_stays() -> None:
    # a paragraph of the text that links two of the post's tags is the text's own
    sentence = (
        f"<p>Drivers from the {_tag('regional league')} who raced at {_tag('dunmore airfield')} last year said the "
        "new surface should make the opening round faster and much safer in the rain.</p>"
    )
    body = _page(f"<article><h1>League sets its calendar</h1>{STORY}{sentence}</article>")
    assert "much safer in the rain" in body


def test_only_links_marked_rel_tag_make_a_tag_list() -> None:
    # the same keyword line with plain links, or with links marked for something else (rel="nofollow"), is not
    # named a tag list by its markup (the link rules judge it); marked rel="tag" it is
    words = ("racing calendar", "dunmore airfield", "night racing")
    for rel, expected in (("", False), ("nofollow", False), ("tag", True), ("category tag", True)):
        links = ", ".join(f'<a href="/s/{i}" rel="{rel}">{w}</a>' for i, w in enumerate(words))
        blocks, _ = page_blocks(lxml_html.document_fromstring(f"<html><body><div><p>{links}</p></div></body></html>"))
        assert [is_tag_list(b) for b in blocks] == [expected]


PT_STORY = "".join(
    f"<p>{line}</p>"
    for line in (
        "A prefeitura anunciou nesta segunda-feira o novo calendário de obras da avenida principal, que começam em "
        "março e devem durar oito meses.",
        "Durante as obras, o trânsito será desviado pelas ruas paralelas e as linhas de ônibus terão novos pontos "
        "provisórios perto da praça.",
        "Os comerciantes pediram que os trabalhos sejam feitos à noite para não afastar os clientes durante o dia.",
    )
)


def test_an_iberian_date_line_under_the_headline_is_a_stamp() -> None:
    # a Portuguese CMS writes the post's date in the long Iberian form, "de" linking day, month and year, in a span
    # of its own under the headline inside the article's element
    for stamp in ("segunda-feira, 22 de janeiro de 2018 às 0:13", "22 de Janeiro de 2018"):
        page = f"<article><h1>Obras na avenida</h1><span class='data'>{stamp}</span>{PT_STORY}</article>"
        body = _page(page, "pt")
        assert "trânsito será desviado" in body and "janeiro" not in body.casefold()
    # the Spanish form the same
    es = (
        "<article><h1>Obras en la avenida</h1><div class='fecha'>martes, 5 de marzo de 2024</div>"
        + PT_STORY.replace("A prefeitura", "El ayuntamiento")
        + "</article>"
    )
    assert "marzo" not in _page(es, "es")


def test_a_sentence_opened_by_an_iberian_date_stays() -> None:
    # the text's own first sentence that opens with the date is no stamp
    lead = "<p>El 5 de marzo de 2024 el ayuntamiento aprobó el plan de obras de la avenida principal del barrio.</p>"
    body = _page(f"<article><h1>Obras en la avenida</h1>{lead}{PT_STORY}</article>", "es")
    assert "El 5 de marzo de 2024 el ayuntamiento" in body
