"""Headlines without the site's name: suffixes, prefixes, CJK separators, repaired text."""

from __future__ import annotations

import pytest

from tasks.html.titles import headline_of, is_site_part, repair_title, site_keys


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
