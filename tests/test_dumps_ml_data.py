"""Format checks for the hand-labelled dumps in tests/data/dumps_ml, dumps_ml2, dumps_ml3 and dumps_ml5 to dumps_ml7 (no
segmenter is run).

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
# The third batch, blind too: German (the largest held-out group) and English, then one page for 20 more languages.
DUMPS3 = Path(__file__).parent / "data" / "dumps_ml3"
PAGES_PER_LANGUAGE3 = {"de": 8, "en": 4}
EUROPEAN_SINGLE_PAGE_LANGUAGES3 = {"el", "hu", "fi", "sv", "da", "nb", "ca", "sk", "hr", "sl", "lt", "et"}
NON_EUROPEAN_SINGLE_PAGE_LANGUAGES3 = {"ja", "ko", "zh", "he", "fa", "hi", "vi", "id"}
SINGLE_PAGE_LANGUAGES3 = EUROPEAN_SINGLE_PAGE_LANGUAGES3 | NON_EUROPEAN_SINGLE_PAGE_LANGUAGES3
# The fifth batch (session 9): German and English first, then 17 more languages.
DUMPS5 = Path(__file__).parent / "data" / "dumps_ml5"
DUMPS6 = Path(__file__).parent / "data" / "dumps_ml6"  # the sixth, blind, never studied
DUMPS7 = Path(__file__).parent / "data" / "dumps_ml7"  # the seventh (session 10: scored once, then studied)
DUMPS8 = Path(__file__).parent / "data" / "dumps_ml8"  # the eighth (session 10: scored once at its end, never studied)
DUMPS9 = Path(__file__).parent / "data" / "dumps_ml9"  # the ninth (session 11: scored once at its start, then studied)
DUMPS10 = Path(__file__).parent / "data" / "dumps_ml10"  # the tenth (session 11: scored once at its end, never studied)
DUMPS11 = Path(__file__).parent / "data" / "dumps_ml11"  # the eleventh (session 12: scored at its start, studied)
DUMPS12 = Path(__file__).parent / "data" / "dumps_ml12"  # the twelfth (session 12: scored at its end, never studied)
DUMPS13 = Path(__file__).parent / "data" / "dumps_ml13"  # the thirteenth (session 13: scored at its start, studied)
DUMPS14 = Path(__file__).parent / "data" / "dumps_ml14"  # the fourteenth (session 13: scored at its end, never studied)
DUMPS15 = Path(__file__).parent / "data" / "dumps_ml15"  # the fifteenth (session 14: scored at its start, studied)
DUMPS16 = Path(__file__).parent / "data" / "dumps_ml16"  # the sixteenth (session 14: scored at its end, never studied)
DUMPS17 = Path(__file__).parent / "data" / "dumps_ml17"  # the seventeenth (session 15: scored at its start, studied)
DUMPS18 = Path(__file__).parent / "data" / "dumps_ml18"  # the eighteenth (session 15: scored at its end, never studied)
DUMPS19 = Path(__file__).parent / "data" / "dumps_ml19"  # the nineteenth (session 16: scored at its start, studied)
DUMPS20 = Path(__file__).parent / "data" / "dumps_ml20"  # the twentieth (session 16: scored at its end, never studied)
DUMPS21 = Path(__file__).parent / "data" / "dumps_ml21"  # the twenty-first (session 17: scored at its start, studied)
DUMPS22 = Path(__file__).parent / "data" / "dumps_ml22"  # the 22nd (session 17: scored at its end, never studied)
DUMPS23 = Path(__file__).parent / "data" / "dumps_ml23"  # the 23rd (session 18: scored at its start, studied)
DUMPS24 = Path(__file__).parent / "data" / "dumps_ml24"  # the 24th (session 18: scored at its end, never studied)
DUMPS25 = Path(__file__).parent / "data" / "dumps_ml25"  # the 25th (session 19: scored at its start, studied)
DUMPS26 = Path(__file__).parent / "data" / "dumps_ml26"  # the 26th (session 19: scored at its end, never studied)
DUMPS27 = Path(__file__).parent / "data" / "dumps_ml27"  # the 27th (session 20: scored at its start, studied)
DUMPS28 = Path(__file__).parent / "data" / "dumps_ml28"  # the 28th (session 20: scored at its end, never studied)
DUMPS29 = Path(__file__).parent / "data" / "dumps_ml29"  # the 29th (session 21: scored at its start, studied)
DUMPS30 = Path(__file__).parent / "data" / "dumps_ml30"  # the 30th (session 21: scored at its end, never studied)
DUMPS31 = Path(__file__).parent / "data" / "dumps_ml31"  # the 31st (session 22: scored at its start, studied)
DUMPS32 = Path(__file__).parent / "data" / "dumps_ml32"  # the 32nd (session 22: scored at its end, never studied)
DUMPS33 = Path(__file__).parent / "data" / "dumps_ml33"  # the 33rd (session 23: scored at its start, studied)
DUMPS34 = Path(__file__).parent / "data" / "dumps_ml34"  # the 34th (session 23: scored at its end, never studied)
DUMPS35 = Path(__file__).parent / "data" / "dumps_ml35"  # the 35th (session 24: scored at its start, studied)
DUMPS36 = Path(__file__).parent / "data" / "dumps_ml36"  # the 36th (session 24: scored at its end, never studied)
DUMPS37 = Path(__file__).parent / "data" / "dumps_ml37"  # the 37th (session 25: scored at its start, studied)
DUMPS38 = Path(__file__).parent / "data" / "dumps_ml38"  # the 38th (session 25: scored at its end, never studied)
DUMPS39 = Path(__file__).parent / "data" / "dumps_ml39"  # the 39th (session 26: scored at its start, studied)
DUMPS40 = Path(__file__).parent / "data" / "dumps_ml40"  # the 40th (session 26: scored at its end, never studied)
DUMPS41 = Path(__file__).parent / "data" / "dumps_ml41"  # the 41st (session 27: scored at its start, studied)
DUMPS42 = Path(__file__).parent / "data" / "dumps_ml42"  # the 42nd (session 27: scored at its end, never studied)
DUMPS43 = Path(__file__).parent / "data" / "dumps_ml43"  # the 43rd (session 28: scored at its start, studied)
DUMPS44 = Path(__file__).parent / "data" / "dumps_ml44"  # the 44th (session 28: scored at its end, never studied)
DUMPS45 = Path(__file__).parent / "data" / "dumps_ml45"  # the 45th (session 29: scored at its start, studied)
DUMPS46 = Path(__file__).parent / "data" / "dumps_ml46"  # the 46th (session 29: scored at its end, never studied)
DUMPS47 = Path(__file__).parent / "data" / "dumps_ml47"  # the 47th (session 30: scored at its start, studied)
DUMPS48 = Path(__file__).parent / "data" / "dumps_ml48"  # the 48th (session 30: scored at its end, never studied)
DUMPS49 = Path(__file__).parent / "data" / "dumps_ml49"  # the 49th (session 31: scored at its start, studied)
DUMPS50 = Path(__file__).parent / "data" / "dumps_ml50"  # the 50th (session 31: scored at its end, never studied)
DUMPS51 = Path(__file__).parent / "data" / "dumps_ml51"  # the 51st (session 32: scored at its start, studied)
DUMPS52 = Path(__file__).parent / "data" / "dumps_ml52"  # the 52nd (session 32: scored at its end, never studied)
DUMPS53 = Path(__file__).parent / "data" / "dumps_ml53"  # the 53rd (session 33: scored at its start, studied)
DUMPS54 = Path(__file__).parent / "data" / "dumps_ml54"  # the 54th (session 33: scored at its end, never studied)
DUMPS55 = Path(__file__).parent / "data" / "dumps_ml55"  # the 55th (session 34: scored at its start, studied)
DUMPS56 = Path(__file__).parent / "data" / "dumps_ml56"  # the 56th (session 34: scored at its end, never studied)
DUMPS57 = Path(__file__).parent / "data" / "dumps_ml57"  # the 57th (session 35: scored at its start, studied)
DUMPS58 = Path(__file__).parent / "data" / "dumps_ml58"  # the 58th (session 35: scored at its end, never studied)
DUMPS59 = Path(__file__).parent / "data" / "dumps_ml59"  # the 59th (session 36: scored at its start, studied)
DUMPS60 = Path(__file__).parent / "data" / "dumps_ml60"  # the 60th (session 36: scored at its end, never studied)
DUMPS61 = Path(__file__).parent / "data" / "dumps_ml61"  # the 61st (session 37: scored at its start, studied)
DUMPS62 = Path(__file__).parent / "data" / "dumps_ml62"  # the 62nd (session 37: scored at its end, never studied)
DUMPS63 = Path(__file__).parent / "data" / "dumps_ml63"  # the 63rd (session 38: scored at its start, studied)
DUMPS64 = Path(__file__).parent / "data" / "dumps_ml64"  # the 64th (session 38: scored at its end, never studied)
DUMPS65 = Path(__file__).parent / "data" / "dumps_ml65"  # the 65th (session 39: scored at its start, studied)
DUMPS66 = Path(__file__).parent / "data" / "dumps_ml66"  # the 66th (session 39: scored at its end, never studied)
DUMPS67 = Path(__file__).parent / "data" / "dumps_ml67"  # the 67th (session 40: scored at its start, studied)
DUMPS68 = Path(__file__).parent / "data" / "dumps_ml68"  # the 68th (session 40: scored at its end, never studied)
DUMPS69 = Path(__file__).parent / "data" / "dumps_ml69"  # the 69th (session 41: scored at its start, studied)
DUMPS70 = Path(__file__).parent / "data" / "dumps_ml70"  # the 70th (session 41: scored at its end, never studied)
DUMPS72 = Path(__file__).parent / "data" / "dumps_ml72"  # the 72nd (session 42: scored at its end, never studied)
DUMPS74 = Path(__file__).parent / "data" / "dumps_ml74"  # the 74th (session 43: scored at its end, never studied)
DUMPS75 = Path(__file__).parent / "data" / "dumps_ml75"  # the 75th (session 44: scored at its start, studied)
DUMPS76 = Path(__file__).parent / "data" / "dumps_ml76"  # the 76th (session 44: scored at its end, never studied)
DUMPS77 = Path(__file__).parent / "data" / "dumps_ml77"  # the 77th (session 45: scored at its start, studied)
DUMPS78 = Path(__file__).parent / "data" / "dumps_ml78"  # the 78th (session 45: scored at its end, never studied)
DUMPS79 = Path(__file__).parent / "data" / "dumps_ml79"  # the 79th (session 46: scored at its start, studied)
DUMPS80 = Path(__file__).parent / "data" / "dumps_ml80"  # the 80th (session 46: scored at its end, never studied)
DUMPS81 = Path(__file__).parent / "data" / "dumps_ml81"  # the 81st (session 47: scored at its start, studied)
DUMPS82 = Path(__file__).parent / "data" / "dumps_ml82"  # the 82nd (session 47: scored at its end, never studied)
DUMPS83 = Path(__file__).parent / "data" / "dumps_ml83"  # the 83rd (session 48: scored at its start, studied)
DUMPS84 = Path(__file__).parent / "data" / "dumps_ml84"  # the 84th (session 48: scored at its end, never studied)
DUMPS85 = Path(__file__).parent / "data" / "dumps_ml85"  # the 85th (session 49: scored at its start, studied)
DUMPS86 = Path(__file__).parent / "data" / "dumps_ml86"  # the 86th (session 49: scored at its end, never studied)
DUMPS71 = Path(__file__).parent / "data" / "dumps_ml71"  # the 71st (session 42: scored at its start, studied)
DUMPS73 = Path(__file__).parent / "data" / "dumps_ml73"  # the 73rd (session 43: scored at its start, studied)


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


def test_the_third_batch_covers_its_languages() -> None:
    languages = [page.stem.rsplit("-", 1)[0] for page in sorted(DUMPS3.glob("*.txt"))]
    assert {lang: languages.count(lang) for lang in set(languages)} == {
        **PAGES_PER_LANGUAGE3,
        **dict.fromkeys(SINGLE_PAGE_LANGUAGES3, 1),
    }
    assert sorted(p.stem for p in DUMPS3.glob("*.json")) == sorted(p.stem for p in DUMPS3.glob("*.txt"))


# Pages whose article has no paragraph at all, so no line is body: a photo gallery (a standfirst, then captions and
# credits, which are chrome). Every other page must have body lines.
PAGES_WITHOUT_BODY = {"dumps_ml79/gl-01", "dumps_ml81/ml-01", "dumps_ml82/bn-01"}


@pytest.mark.parametrize(
    "page",
    PAGES
    + sorted(DUMPS2.glob("*.txt"))
    + sorted(DUMPS3.glob("*.txt"))
    + sorted(DUMPS5.glob("*.txt"))
    + sorted(DUMPS6.glob("*.txt"))
    + sorted(DUMPS7.glob("*.txt"))
    + sorted(DUMPS8.glob("*.txt"))
    + sorted(DUMPS9.glob("*.txt"))
    + sorted(DUMPS10.glob("*.txt"))
    + sorted(DUMPS11.glob("*.txt"))
    + sorted(DUMPS12.glob("*.txt"))
    + sorted(DUMPS13.glob("*.txt"))
    + sorted(DUMPS14.glob("*.txt"))
    + sorted(DUMPS15.glob("*.txt"))
    + sorted(DUMPS16.glob("*.txt"))
    + sorted(DUMPS17.glob("*.txt"))
    + sorted(DUMPS18.glob("*.txt"))
    + sorted(DUMPS19.glob("*.txt"))
    + sorted(DUMPS20.glob("*.txt"))
    + sorted(DUMPS21.glob("*.txt"))
    + sorted(DUMPS22.glob("*.txt"))
    + sorted(DUMPS23.glob("*.txt"))
    + sorted(DUMPS24.glob("*.txt"))
    + sorted(DUMPS25.glob("*.txt"))
    + sorted(DUMPS26.glob("*.txt"))
    + sorted(DUMPS27.glob("*.txt"))
    + sorted(DUMPS28.glob("*.txt"))
    + sorted(DUMPS29.glob("*.txt"))
    + sorted(DUMPS30.glob("*.txt"))
    + sorted(DUMPS31.glob("*.txt"))
    + sorted(DUMPS32.glob("*.txt"))
    + sorted(DUMPS33.glob("*.txt"))
    + sorted(DUMPS34.glob("*.txt"))
    + sorted(DUMPS35.glob("*.txt"))
    + sorted(DUMPS36.glob("*.txt"))
    + sorted(DUMPS37.glob("*.txt"))
    + sorted(DUMPS38.glob("*.txt"))
    + sorted(DUMPS39.glob("*.txt"))
    + sorted(DUMPS40.glob("*.txt"))
    + sorted(DUMPS41.glob("*.txt"))
    + sorted(DUMPS42.glob("*.txt"))
    + sorted(DUMPS43.glob("*.txt"))
    + sorted(DUMPS44.glob("*.txt"))
    + sorted(DUMPS45.glob("*.txt"))
    + sorted(DUMPS46.glob("*.txt"))
    + sorted(DUMPS47.glob("*.txt"))
    + sorted(DUMPS48.glob("*.txt"))
    + sorted(DUMPS49.glob("*.txt"))
    + sorted(DUMPS50.glob("*.txt"))
    + sorted(DUMPS51.glob("*.txt"))
    + sorted(DUMPS52.glob("*.txt"))
    + sorted(DUMPS53.glob("*.txt"))
    + sorted(DUMPS54.glob("*.txt"))
    + sorted(DUMPS55.glob("*.txt"))
    + sorted(DUMPS56.glob("*.txt"))
    + sorted(DUMPS57.glob("*.txt"))
    + sorted(DUMPS58.glob("*.txt"))
    + sorted(DUMPS59.glob("*.txt"))
    + sorted(DUMPS60.glob("*.txt"))
    + sorted(DUMPS61.glob("*.txt"))
    + sorted(DUMPS62.glob("*.txt"))
    + sorted(DUMPS63.glob("*.txt"))
    + sorted(DUMPS64.glob("*.txt"))
    + sorted(DUMPS65.glob("*.txt"))
    + sorted(DUMPS66.glob("*.txt"))
    + sorted(DUMPS67.glob("*.txt"))
    + sorted(DUMPS68.glob("*.txt"))
    + sorted(DUMPS69.glob("*.txt"))
    + sorted(DUMPS70.glob("*.txt"))
    + sorted(DUMPS71.glob("*.txt"))
    + sorted(DUMPS72.glob("*.txt"))
    + sorted(DUMPS73.glob("*.txt"))
    + sorted(DUMPS74.glob("*.txt"))
    + sorted(DUMPS75.glob("*.txt"))
    + sorted(DUMPS76.glob("*.txt"))
    + sorted(DUMPS77.glob("*.txt"))
    + sorted(DUMPS78.glob("*.txt"))
    + sorted(DUMPS79.glob("*.txt"))
    + sorted(DUMPS80.glob("*.txt"))
    + sorted(DUMPS81.glob("*.txt"))
    + sorted(DUMPS82.glob("*.txt"))
    + sorted(DUMPS83.glob("*.txt"))
    + sorted(DUMPS84.glob("*.txt"))
    + sorted(DUMPS85.glob("*.txt"))
    + sorted(DUMPS86.glob("*.txt")),
    ids=lambda p: f"{p.parent.name}/{p.stem}",
)
def test_labels_cover_every_non_blank_line(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    gold = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    non_blank = {n: line.strip() for n, line in enumerate(text.split("\n"), 1) if line.strip()}
    labelled = {entry["line"]: entry["text"].strip() for entry in gold["lines"]}
    assert len(labelled) == len(gold["lines"])
    assert labelled == non_blank
    assert gold["set"] == page.parent.name and gold["language"] == page.stem.rsplit("-", 1)[0]
    assert {entry["label"] for entry in gold["lines"]} <= {"body", "chrome", "ambiguous"}
    assert "\n\n\n" not in text
    page_id = f"{page.parent.name}/{page.stem}"
    assert ("body" in {entry["label"] for entry in gold["lines"]}) != (page_id in PAGES_WITHOUT_BODY)


def test_the_fifth_batch_has_thirty_pages_in_nineteen_languages() -> None:
    languages = [page.stem.rsplit("-", 1)[0] for page in sorted(DUMPS5.glob("*.txt"))]
    assert len(languages) == 30 and len(set(languages)) == 19
    assert sorted(p.stem for p in DUMPS5.glob("*.json")) == sorted(p.stem for p in DUMPS5.glob("*.txt"))
