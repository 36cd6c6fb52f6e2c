"""CPU time of HTML parsers and DOM walks on the eval HTML, against trafilatura in the same run.

    .venv/bin/python bench/html_parsers.py [--sets aeb l3s] [--rounds 3]

Variants, each over every page of a set, run in alternating order round after round (the machine is
shared, so one pass means nothing); each variant's best round counts (time.process_time):

- parse only: lxml ``document_fromstring``, selectolax ``LexborHTMLParser``, Resiliparse ``HTMLTree.parse``;
- block walk: parse, then one walk that cuts the body's text into blocks at block-level tags (the
  text ``page_blocks`` gathers, without its bookkeeping), written for each parser's node model;
- ours: ``page_blocks`` after ``clean_tree`` (the real walk, lxml), and the whole of ``extract_html``;
- trafilatura: ``trafilatura.extract`` on the same bytes.

Every page is decoded once beforehand (UTF-8, replacing bad bytes) so that parsers get the same str;
``extract_html`` and trafilatura get the bytes, as in production.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import trafilatura  # type: ignore[import-untyped]  # noqa: E402
from lxml import html as lxml_html  # type: ignore[import-untyped]  # noqa: E402
from resiliparse.parse.html import HTMLTree, NodeType  # type: ignore[import-untyped]  # noqa: E402
from selectolax.lexbor import LexborHTMLParser  # type: ignore[import-untyped]  # noqa: E402

from tasks.html.blocks import clean_tree, page_blocks  # noqa: E402
from tasks.html.vocab import BLOCK_TAGS, DROPPED_TAGS  # noqa: E402
from tasks.pipeline_html import extract_html  # noqa: E402
from tasks.read.html_decode import parse_html  # noqa: E402

EVAL_HTML = ROOT.parent / "shared" / "eval" / "html"
_DROPPED = frozenset(DROPPED_TAGS)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)  # lxml refuses a str that declares a charset


def lxml_parse(text: str) -> object:
    """lxml's tree of a str; a str that still declares its charset somewhere goes in as UTF-8 bytes."""
    try:
        return lxml_html.document_fromstring(text)
    except ValueError:
        return lxml_html.document_fromstring(text.encode("utf-8"))


def lxml_blocks(text: str) -> list[str]:
    """Block texts over lxml: text and tails, one iterwalk."""
    from lxml import etree  # type: ignore[import-untyped]

    root = lxml_parse(text)
    body = root.find("body")
    blocks: list[str] = []
    pieces: list[str] = []
    skip = 0
    for event, el in etree.iterwalk(body if body is not None else root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _DROPPED:
                skip += 1
            if tag in BLOCK_TAGS and pieces:
                blocks.append("".join(pieces))
                pieces = []
            if not skip and el.text:
                pieces.append(el.text)
        else:
            if tag in _DROPPED:
                skip -= 1
            if tag in BLOCK_TAGS and pieces:
                blocks.append("".join(pieces))
                pieces = []
            if not skip and el.tail:
                pieces.append(el.tail)
    return blocks


def lexbor_blocks(text: str) -> list[str]:
    """Block texts over selectolax/Lexbor: text nodes are children, closing is the return from a subtree."""
    tree = LexborHTMLParser(text)
    blocks: list[str] = []
    pieces: list[str] = []

    def visit(node: object) -> None:
        nonlocal pieces
        child = node.child  # type: ignore[attr-defined]
        while child is not None:
            tag = child.tag
            if tag == "-text":
                pieces.append(child.text_content)
            elif tag not in _DROPPED and tag[0] != "-":
                if tag in BLOCK_TAGS and pieces:
                    blocks.append("".join(pieces))
                    pieces = []
                visit(child)
                if tag in BLOCK_TAGS and pieces:
                    blocks.append("".join(pieces))
                    pieces = []
            child = child.next

    if tree.body is not None:
        visit(tree.body)
    return blocks


def resiliparse_blocks(text: str) -> list[str]:
    """Block texts over Resiliparse's Lexbor DOM."""
    tree = HTMLTree.parse(text)
    blocks: list[str] = []
    pieces: list[str] = []
    text_type, element_type = NodeType.TEXT, NodeType.ELEMENT

    def visit(node: object) -> None:
        nonlocal pieces
        child = node.first_child  # type: ignore[attr-defined]
        while child is not None:
            kind = child.type
            if kind == text_type:
                pieces.append(child.text)
            elif kind == element_type:
                tag = child.tag
                if tag not in _DROPPED:
                    if tag in BLOCK_TAGS and pieces:
                        blocks.append("".join(pieces))
                        pieces = []
                    visit(child)
                    if tag in BLOCK_TAGS and pieces:
                        blocks.append("".join(pieces))
                        pieces = []
            child = child.next

    if tree.body is not None:
        visit(tree.body)
    return blocks


def ours_walk(data: bytes) -> None:
    """The real walk: decode and parse, clean, page_blocks."""
    parsed = parse_html(data)
    if not hasattr(parsed, "root"):
        return
    clean_tree(parsed.root)
    page_blocks(parsed.root)


VARIANTS: dict[str, tuple[str, Callable[[object], object]]] = {
    "parse lxml": ("str", lxml_parse),
    "parse selectolax": ("str", lambda t: LexborHTMLParser(t).body),
    "parse resiliparse": ("str", lambda t: HTMLTree.parse(t).body),
    "blocks lxml": ("str", lxml_blocks),
    "blocks selectolax": ("str", lexbor_blocks),
    "blocks resiliparse": ("str", resiliparse_blocks),
    "ours page_blocks": ("bytes", ours_walk),
    "ours extract_html": ("bytes", extract_html),
    "trafilatura": ("bytes", lambda d: trafilatura.extract(d)),
}


def cpu_seconds(run: Callable[[object], object], inputs: list[object]) -> float:
    start = time.process_time()
    for item in inputs:
        run(item)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="+", default=["aeb", "l3s"])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--variants", nargs="+", default=list(VARIANTS))
    args = parser.parse_args()
    for name in args.sets:
        raw = [p.read_bytes() for p in sorted((EVAL_HTML / name).glob("*.html"))]
        texts = [_XML_DECLARATION.sub("", d.decode("utf-8", "replace"), count=1) for d in raw]
        inputs: dict[str, list[object]] = {"bytes": list(raw), "str": list(texts)}
        best = dict.fromkeys(args.variants, float("inf"))
        for r in range(args.rounds):
            order = args.variants if r % 2 == 0 else args.variants[::-1]
            for variant in order:
                kind, run = VARIANTS[variant]
                best[variant] = min(best[variant], cpu_seconds(run, inputs[kind]))
        traf = best.get("trafilatura")
        print(f"\n{name}: {len(raw)} pages, best of {args.rounds} rounds (CPU)")
        print(f"{'variant':22} {'CPU s':>8} {'pages/s':>9} {'× trafilatura':>14}")
        for variant in args.variants:
            rate = len(raw) / best[variant]
            ratio = f"{traf / best[variant]:.2f}" if traf else ""
            print(f"{variant:22} {best[variant]:8.3f} {rate:9.1f} {ratio:>14}", flush=True)


if __name__ == "__main__":
    main()
