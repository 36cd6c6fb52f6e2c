"""Rules of the heldout34 round (session 23): each names a shape of news pages seen on the blind pages
tests/data/html_meta/heldout34-*, written at the end of session 22 by a helper who read nothing of the project and
scored once before any change; general across sites, with a negative where the shape could overreach. The set's
scores are pinned in tests/test_meta_quality.py. Every line below was written for this test.
"""

from __future__ import annotations

from tasks.credits.name_checks import is_plausible_name, publisher_keys
from tasks.lexicon.author_words import load_author_words
from tests.test_heldout4_round import _process

KA_BODY = "".join(
    f"<p>{s}</p>"
    for s in (
        "ბათუმში, ზღვისპირა ბულვარზე ახალი ველობილიკის მშენებლობა დასრულდა და ის უკვე ხელმისაწვდომია.",
        "ბილიკის სიგრძე ხუთი კილომეტრია და ის ქალაქის ცენტრს ახალ ბულვართან აკავშირებს.",
        "მერიის ინფორმაციით, პროექტი ადგილობრივი ბიუჯეტიდან დაფინანსდა და ექვსი თვე გაგრძელდა.",
    )
)


def test_a_georgian_name_is_a_name_though_unicode_calls_its_letters_lower_case() -> None:
    # Mkhedruli letters are lower case to Unicode (Mtavruli capitals exist) but Georgian writes without case
    words = load_author_words()
    assert is_plausible_name("ნინო ბერიძე", words, publisher_keys([]))
    # one word is still a place or a desk, as in every script that spaces its words
    assert not is_plausible_name("ბათუმი", words, publisher_keys([]))
    # lower-case words in a cased script are still no name
    assert not is_plausible_name("nino beridze", words, publisher_keys([]))


def test_a_georgian_author_line_under_the_text_names_the_author() -> None:
    signed = "<p><b>ავტორი: ნინო ბერიძე</b></p>"
    body = f'<div class="text"><h1>ბათუმში ახალი ველობილიკი გაიხსნა</h1>{KA_BODY}{signed}</div>'
    _, _, authors = _process("<title>ბათუმში ახალი ველობილიკი გაიხსნა</title>", body, "ka")
    assert authors == ["ნინო ბერიძე"]
