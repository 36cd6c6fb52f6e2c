"""Rules of the html_ml42 round (session 33): each names a shape of news pages seen on the blind pages
tests/data/html_ml42 (true article bodies), written at the end of session 32 by a helper who read nothing of the
project and scored once before any change; general across sites, with a negative where the shape could overreach.
The set's score is pinned in tests/test_quality.py (OWN_HTML_ML42). Every page and line below was written for this
test.
"""

from __future__ import annotations

from tasks.report.evaluate_html import extracted_body

DE_STORY = [
    "Die Sanierung der alten Stadtmauer am Fischertor dauert länger als geplant, weil sich der Sandstein als brüchiger "
    "erwiesen hat als erwartet.",
    "Nach Angaben der Stadtverwaltung müssen nun rund 300 Steine ersetzt werden, statt der ursprünglich geschätzten "
    "hundert, sagt die Leiterin des Bauamts.",
    "Die Kosten steigen damit auf etwa 1,4 Millionen Euro; ein Teil soll aus dem Landesprogramm für Denkmalpflege "
    "kommen, über das im Herbst entschieden wird.",
]


def _table_page(line: str) -> str:
    """An old table layout's story: headline, a line under it, then the text's paragraphs joined by <br>."""
    html = (
        '<html lang="de"><body><table><tr><td class="inhalt">'
        '<font class="ueberschrift">Stadtmauer am Fischertor: Sanierung dauert bis 2026</font><br>'
        f'<font class="datum">{line}</font><br><br>{"<br><br>".join(DE_STORY)}</td></tr></table></body></html>'
    )
    return extracted_body(html.encode())


def test_the_place_date_and_byline_of_an_old_layout_on_one_line() -> None:
    # "<font class="datum">Ulm, 22.04.2024 – von Ingrid Halbmayr</font>": place, date, a dash, then the byline
    body = _table_page("Landshut, 14.05.2024 – von Ferdinand Aigner")
    assert "Fischertor dauert" in body
    assert "Ferdinand Aigner" not in body
    assert "Aigner" not in _table_page("14.05.2024 – Von Ferdinand Aigner")
    # a short line of the text with a date and a dash stays: no byline after it
    kept = "Landshut, 14.05.2024 – Baubeginn am Fischertor"
    assert kept in _table_page(kept)


def _drupal_page(lead: str, lang: str = "de") -> str:
    """A Drupal article: the headline, the byline and date, the lead field ("field--name-field-teaser"), the body."""
    html = (
        f'<html lang="{lang}"><body><main><article class="node node--type-artikel node--view-mode-full">'
        '<h1 class="page-title"><span class="field field--name-title">Sanierung der Stadtmauer dauert länger</span>'
        "</h1>"
        '<footer class="node__meta"><span class="field--name-uid">Tobias Kranich</span>'
        '<time datetime="2024-03-05T17:45:00+01:00">05.03.2024, 17:45</time></footer>'
        '<div class="node__content"><div class="field field--name-field-teaser field--type-string-long '
        f'field--label-hidden field__item">{lead}</div>'
        '<div class="field field--name-body field--type-text-with-summary">'
        f"{''.join(f'<p>{p}</p>' for p in DE_STORY)}</div></div></article></main></body></html>"
    )
    return extracted_body(html.encode())


LEAD = (
    "Am Fischertor müssen weit mehr Steine ersetzt werden als gedacht. Die Stadt rechnet nun mit Mehrkosten von "
    "einer halben Million Euro."
)


def test_a_cms_lead_field_named_teaser_inside_the_article() -> None:
    # Drupal's "<div class="field--name-field-teaser">" between the headline and the text: the article's lead, which
    # the blind non-English golds keep, where the class word names another article's teaser elsewhere
    assert LEAD in _drupal_page(LEAD)
    # a teaser that is a link to another story stays out
    linked = f'<a href="/anderer-artikel">{LEAD}</a>'
    assert "halben Million" not in _drupal_page(linked)
    # a short label in the field stays out (no sentence deck)
    assert "Mehr zum Thema" not in _drupal_page("Mehr zum Thema")
