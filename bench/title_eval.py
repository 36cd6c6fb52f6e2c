"""Headline titles on l3s's 592 annotated pages: newsclean against trafilatura, per half.

    .venv/bin/python bench/title_eval.py                    # both halves, both extractors
    .venv/bin/python bench/title_eval.py --half even --errors --peers   # newsclean's misses on the study half
    .venv/bin/python bench/title_eval.py --dump /tmp/titles.json        # every page's titles, for study

l3s (../shared/eval/html/l3s/gold.json, evaluation-only: scored, never fitted, never copied) gives the
annotated headline of most pages. Pages are sorted by id; the `even` half (0th, 2nd, ...) is the one
whose failures may be studied, the `odd` half is the check: a rule change must name a pattern seen
on even pages and must not lose on odd ones.

Metrics per half:
- `exact`: the title equals the gold after whitespace (and NFKC) normalisation;
- `first line`: equals the gold's first line (80 gold titles add a subheadline on a second line,
  which no extractor can match exactly);
- `lenient`: equal without case and punctuation to the gold or its first line, or the gold starts
  with it at a word boundary (3+ words), or token F1 >= 0.9: how much of the exact-match gap is
  annotation noise rather than a wrong title.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from meta_eval import ours, trafilatura_meta  # noqa: E402

from tasks.text.words import bag_f1  # noqa: E402

L3S = ROOT.parent / "shared" / "eval" / "html" / "l3s"
MIN_PREFIX_WORDS = 3  # a lenient prefix match needs this many words (one word prefixes almost anything)
MIN_TOKEN_F1 = 0.9
_WORD = re.compile(r"\w+")


def _norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").split())


def _key(text: str) -> str:
    """Lower case, punctuation gone, one space between words: for the lenient comparisons."""
    return " ".join(_WORD.findall(_norm(text).casefold()))


def token_f1(got: str, want: str) -> float:
    return bag_f1(_norm(got), _norm(want))


def is_lenient_match(got: str | None, want: str) -> bool:
    if not got:
        return False
    key, gold, first = _key(got), _key(want), _key(want.split("\n")[0])
    if key in (gold, first):
        return True
    if len(key.split()) >= MIN_PREFIX_WORDS and (gold + " ").startswith(key + " "):
        return True
    return token_f1(got, want) >= MIN_TOKEN_F1 or token_f1(got, want.split("\n")[0]) >= MIN_TOKEN_F1


@dataclass
class TitleScore:
    pages: int = 0
    exact: int = 0
    first_line: int = 0
    lenient: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def add(self, doc: str, want: str, got: str | None) -> None:
        self.pages += 1
        exact = _norm(got) == _norm(want)
        self.exact += exact
        self.first_line += exact or _norm(got) == _norm(want.split("\n")[0])
        self.lenient += is_lenient_match(got, want)
        if not exact:
            self.errors.append(f"{doc}: {got!r} != {want!r}")

    def row(self) -> str:
        n = max(self.pages, 1)
        ms = 1000 * self.seconds / n
        return f"{self.exact / n:.3f} | {self.first_line / n:.3f} | {self.lenient / n:.3f} | {ms:.1f}"


def halves() -> dict[str, list[str]]:
    """Page ids with a gold title, by half of the id-sorted list of all pages."""
    gold = json.loads((L3S / "gold.json").read_text(encoding="utf-8"))
    ordered = sorted(gold)
    titled = {doc for doc in ordered if gold[doc].get("title", "").strip()}
    return {
        "even": [d for d in ordered[0::2] if d in titled],
        "odd": [d for d in ordered[1::2] if d in titled],
    }


def titles_of(docs: list[str], extractor: str) -> tuple[dict[str, str | None], float]:
    run: Callable[[bytes, str], object] = {"newsclean": ours, "trafilatura": trafilatura_meta}[extractor]
    found: dict[str, str | None] = {}
    seconds = 0.0
    for doc in docs:
        path = L3S / f"{doc}.html"
        started = time.perf_counter()
        try:
            found[doc] = run(path.read_bytes(), str(path)).title  # type: ignore[attr-defined]
        except Exception as exc:  # a crash scores as no title, and is shown
            print(f"{doc} CRASH {type(exc).__name__}: {exc}", file=sys.stderr)
            found[doc] = None
        seconds += time.perf_counter() - started
    return found, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", nargs="+", default=["even", "odd"], choices=["even", "odd"])
    parser.add_argument("--peers", nargs="*", default=["trafilatura"], choices=["trafilatura"])
    parser.add_argument("--errors", action="store_true", help="list newsclean's inexact titles")
    parser.add_argument("--dump", type=Path, help="write every page's gold and found titles as JSON here")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    gold = json.loads((L3S / "gold.json").read_text(encoding="utf-8"))
    pages = halves()
    lines = ["| half / extractor | exact | first line | lenient | ms/page |", "|---|---|---|---|---|"]
    dump: dict[str, dict[str, str | None]] = {}
    for half in args.half:
        for extractor in ["newsclean", *args.peers]:
            found, seconds = titles_of(pages[half], extractor)
            score = TitleScore(seconds=seconds)
            for doc in pages[half]:
                score.add(doc, gold[doc]["title"], found[doc])
                dump.setdefault(doc, {"half": half, "gold": gold[doc]["title"]})[extractor] = found[doc]
            if args.errors and extractor == "newsclean":
                print("\n".join(f"  {e}" for e in score.errors))
            lines.append(f"| {half} ({score.pages}) {extractor} | {score.row()} |")
    if args.dump:
        args.dump.write_text(json.dumps(dump, ensure_ascii=False, indent=1), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
