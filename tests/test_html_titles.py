"""Headlines without the site's name: suffixes, prefixes, CJK separators, repaired text."""

from __future__ import annotations

import pytest

from tasks.html.titles import (
    choose_title,
    confirmed_heading,
    headline_of,
    is_confirmed_by,
    is_site_part,
    repair_title,
    shown_part,
    site_keys,
)


@pytest.mark.parametrize(
    ("title", "names", "url", "from_tag", "expected"),
    [
        ("Storm hits the coast | DW | 28.04.2023", ["DW"], None, True, "Storm hits the coast"),
        ("Merz will mehr Geld - WELT", [], "https://www.welt.de/politik/a1.html", False, "Merz will mehr Geld"),
        ("首相が会見：朝日新聞デジタル", ["朝日新聞デジタル"], None, False, "首相が会見"),
        ("物价上涨_东方日报", ["东方日报"], None, True, "物价上涨"),
        ("Le Matin - Incendie dans un entrepôt", ["Le Matin"], None, True, "Incendie dans un entrepôt"),
        ("NDTV.com: Modi meets leaders", [], None, True, "Modi meets leaders"),
        ("Grève : le trafic perturbé | Le Courrier", ["Le Courrier"], None, True, "Grève : le trafic perturbé"),
        ("Wahl in Hamburg - n-tv.de", [], "https://www.n-tv.de/x", False, "Wahl in Hamburg"),
    ],
)
def test_site_name_parts_are_dropped(
    title: str, names: list[str], url: str | None, from_tag: bool, expected: str
) -> None:
    assert headline_of(title, site_keys(names, url), from_title_tag=from_tag) == expected


def test_a_headline_that_starts_like_the_site_is_kept() -> None:
    keys = site_keys([], "https://www.welt.de/a")
    assert headline_of("Weltbank warnt vor Rezession - Wirtschaft - WELT", keys, False) == (
        "Weltbank warnt vor Rezession - Wirtschaft"
    )
    assert not is_site_part("Weltbank warnt vor Rezession", keys)


def test_without_a_known_site_only_title_tags_are_cut() -> None:
    assert (
        headline_of("Brexit: what now for fishing towns?", frozenset(), False) == "Brexit: what now for fishing towns?"
    )
    assert headline_of("Long headline about the harbour - Some Paper", frozenset(), True) == (
        "Long headline about the harbour"
    )
    assert headline_of("Long headline about the harbour - Some Paper", frozenset(), False) == (
        "Long headline about the harbour - Some Paper"
    )


def test_titles_are_repaired_like_the_body() -> None:
    assert repair_title("Qatarâ€™s  top daily") == "Qatar’s top daily"
    assert repair_title("Caf&eacute; owners") == "Café owners"


def test_the_heading_that_title_shows_is_the_headline() -> None:
    headings = ["Sport Story", "Rovers sign a new keeper", "Latest results"]
    tag = "Rovers sign a new keeper - Football - Sport - The Daily Example"
    assert confirmed_heading(headings, tag) == "Rovers sign a new keeper"
    assert confirmed_heading(["Sport Story", "Latest results"], tag) is None
    assert confirmed_heading(headings, None) is None


def test_a_headline_beats_its_subheadline_and_a_label_loses_to_the_headline() -> None:
    sub = ["Harbour plan wins council backing", "Councillors voted eleven to four after a long debate on costs"]
    tag = "Harbour plan wins council backing, Councillors voted eleven to four after a long debate on costs"
    assert confirmed_heading(sub, tag + " - Example News") == sub[0]
    label = ["Example: Bay Views", "Ferry fares rise for island runs"]
    assert confirmed_heading(label, "Example: Bay Views : Ferry fares rise for island runs") == label[1]


def test_a_short_heading_is_not_confirmed_by_containment() -> None:
    assert not is_confirmed_by("News", "Breaking News - Example")
    assert is_confirmed_by("Ferry fares rise", "Ferry fares rise | Example")


def test_a_confirmed_heading_beats_a_section_label_h1_but_not_a_declared_title() -> None:
    tag = "Ferry fares rise again - Travel - Example"
    headings = ["Travel Story", "Ferry fares rise again"]
    assert choose_title([], tag, frozenset(), "Travel Story", headings) == ("Ferry fares rise again", False)
    declared: list[str | None] = ["Ferry fares rise again this spring"]
    assert choose_title(declared, tag, frozenset(), "Travel Story", headings)[0] == "Ferry fares rise again this spring"


def test_an_h1_title_does_not_show_loses_to_the_title_the_page_shows_as_text() -> None:
    tag = "Example Times - Ferry fares rise again"
    shown = {"Ferry fares rise again"}
    assert choose_title([], tag, frozenset(), "Top Listings", ["Top Listings"], shown.__contains__) == (
        "Ferry fares rise again",
        True,
    )
    # Not shown (the site's logo is a link): the <h1> stays.
    assert choose_title([], "Example Times", frozenset(), "Ferry fares rise again", [], shown.__contains__) == (
        "Ferry fares rise again",
        False,
    )


def test_the_title_part_the_page_shows_is_the_headline_whatever_the_site_description() -> None:
    tag = "Ferry fares rise again | Example Sports News, Fixtures, Results, Match Reports and Transfer Gossip"
    shown = {"Ferry fares rise again", "Results"}
    assert shown_part(tag, shown.__contains__) == "Ferry fares rise again"
    # A headline with its own separator is shown whole.
    assert shown_part("Cole in talks - agent | Example", {"Cole in talks - agent"}.__contains__) == (
        "Cole in talks - agent"
    )
    assert shown_part(tag, set().__contains__) is None
    # A two-word part the menu shows is a section label.
    assert shown_part("Example Post : SPORTS PLUS", {"SPORTS PLUS"}.__contains__) is None
    assert shown_part("Ferry fares rise again", {"Ferry fares rise again"}.__contains__) is None


def test_a_heading_that_names_the_site_is_not_the_confirmed_headline() -> None:
    tag = "Pier reopens - 1/21/2008 - Harbour & Coast"
    headings = ["Harbour & Coast", "Pier reopens"]
    assert choose_title([], tag, site_keys(["Harbour & Coast"]), None, headings) == ("Pier reopens", False)


@pytest.mark.parametrize(
    ("title", "names", "url", "expected"),
    [
        ("폭우로 도로 통제 < 사회 < 기사본문 - 예시일보", [], None, "폭우로 도로 통제"),
        ("Sel fiyatı düştü | Hürriyet Örnek", [], "https://www.hurriyetornek.com.tr/a", "Sel fiyatı düştü"),
        (
            "Streik legt Bahn lahm - Süddeutsche Beispiel",
            [],
            "https://www.sueddeutschebeispiel.de/a",
            "Streik legt Bahn lahm",
        ),
        ("地震で停電 | NHK | 社会", [], "https://www3.nhk.or.jp/news/a", "地震で停電"),
    ],
)
def test_site_names_known_from_the_registered_domain_without_accents_and_reverse_trails(
    title: str, names: list[str], url: str | None, expected: str
) -> None:
    assert headline_of(title, site_keys(names, url), from_title_tag=False) == expected
