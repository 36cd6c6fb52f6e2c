"""Session 47's segmenter fix after the first score of dumps_ml81 (body F1 0.967, P 0.965, R 0.970): furniture that
reads like prose under the text, in many languages (the opinion column's disclaimer, an interview's "edited for length
and clarity" note, the paywall's "read on as a subscriber"). Examples are invented, not the set's lines.
"""

from __future__ import annotations

from tasks.lexicon.boilerplate import is_boilerplate


def test_furniture_prose_under_the_text_in_many_languages() -> None:
    for line in (
        "Opinionet e publikuara në këtë rubrikë shprehin qëndrimin e autorit dhe jo domosdoshmërisht të redaksisë.",
        "Názory v komentářích nemusí vyjadřovat názor redakce.",
        "Bu yazıdaki görüşler yazarın kendisine aittir.",
        "This interview has been edited for length and clarity.",
        "Esta entrevista ha sido editada por razones de extensión y claridad.",
        "Loe edasi tellijana. Esimene kuu ainult 1 €.",
    ):
        assert is_boilerplate(line.casefold()), line
    assert not is_boilerplate("La entrevista se celebró en la sede de la asociación.".casefold())
