"""Authors in the HTML path's metadata on real pages, against trafilatura's, on the same pages.

    .venv/bin/python bench/real_authors.py                      # every label file, newsclean and trafilatura
    .venv/bin/python bench/real_authors.py --errors trainable   # what ours gets wrong on a studied file

The gold is the article's author records of tests/data/real_attributions (labelled on the text dumps of
../shared/eval, whose pages are the same as the HTML pages of ../shared/eval/html where those exist: every aeb and
readability page, about 70 % of the l3s and dragnet ones). A required author is one the page credits; an optional one
(a bio's repeat, an editor) may be found without counting against precision. Issue 13's held-out table measures
authors on 151 real non-English pages, where trafilatura leads (F1 0.790 against 0.701): these pages are English, but
real, unlike the blind metadata sets. Never print the errors of the check halves
(`eval_only_check`, `eval_only_check2`, `eval_only_check3`).
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from meta_eval import ours, trafilatura_meta  # noqa: E402

LABELS = ROOT / "tests" / "data" / "real_attributions"
HTML = ROOT.parent / "shared" / "eval" / "html"
# scored as totals only
CHECK_FILES = ("eval_only_check", *(f"eval_only_check{n}" for n in range(2, 23)))


def _key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).split()).casefold()


def labelled_pages(labels: Path) -> Iterator[tuple[str, Path, set[str], set[str]]]:
    """(label key, HTML page, required author keys, optional ones) for each labelled page that has an HTML page."""
    for key, entry in sorted(json.loads(labels.read_text(encoding="utf-8")).items()):
        subset, name = key.split("/", 1)
        page = HTML / subset / (name.removesuffix(".txt") + ".html")
        if not page.exists():
            continue
        records = [r for r in entry["attribution"] if r["kind"] == "author" and r.get("name")]
        required = {_key(r["name"]) for r in records if not r.get("optional")}
        optional = {_key(r["name"]) for r in records if r.get("optional")}
        yield key, page, required, optional


@dataclass
class AuthorScore:
    pages: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    exact: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, page: str, required: set[str], optional: set[str], got: set[str]) -> None:
        self.pages += 1
        self.tp += len(required & got)
        self.fn += len(required - got)
        self.fp += len(got - required - optional)
        right = required <= got <= required | optional
        self.exact += right
        if not right:
            self.errors.append(f"{page}: got {sorted(got)}, want {sorted(required)} (optional {sorted(optional)})")

    def row(self) -> tuple[float, float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0, self.exact / max(self.pages, 1)


def score_file(labels: Path, extractor: str) -> AuthorScore:
    run = {"newsclean": ours, "trafilatura": trafilatura_meta}[extractor]
    score = AuthorScore()
    for key, page, required, optional in labelled_pages(labels):
        got = {_key(a) for a in run(page.read_bytes(), str(page)).authors}
        score.add(key, required, optional, got)
    return score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--labels", nargs="*", type=Path, help="label files (default: every file in real_attributions)")
    parser.add_argument("--extractors", nargs="*", default=["newsclean", "trafilatura"])
    parser.add_argument("--errors", metavar="FILE_STEM", help="list ours' errors on this (studied) label file")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    files = args.labels or sorted(LABELS.glob("*.json"))
    print("| labels / extractor | pages | author P / R / F1 | exact author sets |\n|---|---|---|---|")
    for labels in files:
        for extractor in args.extractors:
            score = score_file(labels, extractor)
            p, r, f1, exact = score.row()
            print(f"| {labels.stem} {extractor} | {score.pages} | {p:.3f} / {r:.3f} / {f1:.3f} | {exact:.3f} |")
            if args.errors == labels.stem and extractor == "newsclean" and labels.stem not in CHECK_FILES:
                print("\n".join("  " + e for e in score.errors))


if __name__ == "__main__":
    main()
