"""Format checks for the blind multilingual HTML set in tests/data/html_ml (no extractor is run).

Every page needs a gold entry with a non-empty body, and every body paragraph must be text the page shows,
or a score on the set measures the gold rather than the extractor.
"""

import html
import json
from pathlib import Path

import lxml.html
import pytest

HTML_ML = Path(__file__).parent / "data" / "html_ml"
PAGES = sorted(HTML_ML.glob("*.html"))
PAGES_PER_LANGUAGE = {"de": 6}
SINGLE_PAGE_LANGUAGES = {
    "fr", "es", "it", "pt", "nl", "pl", "cs", "ru", "uk",
    "bg", "sr", "tr", "ar", "el", "hu", "sv", "ja", "ko",
}  # fmt: skip


def load_gold() -> dict[str, dict[str, str]]:
    gold: dict[str, dict[str, str]] = json.loads((HTML_ML / "gold.json").read_text(encoding="utf-8"))
    return gold


def test_every_page_has_gold_and_every_gold_has_a_page() -> None:
    assert sorted(load_gold()) == [page.stem for page in PAGES]


def test_languages_as_listed() -> None:
    languages = [page.stem.rsplit("-", 1)[0] for page in PAGES]
    expected = dict.fromkeys(SINGLE_PAGE_LANGUAGES, 1) | PAGES_PER_LANGUAGE
    assert {language: languages.count(language) for language in set(languages)} == expected
    for page_id, entry in load_gold().items():
        assert entry["language"] == page_id.rsplit("-", 1)[0]
        assert entry["url"].startswith("https://")


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.stem)
def test_every_body_paragraph_is_on_the_page(page: Path) -> None:
    body = load_gold()[page.stem]["article_body"]
    assert body.strip()
    shown = html.unescape(page.read_text(encoding="utf-8"))
    for paragraph in body.split("\n"):
        assert paragraph.strip(), f"{page.stem}: empty paragraph"
        assert paragraph in shown, f"{page.stem}: {paragraph[:60]}"


# The later sets (tests/data/html_ml2 to html_ml75), from one brief: every page written by hand as its own site; each
# body line must be text the page shows (entities unescaped, whitespace collapsed), or a score there measures the
# gold. html_ml2 and html_ml3 (sessions 12 and 13) and html_ml5 (session 14) and html_ml7 (session 15) and html_ml9
# (session 16), html_ml11 (session 17) and html_ml13 (session 18) are check sets, html_ml4 and html_ml6 were studied,
# html_ml8 from session 16, html_ml10 from session 17, html_ml12 from session 18, html_ml14 from session 19,
# html_ml16 from session 20, html_ml18 from session 21, html_ml20 from session 22, html_ml22 from session 23,
# html_ml24 from session 24, html_ml26 from session 25, html_ml28 from session 26, html_ml30 from session 27,
# html_ml32 from session 28, html_ml34 from session 29, html_ml36 from session 30, html_ml38 from session 31,
# html_ml40 from session 32, html_ml42 from session 33, html_ml44 from session 34,
# html_ml46 from session 35, html_ml48 from session 36, html_ml50 from session 37,
# html_ml52 from session 38, html_ml54 from session 39, html_ml56 from session 40,
# html_ml58 from session 41, html_ml60 from session 42, html_ml62 from session 43,
# html_ml64 from session 44,
# html_ml66 from session 45,
# html_ml68 from session 46,
# html_ml70 from session 47,
# html_ml72 from session 48,
# html_ml74 from session 49;
# html_ml15 (session 19), html_ml17 (session 20), html_ml19 (session 21), html_ml21 (session 22), html_ml23
# (session 23), html_ml25 (session 24), html_ml27 (session 25), html_ml29 (session 26), html_ml31 (session 27),
# html_ml33 (session 28), html_ml35 (session 29), html_ml37 (session 30),
# html_ml39 (session 31), html_ml41 (session 32), html_ml43 (session 33), html_ml45 (session 34), html_ml47
# (session 35), html_ml49 (session 36), html_ml51 (session 37), html_ml53
# (session 38), html_ml55 (session 39), html_ml57 (session 40), html_ml59 (session 41), html_ml61
# (session 42), html_ml63 (session 43), html_ml65 (session 44),
# html_ml67 (session 45),
# html_ml69 (session 46),
# html_ml71 (session 47), html_ml73 (session 48) and html_ml75 (session 49) are check sets.
LATER_NAMES = tuple(f"html_ml{n}" for n in range(2, 76))
LATER_SETS = [Path(__file__).parent / "data" / name for name in LATER_NAMES]
LATER_PAGES = [page for directory in LATER_SETS for page in sorted(directory.glob("*.html"))]


@pytest.mark.parametrize("directory", LATER_SETS, ids=lambda directory: directory.name)
def test_each_later_set_has_gold_for_every_page_in_twenty_languages_or_more(directory: Path) -> None:
    gold = json.loads((directory / "gold.json").read_text(encoding="utf-8"))
    assert sorted(gold) == [page.stem for page in sorted(directory.glob("*.html"))]
    assert len({entry["language"] for entry in gold.values()}) >= 20


@pytest.mark.parametrize("page", LATER_PAGES, ids=lambda page: f"{page.parent.name}/{page.stem}")
def test_every_body_line_of_a_later_set_is_on_its_page(page: Path) -> None:
    body = json.loads((page.parent / "gold.json").read_text(encoding="utf-8"))[page.stem]["article_body"]
    shown = " ".join(lxml.html.fromstring(page.read_text(encoding="utf-8")).text_content().split())
    for line in body.split("\n"):
        # A table row is written as its cells joined by " | " (the brief since html_ml4): each cell is text the page
        # shows.
        for cell in line.split(" | "):
            assert cell.strip() and " ".join(cell.split()) in shown, f"{page.stem}: {cell[:60]}"
