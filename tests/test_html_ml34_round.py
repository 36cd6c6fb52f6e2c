"""Rules of the html_ml34 round (session 29): each names a shape of news pages seen on the blind pages
tests/data/html_ml34 (true article bodies), written at the end of session 28 by a helper who read nothing of the
project and scored once before any change; general across sites, with a negative where the shape could overreach.
The set's score is pinned in tests/test_quality.py (OWN_HTML_ML34). Every page and line below was written for this
test.
"""

from __future__ import annotations

from tasks.report.evaluate_html import extracted_body

PL_STORY = [
    "Miejska biblioteka od poniedziałku będzie otwarta do godziny dwudziestej pierwszej we wszystkie dni robocze.",
    "Jak tłumaczy dyrektorka, czytelnicy prosili o to od dawna. Dla wielu osób biblioteka to miejsce, gdzie można "
    "spokojnie popracować po pracy, bo jest tu cisza, internet i ciepło.",
    "Dłuższe godziny otwarcia to koszt około stu tysięcy złotych rocznie, który pokryje budżet miasta.",
]


def _page(quote: str) -> str:
    text = "".join(f"<p>{p}</p>" for p in PL_STORY[:2]) + quote + f"<p>{PL_STORY[2]}</p>"
    html = f'<html lang="pl"><body><article><h1>Biblioteka dłużej otwarta</h1><div class="text">{text}</div></article>'
    return extracted_body(f"{html}</body></html>".encode())


def test_a_named_pull_quote_in_quote_marks_that_shortens_a_sentence_in_other_inflections() -> None:
    # "«For many, the library has become a place where one can work in quiet»" of the paragraph's "for many people the
    # library is a place where one can work in peace": named a pull quote, in quote marks, most words or their stems
    marked = "«Dla wielu biblioteka stała się miejscem, gdzie można w ciszy popracować»"
    quote = f'<blockquote class="pull-quote">{marked}</blockquote>'
    body = _page(quote)
    assert "stała się miejscem" not in body and "spokojnie popracować po pracy" in body
    # without the quote marks the name alone keeps the stricter bar: the box stays
    unmarked = quote.replace("«", "").replace("»", "")
    assert "stała się miejscem" in _page(unmarked)
    # a named quote in marks that says what the text does not stays
    other = "«Zimą otworzymy też czytelnię dla dzieci w nowym budynku szkoły»"
    assert "czytelnię dla dzieci" in _page(f'<blockquote class="pull-quote">{other}</blockquote>')
