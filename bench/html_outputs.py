"""Fingerprint the HTML path's output on every page of the HTML eval sets, to prove a change keeps it.

    .venv/bin/python bench/html_outputs.py OUT.json                # write one fingerprint per page
    .venv/bin/python bench/html_outputs.py OUT.json --compare BASE.json

A page's fingerprint hashes its blocks (text, tag, tag path, heading, memberships, link density,
furniture hint) and each block's verdict (label, kind, reason code, reason, score), plus the page's
language, encoding and metadata. Comparing two files names the pages whose fingerprints differ.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tasks.pipeline_html import HtmlPage, extract_html  # noqa: E402

SETS = ("aeb", "readability", "cleanportal", "cleaneval-dev", "l3s", "dragnet")
EVAL_HTML = ROOT.parent / "shared" / "eval" / "html"


def fingerprint(data: bytes) -> str:
    """A hash of everything extract_html says about one page."""
    page = extract_html(data)
    if not isinstance(page, HtmlPage):
        return f"failure:{page.reason}:{page.stage}"
    segmented = page.page.segmented
    parts: list[object] = [page.encoding, repr(page.meta), segmented.language, segmented.main_region]
    for block, ll in zip(page.page.blocks, page.page.segmented.lines, strict=True):
        v = ll.verdict
        parts.append((block.index, block.text, block.tag, block.tag_path, block.heading, block.in_list,
                      block.in_table, block.in_caption, block.in_article, block.link_density, block.chrome_hint,
                      len(block.ancestors), v.label, v.kind, v.reason_code, v.reason, v.score))  # fmt: skip
    return hashlib.sha1(repr(parts).encode()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--compare", type=Path, help="a fingerprint file to compare with")
    parser.add_argument("--sets", nargs="+", default=list(SETS))
    args = parser.parse_args()
    prints = {
        f"{name}/{path.name}": fingerprint(path.read_bytes())
        for name in args.sets
        for path in sorted((EVAL_HTML / name).glob("*.html"))
    }
    args.out.write_text(json.dumps(prints, indent=0, sort_keys=True))
    print(f"{len(prints)} pages fingerprinted")
    if args.compare:
        base = json.loads(args.compare.read_text())
        differ = sorted(k for k in prints if base.get(k) != prints[k])
        print(f"{len(differ)} of {len(prints)} pages differ" + (": " + ", ".join(differ[:20]) if differ else ""))
        sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
