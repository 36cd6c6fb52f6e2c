"""Session 47, the HTML path's authors on real pages (helper s47-realhtml, issue 13).

A correspondent's byline closed by the capital filed from, where the site also names a section after that capital
("Иван Петров | Москва", "Іван Петренко, Київ", "Марко Марковић | Београд", "Marko Marković, Zagreb"): the Russian,
Ukrainian, Serbian, Macedonian, Croatian and Bosnian sites' menus carry the capital as a section, so the role tail
took it for a section label ("Ann Lee, Sport") and no writer was read. A capital the place list knows
(``filing_places.csv``) is the place filed from, as it already was before a colon.

The real-page scores are pinned in tests/test_real_authors.py."""

from __future__ import annotations

from tests.test_realhtml45_round import _authors


def test_a_correspondents_capital_that_names_a_section_too_is_the_place_filed_from() -> None:
    for byline, lang, name in (
        ("Иван Петров | Москва", "ru", "Иван Петров"),
        ("Иван Петров, Москва", "ru", "Иван Петров"),
        ("Иван Петров - Москва", "ru", "Иван Петров"),
        ("Іван Петренко | Київ", "uk", "Іван Петренко"),
        ("Марко Марковић | Београд", "sr", "Марко Марковић"),
        ("Марко Марковски | Скопје", "mk", "Марко Марковски"),
        ("Marko Marković, Zagreb", "hr", "Marko Marković"),
        ("Marko Marković | Sarajevo", "bs", "Marko Marković"),
        ("Marko Marković | Beograd", "sr", "Marko Marković"),
    ):
        assert _authors(byline, lang) == [name], byline


def test_a_section_or_a_landmark_before_the_capital_is_no_byline() -> None:
    # the capital is a place, but the words before it are the site's labels or a place's, not a person's
    for line, lang in (
        ("Главные новости | Москва", "ru"),
        ("Красная площадь, Москва", "ru"),
        ("Najnovije vesti | Beograd", "sr"),
        ("Лента новостей | Київ", "uk"),
        ("Sport | Zagreb", "hr"),
    ):
        assert _authors(line, lang) == [], line
    # a section that is no listed place is still a section ("Ann Lee, Sport")
    assert _authors("Ann Lee, Sport") == []
