"""newsclean against peer extractors on the benchmark HTML sets, in one run, on the same pages.

    .venv/bin/python bench/peers_html.py                       # both sets under ../shared/eval/html
    .venv/bin/python bench/peers_html.py --sets aeb --markdown # one set, a README table
    .venv/bin/python bench/peers_html.py --half 1              # every other page only (held-out style)
    .venv/bin/python bench/peers_html.py --sets aeb --extractors newsclean trafilatura  # speed ratio

Every extractor gets the page's raw bytes and returns plain text; scoring is the benchmark's:
bag-of-words token precision and recall against `article_body`, averaged over pages, F1 from the
averages (:func:`tasks.report.evaluate.token_scores`). A peer that raises on a page scores 0 there. Speed
is pages per second of extraction alone (files are read beforehand). goose3 and Resiliparse are
run when they are installed, skipped otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tasks.report.evaluate_html import extracted_body, token_scores  # noqa: E402

DEFAULT_DIR = ROOT.parent / "shared" / "eval" / "html"
Extractor = Callable[[bytes], str]


def _trafilatura(favor_precision: bool) -> Extractor:
    import trafilatura

    def run(data: bytes) -> str:
        return trafilatura.extract(data, favor_precision=favor_precision) or ""

    return run


def _readability() -> Extractor:
    import lxml.html
    from readability import Document

    def run(data: bytes) -> str:
        summary = Document(data).summary(html_partial=True)
        return str(lxml.html.fromstring(summary).text_content()) if summary.strip() else ""

    return run


# The language a page declares (<html lang="de-AT">), for jusText's stoplist.
_HTML_LANG = re.compile(rb"<html[^>]*\slang=[\"']?([A-Za-z-]+)", re.IGNORECASE)


def _justext() -> Extractor:
    """jusText with the stoplist of the language the page declares, English when it declares none or jusText has no
    list for it (as bench/peers.py runs it on the dumps): with English alone it keeps nothing of a non-English page."""
    import importlib.util

    import justext

    # bench/peers.py's mapping from a language code to jusText's stoplist (loaded by path: bench/ is no package)
    spec = importlib.util.spec_from_file_location("bench_peers", ROOT / "bench" / "peers.py")
    if spec is None or spec.loader is None:
        raise ImportError("bench/peers.py")
    peers = importlib.util.module_from_spec(spec)
    sys.modules["bench_peers"] = peers  # its dataclasses look their module up while it loads
    spec.loader.exec_module(peers)
    justext_stoplist_name: Callable[[str | None], str] = peers.justext_stoplist_name

    def run(data: bytes) -> str:
        declared = _HTML_LANG.search(data[:4096])
        language = declared.group(1).decode("ascii") if declared else None
        paragraphs = justext.justext(data, justext.get_stoplist(justext_stoplist_name(language)))
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


def _goose() -> Extractor:
    from goose3 import Goose

    goose = Goose()

    def run(data: bytes) -> str:
        return str(goose.extract(raw_html=data.decode("utf-8", "replace")).cleaned_text)

    return run


def _resiliparse() -> Extractor:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding

    def run(data: bytes) -> str:
        return str(extract_plain_text(bytes_to_str(data, detect_encoding(data)), main_content=True))

    return run


EXTRACTORS: dict[str, Callable[[], Extractor]] = {
    "newsclean": lambda: extracted_body,
    "trafilatura (favor_precision)": lambda: _trafilatura(True),
    "trafilatura": lambda: _trafilatura(False),
    "readability-lxml": _readability,
    "jusText": _justext,
    "goose3": _goose,
    "Resiliparse": _resiliparse,
}


# Pages each extractor sees before timing starts: first calls load models (language id, stoplists).
WARM_UP_PAGES = 3


def score_set(directory: Path, extract: Extractor, half: int | None) -> dict[str, float]:
    """Token P/R/F1 and pages/s of one extractor on one set."""
    gold = json.loads((directory / "gold.json").read_text(encoding="utf-8"))
    ids = sorted(gold)[half::2] if half is not None else sorted(gold)
    pages = {doc: (directory / f"{doc}.html").read_bytes() for doc in ids}
    bodies: dict[str, str] = {}
    for data in list(pages.values())[:WARM_UP_PAGES]:  # models and lazy imports load outside the clock
        with contextlib.suppress(Exception):
            extract(data)
    started = time.perf_counter()
    for doc, data in pages.items():
        try:
            bodies[doc] = extract(data)
        except Exception:  # a peer's crash on a page is a zero for that page, not the end of the run
            bodies[doc] = ""
    seconds = time.perf_counter() - started
    scores = [token_scores(bodies[doc], gold[doc]["article_body"]) for doc in pages]
    precision = sum(p for p, _ in scores) / len(scores)
    recall = sum(r for _, r in scores) / len(scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pages": len(pages), "precision": precision, "recall": recall, "f1": f1,
            "pages_per_second": len(pages) / seconds}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="directory of HTML sets")
    parser.add_argument("--sets", nargs="*", default=["aeb", "readability"])
    parser.add_argument("--half", type=int, choices=(0, 1), default=None)
    parser.add_argument("--markdown", action="store_true", help="print a README table")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--extractors", nargs="*", default=None, help="only these (names as listed above)")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")
    results: dict[str, dict[str, dict[str, float]]] = {}
    for name, factory in EXTRACTORS.items():
        if args.extractors is not None and name not in args.extractors:
            continue
        try:
            extract = factory()
        except ImportError:
            print(f"skipping {name}: not installed", file=sys.stderr)
            continue
        for set_name in args.sets:
            results.setdefault(set_name, {})[name] = row = score_set(args.dir / set_name, extract, args.half)
            if not args.markdown and not args.json:
                print(f"{set_name:12} {name:30} P {row['precision']:.3f}  R {row['recall']:.3f}  "
                      f"F1 {row['f1']:.3f}  {row['pages_per_second']:6.1f} pages/s", flush=True)  # fmt: skip
    if args.json:
        print(json.dumps(results, indent=2))
    if args.markdown:
        print("| set | extractor | pages | token P | token R | token F1 | pages/s |")
        print("|---|---|---|---|---|---|---|")
        for set_name, rows in results.items():
            for name, row in sorted(rows.items(), key=lambda x: -x[1]["f1"]):
                print(f"| {set_name} | {name} | {row['pages']:.0f} | {row['precision']:.3f} | {row['recall']:.3f} "
                      f"| **{row['f1']:.3f}** | {row['pages_per_second']:.0f} |" if name == "newsclean" else
                      f"| {set_name} | {name} | {row['pages']:.0f} | {row['precision']:.3f} | {row['recall']:.3f} "
                      f"| {row['f1']:.3f} | {row['pages_per_second']:.0f} |")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
