"""CPU time of each stage of the HTML path, against trafilatura on the same pages in the same run.

    .venv/bin/python bench/html_stages.py [--sets aeb] [--rounds 3]

The stages of ``extract_html`` called one by one (parse, metadata, cleaning, walk, container, labelling,
second opinion), each page through all of them in turn; each stage's best round counts (time.process_time).
The collector is settled as the pipeline settles it (`warm_up`, and `gc.freeze` again after the first, cold round,
which loads what the HTML path alone builds): without it, full collections walked the loaded vocabularies and landed
in whichever stage allocated when they came, so stage shares swung between branches (docs/speed.md, session 36).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import trafilatura  # type: ignore[import-untyped]  # noqa: E402

from tasks.html.blocks import clean_tree, page_blocks  # noqa: E402
from tasks.html.extract import find_container  # noqa: E402
from tasks.html.meta import page_meta  # noqa: E402
from tasks.html.page_tags import page_tags  # noqa: E402
from tasks.html.second_opinion import with_second_opinion  # noqa: E402
from tasks.html.segment import segment_blocks  # noqa: E402
from tasks.pipeline import warm_up  # noqa: E402
from tasks.read.html_decode import ParsedHtml, parse_html  # noqa: E402

EVAL_HTML = ROOT.parent / "shared" / "eval" / "html"
STAGES = ("parse", "metadata", "cleaning", "walk", "container", "labelling", "second opinion")


def stage_seconds(pages: list[bytes]) -> dict[str, float]:
    """CPU seconds of each stage over all pages (pages that fail to parse or have no blocks are skipped)."""
    spent: dict[str, float] = defaultdict(float)
    for data in pages:
        marks = [time.process_time()]
        parsed = parse_html(data)
        if not isinstance(parsed, ParsedHtml):
            continue
        root = parsed.root
        marks.append(time.process_time())
        meta = page_meta(root, page_tags(root))  # extract_html's size check reads page_tags' count (session 30)
        marks.append(time.process_time())
        clean_tree(root)
        marks.append(time.process_time())
        blocks, info = page_blocks(root)
        marks.append(time.process_time())
        if not blocks:
            continue
        view = find_container(blocks, info)
        marks.append(time.process_time())
        page = segment_blocks(blocks, view, meta.title, meta.language)
        marks.append(time.process_time())
        with_second_opinion(page, data, view.threads)
        marks.append(time.process_time())
        for stage, start, end in zip(STAGES, marks, marks[1:], strict=False):
            spent[stage] += end - start
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="+", default=["aeb"])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    warm_up()  # models, vocabularies and automata loaded, the collector settled, as a worker's pipeline runs
    for name in args.sets:
        pages = [p.read_bytes() for p in sorted((EVAL_HTML / name).glob("*.html"))]
        best: dict[str, float] = defaultdict(lambda: float("inf"))
        for _ in range(args.rounds):
            for stage, seconds in stage_seconds(pages).items():
                best[stage] = min(best[stage], seconds)
            gc.collect()
            gc.freeze()  # what the first round loaded lives as long as the process, as the warm-up's does
            start = time.process_time()
            for data in pages:
                trafilatura.extract(data)
            best["trafilatura"] = min(best["trafilatura"], time.process_time() - start)
        total = sum(best[s] for s in STAGES)
        print(f"\n{name}: {len(pages)} pages, best of {args.rounds} rounds (CPU s, share of ours)")
        for stage in STAGES:
            print(f"{stage:16} {best[stage]:7.3f} {best[stage] / total:6.1%}")
        print(f"{'ours, total':16} {total:7.3f}   {len(pages) / total:.1f} pages/s")
        traf = best["trafilatura"]
        print(f"{'trafilatura':16} {traf:7.3f}   {len(pages) / traf:.1f} pages/s  (ours {traf / total:.2f}×)")


if __name__ == "__main__":
    main()
