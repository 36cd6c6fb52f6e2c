"""Format checks for the hand-labelled non-English dumps in tests/data/dumps_ml and dumps_ml2 (no segmenter is run).

The labels must line up with the text file line for line, or any score on the set is meaningless.
"""

import json
from pathlib import Path

import pytest

DUMPS = Path(__file__).parent / "data" / "dumps_ml"
LANGUAGES = {"ru", "uk", "bg", "be", "sr", "sr-Latn", "mk", "kk", "de", "fr", "es", "tr", "ar"}
PAGES = sorted(DUMPS.glob("*.txt"))
# The second batch, written later and blind too: two pages per language, one for six more languages.
DUMPS2 = Path(__file__).parent / "data" / "dumps_ml2"
LANGUAGES2 = {"ru", "uk", "bg", "sr", "sr-Latn", "kk", "de", "fr", "es", "tr", "ar"}
SINGLE_PAGE_LANGUAGES2 = {"pl", "it", "pt", "nl", "ro", "cs"}


def test_two_pages_per_language() -> None:
    languages = [page.stem.rsplit("-", 1)[0] for page in PAGES]
    assert sorted(set(languages)) == sorted(LANGUAGES)
    assert all(languages.count(language) == 2 for language in LANGUAGES)
    assert sorted(p.stem for p in DUMPS.glob("*.json")) == [p.stem for p in PAGES]


def test_the_second_batch_covers_its_languages() -> None:
    languages = [page.stem.rsplit("-", 1)[0] for page in sorted(DUMPS2.glob("*.txt"))]
    assert {lang: languages.count(lang) for lang in set(languages)} == {
        **dict.fromkeys(LANGUAGES2, 2),
        **dict.fromkeys(SINGLE_PAGE_LANGUAGES2, 1),
    }


@pytest.mark.parametrize("page", PAGES + sorted(DUMPS2.glob("*.txt")), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_labels_cover_every_non_blank_line(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    gold = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    non_blank = {n: line.strip() for n, line in enumerate(text.split("\n"), 1) if line.strip()}
    labelled = {entry["line"]: entry["text"].strip() for entry in gold["lines"]}
    assert len(labelled) == len(gold["lines"])
    assert labelled == non_blank
    assert gold["set"] == page.parent.name and gold["language"] == page.stem.rsplit("-", 1)[0]
    assert {entry["label"] for entry in gold["lines"]} <= {"body", "chrome", "ambiguous"}
    assert "\n\n\n" not in text and "body" in {entry["label"] for entry in gold["lines"]}
